import { useState } from 'preact/hooks';
import type { ModelClause } from '~/lib/checks/types';
import { builtInClause } from '~/lib/clauses/library';
import { fillClause } from '~/lib/clauses/placeholders';
import { placeholderValues, today } from '~/lib/library/placeholder-values';
import { readSettings } from '~/lib/library/settings';
import { suggestionsFor } from '~/lib/library/suggestions';
import type { LibraryClause } from '~/lib/library/types';
import { type LibraryDb, libraryDb } from '~/lib/store/library-db';
import type { ClauseFinding, DocumentProfile } from '~/lib/types';
import { useLiveQuery } from './useLiveQuery';

export interface LibrarySuggestion {
  /** the clause to offer, with what settings and the rate table know already filled in */
  clause: ModelClause | undefined;
  /** the other clauses from the library that fit this document, best first */
  alternatives: LibraryClause[];
  choose(id: string): void;
}

/**
 * The side panel's model wording for a finding, from the user's library: the best fit for the check,
 * jurisdiction and document type, the rest one click away. Until the library is read, the built-in.
 */
export function useLibrarySuggestion(
  finding: ClauseFinding,
  profile: DocumentProfile,
  db: LibraryDb = libraryDb(),
): LibrarySuggestion {
  const [chosenId, choose] = useState<string>();
  const live = useLiveQuery(
    async () => ({ ranked: await suggestionsFor(finding.id, profile, db), settings: await readSettings(db) }),
    [finding.id, profile.type, profile.jurisdiction, profile.sector, db],
  );
  if (!finding.suggestion) return { clause: undefined, alternatives: [], choose };
  if (live.state !== 'ready') return { clause: builtInClause(finding.suggestion), alternatives: [], choose };
  const { ranked, settings } = live.value;
  const all = ranked.best ? [ranked.best, ...ranked.alternatives] : [];
  const shown = all.find((c) => c.id === chosenId) ?? all[0];
  if (!shown) return { clause: undefined, alternatives: [], choose };
  const values = placeholderValues(settings, today());
  return {
    clause: {
      ...shown,
      body: fillClause(shown.body, values).text,
      implements: shown.implements || shown.legalBasis.map((s) => s.title).join('; '),
    },
    alternatives: all.filter((c) => c !== shown),
    choose,
  };
}
