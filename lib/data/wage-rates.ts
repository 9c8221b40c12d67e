/**
 * Hourly wage rates the living-wage check compares figures against. One table, dated and sourced.
 * The Real Living Wage is announced each autumn; the UI warns once the newest entry was announced more than
 * twelve months ago (counted in days, so the warning comes the day after the anniversary).
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
  // Historic rows: an older document's figure is judged against the rates of its own time.
  {
    kind: 'rlw',
    area: 'uk',
    rate: 10.9,
    announced: '2022-09-22',
    effectiveFrom: '2023-05-01',
    label: 'Real Living Wage 2022-23',
    source:
      'Living Wage Foundation rate history (calculation announced 2022-09); the Scottish Living Wage was the same UK rate',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 11.95,
    announced: '2022-09-22',
    effectiveFrom: '2023-05-01',
    label: 'London Living Wage 2022-23',
    source: 'Living Wage Foundation / GLA London Living Wage rate history',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'uk',
    rate: 9.9,
    announced: '2021-11-15',
    effectiveFrom: '2022-05-01',
    label: 'Real Living Wage 2021-22',
    source:
      'Living Wage Foundation rate history (calculation announced 2021-11); the Scottish Living Wage was the same UK rate',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 11.05,
    announced: '2021-11-15',
    effectiveFrom: '2022-05-01',
    label: 'London Living Wage 2021-22',
    source: 'Living Wage Foundation / GLA London Living Wage rate history',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'uk',
    rate: 9.5,
    announced: '2020-11-09',
    effectiveFrom: '2021-05-01',
    label: 'Real Living Wage 2020-21',
    source:
      'Living Wage Foundation rate history (calculation announced 2020-11); the Scottish Living Wage was the same UK rate',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 10.85,
    announced: '2020-11-09',
    effectiveFrom: '2021-05-01',
    label: 'London Living Wage 2020-21',
    source: 'Living Wage Foundation / GLA London Living Wage rate history',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'uk',
    rate: 9.3,
    announced: '2019-11-11',
    effectiveFrom: '2020-05-01',
    label: 'Real Living Wage 2019-20',
    source:
      'Living Wage Foundation rate history (calculation announced 2019-11); the Scottish Living Wage was the same UK rate',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 10.75,
    announced: '2019-11-11',
    effectiveFrom: '2020-05-01',
    label: 'London Living Wage 2019-20',
    source: 'Living Wage Foundation / GLA London Living Wage rate history',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'uk',
    rate: 9.0,
    announced: '2018-11-05',
    effectiveFrom: '2019-05-01',
    label: 'Real Living Wage 2018-19',
    source:
      'Living Wage Foundation rate history (calculation announced 2018-11); the Scottish Living Wage was the same UK rate',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 10.55,
    announced: '2018-11-05',
    effectiveFrom: '2019-05-01',
    label: 'London Living Wage 2018-19',
    source: 'Living Wage Foundation / GLA London Living Wage rate history',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'uk',
    rate: 8.75,
    announced: '2017-11-06',
    effectiveFrom: '2018-05-01',
    label: 'Real Living Wage 2017-18',
    source:
      'Living Wage Foundation rate history (calculation announced 2017-11); the Scottish Living Wage was the same UK rate',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 10.2,
    announced: '2017-11-06',
    effectiveFrom: '2018-05-01',
    label: 'London Living Wage 2017-18',
    source: 'Living Wage Foundation / GLA London Living Wage rate history',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'uk',
    rate: 8.45,
    announced: '2016-10-31',
    effectiveFrom: '2017-05-01',
    label: 'Real Living Wage 2016-17',
    source:
      'Living Wage Foundation rate history (calculation announced 2016-10); the Scottish Living Wage was the same UK rate',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 9.75,
    announced: '2016-10-31',
    effectiveFrom: '2017-05-01',
    label: 'London Living Wage 2016-17',
    source: 'Living Wage Foundation / GLA London Living Wage rate history',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'uk',
    rate: 8.25,
    announced: '2015-11-02',
    effectiveFrom: '2016-05-01',
    label: 'Real Living Wage 2015-16',
    source:
      'Living Wage Foundation rate history (calculation announced 2015-11); the Scottish Living Wage was the same UK rate',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 9.4,
    announced: '2015-11-02',
    effectiveFrom: '2016-05-01',
    label: 'London Living Wage 2015-16',
    source: 'Living Wage Foundation / GLA London Living Wage rate history',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'uk',
    rate: 7.85,
    announced: '2014-11-03',
    effectiveFrom: '2015-05-01',
    label: 'Real Living Wage 2014-15',
    source:
      'Living Wage Foundation rate history (calculation announced 2014-11); the Scottish Living Wage was the same UK rate',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 9.15,
    announced: '2014-11-03',
    effectiveFrom: '2015-05-01',
    label: 'London Living Wage 2014-15',
    source: 'Living Wage Foundation / GLA London Living Wage rate history',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'uk',
    rate: 7.65,
    announced: '2013-11-04',
    effectiveFrom: '2014-05-01',
    label: 'Real Living Wage 2013-14',
    source:
      'Living Wage Foundation rate history (calculation announced 2013-11); the Scottish Living Wage was the same UK rate',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 8.8,
    announced: '2013-11-04',
    effectiveFrom: '2014-05-01',
    label: 'London Living Wage 2013-14',
    source: 'Living Wage Foundation / GLA London Living Wage rate history',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'uk',
    rate: 7.45,
    announced: '2012-11-05',
    effectiveFrom: '2013-05-01',
    label: 'Real Living Wage 2012-13',
    source:
      'Living Wage Foundation rate history (calculation announced 2012-11); the Scottish Living Wage was the same UK rate',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'rlw',
    area: 'london',
    rate: 8.55,
    announced: '2012-11-05',
    effectiveFrom: '2013-05-01',
    label: 'London Living Wage 2012-13',
    source: 'Living Wage Foundation / GLA London Living Wage rate history',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nlw',
    area: 'uk',
    rate: 10.42,
    announced: '2023-04-01',
    effectiveFrom: '2023-04-01',
    label: 'National Living Wage (statutory, 23+) April 2023',
    source: 'GOV.UK National Minimum Wage and National Living Wage rates, previous rates (2023)',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nlw',
    area: 'uk',
    rate: 9.5,
    announced: '2022-04-01',
    effectiveFrom: '2022-04-01',
    label: 'National Living Wage (statutory, 23+) April 2022',
    source: 'GOV.UK National Minimum Wage and National Living Wage rates, previous rates (2022)',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nlw',
    area: 'uk',
    rate: 8.91,
    announced: '2021-04-01',
    effectiveFrom: '2021-04-01',
    label: 'National Living Wage (statutory, 23+) April 2021',
    source: 'GOV.UK National Minimum Wage and National Living Wage rates, previous rates (2021)',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nlw',
    area: 'uk',
    rate: 8.72,
    announced: '2020-04-01',
    effectiveFrom: '2020-04-01',
    label: 'National Living Wage (statutory, 25+) April 2020',
    source: 'GOV.UK National Minimum Wage and National Living Wage rates, previous rates (2020)',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nlw',
    area: 'uk',
    rate: 8.21,
    announced: '2019-04-01',
    effectiveFrom: '2019-04-01',
    label: 'National Living Wage (statutory, 25+) April 2019',
    source: 'GOV.UK National Minimum Wage and National Living Wage rates, previous rates (2019)',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nlw',
    area: 'uk',
    rate: 7.83,
    announced: '2018-04-01',
    effectiveFrom: '2018-04-01',
    label: 'National Living Wage (statutory, 25+) April 2018',
    source: 'GOV.UK National Minimum Wage and National Living Wage rates, previous rates (2018)',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nlw',
    area: 'uk',
    rate: 7.5,
    announced: '2017-04-01',
    effectiveFrom: '2017-04-01',
    label: 'National Living Wage (statutory, 25+) April 2017',
    source: 'GOV.UK National Minimum Wage and National Living Wage rates, previous rates (2017)',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nlw',
    area: 'uk',
    rate: 7.2,
    announced: '2016-04-01',
    effectiveFrom: '2016-04-01',
    label: 'National Living Wage (statutory, 25+) April 2016',
    source: 'GOV.UK National Minimum Wage and National Living Wage rates, previous rates (2016)',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nmw',
    area: 'uk',
    rate: 6.7,
    announced: '2015-10-01',
    effectiveFrom: '2015-10-01',
    label: 'National Minimum Wage (statutory adult rate, 21+) October 2015',
    source: 'GOV.UK National Minimum Wage rates, previous rates (2015)',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nmw',
    area: 'uk',
    rate: 6.5,
    announced: '2014-10-01',
    effectiveFrom: '2014-10-01',
    label: 'National Minimum Wage (statutory adult rate, 21+) October 2014',
    source: 'GOV.UK National Minimum Wage rates, previous rates (2014)',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nmw',
    area: 'uk',
    rate: 6.31,
    announced: '2013-10-01',
    effectiveFrom: '2013-10-01',
    label: 'National Minimum Wage (statutory adult rate, 21+) October 2013',
    source: 'GOV.UK National Minimum Wage rates, previous rates (2013)',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nmw',
    area: 'uk',
    rate: 6.19,
    announced: '2012-10-01',
    effectiveFrom: '2012-10-01',
    label: 'National Minimum Wage (statutory adult rate, 21+) October 2012',
    source: 'GOV.UK National Minimum Wage rates, previous rates (2012)',
    checkedOn: '2026-11-25',
  },
  {
    kind: 'nmw',
    area: 'uk',
    rate: 6.08,
    announced: '2011-10-01',
    effectiveFrom: '2011-10-01',
    label: 'National Minimum Wage (statutory adult rate, 21+) October 2011',
    source: 'GOV.UK National Minimum Wage rates, previous rates (2011)',
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

/** @deprecated months are too coarse for the warning; use `rateTableIsStale`. */
export const RATE_TABLE_STALE_AFTER_MONTHS = 12;

/** The newest Real Living Wage row in a table, UK before London on the same day. */
export function newestRealLivingWage(table: readonly WageRate[] = WAGE_RATES): WageRate | undefined {
  return table
    .filter((r) => r.kind === 'rlw')
    .sort((a, b) => b.announced.localeCompare(a.announced) || b.area.localeCompare(a.area))[0];
}

/** Days since the newest Real Living Wage was announced. */
export function rateTableAgeDays(asOf: string, table: readonly WageRate[] = WAGE_RATES): number {
  const newest = newestRealLivingWage(table);
  if (!newest) return Number.POSITIVE_INFINITY;
  return Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${newest.announced}T00:00:00Z`)) / 86_400_000);
}

/**
 * True once the newest Real Living Wage was announced more than twelve months before `asOf`: a new rate is
 * announced every autumn, so the table is probably out of date. Counted by calendar day, not whole months.
 */
export function rateTableIsStale(asOf: string, table: readonly WageRate[] = WAGE_RATES): boolean {
  const newest = newestRealLivingWage(table);
  if (!newest) return true;
  const [y, m, d] = newest.announced.split('-').map(Number) as [number, number, number];
  const anniversary = new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
  return asOf > anniversary;
}

/** The rate year a Real Living Wage row belongs to, e.g. "2025-26" for a rate announced in October 2025. */
export function rateYear(row: Pick<WageRate, 'announced'>): string {
  const y = Number(row.announced.slice(0, 4));
  return `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
}

export const STALE_RATE_WARNING = 'probably out of date: check the Living Wage Foundation';
