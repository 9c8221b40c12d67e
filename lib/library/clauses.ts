import * as v from 'valibot';
import { BUILT_IN_CLAUSES } from '../clauses/library';
import type { LibraryDb } from '../store/library-db';
import { type BuyerKind, CHECK_IDS, type CheckId, type DocumentType, type Jurisdiction } from '../types';
import { copiedLegalBasis } from './built-ins';
import { CLAUSE_LIMITS, type ClauseEntry, ClauseEntrySchema, clauseProblems } from './clause-schema';
import type { LibraryClause } from './types';

const builtInRank = (c: LibraryClause) => BUILT_IN_CLAUSES.findIndex((b) => b.id === c.id);

/**
 * Library order: by check as the side panel lists them, the user's own wording first (so it wins ties),
 * built-ins in shipped order (so ties resolve as the analysis core's own suggestion does), then by title.
 */
export function libraryOrder(a: LibraryClause, b: LibraryClause): number {
  return (
    CHECK_IDS.indexOf(a.checkId) - CHECK_IDS.indexOf(b.checkId) ||
    (a.origin === b.origin ? 0 : a.origin === 'user' ? -1 : 1) ||
    (a.origin === 'built-in' ? builtInRank(a) - builtInRank(b) : 0) ||
    a.title.localeCompare(b.title)
  );
}

export async function listClauses(db: LibraryDb): Promise<LibraryClause[]> {
  return (await db.clauses.toArray()).sort(libraryOrder);
}

export interface ClauseFilter {
  text?: string;
  checkId?: CheckId | '';
  jurisdiction?: Jurisdiction | '';
  documentType?: DocumentType | '';
  origin?: LibraryClause['origin'] | '';
}

/** A clause written for "any" jurisdiction or document type matches every filter value of that kind. */
export function filterClauses(clauses: readonly LibraryClause[], f: ClauseFilter): LibraryClause[] {
  const words = (f.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return clauses.filter((c) => {
    if (f.checkId && c.checkId !== f.checkId) return false;
    if (f.origin && c.origin !== f.origin) return false;
    if (f.jurisdiction && c.jurisdictions.length && !c.jurisdictions.includes(f.jurisdiction)) return false;
    if (f.documentType && c.documentTypes.length && !c.documentTypes.includes(f.documentType)) return false;
    const hay = `${c.title} ${c.body} ${c.notes} ${c.implements} ${c.id}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** A title with a mark such as " (own version)", shortened to stay within the title limit so it still exports and re-imports. */
export function markedTitle(title: string, mark: string): string {
  return `${title.slice(0, CLAUSE_LIMITS.titleLength - mark.length).trimEnd()}${mark}`;
}

export function newClauseId(checkId: CheckId): string {
  return `${checkId}/own-${crypto.randomUUID().slice(0, 8)}`;
}

export function toRecord(entry: ClauseEntry, origin: LibraryClause['origin'], now: string): LibraryClause {
  return { ...entry, origin, updatedAt: entry.updatedAt ?? now };
}

export type SaveResult = { ok: true; clause: LibraryClause } | { ok: false; problems: string[] };

/** Saves a user clause after checking it; a built-in is never changed in place (see `copyClause`). */
export async function saveUserClause(db: LibraryDb, draft: unknown): Promise<SaveResult> {
  const problems = clauseProblems(draft);
  if (problems.length) return { ok: false, problems };
  const entry = v.parse(ClauseEntrySchema, draft);
  return db.transaction('rw', db.clauses, async () => {
    const existing = await db.clauses.get(entry.id);
    if (existing?.origin === 'built-in')
      return { ok: false as const, problems: ['Built-in wording cannot be changed; make your own copy to edit.'] };
    const clause = toRecord(
      { ...entry, version: existing ? existing.version + 1 : entry.version, updatedAt: new Date().toISOString() },
      'user',
      '',
    );
    await db.clauses.put(clause);
    return { ok: true as const, clause };
  });
}

/** Makes the user's own editable copy of any clause; a copy of a built-in remembers which version it came from. */
export async function copyClause(
  db: LibraryDb,
  id: string,
  place?: { jurisdiction: Jurisdiction; buyer: BuyerKind },
): Promise<LibraryClause | undefined> {
  const source = await db.clauses.get(id);
  if (!source) return undefined;
  const copy: LibraryClause = {
    ...source,
    ...(place ? copiedLegalBasis(source, place.jurisdiction, place.buyer) : {}),
    id: newClauseId(source.checkId),
    title: markedTitle(source.title, ' (own version)'),
    origin: 'user',
    version: 1,
    updatedAt: new Date().toISOString(),
    attribution: source.origin === 'built-in' ? `Adapted from ${source.attribution}` : source.attribution,
    basedOn: source.origin === 'built-in' ? { id: source.id, version: source.version } : source.basedOn,
  };
  await db.clauses.add(copy);
  return copy;
}

/** Deletes a user clause; a built-in is only hidden, until "Restore built-ins". */
export async function deleteClause(db: LibraryDb, id: string): Promise<void> {
  await db.transaction('rw', db.clauses, db.meta, async () => {
    const clause = await db.clauses.get(id);
    if (!clause) return;
    if (clause.origin === 'built-in') {
      const row = await db.meta.get('removedBuiltIns');
      const ids = row && 'ids' in row ? row.ids : [];
      await db.meta.put({ key: 'removedBuiltIns', ids: [...new Set([...ids, id])] });
    }
    await db.clauses.delete(id);
  });
}

/** A blank clause for the "Add clause" form. */
export function blankClause(checkId: CheckId): LibraryClause {
  return {
    id: newClauseId(checkId),
    checkId,
    title: '',
    body: '',
    jurisdictions: [],
    documentTypes: [],
    sectors: [],
    implements: '',
    legalBasis: [],
    notes: '',
    origin: 'user',
    version: 1,
    updatedAt: new Date().toISOString(),
    licence: '',
    attribution: '',
  };
}
