/**
 * Hourly wage rates the living-wage check compares figures against. One table, dated and sourced.
 * The Real Living Wage is announced each autumn; the UI warns when the newest entry is over 13 months old.
 * Users can override or extend this table in settings (the options page).
 */
export interface WageRate {
  /** `rlw` = Real Living Wage (Living Wage Foundation, voluntary); `nlw` = statutory National Living Wage (21+); `nmw` = statutory National Minimum Wage (lower age bands) */
  kind: 'rlw' | 'nlw' | 'nmw';
  area: 'uk' | 'london';
  /** £ per hour */
  rate: number;
  /** the day the rate was announced (RLW) or came into force (statutory) */
  announced: string;
  /** the day employers must pay it by */
  effectiveFrom: string;
  label: string;
  source: string;
  checkedOn: string;
}

export const WAGE_RATES: readonly WageRate[] = [
  {
    kind: 'rlw',
    area: 'uk',
    rate: 13.45,
    announced: '2025-10-22',
    effectiveFrom: '2026-05-01',
    label: 'Real Living Wage 2025-26',
    source: 'Living Wage Foundation announcement, 22 Oct 2025',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 14.8,
    announced: '2025-10-22',
    effectiveFrom: '2026-05-01',
    label: 'London Living Wage 2025-26',
    source: 'Living Wage Foundation announcement, 22 Oct 2025',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'uk',
    rate: 12.6,
    announced: '2024-10-22',
    effectiveFrom: '2025-05-01',
    label: 'Real Living Wage 2024-25',
    source: 'Living Wage Foundation announcement, Oct 2024',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 13.85,
    announced: '2024-10-22',
    effectiveFrom: '2025-05-01',
    label: 'London Living Wage 2024-25',
    source: 'Living Wage Foundation announcement, Oct 2024',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'uk',
    rate: 12.0,
    announced: '2023-10-24',
    effectiveFrom: '2024-05-01',
    label: 'Real Living Wage 2023-24',
    source: 'Living Wage Foundation announcement, Oct 2023',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 13.15,
    announced: '2023-10-24',
    effectiveFrom: '2024-05-01',
    label: 'London Living Wage 2023-24',
    source: 'Living Wage Foundation announcement, Oct 2023',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nlw',
    area: 'uk',
    rate: 12.71,
    announced: '2026-04-01',
    effectiveFrom: '2026-04-01',
    label: 'National Living Wage (statutory, 21+) April 2026',
    source:
      'National Minimum Wage (Amendment) Regulations 2026; GOV.UK National Minimum Wage and National Living Wage rates',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nlw',
    area: 'uk',
    rate: 12.21,
    announced: '2025-04-01',
    effectiveFrom: '2025-04-01',
    label: 'National Living Wage (statutory, 21+) April 2025',
    source: 'National Minimum Wage (Amendment) Regulations 2025; GOV.UK rates page',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nlw',
    area: 'uk',
    rate: 11.44,
    announced: '2024-04-01',
    effectiveFrom: '2024-04-01',
    label: 'National Living Wage (statutory, 21+) April 2024',
    source: 'GOV.UK rates page',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nmw',
    area: 'uk',
    rate: 10.85,
    announced: '2026-04-01',
    effectiveFrom: '2026-04-01',
    label: 'National Minimum Wage 18-20, April 2026',
    source: 'GOV.UK rates page',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nmw',
    area: 'uk',
    rate: 10.0,
    announced: '2025-04-01',
    effectiveFrom: '2025-04-01',
    label: 'National Minimum Wage 18-20, April 2025',
    source: 'GOV.UK rates page',
    checkedOn: '2026-11-25',
  },
];

/** The newest Real Living Wage of an area announced on or before a date (the rate a new contract should name). */
export function currentRealLivingWage(area: 'uk' | 'london', asOf: string, table: readonly WageRate[] = WAGE_RATES) {
  return table
    .filter((r) => r.kind === 'rlw' && r.area === area && r.announced <= asOf)
    .sort((a, b) => b.announced.localeCompare(a.announced))[0];
}

/** The statutory National Living Wage in force on a date. */
export function currentNationalLivingWage(asOf: string, table: readonly WageRate[] = WAGE_RATES) {
  return table
    .filter((r) => r.kind === 'nlw' && r.effectiveFrom <= asOf)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

/** Months between the newest RLW announcement and a date; the UI warns above 13. */
export function rateTableAgeMonths(asOf: string, table: readonly WageRate[] = WAGE_RATES): number {
  const newest = table.filter((r) => r.kind === 'rlw').sort((a, b) => b.announced.localeCompare(a.announced))[0];
  if (!newest) return Number.POSITIVE_INFINITY;
  const a = new Date(`${newest.announced}T00:00:00Z`);
  const b = new Date(`${asOf}T00:00:00Z`);
  return (
    (b.getUTCFullYear() - a.getUTCFullYear()) * 12 +
    (b.getUTCMonth() - a.getUTCMonth()) -
    (b.getUTCDate() < a.getUTCDate() ? 1 : 0)
  );
}

export const RATE_TABLE_STALE_AFTER_MONTHS = 13;
