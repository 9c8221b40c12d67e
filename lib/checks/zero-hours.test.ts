import { describe, expect, it } from 'vitest';
import { statusOf } from './testing';
import { withoutContractTypeNames, zeroHours } from './zero-hours';

describe('zero-hours', () => {
  it('secure hours in other words: a floor of hours, banded hours, contracted hours that match the work, no casual contracts', () => {
    expect(statusOf(zeroHours, 'Care workers shall be offered contracts with a minimum of 20 hours a week.')).toBe(
      'strong',
    );
    expect(statusOf(zeroHours, 'The Provider shall offer banded hours contracts.')).toBe('strong');
    expect(statusOf(zeroHours, 'Casual contracts will not be used on this Contract.')).toBe('strong');
    expect(statusOf(zeroHours, 'Workers may ask for a predictable working pattern.', { type: 'policy' })).toBe('weak');
    expect(statusOf(zeroHours, 'Opening hours are a minimum of 40 hours a week.')).toBe('missing');
  });

  it('"non-guaranteed hours" in a heading is a contract type, not a guarantee (regression: read as binding)', () => {
    expect(
      statusOf(zeroHours, 'Offering care workers on non-guaranteed hours contracts the choice of other arrangements'),
    ).toBe('weak');
  });

  it('blanking contract-type names keeps offsets', () => {
    const s = 'staff on non-guaranteed hours contracts';
    expect(withoutContractTypeNames(s)).toHaveLength(s.length);
    expect(withoutContractTypeNames(s)).not.toMatch(/guaranteed/);
  });

  it('a choice of contract counts only when workers are employed under it', () => {
    expect(statusOf(zeroHours, 'Bidders have a choice of contract lots under this framework.')).toBe('missing');
    expect(statusOf(zeroHours, 'Employers must give workers a choice of contract after three months.')).toBe('strong');
  });

  it('a duty only to consider the contract type is weak', () => {
    expect(statusOf(zeroHours, 'Providers must consider whether staff are on zero hours contracts.')).toBe('weak');
  });

  it('"no unfair use" is weak', () => {
    expect(statusOf(zeroHours, 'Suppliers must ensure there is no unfair use of zero hours contracts.')).toBe('weak');
  });

  it('nil hours only at the worker’s choice is strong', () => {
    expect(
      statusOf(
        zeroHours,
        'Staff will have the choice of either permanent contracts or nil hours if they want flexibility.',
      ),
    ).toBe('strong');
  });

  it('false friend: guaranteed service hours', () => {
    expect(statusOf(zeroHours, 'The Supplier shall provide guaranteed hours of service from 8am to 6pm.')).toBe(
      'missing',
    );
  });

  it('"will no longer be able to" states an ability, not a duty (regression: a news paraphrase read as binding)', () => {
    expect(
      statusOf(
        zeroHours,
        'The law means employers will no longer be able to keep staff on zero hours contracts for long.',
      ),
    ).toBe('weak');
  });

  it('"are not guaranteed any work" denies a guarantee; it is no duty (regression: read as strong)', () => {
    expect(statusOf(zeroHours, 'Under zero hours contracts, employees are not guaranteed any work.')).toBe('weak');
  });

  it('"will normally be classed as" describes the law, it is no duty (regression: read as strong)', () => {
    expect(
      statusOf(zeroHours, 'Care workers engaged under zero-hours contracts will normally be classed as workers.'),
    ).toBe('weak');
  });
});
