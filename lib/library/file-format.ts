import * as v from 'valibot';
import { type ClauseEntry, ClauseEntrySchema, describeFieldPath } from './clause-schema';
import type { LibraryClause } from './types';

/** The `format` every clause-library file names, so any other JSON file is told apart at once. */
export const LIBRARY_FILE_FORMAT = 'tenderlight-clause-library';
/** Bump when the file layout changes in a way an older Tenderlight could not read. */
export const LIBRARY_FILE_VERSION = 1;
/** Larger than any real library; stops a wrong file (a video, a database dump) from freezing the page. */
export const LIBRARY_FILE_MAX_BYTES = 5_000_000;

export interface LibraryFile {
  format: typeof LIBRARY_FILE_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  /** who made the file, from the authority name in settings */
  exportedBy: string;
  clauses: LibraryClause[];
}

export type ParsedLibraryFile =
  | { ok: true; clauses: ClauseEntry[]; exportedBy: string }
  | { ok: false; message: string };

const refuse = (why: string): ParsedLibraryFile => ({ ok: false, message: `Nothing was imported. ${why}` });

/** Reads a clause-library file. Any problem refuses the whole file, with a message naming the entry and field. */
export function parseLibraryFile(text: string): ParsedLibraryFile {
  if (text.length > LIBRARY_FILE_MAX_BYTES) return refuse('The file is too large to be a clause library.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(
      'The file is not a Tenderlight clause library: it is not readable JSON. It may be damaged, or be another kind of file.',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('format' in data))
    return refuse(
      'The file is not a Tenderlight clause library (it does not say "format": "tenderlight-clause-library").',
    );
  const head = data as { format: unknown; schemaVersion?: unknown; clauses?: unknown; exportedBy?: unknown };
  if (head.format !== LIBRARY_FILE_FORMAT)
    return refuse(`The file is not a Tenderlight clause library (its format is ${JSON.stringify(head.format)}).`);
  if (head.schemaVersion !== LIBRARY_FILE_VERSION) {
    const newer = typeof head.schemaVersion === 'number' && head.schemaVersion > LIBRARY_FILE_VERSION;
    return refuse(
      newer
        ? `The file was made by a newer Tenderlight (file version ${head.schemaVersion}; this one reads version ${LIBRARY_FILE_VERSION}). Update Tenderlight and try again.`
        : `The file's version (${JSON.stringify(head.schemaVersion ?? null)}) is not one Tenderlight can read; it reads version ${LIBRARY_FILE_VERSION}.`,
    );
  }
  if (!Array.isArray(head.clauses)) return refuse('The file has no list of clauses ("clauses").');
  if (head.clauses.length === 0) return refuse('The file has no clauses in it.');
  const entries: ClauseEntry[] = [];
  const seen = new Map<string, number>();
  for (const [i, raw] of head.clauses.entries()) {
    const result = v.safeParse(ClauseEntrySchema, raw);
    if (!result.success) {
      const issue = result.issues[0];
      const field = describeFieldPath((issue.path ?? []).map((p) => p.key));
      const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more problem(s) in this entry)` : '';
      return refuse(`${entryName(i, raw)}: ${field ? `${field} ` : ''}${issue.message}${more}.`);
    }
    const first = seen.get(result.output.id);
    if (first !== undefined)
      return refuse(
        `${entryName(i, raw)} has the same id ("${result.output.id}") as entry ${first + 1}; each clause needs its own id.`,
      );
    seen.set(result.output.id, i);
    entries.push(result.output);
  }
  const exportedBy = typeof head.exportedBy === 'string' ? head.exportedBy : '';
  return { ok: true, clauses: entries, exportedBy };
}

function entryName(index: number, raw: unknown): string {
  const title = typeof raw === 'object' && raw !== null ? (raw as { title?: unknown }).title : undefined;
  return typeof title === 'string' && title.trim()
    ? `Entry ${index + 1} ("${title.trim().slice(0, 80)}")`
    : `Entry ${index + 1}`;
}

/** Which clauses an export holds. */
export type ExportScope =
  /** the user's own clauses: what a branch shares with a colleague */
  | 'user'
  /** built-ins as well: a complete snapshot */
  | 'all';

export function exportLibraryFile(
  clauses: readonly LibraryClause[],
  scope: ExportScope,
  exportedBy: string,
  now = new Date(),
): string {
  const file: LibraryFile = {
    format: LIBRARY_FILE_FORMAT,
    schemaVersion: LIBRARY_FILE_VERSION,
    exportedAt: now.toISOString(),
    exportedBy,
    clauses: clauses.filter((c) => scope === 'all' || c.origin === 'user'),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(scope: ExportScope, now = new Date()): string {
  return `tenderlight-${scope === 'user' ? 'my-clauses' : 'clause-library'}-${now.toISOString().slice(0, 10)}.json`;
}
