import { describe, expect, it } from 'vitest';
import { WAGE_RATES, type WageRate } from '../data/wage-rates';
import { analyseText } from './analyse';

const newerRate: WageRate = {
  kind: 'rlw',
  area: 'uk',
  rate: 14.1,
  announced: '2026-10-20',
  effectiveFrom: '2027-05-01',
  label: 'Real Living Wage 2026-27 (entered by the user)',
  source: 'typed in on the options page',
  checkedOn: '2026-11-25',
};

function livingWage(text: string, wageRates?: readonly WageRate[]) {
  const { findings } = analyseText(text, {
    asOf: '2027-06-01',
    profile: { type: 'terms', sector: 'facilities', jurisdiction: 'england' },
    wageRates,
  });
  return findings.find((f) => f.id === 'living-wage')!;
}

describe("the user's edited rate table reaches the living-wage check", () => {
  const clause = 'The Contractor shall pay all cleaning staff £13.45 per hour.';

  it('with the shipped table, £13.45 is the Real Living Wage and the clause is strong', () => {
    expect(livingWage(clause).status).toBe('strong');
  });

  it('with a newer rate the user entered, £13.45 is out of date and the clause is weak', () => {
    const finding = livingWage(clause, [newerRate, ...WAGE_RATES]);
    expect(finding.status).toBe('weak');
    expect(finding.evidence[0]!.why).toMatch(/£14\.10/);
  });
});

describe("the user's default place", () => {
  const ukWide = 'The Supplier shall assist the Department with requests for information under the Act.';

  it('stands in when the text names no nation of the UK', () => {
    expect(analyseText(ukWide).profile.jurisdiction).toBe('uk');
    expect(analyseText(ukWide, { defaultJurisdiction: 'scotland' }).profile.jurisdiction).toBe('scotland');
  });

  it('never overrides a nation the text names', () => {
    const welsh =
      'Cardiff Council requires the Supplier to comply with the Social Partnership and Public Procurement (Wales) Act 2023.';
    expect(analyseText(welsh, { defaultJurisdiction: 'scotland' }).profile.jurisdiction).toBe('wales');
  });
});
