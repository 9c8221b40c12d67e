import { describe, expect, it } from 'vitest';
import { builtInClause } from '../clauses/library';
import { WAGE_RATES } from '../data/wage-rates';
import { placeholderValues, previewClause } from './placeholder-values';
import { DEFAULT_SETTINGS } from './settings';

const settings = { ...DEFAULT_SETTINGS, authorityName: 'Northtown Council' };

describe('placeholders filled from settings and the rate table', () => {
  it('fills the authority and the current rates into the built-in living-wage clause', () => {
    const body = builtInClause('living-wage/standard')!.body;
    const preview = previewClause(body, placeholderValues(settings, '2026-11-25'));
    expect(preview.text).toContain('for Northtown Council not less than');
    expect(preview.text).toContain('the 2025-26 rates are £13.45 per hour, or £14.80 per hour');
    expect(preview.text).toContain('payable from 2026-05-01');
    expect(preview).toMatchObject({ unfilled: [], unknown: [] });
  });

  it("uses the user's own rate rows", () => {
    const next = { ...WAGE_RATES[0]!, rate: 14.1, announced: '2026-10-21', effectiveFrom: '2027-05-01' };
    const values = placeholderValues({ ...settings, wageRateOverrides: [next] }, '2026-11-25');
    expect(values.rlw_rate).toBe('£14.10');
  });

  it('an empty setting is reported as unfilled and left visible, never dropped', () => {
    const preview = previewClause(
      'For {authority} under {contract}.',
      placeholderValues(DEFAULT_SETTINGS, '2026-11-25'),
    );
    expect(preview.text).toBe('For {authority} under {contract}.');
    expect(preview.unfilled).toEqual(['authority', 'contract']);
  });

  it("the page's contract title fills {contract}", () => {
    const values = placeholderValues(settings, '2026-11-25', { contract: 'Homecare framework 2027' });
    expect(previewClause('the {contract}', values).text).toBe('the Homecare framework 2027');
  });

  it('a misspelt or unknown placeholder is reported as unknown', () => {
    const preview = previewClause(
      'For {authorty} and { Authority } and {authority}.',
      placeholderValues(settings, '2026-11-25'),
    );
    expect(preview.unknown).toEqual(['authorty', ' Authority ']);
    expect(preview.unfilled).toEqual([]);
    expect(preview.text).toBe('For {authorty} and { Authority } and Northtown Council.');
  });
});
