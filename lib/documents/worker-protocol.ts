import type { AnalyseOptions } from '../analysis/analyse';
import type { DocumentErrorKind } from './errors';
import type { LocatedScanResult } from './locate';
import type { ReadDocumentResult } from './types';

/** What the reader page asks of its document worker. */
export type ToDocumentWorker =
  | {
      type: 'read';
      /** transferred, not copied */
      bytes: ArrayBuffer;
      name: string;
      password?: string;
      options: AnalyseOptions;
    }
  | { type: 'cancel' };

/** What the document worker answers: progress while reading, then the read document and its checks, or why not. */
export type FromDocumentWorker =
  | { type: 'progress'; stage: 'reading' | 'checking'; done: number; total: number }
  | { type: 'done'; document: ReadDocumentResult; result: LocatedScanResult }
  | { type: 'error'; kind: DocumentErrorKind; message: string; pages?: number };

const KINDS = new Set(['progress', 'done', 'error']);

/** A worker answer has one of the known types (the worker is our own code, but the boundary is checked). */
export function isFromDocumentWorker(raw: unknown): raw is FromDocumentWorker {
  return typeof raw === 'object' && raw !== null && KINDS.has((raw as { type?: unknown }).type as string);
}
