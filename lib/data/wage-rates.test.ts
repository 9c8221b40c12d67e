import { describe, expect, it } from 'vitest';
import { BUILT_IN_CLAUSES } from '../clauses/library';
import { rateValues } from '../clauses/placeholders';
import { rateTableAgeDays, rateTableIsStale, rateYear, WAGE_RATES } from './wage-rates';

describe('how current the Real Living Wage table is', () => {
  const newest = '2025-10-22';

  it('is stale the day after the newest rate’s first anniversary, counted in days, not whole months', () => {
    expect(rateTableIsStale('2026-10-22')).toBe(false);
    expect(rateTableIsStale('2026-10-23')).toBe(true);
    // the case: on 5 December 2026 the rate was 13 months old and no warning showed
    expect(rateTableIsStale('2026-12-05')).toBe(true);
    expect(rateTableAgeDays('2026-12-05')).toBe(409);
    expect(WAGE_RATES.some((r) => r.kind === 'rlw' && r.announced === newest)).toBe(true);
  });

  it('a table with no Real Living Wage is stale; a newly added rate makes it current again', () => {
    expect(
      rateTableIsStale(
        '2026-12-05',
        WAGE_RATES.filter((r) => r.kind !== 'rlw'),
      ),
    ).toBe(true);
    const added = { ...WAGE_RATES[0]!, rate: 14.1, announced: '2026-10-21', effectiveFrom: '2027-05-01' };
    expect(rateTableIsStale('2026-12-05', [added, ...WAGE_RATES])).toBe(false);
  });

  it('clauses name the rate’s year, never "currently"', () => {
    expect(rateYear({ announced: '2025-10-22' })).toBe('2025-26');
    expect(rateValues('2026-06-01').rlw_year).toBe('2025-26');
    for (const c of BUILT_IN_CLAUSES) expect([c.id, /\bcurrently\b/i.test(c.body)]).toEqual([c.id, false]);
  });
});
