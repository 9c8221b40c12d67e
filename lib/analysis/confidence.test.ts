import { describe, expect, it } from 'vitest';
import { scanText } from '../scan';
import { analyseText } from './analyse';

const OPTS = { asOf: '2026-11-25', profile: { jurisdiction: 'england' } } as const;
const finding = (text: string, id: string, profile = {}) =>
  analyseText(text, { ...OPTS, profile: { ...OPTS.profile, ...profile } }).findings.find((f) => f.id === id)!;

describe('confidence of a finding', () => {
  it('a named supplier bound by a specific FOI duty in contract terms, said twice, is high', () => {
    const f = finding(
      'The Contractor shall transfer every request for information it receives to the Council within two working days. The Contractor shall assist the Council to comply with its duties under the Freedom of Information Act 2000.',
      'foi',
      { type: 'terms' },
    );
    expect(f.status).toBe('strong');
    expect(f.confidence).toBe('high');
  });

  it('a single bare mention of the topic is low: the reader should check it', () => {
    const f = finding('Our approach to social value is described on the next page.', 'social-value', {
      type: 'other',
    });
    expect(f.status).toBe('weak');
    expect(f.confidence).toBe('low');
  });

  it('a duty hollowed by a stated hedge is more certain than a bare mention', () => {
    const f = finding(
      'Providers are encouraged to pay the Real Living Wage to their care workers where possible.',
      'living-wage',
    );
    expect(f.status).toBe('weak');
    expect(['medium', 'high']).toContain(f.confidence);
  });

  it('missing is high when the topic never appears, medium when its words were dismissed as a false friend', () => {
    expect(finding('The contract covers grounds maintenance in the parks.', 'foi').confidence).toBe('high');
    const dismissed = finding('Home | Accessibility | Freedom of Information | Privacy notice', 'foi');
    expect(dismissed.status).toBe('missing');
    expect(dismissed.confidence).toBe('medium');
  });

  it('a check that does not apply is n/a with high confidence', () => {
    const f = finding('The contract supplies office chairs.', 'ethical-care', { sector: 'goods' });
    expect(f.status).toBe('n/a');
    expect(f.confidence).toBe('high');
  });

  it('the scan JSON keeps every contract field in order and adds confidence last', () => {
    const result = scanText(
      't.txt',
      'The Supplier shall pay all staff at least the Real Living Wage.',
      undefined,
      OPTS,
    );
    for (const check of result.checks) {
      expect(Object.keys(check)).toEqual(['id', 'status', 'evidence', 'suggestion', 'confidence']);
      expect(['high', 'medium', 'low']).toContain(check.confidence);
    }
  });
});
