import type { PackMember } from '../pack/verdict';
import type { StatusOverride } from '../reviews/review';
import type { ClauseFinding, ScanResult } from '../types';
import type { ReportInput } from './rows';

/** The `scan` contract's object for one document, with the reviewer's note and override on each check. */
export interface ReviewJson extends ScanResult {
  review: { title: string | null; url: string | null; savedAt: string | null; ocr?: string };
  /** a tender pack's parts: the page and each document, with its statuses or why it was not read */
  pack?: PackMember[];
  checks: (ClauseFinding & { note: string | null; override: StatusOverride | null })[];
}

export function reviewJson(input: ReportInput): ReviewJson {
  const { result } = input;
  return {
    source: result.source,
    document: result.document,
    checks: result.checks.map((f) => ({
      ...f,
      note: input.notes?.[f.id]?.trim() || null,
      override: input.overrides?.[f.id] ?? null,
    })),
    review: {
      title: input.title ?? null,
      url: input.url ?? null,
      savedAt: input.savedAt ?? null,
      // additive: the text was read by OCR, so its quotes may differ from the original
      ...(input.ocr ? { ocr: input.ocr } : {}),
    },
    ...(input.pack?.length ? { pack: [...input.pack] } : {}),
  };
}

export function jsonReport(input: ReportInput): string {
  return `${JSON.stringify(reviewJson(input), null, 2)}\n`;
}
