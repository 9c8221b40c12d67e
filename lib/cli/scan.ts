import { promises as fsp } from 'node:fs';
import { type DocumentSource, locateEvidence } from '../documents/locate';
import type { ScanReport } from '../scan';
import type { Format } from './args';
import { type PackReport, scanFolder } from './pack';
import {
  type InputDocument,
  InputError,
  type ReadOptions,
  readFileBytes,
  readStreamBytes,
  readUrlBytes,
  toDocument,
} from './read-input';

/** The streams the command talks to; the real process's in the bin, fakes in tests. */
export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Uint8Array | string> & { destroy?: () => void; isTTY?: boolean };
  env?: Record<string, string | undefined>;
  read?: ReadOptions;
}

/** One element of the JSON array for an input that could not be scanned. */
export interface ScanFailure {
  source: string;
  error: string;
}

export type ScanOutcome = ScanReport | PackReport | ScanFailure;

const isFailure = (r: ScanOutcome): r is ScanFailure => 'error' in r;
const isPack = (r: ScanOutcome): r is PackReport => 'pack' in r;
/** How a source is named to a person: standard input by name, not as '-'. */
export const sourceName = (source: string) => (source === '-' ? 'standard input' : source);

/**
 * A plain sentence for a failure that is not the input's fault. The details stay out of sight
 * unless TENDERLIGHT_DEBUG is set, so no stack trace ever reaches a user.
 */
export function internalReason(e: unknown, io: Pick<CliIO, 'stderr' | 'env'>): string {
  if (io.env?.TENDERLIGHT_DEBUG) io.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  const memory = e instanceof RangeError && /allocation|memory|string length/i.test(e.message);
  return memory
    ? 'is too large to scan on this machine'
    : 'could not be scanned because of a fault in Tenderlight (please report it; TENDERLIGHT_DEBUG=1 shows the details)';
}

export async function readInput(input: string, io: CliIO): Promise<InputDocument> {
  const password = io.read?.password;
  const ocr = io.read?.ocr;
  if (input === '-') {
    if (io.stdin.isTTY) io.stderr.write('scan: reading standard input; end it with Ctrl-D\n');
    return toDocument('-', await readStreamBytes(io.stdin, io.read), 'standard input', '', password, ocr);
  }
  if (/^https?:\/\//i.test(input)) {
    const { bytes, type } = await readUrlBytes(input, io.read);
    return toDocument(input, bytes, new URL(input).pathname, type, password, ocr);
  }
  return toDocument(input, await readFileBytes(input, io.read), input, '', password, ocr);
}

/** Reads and scans every input in turn; a bad one becomes an error element, and the rest still run. */
export async function scanInputs(inputs: readonly string[], io: CliIO): Promise<ScanOutcome[]> {
  const { results } = await scanAll(inputs, io);
  return results;
}

const isFolder = async (input: string) =>
  input !== '-' && !/^https?:\/\//i.test(input) && !!(await fsp.stat(input).catch(() => undefined))?.isDirectory();

/** Reads and scans one input; a document's evidence is located (file, page, clause). */
async function scanOne(input: string, io: CliIO, warn: (source: string, w: string) => void): Promise<ScanReport> {
  const doc = await readInput(input, io);
  for (const w of doc.warnings ?? []) warn(input, w);
  // The analysis core loads compromise: only pay for it once there is something to scan.
  const { scanText } = await import('../scan');
  const result = scanText(doc.source, doc.text, doc.blocks);
  return doc.read ? locateEvidence(result, doc.read) : result;
}

/** Every input in turn; `someFailed` is also set when a document inside a folder could not be read. */
async function scanAll(inputs: readonly string[], io: CliIO): Promise<{ results: ScanOutcome[]; someFailed: boolean }> {
  const results: ScanOutcome[] = [];
  let someFailed = false;
  // Progress is for a person watching a batch; a log file or a pipe gets only the outcome.
  const progress = !!io.stderr.isTTY && inputs.length > 1;
  for (const [i, input] of inputs.entries()) {
    if (progress) io.stderr.write(`\r\x1b[Kscanning ${i + 1} of ${inputs.length}: ${sourceName(input).slice(-60)}`);
    const warn = (source: string, w: string) =>
      io.stderr.write(`${progress ? '\r\x1b[K' : ''}scan: ${sourceName(source)}: ${w}\n`);
    try {
      if (await isFolder(input)) {
        // a folder is a tender pack: every document in it, and one verdict for them all
        const { report, failed } = await scanFolder(input, (file) => scanOne(file, io, warn), warn);
        results.push(report);
        if (failed) someFailed = true;
      } else results.push(await scanOne(input, io, warn));
    } catch (e) {
      const reason = e instanceof InputError ? e.message : internalReason(e, io);
      results.push({ source: input, error: reason });
      if (progress) io.stderr.write('\r\x1b[K');
      io.stderr.write(`scan: ${sourceName(input)}: ${reason}\n`);
    }
  }
  if (progress) io.stderr.write('\r\x1b[K');
  return { results, someFailed: someFailed || results.some(isFailure) };
}

const truncationNote = (r: ScanReport) => {
  const t = r.document.truncated;
  return t
    ? `Only the first ${t.checkedChars.toLocaleString('en-GB')} of ${t.totalChars.toLocaleString('en-GB')} characters were checked (the text is longer than Tenderlight checks in one go); split it to check the rest.`
    : '';
};

/**
 * One CSV for every input: a "source" column, then the report's columns, the header once. Like the table,
 * it lists what was scanned; stderr has named each failure and the exit status says so.
 */
async function csvOf(results: readonly ScanOutcome[]): Promise<string> {
  const { csvCells, csvText } = await import('../report/csv');
  const rows: string[][] = [];
  for (const r of results) {
    if (isFailure(r)) continue;
    const ocr = (r.document as { source?: DocumentSource }).source?.ocr;
    const input = isPack(r) ? { result: r, pack: r.pack } : { result: r, ...(ocr ? { ocr } : {}) };
    const [header, ...checks] = csvCells(input);
    if (!rows.length) rows.push(['source', ...header!]);
    rows.push(...checks.map((cells) => [r.source, ...cells]));
  }
  return rows.length ? csvText(rows) : '';
}

/** Renders the outcomes in the chosen format; report builders are only called, never changed, here. */
export async function render(results: readonly ScanOutcome[], format: Format): Promise<string> {
  if (format === 'json') return JSON.stringify(results, null, 2);
  if (format === 'csv') return csvOf(results);
  const { markdownReport, tableReport } = await import('../report/markdown');
  const { packTableReport } = await import('../report/pack');
  if (format === 'md')
    return results
      .map((r) => {
        if (isFailure(r)) return `# Tenderlight review: ${sourceName(r.source)}\n\nNot scanned: ${r.error}\n`;
        const report = isPack(r)
          ? markdownReport({ result: r, title: `Tender pack: ${r.source}`, url: r.source, pack: r.pack })
          : markdownReport(r);
        const note = truncationNote(r);
        if (!note) return report;
        const title = report.indexOf('\n\n');
        return `${report.slice(0, title)}\n\n> **${note}**${report.slice(title)}`;
      })
      .join('\n\n---\n\n');
  // The table is for a terminal, where stderr has just named each failure; it lists what was scanned.
  return results
    .filter((r) => !isFailure(r))
    .map((r) => {
      if (isPack(r)) return packTableReport(r, r.pack);
      const note = truncationNote(r as ScanReport);
      return note ? `${tableReport(r as ScanReport).trimEnd()}\nnote: ${note}` : tableReport(r as ScanReport);
    })
    .join('\n\n');
}

/** `tenderlight scan`: exit 0 when every input was scanned, 1 when some could not be. */
export async function scan(inputs: readonly string[], format: Format | undefined, io: CliIO): Promise<number> {
  const { results, someFailed } = await scanAll(inputs, io);
  // A person at a terminal gets the summary; a pipe or a file gets JSON for the next program.
  const out = await render(results, format ?? (io.stdout.isTTY ? 'table' : 'json'));
  // CSV rows end with CRLF already
  io.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  return someFailed ? 1 : 0;
}
