import { describe, expect, it } from 'vitest';
import { normalisedForRules } from './terms';

describe('normalisedForRules', () => {
  it('reads the hyphenated forms of the domain terms as the spaced ones', () => {
    expect(normalisedForRules('a social-value weighting')).toBe('a social value weighting');
    expect(normalisedForRules('the Real-Living-Wage rate')).toBe('the Real Living Wage rate');
    expect(normalisedForRules('the Freedom-of-Information Act')).toBe('the Freedom of Information Act');
    expect(normalisedForRules('community-benefit clauses')).toBe('community benefit clauses');
  });

  it('keeps every other hyphen, and the length, so offsets still point into the original', () => {
    const text = 'A well-being duty, co-operation with sub-contractors and a fair-work first approach.';
    const joined = normalisedForRules(text);
    expect(joined).toBe('A well-being duty, co-operation with sub-contractors and a fair work first approach.');
    expect(joined.length).toBe(text.length);
  });
});

describe('a hyphenated term in a document', () => {
  it('is judged as the spaced term, and quoted as the page spells it', async () => {
    const { analyseText } = await import('../analysis/analyse');
    const text = 'Tender for cleaning.\n\nA social-value weighting of 10% applies to the award of this contract.';
    const finding = analyseText(text).findings.find((f) => f.id === 'social-value');
    expect(finding?.status).toBe('strong');
    const quote = finding?.evidence[0];
    expect(quote?.text).toBe('A social-value weighting of 10% applies to the award of this contract.');
    expect(text.slice(quote?.start, quote?.end)).toBe(quote?.text);
  });
});

describe('spaces and hyphens of other kinds', () => {
  it('reads a no-break space, a thin space and a non-breaking hyphen as the plain ones, keeping the length', () => {
    const text = 'the Real\u00a0Living\u00a0Wage of £12.60\u202fan hour and social\u2011value';
    const read = normalisedForRules(text);
    expect(read).toBe('the Real Living Wage of £12.60 an hour and social value');
    expect(read.length).toBe(text.length);
  });

  it('judges a page whose words are joined by no-break spaces, quoting it as written', async () => {
    const { analyseText } = await import('../analysis/analyse');
    const text = 'Cleaning contract.\n\nThe Contractor shall pay all staff the Real\u00a0Living\u00a0Wage.';
    const finding = analyseText(text).findings.find((f) => f.id === 'living-wage');
    expect(finding?.status).toBe('strong');
    expect(finding?.evidence[0]?.text).toBe('The Contractor shall pay all staff the Real\u00a0Living\u00a0Wage.');
  });
});
