import * as v from 'valibot';
import { type ClauseEntry, ClauseEntrySchema, describeFieldPath, shown, unreadableCharacter } from './clause-schema';
import type { LibraryClause } from './types';

/** The `format` every clause-library file names, so any other JSON file is told apart at once. */
export const LIBRARY_FILE_FORMAT = 'tenderlight-clause-library';
/** Bump when the file layout changes in a way an older Tenderlight could not read. */
export const LIBRARY_FILE_VERSION = 1;
/**
 * Bounds on a whole file. Exporting every built-in (54 clauses) makes a file of about 0.12 MB, so a library
 * eighteen times that size still fits; anything larger is a wrong file, not a clause library.
 */
export const LIBRARY_FILE_LIMITS = {
  bytes: 4_000_000,
  clauses: 1_000,
  exportedByLength: 300,
} as const;

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

export type DecodedLibraryFile = { ok: true; text: string } | { ok: false; message: string };

const refuse = (why: string): { ok: false; message: string } => ({
  ok: false,
  message: `Nothing was imported. ${why}`,
});
const n = (count: number) => count.toLocaleString('en-GB');
// rounded up to a tenth, so a file just over the limit never reads as the limit itself
const megabytes = (bytes: number) =>
  `${(Math.ceil(bytes / 100_000) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

/** The refusal for a file too big to be a clause library, decided from its size before it is read. */
export function fileSizeProblem(bytes: number): { ok: false; message: string } | undefined {
  if (bytes <= LIBRARY_FILE_LIMITS.bytes) return undefined;
  return refuse(
    `The file is ${megabytes(bytes)}; a clause library file can be at most ${megabytes(LIBRARY_FILE_LIMITS.bytes)} (all of Tenderlight's built-in clauses together make about 0.1 MB). It is probably not a clause library.`,
  );
}

const SAVE_AS_UTF8 = 'Open it in a text editor, save it with the encoding "UTF-8", and import it again.';

/**
 * Turns a file's bytes into text, refusing anything that is not UTF-8 (a byte-order mark is fine) rather than
 * reading it as replacement characters: a Latin-1 "£" or "é" would otherwise be silently damaged.
 */
export function decodeLibraryFile(bytes: Uint8Array): DecodedLibraryFile {
  const tooLarge = fileSizeProblem(bytes.length);
  if (tooLarge) return tooLarge;
  if (bytes.length === 0) return refuse('The file is empty.');
  if (looksLikeUtf16(bytes))
    return refuse(`The file is saved as UTF-16 text; Tenderlight reads clause files saved as UTF-8. ${SAVE_AS_UTF8}`);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const line = bytes.subarray(0, at).reduce((lines, b) => lines + (b === 0x0a ? 1 : 0), 1);
    return refuse(
      `The file is not UTF-8 text: line ${n(line)} has characters in another encoding (perhaps Latin-1 or Windows-1252, which some spreadsheet programs and older editors use). ${SAVE_AS_UTF8}`,
    );
  }
}

/** A UTF-16 byte-order mark, or the NUL bytes UTF-16 puts beside each letter of a JSON file's opening. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length < 2) return false;
  const [a, b] = [bytes[0]!, bytes[1]!];
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (a === 0 && b !== 0) || (a !== 0 && b === 0);
}

/** Where decoding first fails: the shortest prefix that a streaming decoder refuses (an unfinished character at the end is not an error). */
function firstInvalidByte(bytes: Uint8Array): number {
  const fails = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let [lo, hi] = [0, bytes.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}

/** Reads a clause-library file from its bytes: decoding, size and every entry checked before anything is kept. */
export function readLibraryFile(bytes: Uint8Array): ParsedLibraryFile {
  const decoded = decodeLibraryFile(bytes);
  return decoded.ok ? parseLibraryFile(decoded.text) : decoded;
}

/** Reads a clause-library file. Any problem refuses the whole file, with a message naming the entry and field. */
export function parseLibraryFile(text: string): ParsedLibraryFile {
  // a UTF-16 code unit is never more than one UTF-8 byte, so this bound is never tighter than the byte bound
  const tooLarge = fileSizeProblem(text.length);
  if (tooLarge) return tooLarge;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(
      'The file is not a Tenderlight clause library: it is not readable JSON. It may be damaged or cut short, or be another kind of file.',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.hasOwn(data, 'format'))
    return refuse(
      'The file is not a Tenderlight clause library (it does not say "format": "tenderlight-clause-library").',
    );
  const head = data as { format: unknown; schemaVersion?: unknown; clauses?: unknown; exportedBy?: unknown };
  if (head.format !== LIBRARY_FILE_FORMAT)
    return refuse(`The file is not a Tenderlight clause library (its format is ${shown(head.format)}).`);
  if (head.schemaVersion !== LIBRARY_FILE_VERSION) {
    const newer = typeof head.schemaVersion === 'number' && head.schemaVersion > LIBRARY_FILE_VERSION;
    return refuse(
      newer
        ? `The file was made by a newer Tenderlight (file version ${head.schemaVersion}; this one reads version ${LIBRARY_FILE_VERSION}). Update Tenderlight and try again.`
        : `The file's version (${shown(head.schemaVersion ?? null)}) is not one Tenderlight can read; it reads version ${LIBRARY_FILE_VERSION}.`,
    );
  }
  if (!Object.hasOwn(head, 'clauses') || !Array.isArray(head.clauses))
    return refuse('The file has no list of clauses ("clauses").');
  if (head.clauses.length === 0) return refuse('The file has no clauses in it.');
  if (head.clauses.length > LIBRARY_FILE_LIMITS.clauses)
    return refuse(
      `The file has ${n(head.clauses.length)} clauses; Tenderlight imports at most ${n(LIBRARY_FILE_LIMITS.clauses)} from one file. Split it into smaller files.`,
    );
  const exportedBy =
    Object.hasOwn(head, 'exportedBy') && typeof head.exportedBy === 'string' ? head.exportedBy.trim() : '';
  if (exportedBy.length > LIBRARY_FILE_LIMITS.exportedByLength)
    return refuse(
      `The file's maker ("exportedBy") is ${n(exportedBy.length)} characters long; the most Tenderlight takes is ${n(LIBRARY_FILE_LIMITS.exportedByLength)}.`,
    );
  const hidden = unreadableCharacter(exportedBy);
  if (hidden)
    return refuse(
      `The file's maker ("exportedBy") holds a control or direction character (${hidden}) that makes text show differently from what it says; remove it.`,
    );
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
  return { ok: true, clauses: entries, exportedBy };
}

/** "Entry 3 ("Our wording")", or by its id when the title is unusable, so the person can find it in the file. */
function entryName(index: number, raw: unknown): string {
  const field = (key: string) =>
    typeof raw === 'object' && raw !== null && Object.hasOwn(raw, key)
      ? (raw as Record<string, unknown>)[key]
      : undefined;
  const readable = (value: unknown) =>
    typeof value === 'string'
      ? value
          .replace(/[\s\u0000-\u001f\u007f]+/g, ' ')
          .trim()
          .slice(0, 80)
      : '';
  const title = readable(field('title'));
  if (title) return `Entry ${index + 1} ("${title}")`;
  const id = readable(field('id'));
  return id ? `Entry ${index + 1} (id "${id}")` : `Entry ${index + 1}`;
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
