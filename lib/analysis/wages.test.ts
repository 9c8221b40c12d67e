import { describe, expect, it } from 'vitest';
import { WAGE_RATES, type WageRate } from '../data/wage-rates';
import { estimateDocumentDate, hourlyFigures, judgeFigure, matchRate } from './wages';

describe('hourly figures', () => {
  it('finds pence figures and whole pounds said to be per hour', () => {
    expect(hourlyFigures('Staff are paid £12.21 per hour, or £13 an hour at weekends.').map((f) => f.amount)).toEqual([
      12.21, 13,
    ]);
  });

  it('ignores contract values and grants outside the range of hourly pay', () => {
    expect(hourlyFigures('The contract is worth £4.5m and a £12 grant is available; rent is £450.00.')).toEqual([]);
  });
});

describe('figures against the dated rate table', () => {
  it('£12.21 in a 2025 notice is the statutory National Living Wage, and both rates are named', () => {
    const v = judgeFigure(12.21, 'uk', '2025-09-01');
    expect(v.kind).toBe('statutory');
    if (v.kind === 'statutory') {
      expect(v.row.label).toMatch(/National Living Wage/);
      expect(v.current?.rate).toBe(12.6);
    }
  });

  it("£10.85 named as the London Living Wage is London's 2020 rate, not the 2026 minimum for 18-20s it also equals", () => {
    expect(matchRate(10.85, '2026-11-25')?.kind).not.toBe('rlw');
    const named = matchRate(10.85, '2026-11-25', WAGE_RATES, 'rlw');
    expect(named?.kind).toBe('rlw');
    expect(named?.label).toMatch(/London Living Wage/);
    expect(judgeFigure(10.85, 'london', '2026-11-25', WAGE_RATES, 'rlw').kind).toBe('stale');
  });

  it('£8.25 in a 2016 text was the Real Living Wage of its day, not a low figure', () => {
    expect(judgeFigure(8.25, 'uk', '2016-07-01').kind).toBe('real-living-wage');
  });

  it('£12.60 is stale once the £13.45 rate must be paid', () => {
    const v = judgeFigure(12.6, 'uk', '2026-06-01');
    expect(v.kind).toBe('stale');
    if (v.kind === 'stale') expect(v.current.rate).toBe(13.45);
  });

  it('£12.60 is not stale between the announcement of £13.45 and its pay-by date', () => {
    expect(judgeFigure(12.6, 'uk', '2025-12-01').kind).toBe('real-living-wage');
  });

  it('an unlisted figure below the rate of the day is below it; one above is not', () => {
    expect(judgeFigure(11.9, 'uk', '2026-11-25').kind).toBe('below');
    expect(judgeFigure(14.0, 'uk', '2026-11-25').kind).toBe('at-or-above');
  });

  it('London figures are compared with the London rate', () => {
    expect(judgeFigure(14.8, 'london', '2026-11-25').kind).toBe('real-living-wage');
    expect(judgeFigure(14.0, 'london', '2026-11-25').kind).toBe('below');
  });

  it('a figure shared by two rows (£9.50) is read as the one in force at the document date', () => {
    expect(matchRate(9.5, '2021-01-01')?.kind).toBe('rlw');
    expect(matchRate(9.5, '2022-08-01')?.kind).toBe('nlw');
  });

  it('a user-edited table is honoured', () => {
    const table: WageRate[] = [
      {
        ...WAGE_RATES[0]!,
        rate: 14.1,
        announced: '2026-10-20',
        effectiveFrom: '2027-05-01',
        label: 'Real Living Wage 2026-27',
      },
      ...WAGE_RATES,
    ];
    expect(judgeFigure(13.45, 'uk', '2027-06-01', table).kind).toBe('stale');
  });
});

describe('rate table', () => {
  it('every row is dated and sourced', () => {
    for (const r of WAGE_RATES) {
      expect(r.announced).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.effectiveFrom >= r.announced).toBe(true);
      expect(r.source.length).toBeGreaterThan(10);
    }
  });

  it('the Real Living Wage is above the statutory rate in force when it is paid', () => {
    for (const r of WAGE_RATES.filter((x) => x.kind === 'rlw' && x.area === 'uk')) {
      const statutory = WAGE_RATES.filter((x) => x.kind === 'nlw' && x.effectiveFrom <= r.effectiveFrom).sort((a, b) =>
        b.effectiveFrom.localeCompare(a.effectiveFrom),
      )[0];
      if (statutory) expect(r.rate).toBeGreaterThan(statutory.rate);
    }
  });
});

describe('document date', () => {
  it('an old news item speaks from the latest year it mentions', () => {
    expect(
      estimateDocumentDate('The contract, due to start in September 2016, follows the 2014 review.', '2026-11-25'),
    ).toBe('2016-07-01');
  });

  it('a text naming the current year, or no year, is judged today', () => {
    expect(estimateDocumentDate('Tenders close on 3 March 2026.', '2026-11-25')).toBe('2026-11-25');
    expect(estimateDocumentDate('No dates here.', '2026-11-25')).toBe('2026-11-25');
  });

  it('future target years do not move the date forward', () => {
    expect(estimateDocumentDate('Published 2019; net zero by 2040.', '2026-11-25')).toBe('2019-07-01');
  });
});

describe('document date ignores the years in statute names', () => {
  it("'Procurement Act 2023' and 'Directive 2014/24/EU' do not date a text to 2023 or 2014", () => {
    expect(
      estimateDocumentDate(
        'Under the Procurement Act 2023 and Directive 2014/24/EU the Supplier shall pay the rate.',
        '2026-11-25',
      ),
    ).toBe('2026-11-25');
  });

  it('a news date beside a statute name still dates the text', () => {
    expect(estimateDocumentDate('Posted in March 2019 about the Social Value Act 2012.', '2026-11-25')).toBe(
      '2019-07-01',
    );
  });
});
