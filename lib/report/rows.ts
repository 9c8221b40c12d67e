import type { CheckDefinition, ModelClause } from '../checks/types';
import { builtInClause } from '../clauses/library';
import { type FilledClause, fillClause, type PlaceholderValues, rateValues } from '../clauses/placeholders';
import { suggestClause } from '../clauses/select';
import type { LegalBasisAnswer } from '../data/legal-basis';
import type { DocumentSource } from '../documents/locate';
import { summarise } from '../documents/pdf';
import type { PackMember } from '../pack/verdict';
import type { StatusOverride } from '../reviews/review';
import type { CheckId, ClauseFinding, Evidence, ScanResult, Status } from '../types';
import { checkById, foreignLawCaution, legalBasisFor, staleRateNote } from './describe';

/** What every report builder is given: a scan and, when it was saved, the reviewer's additions. */
export interface ReportInput {
  result: ScanResult;
  /** page title, when known */
  title?: string;
  /** page address, when known (else the scan's source) */
  url?: string;
  /** ISO date-time the review was saved */
  savedAt?: string;
  notes?: Partial<Record<CheckId, string>>;
  overrides?: Partial<Record<CheckId, StatusOverride>>;
  /** a tender pack: the page and each document read with it (or why not), and where each check stood in each */
  pack?: readonly PackMember[];
  /** set when the document's text was read by OCR from a scanned PDF */
  ocr?: string;
  /** the pages OCR read, when the other pages were read from their text layer */
  ocrPages?: readonly number[];
}

export interface ReportOptions {
  /** ISO date the report is dated and the rates are taken at; defaults to today */
  asOf?: string;
  values?: PlaceholderValues;
  /** clause lookup, so a user's library can stand in for the built-ins */
  clause?: (id: string) => ModelClause | undefined;
}

/** One check as every report shows it. */
export interface ReportRow {
  check: CheckDefinition;
  finding: ClauseFinding;
  /** the scan's verdict */
  detected: Status;
  /** the verdict the reader sees: the override when there is one */
  status: Status;
  override?: StatusOverride;
  note?: string;
  evidence: Evidence[];
  legalBasis: LegalBasisAnswer;
  clause?: ModelClause;
  wording?: FilledClause;
  /** outside the UK, which UK law the wording names and must be replaced */
  caution?: string;
  /** the wording's Real Living Wage is probably out of date */
  rateNote?: string;
}

/**
 * "Text read from a scanned PDF with OCR: check quotes against the original.": what every report says when any
 * of its text came from OCR, naming the pack's documents that did. Undefined when none did.
 */
export function ocrCaution(
  input: Pick<ReportInput, 'ocr' | 'ocrPages' | 'pack'> & { result?: ReportInput['result'] },
): string | undefined {
  const members = input.pack?.filter((m) => !m.error && m.source?.ocr) ?? [];
  // a document with only some pages scanned names them: the quotes from its typed pages need no such check
  if (members.some((m) => m.source?.ocrPages?.length)) {
    const parts = members.map((m) =>
      m.source?.ocrPages?.length ? `${summarise(m.source.ocrPages)} of ${m.name}` : m.name,
    );
    const several = members.length > 1 || (members[0]?.source?.ocrPages?.length ?? 0) > 1;
    return `Text of ${listed(parts)} read with OCR: check quotes from ${several ? 'them' : 'it'} against the original.`;
  }
  if (members.length === 1)
    return `Text of ${members[0]!.name} read from a scanned PDF with OCR: check quotes against the original.`;
  if (members.length > 1)
    return `Text of ${listed(members.map((m) => m.name))} read from scanned PDFs with OCR: check quotes against the original.`;
  if (!input.ocr) return undefined;
  const pages = input.ocrPages ?? (input.result && sourceOf(input.result)?.ocrPages);
  if (pages?.length)
    return `Text of ${summarise(pages)} read from a scanned picture with OCR (the other pages from their text layer): check quotes from ${pages.length > 1 ? 'them' : 'it'} against the original.`;
  return 'Text read from a scanned PDF with OCR: check quotes against the original.';
}

/** The additive `document.source` of a scan of a read document, when it has one. */
export function sourceOf(result: ReportInput['result']): DocumentSource | undefined {
  return (result.document as { source?: DocumentSource }).source;
}

/** "A", "A and B", "A, B and C". */
function listed(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

export const today = () => new Date().toISOString().slice(0, 10);

/** Whitespace-collapsed quotation of a passage. */
export const quote = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Builds the per-check rows. A check overridden away from strong gets the clause the scan would have
 * suggested for its profile, so the reader is still offered wording.
 */
export function reportRows(input: ReportInput, opts: ReportOptions = {}): ReportRow[] {
  const asOf = opts.asOf ?? today();
  const values = { ...rateValues(asOf), ...opts.values };
  const lookup = opts.clause ?? builtInClause;
  return input.result.checks.map((finding) => {
    const check = checkById(finding.id);
    const override = input.overrides?.[finding.id];
    const status = override?.status ?? finding.status;
    const needsWording = status === 'weak' || status === 'missing';
    const suggestionId =
      finding.suggestion ?? (needsWording ? suggestClause(check.id, input.result.document).id : null);
    const clause = needsWording && suggestionId ? lookup(suggestionId) : undefined;
    const note = input.notes?.[finding.id]?.trim();
    const wording = clause ? fillClause(clause.body, values) : undefined;
    return {
      check,
      finding,
      detected: finding.status,
      status,
      override,
      note: note || undefined,
      evidence: finding.evidence,
      legalBasis: legalBasisFor(check, input.result.document),
      clause,
      wording,
      rateNote: clause && staleRateNote(clause.body, asOf),
      caution: wording && foreignLawCaution(`${clause?.title} ${wording.text}`, input.result.document.jurisdiction),
    };
  });
}

export function statusCounts(rows: readonly { status: Status }[]): Record<Status, number> {
  const c: Record<Status, number> = { strong: 0, weak: 0, missing: 0, 'n/a': 0 };
  for (const r of rows) c[r.status]++;
  return c;
}

/** Rows in reading order: what needs action first. */
export function byUrgency(rows: readonly ReportRow[]): ReportRow[] {
  const order: Status[] = ['missing', 'weak', 'strong', 'n/a'];
  return order.flatMap((s) => rows.filter((r) => r.status === s));
}
