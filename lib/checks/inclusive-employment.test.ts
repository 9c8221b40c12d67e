import { describe, expect, it } from 'vitest';
import { inclusiveEmployment } from './inclusive-employment';
import { statusOf } from './testing';

describe('inclusive-employment', () => {
  it('more of the groups furthest from work count when the sentence is about giving them work', () => {
    expect(
      statusOf(inclusiveEmployment, 'The Contractor shall recruit two prison leavers each year of the Contract.'),
    ).toBe('strong');
    expect(
      statusOf(inclusiveEmployment, 'The Contractor shall offer work placements to young people who are NEET.'),
    ).toBe('strong');
    expect(
      statusOf(inclusiveEmployment, 'The hostel houses homeless people in the town centre.', { type: 'other' }),
    ).toBe('missing');
  });

  it('recruiting locally in any words around "local" (not only one phrasing)', () => {
    expect(
      statusOf(inclusiveEmployment, 'The Contractor shall recruit from disadvantaged and local communities.'),
    ).toBe('strong');
    expect(statusOf(inclusiveEmployment, 'Recruiting within the local area')).toBe('weak');
    expect(statusOf(inclusiveEmployment, 'The Contractor shall recruit staff with the right skills.')).toBe('missing');
  });

  it('jobs made for people, in other words: the creation of job opportunities, jobs created for residents', () => {
    const inPolicy = (t: string) => statusOf(inclusiveEmployment, t, { type: 'policy' });
    expect(inPolicy('Our contracts aim at the creation of new job opportunities in the valleys.')).toBe('weak');
    expect(inPolicy('The scheme will help generate work opportunities for young people.')).toBe('weak');
    expect(
      statusOf(inclusiveEmployment, 'The Contractor shall create 12 job opportunities for residents of the borough.'),
    ).toBe('strong');
    expect(inPolicy('The company creates jobs in software and hardware.')).toBe('missing');
  });

  it('clients with learning disabilities are the service, not the workforce (regression: weak on a health notice)', () => {
    expect(
      statusOf(
        inclusiveEmployment,
        'The services need to diagnose and treat physical health and learning disabilities.',
      ),
    ).toBe('missing');
  });

  it('people with learning difficulties employed in a service count', () => {
    expect(statusOf(inclusiveEmployment, 'The café on site is run by people with learning difficulties.')).toBe('weak');
  });

  it('"cannot require local people to be employed" is a negation, not a duty (regression: read as strong)', () => {
    expect(
      statusOf(
        inclusiveEmployment,
        'Procurement law means the Council cannot limit awards to local firms or require local people to be employed by contractors.',
      ),
    ).toBe('weak');
  });

  it('a nominalised requirement on contractors to employ the unemployed is strong', () => {
    expect(
      statusOf(
        inclusiveEmployment,
        'The Department includes requirements for contractors to provide jobs for the long-term unemployed.',
      ),
    ).toBe('strong');
  });

  it('false friend: supported living is a care service', () => {
    expect(statusOf(inclusiveEmployment, 'The framework covers supported living and sheltered housing schemes.')).toBe(
      'missing',
    );
  });

  it('false friend: new entrants to a market are suppliers', () => {
    expect(statusOf(inclusiveEmployment, 'The framework will reopen to new entrants to the market each year.')).toBe(
      'missing',
    );
  });

  it('"reserved participation: none" on a notice is no reservation', () => {
    expect(statusOf(inclusiveEmployment, 'Reserved participation: none')).toBe('missing');
  });

  it('the TED reserved-contract wording is strong', () => {
    expect(
      statusOf(
        inclusiveEmployment,
        'The contract is restricted to sheltered workshops and economic operators aiming at the integration of disabled or disadvantaged persons.',
      ),
    ).toBe('strong');
  });

  it('"Reserved contract: No" is no reservation', () => {
    expect(statusOf(inclusiveEmployment, 'Reserved contract: No')).toBe('missing');
  });
});
