import { failureMessage, ocrProgressLine } from '@/components/reader/use-document-reader';
import type { AnalyseOptions } from '@/lib/analysis/analyse';
import type { LocatedScanResult } from '@/lib/documents/locate';
import type { ReadDocumentResult } from '@/lib/documents/types';
import { type FromDocumentWorker, isFromDocumentWorker } from '@/lib/documents/worker-protocol';

/** Names each reading, so the worker's answers are matched to the document asked about. */
let readings = 0;

export type WorkerReading =
  | { ok: true; document: ReadDocumentResult; result: LocatedScanResult }
  /** `scanned`: a PDF with no text layer, which can be read again with OCR if the rep asks */
  | { ok: false; message: string; password?: 'needed' | 'wrong'; scanned?: true };

/** Progress of an OCR reading: pages read so far of the pages it will read. */
export type OcrProgress = { done: number; total: number };

/**
 * Reads and checks one document in the reader's worker (off the panel's main thread), reporting each
 * page or part read; the promise always settles, with the document or a plain reason. With `ocr` a
 * scanned PDF is read by the worker's OCR, the reader's own request, and its pages' progress is reported.
 */
export function readInWorker(
  worker: Worker,
  bytes: Uint8Array,
  name: string,
  options: AnalyseOptions,
  onProgress: (line: string, ocr?: OcrProgress) => void,
  signal: AbortSignal,
  password?: string,
  ocr = false,
): Promise<WorkerReading> {
  const id = ++readings;
  return new Promise((resolve) => {
    // the caller stops the worker itself; this only settles the promise
    signal.addEventListener('abort', () => resolve({ ok: false, message: 'Not read: cancelled.' }), { once: true });
    worker.onmessage = (e: MessageEvent) => {
      if (!isFromDocumentWorker(e.data)) return;
      const m: FromDocumentWorker = e.data;
      // answers about another reading (an earlier, cancelled one) are not this document's
      if (m.id !== id) return;
      if (m.type === 'progress' && m.stage === 'checking') onProgress(`Checking ${name}…`);
      else if (m.type === 'progress' && ocr)
        onProgress(ocrProgressLine(name, m.done, m.total), { done: m.done, total: m.total });
      else if (m.type === 'progress')
        onProgress(`Reading ${name}: ${/\.pdf$/i.test(name) ? 'page' : 'part'} ${m.done} of ${m.total}…`);
      else if (m.type === 'done') resolve({ ok: true, document: m.document, result: m.result });
      else if (m.type !== 'error') return;
      else if (m.kind === 'no-text-layer' && !ocr)
        resolve({
          ok: false,
          scanned: true,
          message: `${failureMessage(m.kind, name, '', m.pages)} It can be read with OCR, here in your browser.`,
        });
      else if (m.kind === 'no-text-layer')
        resolve({
          ok: false,
          message: `${name}: OCR found no text it could read${m.pages ? ` on its ${m.pages} pages` : ''}. Ask the buyer for a text version.`,
        });
      else if (m.kind === 'password-needed')
        resolve({
          ok: false,
          password: 'needed',
          message: `${name} is protected with a password: enter it to read it.`,
        });
      else if (m.kind === 'wrong-password')
        resolve({
          ok: false,
          password: 'wrong',
          message: `That password does not open ${name}: check it and try again.`,
        });
      else resolve({ ok: false, message: failureMessage(m.kind, name, m.message.replace(`${name}: `, ''), m.pages) });
    };
    worker.onerror = () =>
      resolve({ ok: false, message: `${name} could not be read: the reader stopped unexpectedly. Try again.` });
    const copy = bytes.slice().buffer;
    const ask = {
      type: 'read',
      id,
      bytes: copy,
      name,
      options,
      ...(password !== undefined ? { password } : {}),
      ...(ocr ? { ocr } : {}),
    };
    worker.postMessage(ask, [copy]);
  });
}

/** Base64 from a validated message into bytes. */
export function fromBase64(data: string): Uint8Array {
  const bin = atob(data);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
