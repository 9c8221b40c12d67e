import { rankClauses } from '../clauses/select';
import { type LibraryDb, libraryDb } from '../store/library-db';
import type { CheckId, DocumentProfile } from '../types';
import { libraryOrder, listClauses } from './clauses';
import type { LibraryClause } from './types';

export interface ClauseSuggestions {
  /** the best-fitting clause for the check and document, or null when the library has none for the check */
  best: LibraryClause | null;
  /** the other clauses that fit, best first */
  alternatives: LibraryClause[];
}

/** Ranks a library for one check and document; the user's own wording wins a tie with a built-in. */
export function rankLibrary(
  checkId: CheckId,
  profile: DocumentProfile,
  library: readonly LibraryClause[],
): ClauseSuggestions {
  const ranked = rankClauses(checkId, profile, [...library].sort(libraryOrder)) as LibraryClause[];
  return { best: ranked[0] ?? null, alternatives: ranked.slice(1) };
}

/** The model wording the side panel offers for a check on a document, read from the user's library. */
export async function suggestionsFor(
  checkId: CheckId,
  profile: DocumentProfile,
  db: LibraryDb = libraryDb(),
): Promise<ClauseSuggestions> {
  return rankLibrary(checkId, profile, await listClauses(db));
}
