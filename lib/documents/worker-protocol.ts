import type { AnalyseOptions } from '../analysis/analyse';
import type { DocumentErrorKind } from './errors';
import type { LocatedScanResult } from './locate';
import type { ReadDocumentResult } from './types';

/**
 * What the reader page asks of its document worker. `id` names one reading: its answers carry it, and
 * `analyse` names the reading whose document (kept by the worker) is checked again.
 */
export type ToDocumentWorker =
  | {
      type: 'read';
      id: number;
      /** transferred, not copied */
      bytes: ArrayBuffer;
      name: string;
      password?: string;
      options: AnalyseOptions;
      /** read a PDF with no text layer by OCR (the user asked for it) */
      ocr?: boolean;
    }
  | { type: 'analyse'; id: number; options: AnalyseOptions }
  | { type: 'cancel' };

/**
 * What the document worker answers: progress while reading, then the read document and its checks, or why
 * not; `checked` is the kept document checked again; `forgotten` says the worker no longer holds it.
 */
export type FromDocumentWorker =
  | { type: 'progress'; id: number; stage: 'reading' | 'checking'; done: number; total: number }
  | { type: 'done'; id: number; document: ReadDocumentResult; result: LocatedScanResult }
  | { type: 'checked'; id: number; result: LocatedScanResult }
  | { type: 'forgotten'; id: number }
  | { type: 'error'; id: number; kind: DocumentErrorKind; message: string; pages?: number };

const ANSWERS = new Set(['progress', 'done', 'checked', 'forgotten', 'error']);

/** A worker answer has one of the known types and names its reading (the worker is ours, but the boundary is checked). */
export function isFromDocumentWorker(raw: unknown): raw is FromDocumentWorker {
  if (typeof raw !== 'object' || raw === null) return false;
  const m = raw as { type?: unknown; id?: unknown };
  return ANSWERS.has(m.type as string) && typeof m.id === 'number';
}

const isOptions = (o: unknown): o is AnalyseOptions => typeof o === 'object' && o !== null;

/** A request to the worker is well formed: the page is ours too, but a malformed one is dropped, not half-run. */
export function isToDocumentWorker(raw: unknown): raw is ToDocumentWorker {
  if (typeof raw !== 'object' || raw === null) return false;
  const m = raw as Record<string, unknown>;
  if (m.type === 'cancel') return true;
  if (typeof m.id !== 'number' || !isOptions(m.options)) return false;
  if (m.type === 'analyse') return true;
  return (
    m.type === 'read' &&
    m.bytes instanceof ArrayBuffer &&
    typeof m.name === 'string' &&
    (m.password === undefined || typeof m.password === 'string') &&
    (m.ocr === undefined || typeof m.ocr === 'boolean')
  );
}
