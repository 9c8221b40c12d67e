import { checkById } from '../report/describe';
import type { CheckId, ScanResult, Status } from '../types';
import type { Review } from './review';

/** One check whose scanned status differs between the saved review and the page now. */
export interface StatusChange {
  id: CheckId;
  title: string;
  from: Status;
  to: Status;
}

const RANK: Record<Status, number> = { 'n/a': -1, missing: 0, weak: 1, strong: 2 };

/**
 * Compares scanned statuses (not overrides: the reviewer's judgement is not the page changing).
 * Checks are listed in contract order.
 */
export function statusChanges(saved: Pick<Review, 'result'>, now: ScanResult): StatusChange[] {
  const before = new Map(saved.result.checks.map((f) => [f.id, f.status]));
  const out: StatusChange[] = [];
  for (const f of now.checks) {
    const from = before.get(f.id);
    if (from && from !== f.status) out.push({ id: f.id, title: checkById(f.id).title, from, to: f.status });
  }
  return out;
}

/** Whether a change is an improvement for workers (a stronger clause), for colouring. */
export function isImprovement(c: StatusChange): boolean {
  return RANK[c.to] > RANK[c.from];
}

/** "living-wage: weak → strong" */
export function describeChange(c: StatusChange): string {
  return `${c.id}: ${c.from} → ${c.to}`;
}
