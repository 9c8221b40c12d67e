import { promises as fsp } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentSource } from '../documents/locate';
import { combinePack, type PackFailure, type PackFinding, type PackMember, type PackPart } from '../pack/verdict';
import type { ScanReport } from '../scan';
import { InputError } from './input-error';

/** The files a folder's pack reads, by name: documents, saved pages and plain text. */
const PACK_FILE = /\.(pdf|docx|odt|doc|rtf|html?|txt)$/i;
/** More files than this in one folder is not a tender pack but an archive: the first ones are read, and it says so. */
export const MAX_PACK_FILES = 200;

/** The scan contract's element for a folder: the pack's verdict, plus each document's own scan (additive fields). */
export type PackReport = Omit<ScanReport, 'checks'> & {
  /** per check: the contract's fields, plus where the deciding passage is and the status in each part */
  checks: PackFinding[];
  /** each part of the pack: its file, what was read, its statuses, or why it was not read */
  pack: PackMember[];
  /** each document's own result, in the order read (the `scan` contract's element, or its error) */
  documents: (ScanReport | { source: string; error: string })[];
};

/** The readable files directly in a folder, sorted by name; hidden files and sub-folders are left alone. */
export async function packFiles(folder: string): Promise<{ files: string[]; skipped: number }> {
  const entries = await fsp.readdir(folder, { withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && PACK_FILE.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'en'));
  return {
    files: files.slice(0, MAX_PACK_FILES).map((f) => join(folder, f)),
    skipped: Math.max(0, files.length - MAX_PACK_FILES),
  };
}

/**
 * Scans every readable document in a folder as one tender pack: each file in turn (a bad one becomes a
 * listed failure, the rest still run), then the combined verdict. A notice, when there is one, leads
 * the pack and gives it its profile.
 */
export async function scanFolder(
  folder: string,
  scanOne: (file: string) => Promise<ScanReport>,
  warn: (file: string, reason: string) => void,
): Promise<{ report: PackReport; failed: number }> {
  const { files, skipped } = await packFiles(folder);
  if (!files.length)
    throw new InputError(
      'is a folder with no documents Tenderlight reads (.pdf, .docx, .odt, .doc, .rtf, .html, .txt); pass the files themselves',
    );
  if (skipped)
    warn(folder, `has more than ${MAX_PACK_FILES} documents; only the first ${MAX_PACK_FILES} by name were read`);
  const parts: PackPart[] = [];
  const failures: PackFailure[] = [];
  const documents: PackReport['documents'] = [];
  for (const file of files) {
    const name = basename(file);
    try {
      const report = await scanOne(file);
      documents.push(report);
      const source = (report.document as { source?: DocumentSource }).source;
      parts.push({ name, kind: 'document', result: citedByFile(report, name), ...(source ? { source } : {}) });
    } catch (e) {
      const reason = e instanceof InputError ? e.message : String((e as Error)?.message ?? e);
      documents.push({ source: file, error: reason });
      failures.push({ name, error: reason });
      warn(file, reason);
    }
  }
  // the notice leads (its profile is the pack's); the rest keep the folder's order
  const lead = parts.findIndex((p) => p.result.document.type === 'notice');
  if (lead > 0) parts.unshift(...parts.splice(lead, 1));
  const { result, members } = combinePack(parts, failures);
  // the pack's profile is its lead document's, but not that document's own source or truncation
  const {
    source: _source,
    truncated: _truncated,
    ...profile
  } = result.document as ScanReport['document'] & {
    source?: DocumentSource;
  };
  return {
    report: { ...result, source: folder, document: profile, pack: members, documents },
    failed: failures.length,
  };
}

/** A page or text file's passages carry no location; in a pack they are cited by their file's name. */
function citedByFile(report: ScanReport, name: string): ScanReport {
  return {
    ...report,
    checks: report.checks.map((c) => ({
      ...c,
      evidence: c.evidence.map((e) => (e.location ? e : { ...e, location: { file: name } })),
    })),
  };
}
