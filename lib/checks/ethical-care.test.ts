import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import { ethicalCare } from './ethical-care';
import { statusOf } from './testing';

const homecare = { sector: 'homecare' } as const;

describe('ethical-care', () => {
  it('rushed visits in other words: call clipping', () => {
    expect(statusOf(ethicalCare, 'Providers must not clip calls or cut visit times short.', homecare)).toBe('strong');
    expect(statusOf(ethicalCare, 'Call clipping remains common, the union said.', { ...homecare, type: 'other' })).toBe(
      'weak',
    );
  });

  it("'continuity of care' counts only where homecare is delivered, not as a care-quality phrase in a report", () => {
    const report = { type: 'policy', sector: 'social-care' } as const;
    expect(
      statusOf(ethicalCare, 'Continuity of care across each stage of a person’s life is our priority.', report),
    ).toBe('missing');
    expect(statusOf(ethicalCare, 'The provider shall ensure continuity of care for every client.', homecare)).toBe(
      'strong',
    );
  });

  it('is n/a outside care services', () => {
    expect(
      statusOf(ethicalCare, 'Cleaners shall be paid for travel time between sites.', { sector: 'facilities' }),
    ).toBe('n/a');
  });

  it("false friend: 'duty of care' is not the charter", () => {
    expect(statusOf(ethicalCare, 'The Provider shall exercise a duty of care towards all customers.', homecare)).toBe(
      'missing',
    );
  });

  it('false friend: passengers’ travel time is not carers’ paid travel', () => {
    expect(statusOf(ethicalCare, 'Passenger travel time on each route must not exceed 45 minutes.', homecare)).toBe(
      'missing',
    );
  });

  it('travel costs that "have to be met" from the rate are not a duty to pay travel time', () => {
    expect(
      statusOf(
        ethicalCare,
        'Few providers receive a separate payment for travel time, which has to be met from the hourly rate.',
        homecare,
      ),
    ).toBe('weak');
  });

  it("'wherever possible' in the continuity element is the charter's own standard, not an escape", () => {
    expect(
      statusOf(ethicalCare, 'Each client will be visited by the same care workers wherever possible.', homecare),
    ).toBe('strong');
  });

  it('the zero-hours element counts: a duty to offer a choice of contract', () => {
    expect(
      statusOf(
        ethicalCare,
        'The provider must offer each domiciliary care worker the choice of a contract with guaranteed hours.',
        homecare,
      ),
    ).toBe('strong');
  });

  it('"non-guaranteed hours" names a contract type and is no guarantee', () => {
    expect(
      statusOf(ethicalCare, 'Some care workers are employed on non-guaranteed hours contracts.', {
        sector: 'social-care',
      }),
    ).toBe('weak');
  });

  it('rates too low to fund the charter are a weak mention, not a clause', () => {
    expect(
      statusOf(
        ethicalCare,
        'Where hourly rates are not sufficient to meet care costs, providers cannot pay more.',
        homecare,
      ),
    ).toBe('weak');
  });

  it('scheduling travel time between calls is the charter’s no-rush element, not only pay', () => {
    expect(
      statusOf(ethicalCare, 'Visits will be scheduled to allow adequate travel time between calls.', homecare),
    ).toBe('strong');
  });

  it('the same pay rate as other workers is not continuity of carers', () => {
    expect(statusOf(ethicalCare, 'Agency staff shall be paid the same rate as other workers.', homecare)).toBe(
      'missing',
    );
  });

  it('full pay during sickness is the charter’s sick-pay element', () => {
    expect(statusOf(ethicalCare, 'Care workers shall receive full pay when absent through sickness.', homecare)).toBe(
      'strong',
    );
  });

  it('unpaid travel time outranks a generic hedge as evidence (regression: stray evidence)', () => {
    const text = [
      'Whether workers receive a separate travel time payment, as suggested by campaigners, is debated.',
      'Few providers receive a payment for travel time, which has to be met from the hourly rate.',
    ].join('\n');
    const finding = analyseText(text, {
      profile: { type: 'other', sector: 'homecare', jurisdiction: 'england' },
      asOf: '2026-11-25',
    }).findings.find((f) => f.id === 'ethical-care')!;
    expect(finding.evidence.map((e) => e.text)).toEqual([
      'Few providers receive a payment for travel time, which has to be met from the hourly rate.',
    ]);
  });
});
