import type { Evidence } from '../types';
import { evidencePlace } from './pack';
import { quote, type ReportInput, type ReportOptions, reportRows, sourceOf } from './rows';

const HEADER = [
  'check_id',
  'check',
  'status',
  'scanned_status',
  'override_reason',
  'note',
  'evidence',
  'evidence_why',
  'suggestion_id',
  'suggested_wording',
  // added for documents and tender packs: where each quoted passage is ("Terms.pdf, p. 14"), one per line
  'evidence_where',
  // added with OCR: "yes" for each quoted passage whose text was read from a scanned PDF, so it is checked against the original
  'evidence_read_by_ocr',
];

/**
 * One cell, RFC 4180 quoted. A leading = + - @ is neutralised so a spreadsheet never runs page text
 * as a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A passage read by OCR: any passage of a scanned document, or one located in a pack's document read with OCR. */
function readByOcr(
  e: Pick<Evidence, 'location'>,
  input: Pick<ReportInput, 'ocr' | 'ocrPages' | 'pack' | 'result'>,
): boolean {
  if (!input.pack?.length) return !!input.ocr && onOcrPage(e, input.ocrPages ?? sourceOf(input.result)?.ocrPages);
  const file = e.location?.file;
  return (
    !!file &&
    input.pack.some(
      (m) => m.kind !== 'page' && !m.error && m.name === file && !!m.source?.ocr && onOcrPage(e, m.source.ocrPages),
    )
  );
}

/** When OCR read only some pages, a quote located on another page was read from its text layer. */
function onOcrPage(e: Pick<Evidence, 'location'>, pages: readonly number[] | undefined): boolean {
  const page = e.location?.page;
  return !pages?.length || page === undefined || pages.includes(page);
}

/** The header and one row per check, in contract order, as cells. */
export function csvCells(input: ReportInput, opts: ReportOptions = {}): string[][] {
  const rows = reportRows(input, opts).map((r) => [
    r.check.id,
    r.check.title,
    r.status,
    r.detected,
    r.override && r.override.status !== r.detected ? r.override.reason : '',
    r.note ?? '',
    r.evidence.map((e) => quote(e.text)).join('\n'),
    r.evidence.map((e) => `${e.strength}: ${e.why}`).join('\n'),
    r.clause?.id ?? '',
    r.wording?.text ?? '',
    r.evidence.map((e) => evidencePlace(e, input.pack) ?? '').join('\n'),
    r.evidence.map((e) => (readByOcr(e, input) ? 'yes' : '')).join('\n'),
  ]);
  return [[...HEADER], ...rows];
}

/** Rows of cells as CSV text, with CRLF line ends. */
export const csvText = (rows: readonly (readonly string[])[]): string =>
  `${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** One row per check, in contract order, with CRLF line ends. */
export function csvReport(input: ReportInput, opts: ReportOptions = {}): string {
  return csvText(csvCells(input, opts));
}
