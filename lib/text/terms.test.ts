import { describe, expect, it } from 'vitest';
import { normalisedForRules, paragraphForRules } from './terms';

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

/** `written` reads as `read`, and `word`'s read offsets map back to the same word as written, the end to the end. */
function expectReadAs(written: string, read: string, word: string) {
  const paragraph = paragraphForRules(written);
  expect(paragraph.text).toBe(read);
  const at = read.indexOf(word);
  expect(written.slice(paragraph.written?.[at], paragraph.written?.[at + word.length])).toBe(word);
  expect(paragraph.written?.[read.length]).toBe(written.length);
}

describe('runs of spaces and wrapped lines', () => {
  it('reads a run of spaces, a tab or a line break as one space, and maps each read offset back', () => {
    expectReadAs('the Real  Living\r\nWage\tand more', 'the Real Living Wage and more', 'Wage');
  });

  it('judges text typed with double spaces and Windows line ends, quoting and placing it as written', async () => {
    const { analyseText } = await import('../analysis/analyse');
    const first = 'The Contractor  shall pay all staff working on the contract the Real  Living\r\nWage.';
    const second = 'The Contractor shall assist the Council  with any request under the Freedom of  Information Act.';
    const text = `Cleaning  contract.\r\n\r\n${first}\r\n\r\n${second}\r\n`;
    const { findings } = analyseText(text);
    for (const [id, quote] of [
      ['living-wage', first],
      ['foi', second],
    ] as const) {
      const finding = findings.find((f) => f.id === id);
      expect([id, finding?.status]).toEqual([id, 'strong']);
      const evidence = finding!.evidence[0]!;
      expect(evidence.text).toBe(quote);
      expect(text.slice(evidence.start, evidence.end)).toBe(quote);
    }
  });
});

describe('an edited page read again', () => {
  it('quotes and places a passage as written after its spaces change and the text above it grows', async () => {
    const { AnalysisSession } = await import('../analysis/analyse');
    const { blocksFromText } = await import('./segment');
    const session = new AnalysisSession();
    const clause = (gap: string) => `The Contractor shall pay all staff the Real${gap}Living Wage.`;
    const pages = [
      `Cleaning contract.\n\n${clause(' ')}\n`,
      `Cleaning contract.\n\n${clause('  ')}\n`,
      `Cleaning contract for  the north  area.\n\nLots: one.\n\n${clause('  ')}\n`,
      `Cleaning contract for  the north  area.\n\nLots: one.\n\n${clause(' ')}\n`,
    ];
    for (const page of pages) {
      const finding = session.update(page, blocksFromText(page)).findings.find((f) => f.id === 'living-wage');
      const quote = finding?.evidence[0];
      expect(finding?.status).toBe('strong');
      expect(page.slice(quote?.start, quote?.end)).toBe(quote?.text);
      expect(quote?.text.startsWith('The Contractor shall pay')).toBe(true);
    }
  });
});

describe('characters that show nothing', () => {
  it('reads a soft hyphen or a zero-width space inside a word as absent, mapping offsets back', () => {
    expectReadAs('the Real Liv\u00ading Wa\u200bge rate', 'the Real Living Wage rate', 'rate');
  });
});
