import type { ModelClause } from '../checks/types';
import type { CheckId, DocumentProfile } from '../types';
import { BUILT_IN_CLAUSES } from './library';

/** How well a clause fits a document: exact jurisdiction, type and sector beat "any"; a mismatch rules it out. */
export function fitScore(clause: ModelClause, profile: DocumentProfile): number {
  let score = 0;
  const dims: [readonly string[], string, number][] = [
    [clause.jurisdictions, profile.jurisdiction, 4],
    [clause.documentTypes, profile.type, 2],
    [clause.sectors, profile.sector, 1],
  ];
  for (const [allowed, actual, weight] of dims) {
    if (allowed.length === 0) continue;
    if (allowed.includes(actual)) score += weight;
    else if (weight === 4 && (actual === 'uk' || actual === 'other') && allowed.includes('england')) score += 1;
    else return -1;
  }
  return score;
}

/**
 * A question to bidders belongs in an invitation to tender; in a notice or contract terms the clause that binds
 * the supplier is the fix, and the question is offered as an alternative.
 */
const QUESTION_OUTSIDE_ITT = 2.5;

/** Clauses for a check, best fit first (ties keep library order). */
export function rankClauses(
  checkId: CheckId,
  profile: DocumentProfile,
  library: readonly ModelClause[] = BUILT_IN_CLAUSES,
): ModelClause[] {
  return library
    .filter((c) => c.checkId === checkId)
    .map((c, i) => ({ c, i, fit: fitScore(c, profile) }))
    .filter((x) => x.fit >= 0)
    .map((x) => ({ ...x, s: x.fit - (x.c.question && profile.type !== 'itt' ? QUESTION_OUTSIDE_ITT : 0) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.c);
}

export function suggestClause(
  checkId: CheckId,
  profile: DocumentProfile,
  library: readonly ModelClause[] = BUILT_IN_CLAUSES,
): ModelClause {
  const best = rankClauses(checkId, profile, library)[0] ?? library.find((c) => c.checkId === checkId);
  if (!best) throw new Error(`no model clause for ${checkId}`);
  return best;
}
