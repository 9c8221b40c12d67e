/**
 * The document reader's worker: reads a file with readDocument and runs the checks on it, off the
 * reader page's main thread, reporting progress and stopping on cancel. No extension API, no DOM.
 */
import { scanText } from '../scan';
import { sniffContainer } from './detect';
import { DocumentError } from './errors';
import { readDocument } from './index';
import { locateEvidence } from './locate';
import type { FromDocumentWorker, ToDocumentWorker } from './worker-protocol';

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

/** Word 97–2003 needs Node's Buffer (word-extractor); the browser build says so plainly instead. */
export function refuseWord97(bytes: Uint8Array, file: string): void {
  if (sniffContainer(bytes) === 'ole')
    throw new DocumentError(
      'unsupported',
      file,
      'is a Word 97–2003 (.doc) file, which the browser cannot read yet: save it as .docx in Word, or scan it with the command line (npm run scan -- FILE.doc)',
    );
}

/** Reads and checks one document; every failure becomes a typed error message, never a throw. */
export async function readAndCheck(
  msg: Extract<ToDocumentWorker, { type: 'read' }>,
  signal: AbortSignal,
  post: (m: FromDocumentWorker) => void,
): Promise<void> {
  const bytes = new Uint8Array(msg.bytes);
  const file = msg.name.split(/[\\/]/).pop() || msg.name;
  try {
    refuseWord97(bytes, file);
    const document = await readDocument(bytes, file, {
      signal,
      ...(msg.password !== undefined ? { password: msg.password } : {}),
      onProgress: (done, total) => post({ type: 'progress', stage: 'reading', done, total }),
    });
    if (signal.aborted) throw new DocumentError('cancelled', file, 'reading was cancelled');
    if (!document.text.trim())
      throw new DocumentError('no-text-layer', file, 'has no text to check (is it a scanned image?)', document.pages);
    post({ type: 'progress', stage: 'checking', done: 0, total: 1 });
    const result = locateEvidence(scanText(file, document.text, document.blocks, msg.options), document);
    post({ type: 'done', document, result });
  } catch (e) {
    const err =
      e instanceof DocumentError
        ? e
        : new DocumentError('corrupt', file, `cannot be read (${String((e as Error)?.message ?? e).slice(0, 120)})`);
    post({
      type: 'error',
      kind: err.kind,
      message: err.message,
      ...(err.pages !== undefined ? { pages: err.pages } : {}),
    });
  }
}

/** Wires the worker's message port: one read at a time, cancel aborts it. */
export function serveDocumentWorker(scope: {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(m: unknown): void;
}) {
  let current: AbortController | undefined;
  scope.onmessage = (e: MessageEvent) => {
    const msg = e.data as ToDocumentWorker;
    if (msg?.type === 'cancel') current?.abort();
    else if (msg?.type === 'read' && msg.bytes instanceof ArrayBuffer && typeof msg.name === 'string') {
      current?.abort();
      const abort = new AbortController();
      current = abort;
      void readAndCheck(msg, abort.signal, (m) => scope.postMessage(m));
    }
  };
}
