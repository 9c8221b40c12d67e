import type { ClauseFinding, Evidence, ScanResult } from '../types';
import { locationAt } from './assemble';
import type { DocumentFormat, ReadDocumentResult, SourceLocation } from './types';

/** The additive `document.source` field of a scanned document: what was read, and anything to know about it. */
export interface DocumentSource {
  file: string;
  format: DocumentFormat;
  pages?: number;
  warnings?: string[];
  /** present when the text was read from pictures by OCR: a note for people */
  ocr?: string;
  /** the pages OCR read, when the other pages were read from their text layer */
  ocrPages?: number[];
}

export type LocatedEvidence = Evidence & { location?: SourceLocation };
export type LocatedFinding = Omit<ClauseFinding, 'evidence'> & { evidence: LocatedEvidence[] };
export type LocatedScanResult<R extends ScanResult = ScanResult> = Omit<R, 'document' | 'checks'> & {
  document: R['document'] & { source: DocumentSource };
  checks: LocatedFinding[];
};

/**
 * Adds where each piece of evidence came from (file, page, headings, clause) to a scan of a read
 * document, and the document's source; every field of the `scan` contract stays as it was.
 */
export function locateEvidence<R extends ScanResult>(result: R, doc: ReadDocumentResult): LocatedScanResult<R> {
  const source: DocumentSource = { file: doc.file, format: doc.format };
  if (doc.pages !== undefined) source.pages = doc.pages;
  if (doc.warnings.length) source.warnings = [...doc.warnings];
  if (doc.ocr) source.ocr = doc.ocr;
  if (doc.ocrPages?.length) source.ocrPages = [...doc.ocrPages];
  const checks: LocatedFinding[] = result.checks.map((c) => ({
    ...c,
    evidence: c.evidence.map((e) => {
      const location = locationAt(doc, e.start);
      return location ? { ...e, location } : e;
    }),
  }));
  const document: R['document'] & { source: DocumentSource } = { ...result.document, source };
  return { ...result, document, checks };
}
