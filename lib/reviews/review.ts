import * as v from 'valibot';
import { EvidenceLocationSchema, ProfileSchema } from '../messages/schemas';
import type { PackMember } from '../pack/verdict';
import { CHECK_IDS, type CheckId, CONFIDENCES, type ScanResult, STATUSES, type Status } from '../types';

/** The reviewer's correction of a status, with the reason a reader of the report will see. */
export interface StatusOverride {
  status: Status;
  reason: string;
}

/** A scan the user kept: what the page said, when, and what the reviewer made of it. */
export interface Review {
  /** set by the store */
  id?: number;
  url: string;
  title: string;
  /** ISO date-time the review was saved */
  savedAt: string;
  result: ScanResult;
  notes: Partial<Record<CheckId, string>>;
  overrides: Partial<Record<CheckId, StatusOverride>>;
  /**
   * A tender pack's parts (the page, each document read with it, or why one was not): `result` is then the
   * pack's verdict, and each document's evidence keeps its location. Absent in reviews of one page or file.
   */
  pack?: PackMember[];
  /**
   * Set when the document's text was read from pictures by OCR (a scanned PDF): the reader's note, so the saved
   * review and its reports still say its quotes may differ from the original. Absent in older reviews.
   */
  ocr?: string;
  /** the pages OCR read, when the document's other pages were read from their text layer */
  ocrPages?: number[];
}

const NOTE_MAX = 5000;

const EvidenceSchema = v.object({
  text: v.string(),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  strength: v.picklist(['strong', 'weak']),
  why: v.string(),
  // evidence from a read document keeps its place, so the report and letter can cite page and clause
  location: v.optional(EvidenceLocationSchema),
});

const FindingSchema = v.object({
  id: v.picklist(CHECK_IDS),
  status: v.picklist(STATUSES),
  evidence: v.array(EvidenceSchema),
  suggestion: v.nullable(v.string()),
  confidence: v.optional(v.picklist(CONFIDENCES)),
});

export const ScanResultSchema = v.object({
  source: v.string(),
  // the buyer decides which law a report or letter cites, so a saved review keeps it (and how it was known)
  document: ProfileSchema,
  checks: v.array(FindingSchema),
});

const PackMemberSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.nonEmpty('A document in the pack has no name.'), v.maxLength(500)),
  kind: v.picklist(['page', 'document']),
  url: v.optional(v.pipe(v.string(), v.maxLength(4000))),
  source: v.optional(
    v.object({
      file: v.pipe(v.string(), v.maxLength(500)),
      format: v.picklist(['pdf', 'docx', 'odt', 'doc', 'rtf']),
      pages: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      warnings: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(1000))), v.maxLength(50))),
      // a document read by OCR keeps its note, so the saved pack still says which quotes came from OCR
      ocr: v.optional(v.pipe(v.string(), v.maxLength(500))),
      ocrPages: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), v.maxLength(10_000))),
    }),
  ),
  statuses: v.pipe(
    v.record(v.string(), v.picklist(STATUSES)),
    v.check((r) => Object.keys(r).every((k) => (CHECK_IDS as readonly string[]).includes(k))),
  ),
  error: v.optional(v.pipe(v.string(), v.maxLength(1000))),
});

const OverrideSchema = v.object({
  status: v.picklist(STATUSES),
  reason: v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('Give a reason for the changed status, e.g. "the clause is in the attached ITT".'),
    v.maxLength(NOTE_MAX, 'The reason is too long (5,000 characters at most).'),
  ),
});

const checkKeyed = <T extends v.GenericSchema>(value: T) =>
  v.pipe(
    v.record(v.string(), value),
    v.check(
      (r) => Object.keys(r).every((k) => (CHECK_IDS as readonly string[]).includes(k)),
      'A note or override names a check Tenderlight does not know.',
    ),
  );

export const ReviewSchema = v.object({
  id: v.optional(v.pipe(v.number(), v.integer())),
  url: v.pipe(v.string(), v.trim(), v.nonEmpty('The review has no page address.')),
  title: v.pipe(v.string(), v.trim(), v.maxLength(500, 'The title is too long (500 characters at most).')),
  savedAt: v.pipe(v.string(), v.isoTimestamp('The saved date is not a valid date and time.')),
  result: ScanResultSchema,
  notes: checkKeyed(v.pipe(v.string(), v.maxLength(NOTE_MAX, 'A note is too long (5,000 characters at most).'))),
  overrides: checkKeyed(OverrideSchema),
  pack: v.optional(v.pipe(v.array(PackMemberSchema), v.maxLength(100))),
  ocr: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500))),
  ocrPages: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), v.maxLength(10_000))),
});

export class ReviewInvalid extends Error {}

/** Checks a review from the UI or the database; the error message says what to fix. */
export function parseReview(input: unknown): Review {
  const r = v.safeParse(ReviewSchema, input);
  if (!r.success) {
    const first = r.issues[0]!;
    const where = v.getDotPath(first);
    throw new ReviewInvalid(where ? `${first.message} (${where})` : first.message);
  }
  const out = r.output as Review;
  if (out.ocr === '') delete out.ocr;
  // Empty notes are dropped so "has a note" means something in filters and reports.
  for (const [k, note] of Object.entries(out.notes)) if (!note?.trim()) delete out.notes[k as CheckId];
  return out;
}

/** The status a reader should see: the reviewer's override when there is one, else the scan's. */
export function effectiveStatus(review: Pick<Review, 'result' | 'overrides'>, id: CheckId): Status {
  return review.overrides[id]?.status ?? review.result.checks.find((f) => f.id === id)?.status ?? 'missing';
}

/** The OCR note of a read document's scan (its additive `document.source`), if its text came from OCR. */
function ocrNoteOf(result: ScanResult): string | undefined {
  const source = (result.document as { source?: { ocr?: unknown } }).source;
  return typeof source?.ocr === 'string' && source.ocr.trim() ? source.ocr : undefined;
}

/** A new review of a scan, with no notes yet; a scan of a document read by OCR keeps its OCR note. */
export function newReview(
  result: ScanResult,
  url: string,
  title: string,
  savedAt = new Date(),
  pack?: readonly PackMember[],
): Review {
  return {
    url,
    title: title.trim() || url,
    savedAt: savedAt.toISOString(),
    result,
    notes: {},
    overrides: {},
    ...(pack?.length ? { pack: [...pack] } : {}),
    ...(ocrNoteOf(result) ? { ocr: ocrNoteOf(result) } : {}),
    ...(ocrPagesOf(result)?.length ? { ocrPages: [...ocrPagesOf(result)!] } : {}),
  };
}

/** The pages OCR read, when only some pages of the read document were pictures. */
function ocrPagesOf(result: ScanResult): readonly number[] | undefined {
  const pages = (result.document as { source?: { ocrPages?: unknown } }).source?.ocrPages;
  return Array.isArray(pages) && pages.every((p) => Number.isInteger(p) && p > 0) ? pages : undefined;
}
