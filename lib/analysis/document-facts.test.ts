import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../text/segment';
import { AnalysisSession } from './analyse';
import { combineFacts, documentFacts, estimateDocumentDate } from './wages';

const TODAY = '2026-11-25';

describe('document-wide facts gathered block by block', () => {
  const text = [
    'Published: 16 July 2016',
    'In this contract "the Living Wage" means the rate set by the Living Wage Foundation.',
    'The Contractor shall pay all staff the Living Wage of £8.25 per hour.',
  ].join('\n');

  it('combine to what the whole text says', () => {
    const parts = blocksFromText(text).map((b) => documentFacts(b.text, TODAY));
    expect(combineFacts(parts)).toEqual(documentFacts(text, TODAY));
    expect(estimateDocumentDate(text, TODAY)).toBe('2016-07-16');
  });

  it('a date and a definition in other blocks still govern the pay clause, and survive an edit elsewhere', () => {
    const session = new AnalysisSession();
    const first = session.update(text, blocksFromText(text));
    expect(first.findings.find((f) => f.id === 'living-wage')!.status).toBe('strong');
    const edited = text.replace('Published: 16 July 2016', 'Published: 16 July 2016 (revised)');
    const again = session.update(edited, blocksFromText(edited));
    expect(again.findings.find((f) => f.id === 'living-wage')!.status).toBe('strong');
  });
});
