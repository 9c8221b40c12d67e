import { describe, expect, it } from 'vitest';
import { scanText } from '../scan';
import { describeChange, isImprovement, statusChanges } from './diff';
import { newReview } from './review';

const scan = (text: string) => scanText('u', text, undefined, { asOf: '2026-11-25' });

describe('what changed since the saved review', () => {
  it('reports living-wage: weak → strong when the clause was strengthened', () => {
    const saved = newReview(
      scan('Contract notice.\nProviders are encouraged to pay the Real Living Wage where possible.'),
      'u',
      't',
    );
    const now = scan(
      'Contract notice.\nThe Supplier shall pay every worker on the contract at least the Real Living Wage set by the Living Wage Foundation.',
    );
    const changes = statusChanges(saved, now);
    const lw = changes.find((c) => c.id === 'living-wage');
    expect(lw && describeChange(lw)).toBe('living-wage: weak → strong');
    expect(lw && isImprovement(lw)).toBe(true);
  });

  it('reports nothing when the page is unchanged, even if the reviewer overrode a status', () => {
    const text = 'Contract notice.\nProviders are encouraged to pay the Real Living Wage where possible.';
    const saved = newReview(scan(text), 'u', 't');
    saved.overrides['living-wage'] = { status: 'strong', reason: 'in the ITT' };
    expect(statusChanges(saved, scan(text))).toEqual([]);
  });

  it('marks a weakened clause as not an improvement', () => {
    const saved = newReview(
      scan(
        'Contract notice.\nThe Supplier shall pay every worker at least the Real Living Wage set by the Living Wage Foundation.',
      ),
      'u',
      't',
    );
    const [c] = statusChanges(saved, scan('Contract notice.\nNothing about pay.')).filter(
      (x) => x.id === 'living-wage',
    );
    expect(c && describeChange(c)).toBe('living-wage: strong → missing');
    expect(c && isImprovement(c)).toBe(false);
  });
});
