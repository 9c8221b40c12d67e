/**
 * The document reader's worker: reads a file with readDocument and runs the checks on it, off the
 * reader page's main thread, reporting progress and stopping on cancel. No extension API, no DOM.
 */
import type { AnalyseOptions } from '../analysis/analyse';
import { scanText } from '../scan';
import { DocumentError } from './errors';
import { readDocument } from './index';
import { type LocatedScanResult, locateEvidence } from './locate';
import type { StartOcrEngine } from './ocr';
import type { ReadDocumentResult } from './types';
import { type FromDocumentWorker, isToDocumentWorker, type ToDocumentWorker } from './worker-protocol';

/** The message every network API in the document worker throws; the build test looks for it too. */
export const NO_NETWORK = 'Tenderlight: the document worker has no network';
const NETWORK_APIS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'importScripts'];

/**
 * Removes every way to reach the network from the worker's own global before any document is read:
 * pdf.js carries fetch and XHR paths (fonts, CMaps, streaming) we never use, and now cannot.
 */
export function sealNetwork(scope: object): void {
  const refuse = () => {
    throw new Error(NO_NETWORK);
  };
  for (const name of NETWORK_APIS)
    Object.defineProperty(scope, name, { value: refuse, writable: false, configurable: false });
}

/** The checks on a read document, with each piece of evidence located in it. */
export function checkDocument(document: ReadDocumentResult, options: AnalyseOptions): LocatedScanResult {
  return locateEvidence(scanText(document.file, document.text, document.blocks, options), document);
}

/**
 * Reads and checks one document; every failure becomes a typed error message, never a throw. `keep` gets
 * the read document before its checks are posted, so a re-check asked for on arrival finds it.
 */
export async function readAndCheck(
  msg: Extract<ToDocumentWorker, { type: 'read' }>,
  signal: AbortSignal,
  post: (m: FromDocumentWorker) => void,
  keep: (document: ReadDocumentResult) => void = () => {},
  ocrEngine?: StartOcrEngine,
): Promise<void> {
  const { id } = msg;
  const bytes = new Uint8Array(msg.bytes);
  const file = msg.name.split(/[\\/]/).pop() || msg.name;
  try {
    const document = await readDocument(bytes, file, {
      signal,
      ...(msg.password !== undefined ? { password: msg.password } : {}),
      ...(msg.ocr && ocrEngine ? { ocr: { engine: ocrEngine } } : {}),
      onProgress: (done, total) => post({ type: 'progress', id, stage: 'reading', done, total }),
    });
    if (signal.aborted) throw new DocumentError('cancelled', file, 'reading was cancelled');
    if (!document.text.trim())
      throw new DocumentError('no-text-layer', file, 'has no text to check (is it a scanned image?)', document.pages);
    post({ type: 'progress', id, stage: 'checking', done: 0, total: 1 });
    const result = checkDocument(document, msg.options);
    keep(document);
    post({ type: 'done', id, document: forThePage(document), result });
  } catch (e) {
    const err =
      e instanceof DocumentError
        ? e
        : new DocumentError('corrupt', file, `cannot be read (${String((e as Error)?.message ?? e).slice(0, 120)})`);
    post({
      type: 'error',
      id,
      kind: err.kind,
      message: err.message,
      ...(err.pages !== undefined ? { pages: err.pages } : {}),
    });
  }
}

/** The kept document checked with new options, or why not, as a typed message. */
function checkAgain(id: number, document: ReadDocumentResult, options: AnalyseOptions): FromDocumentWorker {
  try {
    return { type: 'checked', id, result: checkDocument(document, options) };
  } catch (e) {
    const reason = String((e as Error)?.message ?? e).slice(0, 120);
    return { type: 'error', id, kind: 'corrupt', message: `${document.file}: could not be checked again (${reason})` };
  }
}

/**
 * Wires the worker's message port: one read at a time, cancel aborts it. The last document read is kept,
 * so a corrected profile (place, buyer, type) re-runs only the checks, not the reading.
 */
export function serveDocumentWorker(
  scope: {
    onmessage: ((e: MessageEvent) => void) | null;
    postMessage(m: unknown): void;
  },
  /** the OCR engine for scanned PDFs, started only when the user asks for OCR */
  ocrEngine?: StartOcrEngine,
) {
  let current: AbortController | undefined;
  let kept: { id: number; document: ReadDocumentResult } | undefined;
  const post = (m: FromDocumentWorker) => scope.postMessage(m);
  scope.onmessage = (e: MessageEvent) => {
    const msg: unknown = e.data;
    if (!isToDocumentWorker(msg)) return;
    if (msg.type === 'cancel') current?.abort();
    else if (msg.type === 'analyse') {
      if (kept?.id !== msg.id) post({ type: 'forgotten', id: msg.id });
      else post(checkAgain(msg.id, kept.document, msg.options));
    } else {
      current?.abort();
      kept = undefined;
      const abort = new AbortController();
      current = abort;
      void readAndCheck(
        msg,
        abort.signal,
        post,
        (document) => {
          if (current === abort) kept = { id: msg.id, document };
        },
        ocrEngine,
      );
    }
  };
}

/**
 * The document as the page needs it: each block's text is a slice of the whole text, which the page reads, so
 * it is not sent twice (a 300-page PDF's copy was the page's costliest task to unpack).
 */
export function forThePage(document: ReadDocumentResult): ReadDocumentResult {
  return { ...document, blocks: document.blocks.map((b) => ({ ...b, text: '' })) };
}
