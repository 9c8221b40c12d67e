import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse';

const OPTS = { asOf: '2026-11-25', profile: { jurisdiction: 'england' } } as const;
const finding = (text: string, id: string, profile = {}) =>
  analyseText(text, { ...OPTS, profile: { ...OPTS.profile, ...profile } }).findings.find((f) => f.id === id)!;

describe('evidence a reader checks the verdict against', () => {
  it('a strong verdict quotes its most telling binding clause alone, not a second sentence restating it', () => {
    const f = finding(
      'The Contractor shall transfer every request for information it receives to the Council within two working days. The Contractor shall assist the Council to comply with its duties under the Freedom of Information Act 2000.',
      'foi',
      { type: 'terms' },
    );
    expect(f.status).toBe('strong');
    expect(f.evidence).toHaveLength(1);
    expect(f.evidence[0]!.text).toMatch(/^The Contractor shall transfer every request/);
  });

  it('a weak verdict quotes up to two hedged passages: each shows a way the topic is left unsecured', () => {
    const f = finding(
      'Providers are encouraged to pay the Real Living Wage to their care workers. Cleaning contractors are encouraged to pay the Real Living Wage to their cleaners.',
      'living-wage',
      { type: 'policy' },
    );
    expect(f.status).toBe('weak');
    expect(f.evidence).toHaveLength(2);
  });

  it('a missing verdict quotes nothing', () => {
    expect(finding('The contract covers grounds maintenance in the parks.', 'foi').evidence).toEqual([]);
  });
});
