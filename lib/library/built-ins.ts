import { CHECKS } from '../checks/registry';
import type { ModelClause } from '../checks/types';
import { BUILT_IN_CLAUSES, BUILT_IN_LIBRARY_VERSION } from '../clauses/library';
import { type BuyerKind, legalBasisFor, type Place, placeOf, sourcesInPlaces } from '../data/legal-basis';
import type { LibraryDb } from '../store/library-db';
import type { Jurisdiction } from '../types';
import type { ClauseSource, LibraryClause } from './types';

export const BUILT_IN_LICENCE = 'MIT, as the rest of Tenderlight: use, adapt and share freely';
export const BUILT_IN_ATTRIBUTION = 'Tenderlight model wording';

/** The dated sources behind a built-in: its check's legal basis in each place it is written for (any: England). */
export function builtInLegalBasis(clause: ModelClause): ClauseSource[] {
  if (!CHECKS.some((c) => c.id === clause.checkId)) return [{ title: clause.implements }];
  const places = (clause.jurisdictions.length ? clause.jurisdictions : ['england' as const])
    .map(placeOf)
    .filter((p): p is Place => !!p);
  return sourcesInPlaces(clause.checkId, places).map(({ title, effect, url, inForceFrom, checkedOn }) => ({
    title,
    effect,
    url,
    inForceFrom,
    checkedOn,
  }));
}

/** The legal basis the library shows for a clause: dated sources, or a sentence when the place is not covered. */
export type ShownLegalBasis =
  | {
      kind: 'sources';
      sources: ClauseSource[];
      implementsText: string;
      forPlace?: { jurisdiction: Jurisdiction; buyer: BuyerKind };
    }
  | { kind: 'not-covered'; message: string; jurisdiction: Jurisdiction };

/** A built-in written for any place: its law depends on where it is used, so it is read for the user's place. */
const isGenericBuiltIn = (c: LibraryClause) =>
  c.origin === 'built-in' && c.jurisdictions.length === 0 && CHECKS.some((k) => k.id === c.checkId);

/**
 * What the clause library lists under "Implements". A built-in for any place cites the instruments that apply in
 * the user's default place to their kind of buyer (from lib/data/legal-basis.ts), never England's by default;
 * outside the UK it says the legal basis is not covered. A clause for named places keeps its own sources.
 */
export function legalBasisShown(clause: LibraryClause, jurisdiction: Jurisdiction, buyer: BuyerKind): ShownLegalBasis {
  if (!isGenericBuiltIn(clause))
    return { kind: 'sources', sources: clause.legalBasis, implementsText: clause.implements };
  const answer = legalBasisFor(clause.checkId, jurisdiction, buyer);
  if (!answer.covered) return { kind: 'not-covered', message: answer.message, jurisdiction };
  const sources = answer.sources.map(({ title, effect, url, inForceFrom, checkedOn }) => ({
    title,
    effect,
    url,
    inForceFrom,
    checkedOn,
  }));
  return { kind: 'sources', sources, implementsText: '', forPlace: { jurisdiction, buyer } };
}

/** A user's copy of a built-in for any place carries the sources for their place, not another nation's. */
export function copiedLegalBasis(
  clause: LibraryClause,
  jurisdiction: Jurisdiction,
  buyer: BuyerKind,
): Pick<LibraryClause, 'legalBasis' | 'implements'> {
  if (!isGenericBuiltIn(clause)) return { legalBasis: clause.legalBasis, implements: clause.implements };
  const shown = legalBasisShown(clause, jurisdiction, buyer);
  const legalBasis = shown.kind === 'sources' ? shown.sources : [];
  return {
    legalBasis,
    implements: legalBasis
      .map((s) => s.title)
      .join('; ')
      .slice(0, 500),
  };
}

export function builtInRecord(clause: ModelClause, updatedAt: string): LibraryClause {
  return {
    ...clause,
    legalBasis: builtInLegalBasis(clause),
    notes: '',
    origin: 'built-in',
    updatedAt,
    licence: BUILT_IN_LICENCE,
    attribution: BUILT_IN_ATTRIBUTION,
  };
}

/** A short hash of the shipped set, so any change to built-in wording is noticed even without a version bump. */
export function builtInFingerprint(clauses: readonly ModelClause[]): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify(clauses);
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}

/**
 * Brings the stored built-ins in line with the shipped set (on install and after every update). Only
 * built-in records are written; user clauses, including copies of built-ins, are never touched.
 */
export async function syncBuiltIns(db: LibraryDb, shipped: readonly ModelClause[] = BUILT_IN_CLAUSES): Promise<void> {
  const fingerprint = builtInFingerprint(shipped);
  const seeded = await db.meta.get('builtIns');
  if (seeded && 'fingerprint' in seeded && seeded.fingerprint === fingerprint) return;
  await db.transaction('rw', db.clauses, db.meta, async () => {
    await writeBuiltIns(db, shipped, await removedBuiltIns(db));
    await db.meta.put({ key: 'builtIns', fingerprint, version: BUILT_IN_LIBRARY_VERSION });
  });
}

/** Puts back every shipped built-in the user removed; user clauses stay as they are. */
export async function restoreBuiltIns(db: LibraryDb): Promise<number> {
  return db.transaction('rw', db.clauses, db.meta, async () => {
    const removed = await removedBuiltIns(db);
    await db.meta.put({ key: 'removedBuiltIns', ids: [] });
    await writeBuiltIns(db, db.builtIns, new Set());
    return db.builtIns.filter((c) => removed.has(c.id)).length;
  });
}

async function removedBuiltIns(db: LibraryDb): Promise<Set<string>> {
  const row = await db.meta.get('removedBuiltIns');
  return new Set(row && 'ids' in row ? row.ids : []);
}

async function writeBuiltIns(db: LibraryDb, shipped: readonly ModelClause[], removed: Set<string>): Promise<void> {
  const stored = new Map((await db.clauses.toArray()).map((c) => [c.id, c]));
  const shippedIds = new Set(shipped.map((c) => c.id));
  const retired = [...stored.values()].filter((c) => c.origin === 'built-in' && !shippedIds.has(c.id));
  await db.clauses.bulkDelete(retired.map((c) => c.id));
  const now = new Date().toISOString();
  const fresh = shipped
    .filter((c) => !removed.has(c.id) && stored.get(c.id)?.origin !== 'user')
    .map((c) => {
      const old = stored.get(c.id);
      return builtInRecord(c, old && old.version === c.version && old.body === c.body ? old.updatedAt : now);
    });
  await db.clauses.bulkPut(fresh);
}

/** A user copy whose built-in has newer wording: offered to the user, never applied by itself. */
export interface BuiltInUpdateOffer {
  copy: LibraryClause;
  builtIn: ModelClause;
}

export function updateOffers(clauses: readonly LibraryClause[], shipped: readonly ModelClause[]): BuiltInUpdateOffer[] {
  return clauses.flatMap((copy) => {
    if (copy.origin !== 'user' || !copy.basedOn) return [];
    const builtIn = shipped.find((b) => b.id === copy.basedOn?.id);
    return builtIn && builtIn.version > copy.basedOn.version ? [{ copy, builtIn }] : [];
  });
}

/** The user's answer to an offer: take the new built-in wording into their copy, or keep their own. */
export async function answerUpdateOffer(db: LibraryDb, copyId: string, answer: 'take-new' | 'keep-mine') {
  await db.transaction('rw', db.clauses, async () => {
    const copy = await db.clauses.get(copyId);
    const builtIn = db.builtIns.find((b) => b.id === copy?.basedOn?.id);
    if (!copy || !builtIn) return;
    const basedOn = { id: builtIn.id, version: builtIn.version };
    const wording =
      answer === 'take-new'
        ? { body: builtIn.body, implements: builtIn.implements, legalBasis: builtInLegalBasis(builtIn) }
        : {};
    await db.clauses.put({
      ...copy,
      ...wording,
      basedOn,
      version: copy.version + 1,
      updatedAt: new Date().toISOString(),
    });
  });
}
