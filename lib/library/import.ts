import type { LibraryDb } from '../store/library-db';
import type { ClauseEntry } from './clause-schema';
import { markedTitle, newClauseId, toRecord } from './clauses';
import { readLibraryFile } from './file-format';
import type { LibraryClause } from './types';

/** What to do with an imported clause whose id is already in the library. */
export type DuplicateChoice = 'skip' | 'replace' | 'keep-both';

export interface ImportPlan {
  entries: ClauseEntry[];
  /** incoming clauses whose id one of the user's own clauses already has, with different content */
  duplicates: { incoming: ClauseEntry; existing: LibraryClause }[];
  /** incoming clauses identical to one already in the library (including built-ins Tenderlight ships) */
  alreadyPresent: number;
}

export interface ImportOutcome {
  added: number;
  replaced: number;
  skipped: number;
}

const sameWording = (a: ClauseEntry, b: LibraryClause) =>
  a.title === b.title && a.body === b.body && a.checkId === b.checkId;

function classify(entry: ClauseEntry, existing: LibraryClause | undefined) {
  if (!existing) return 'new' as const;
  if (sameWording(entry, existing)) return 'present' as const;
  return existing.origin === 'built-in' ? ('clashes-with-built-in' as const) : ('duplicate' as const);
}

/** Compares a valid file with the library, so the user can choose what happens to duplicates before anything changes. */
export async function planImport(db: LibraryDb, entries: ClauseEntry[]): Promise<ImportPlan> {
  const existing = await db.clauses.bulkGet(entries.map((e) => e.id));
  const plan: ImportPlan = { entries, duplicates: [], alreadyPresent: 0 };
  entries.forEach((incoming, i) => {
    const kind = classify(incoming, existing[i]);
    if (kind === 'present') plan.alreadyPresent++;
    if (kind === 'duplicate') plan.duplicates.push({ incoming, existing: existing[i]! });
  });
  return plan;
}

/**
 * Applies an import in one transaction: all of it or, on any failure, none of it. Built-ins are never
 * replaced: an incoming clause with a built-in's id but other wording is kept as the user's own copy.
 */
export async function applyImport(
  db: LibraryDb,
  entries: ClauseEntry[],
  choice: DuplicateChoice,
  now = new Date().toISOString(),
): Promise<ImportOutcome> {
  return db.transaction('rw', db.clauses, async () => {
    const outcome: ImportOutcome = { added: 0, replaced: 0, skipped: 0 };
    const existing = await db.clauses.bulkGet(entries.map((e) => e.id));
    const records: LibraryClause[] = [];
    entries.forEach((entry, i) => {
      const kind = classify(entry, existing[i]);
      const asUser = toRecord(entry, 'user', now);
      if (kind === 'present' || (kind === 'duplicate' && choice === 'skip')) outcome.skipped++;
      else if (kind === 'new') {
        records.push(asUser);
        outcome.added++;
      } else if (kind === 'duplicate' && choice === 'replace') {
        records.push({ ...asUser, version: Math.max(entry.version, existing[i]!.version + 1) });
        outcome.replaced++;
      } else {
        const builtIn = kind === 'clashes-with-built-in' ? existing[i]! : undefined;
        records.push({
          ...asUser,
          id: newClauseId(entry.checkId),
          title: builtIn ? entry.title : markedTitle(entry.title, ' (imported)'),
          basedOn: builtIn ? { id: builtIn.id, version: entry.version } : entry.basedOn,
        });
        outcome.added++;
      }
    });
    await db.clauses.bulkPut(records);
    return outcome;
  });
}

/** A file read and compared with the library, ready for the user's choice; or why nothing will be imported. */
export type PreparedImport = { ok: true; plan: ImportPlan; exportedBy: string } | { ok: false; message: string };

export type ImportResult = { ok: true; outcome: ImportOutcome } | { ok: false; message: string };

const COULD_NOT_SAVE =
  'Nothing was imported: the browser could not save to the clause library (it may be out of space, or the library is open in an old tab). Your library is as it was; close other Tenderlight tabs and try again.';

/**
 * The import boundary, first half: a file's bytes in, a plan or a plain refusal out. It never throws and never
 * writes: every check (encoding, size, each entry and field) is done before the library is touched.
 */
export async function prepareImport(db: LibraryDb, bytes: Uint8Array): Promise<PreparedImport> {
  const parsed = readLibraryFile(bytes);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, plan: await planImport(db, parsed.clauses), exportedBy: parsed.exportedBy };
  } catch (error) {
    console.warn('[tenderlight] reading the clause library for an import failed:', error);
    return {
      ok: false,
      message:
        'Nothing was imported: the clause library could not be read to compare the file with it. Close other Tenderlight tabs and try again.',
    };
  }
}

/** The import boundary, second half: writes every entry or, on any failure, none, and says so in plain words. */
export async function importEntries(
  db: LibraryDb,
  entries: ClauseEntry[],
  choice: DuplicateChoice,
  now?: string,
): Promise<ImportResult> {
  try {
    return { ok: true, outcome: await applyImport(db, entries, choice, now) };
  } catch (error) {
    console.warn('[tenderlight] saving an import failed; the transaction was rolled back:', error);
    return { ok: false, message: COULD_NOT_SAVE };
  }
}
