/**
 * Reading documents (PDF, Word, OpenDocument) into the text blocks the analysis reads, each block
 * keeping where it came from. No DOM and no extension API: the same code runs in Node and in an
 * extension page or worker.
 */
import { sniffContainer, zipFormat } from './detect';
import { readDoc } from './doc';
import { readDocx } from './docx';
import { cancelled, DocumentError } from './errors';
import { MAX_DOCUMENT_BYTES } from './limits';
import { readPdfWithOcr, type StartOcrEngine } from './ocr';
import { readOdt } from './odt';
import { readPdf } from './pdf';
import { readRtf } from './rtf';
import type { ReadDocumentOptions, ReadDocumentResult } from './types';
import { DEFAULT_ZIP_LIMITS, ZipArchive, type ZipLimits } from './zip';

export { citeLocation, clauseNumberOf, locationAt } from './assemble';
export { type Container, sniffContainer } from './detect';
export { DocumentError, type DocumentErrorKind } from './errors';
export { MAX_DOCUMENT_BYTES } from './limits';
export { type DocumentSource, type LocatedScanResult, locateEvidence } from './locate';
export { MAX_OCR_PAGES, OCR_NOTE, type StartOcrEngine, tesseractEngine } from './ocr';
export type { DocumentBlock, DocumentFormat, ReadDocumentOptions, ReadDocumentResult, SourceLocation } from './types';

/** True when the bytes are a document this module reads (by content, never by name). */
export function isReadableDocument(bytes: Uint8Array): boolean {
  const c = sniffContainer(bytes);
  return c !== 'unknown';
}

/**
 * Reads a PDF, .docx, .odt, .doc or .rtf. Errors are always DocumentError with a kind the UI acts on and a
 * message for people; nothing else escapes.
 */
export async function readDocument(
  bytes: Uint8Array,
  name: string,
  opts: ReadDocumentOptions & {
    zipLimits?: ZipLimits;
    /** a PDF with no text layer is read with this OCR engine instead of refused */
    ocr?: { engine: StartOcrEngine; maxPages?: number };
  } = {},
): Promise<ReadDocumentResult> {
  const file = name.split(/[\\/]/).pop() || name;
  if (opts.signal?.aborted) throw cancelled(file);
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new DocumentError('too-large', file, 'is larger than 100 MB; split it first');
  if (bytes.length === 0) throw new DocumentError('corrupt', file, 'is empty');
  try {
    const container = sniffContainer(bytes);
    switch (container) {
      case 'pdf':
        try {
          // with OCR asked for, progress counts the OCR pages, not the quick look for a text layer first
          const typed = await readPdf(bytes, file, opts.ocr ? { ...opts, onProgress: undefined } : opts);
          // scanned pages among typed ones: read again, the typed pages from their text, the scanned by OCR
          if (!opts.ocr || !typed.scannedPages?.length) return typed;
        } catch (e) {
          if (!(opts.ocr && e instanceof DocumentError && e.kind === 'no-text-layer')) throw e;
        }
        return await readPdfWithOcr(bytes, file, { ...opts, ...opts.ocr });
      case 'zip': {
        const zip = new ZipArchive(bytes, file, opts.zipLimits ?? DEFAULT_ZIP_LIMITS, opts.signal);
        const mimetype = zip.has('mimetype') ? zip.text('mimetype')?.trim() : undefined;
        const format = zipFormat(new Set(zip.entries.keys()), mimetype);
        if (format === 'docx') return readDocx(zip, file, opts);
        if (format === 'odt') return readOdt(zip, file, opts);
        throw new DocumentError(
          'unsupported',
          file,
          `is a ZIP archive but not a Word (.docx) or OpenDocument text (.odt) document${mimetype ? ` (${mimetype})` : ''}`,
        );
      }
      case 'ole':
        return await readDoc(bytes, file, opts);
      case 'rtf':
        return readRtf(bytes, file, opts);
      default:
        throw new DocumentError('unsupported', file, 'is not a PDF, Word or OpenDocument file');
    }
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    if (opts.signal?.aborted) throw cancelled(file);
    // a library bug or a file that defeats a parser: still a plain message, never a stack trace
    throw new DocumentError(
      'corrupt',
      file,
      `cannot be read (${String((e as Error)?.message ?? e)
        .split('\n')[0]!
        .slice(0, 120)})`,
    );
  }
}
