import { describe, expect, it } from 'vitest';
import { joinHyphenatedTerms } from './terms';

describe('joinHyphenatedTerms', () => {
  it('reads the hyphenated forms of the domain terms as the spaced ones', () => {
    expect(joinHyphenatedTerms('a social-value weighting')).toBe('a social value weighting');
    expect(joinHyphenatedTerms('the Real-Living-Wage rate')).toBe('the Real Living Wage rate');
    expect(joinHyphenatedTerms('the Freedom-of-Information Act')).toBe('the Freedom of Information Act');
    expect(joinHyphenatedTerms('community-benefit clauses')).toBe('community benefit clauses');
  });

  it('keeps every other hyphen, and the length, so offsets still point into the original', () => {
    const text = 'A well-being duty, co-operation with sub-contractors and a fair-work first approach.';
    const joined = joinHyphenatedTerms(text);
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
