import { describe, expect, it } from 'vitest';
import type { CheckId } from '../types';
import { judge, type PassageFinding } from './analyse';

const PROFILE = { type: 'terms', sector: 'general', jurisdiction: 'england' } as const;

describe('inputs far larger than any real page', () => {
  it('ranking evidence over 300,000 passages of one check does not overflow the call stack (Math.max spread)', () => {
    const text = 'The Supplier shall pay the Real Living Wage.';
    const passages: PassageFinding[] = [];
    for (let i = 0; i < 300_000; i++)
      passages.push({
        checkId: 'living-wage' as CheckId,
        evidence: { text, start: i * 45, end: i * 45 + 44, strength: 'strong', why: 'binding obligation' },
        weight: i % 5,
      });
    const lw = judge(passages, PROFILE).find((f) => f.id === 'living-wage')!;
    expect(lw.status).toBe('strong');
    expect(lw.evidence).toHaveLength(1);
    expect(lw.evidence[0]!.start).toBe(4 * 45);
  });
});
