import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AnalyseOptions } from '@/lib/analysis/analyse';
import type { DocumentErrorKind } from '@/lib/documents/errors';
import type { LocatedScanResult } from '@/lib/documents/locate';
import type { ReadDocumentResult } from '@/lib/documents/types';
import { type FromDocumentWorker, isFromDocumentWorker } from '@/lib/documents/worker-protocol';

/** Where reading one document has got to, as the reader page shows it. */
export type ReaderState =
  | { step: 'idle' }
  | { step: 'reading'; file: string; line: string; ocr?: boolean; progress?: { done: number; total: number } }
  | { step: 'password'; file: string; wrong: boolean }
  /** a PDF with no text layer: it can be read with OCR if the user asks (again, after a cancel) */
  | { step: 'scanned'; file: string; pages?: number; cancelled?: boolean }
  | { step: 'failed'; file: string; kind: DocumentErrorKind; message: string }
  | { step: 'done'; document: ReadDocumentResult; result: LocatedScanResult; checking?: boolean };

/** What the reader says while OCR reads page `done + 1` of `total`. */
export function ocrProgressLine(name: string, done: number, total: number): string {
  return `Reading ${name} with OCR: page ${Math.min(done + 1, total)} of ${total}…`;
}

/** The plain sentence for each way reading can fail; the reader's own reason follows it. */
export function failureMessage(kind: DocumentErrorKind, file: string, reason: string, pages?: number): string {
  switch (kind) {
    case 'no-text-layer':
      return `${file} has no text to read${pages ? ` on any of its ${pages} pages` : ''}: it looks like a scan.`;
    case 'corrupt':
      return `${file} ${reason}. It may be damaged or incomplete: download it again and retry.`;
    case 'too-large':
    case 'unsupported':
      return `${file} ${reason}`;
    case 'cancelled':
      return `Reading ${file} was cancelled.`;
    default:
      return `${file}: ${reason}`;
  }
}

/**
 * Drives the document worker: one document at a time, progress as a line of text, Cancel, and a
 * password asked for (and kept only in memory) when a PDF is encrypted. A corrected profile re-runs only
 * the checks on the document the worker keeps; it is read again only if the worker no longer has it.
 */
export function useDocumentReader(startWorker: () => Worker, options: () => Promise<AnalyseOptions>) {
  const [state, setState] = useState<ReaderState>({ step: 'idle' });
  const worker = useRef<Worker | undefined>(undefined);
  const pending = useRef<{ bytes: Uint8Array; name: string; password?: string; ocr?: boolean } | undefined>(undefined);
  // the reading whose answers the page listens to; older answers (a file replaced mid-read) are dropped
  const reading = useRef(0);
  const profile = useRef<AnalyseOptions['profile'] | undefined>(undefined);
  // the page count of the scan last refused, kept for its message after an OCR is cancelled
  const scannedPages = useRef<number | undefined>(undefined);
  // the typed pages already read, shown again if reading the document's scanned pages is cancelled or fails
  const typedRead = useRef<Extract<ReaderState, { step: 'done' }> | undefined>(undefined);

  useEffect(() => () => worker.current?.terminate(), []);

  const listen = useCallback((w: Worker, name: string, ocr: boolean, reread: () => void) => {
    w.onmessage = (e: MessageEvent) => {
      if (!isFromDocumentWorker(e.data) || e.data.id !== reading.current) return;
      const m: FromDocumentWorker = e.data;
      if (m.type === 'progress')
        setState({
          step: 'reading',
          file: name,
          line:
            m.stage === 'checking'
              ? `Checking ${name}…`
              : ocr
                ? ocrProgressLine(name, m.done, m.total)
                : `Reading ${name}: ${/\.pdf$/i.test(name) ? 'page' : 'part'} ${m.done} of ${m.total}…`,
          ...(ocr && m.stage === 'reading' ? { progress: { done: m.done, total: m.total } } : {}),
        });
      else if (m.type === 'done') {
        typedRead.current = undefined;
        setState({ step: 'done', document: m.document, result: m.result });
      } else if (m.type === 'checked')
        setState((s) => (s.step === 'done' ? { step: 'done', document: s.document, result: m.result } : s));
      else if (m.type === 'forgotten') reread();
      else if (ocr && typedRead.current && m.kind !== 'password-needed' && m.kind !== 'wrong-password') {
        // the scanned pages could not be read: the typed pages' reading stays, with the reason beside it
        const done = typedRead.current;
        const reason = failureMessage(m.kind, name, m.message.replace(`${name}: `, ''), m.pages);
        setState({ ...done, document: { ...done.document, warnings: [...done.document.warnings, reason] } });
      } else if (m.kind === 'no-text-layer' && !ocr) {
        scannedPages.current = m.pages;
        setState({ step: 'scanned', file: name, ...(m.pages ? { pages: m.pages } : {}) });
      } else if (m.kind === 'no-text-layer')
        setState({
          step: 'failed',
          file: name,
          kind: m.kind,
          message: `${name}: OCR found no text it could read${m.pages ? ` on its ${m.pages} pages` : ''}. Check the file shows text, or ask the buyer for a text version.`,
        });
      else if (m.kind === 'password-needed' || m.kind === 'wrong-password')
        setState({ step: 'password', file: name, wrong: m.kind === 'wrong-password' });
      else
        setState({
          step: 'failed',
          file: name,
          kind: m.kind,
          message: failureMessage(m.kind, name, m.message.replace(`${name}: `, ''), m.pages),
        });
    };
    w.onerror = () =>
      setState({
        step: 'failed',
        file: name,
        kind: 'corrupt',
        message: `${name} could not be read: the reader stopped unexpectedly. Try again, or scan it with the command line.`,
      });
  }, []);

  const run = useCallback(
    async (bytes: Uint8Array, name: string, password?: string, ocr = false) => {
      pending.current = { bytes, name, ...(password !== undefined ? { password } : {}), ...(ocr ? { ocr } : {}) };
      const id = ++reading.current;
      setState({ step: 'reading', file: name, line: ocr ? `Starting OCR for ${name}…` : `Opening ${name}…`, ocr });
      if (!worker.current) worker.current = startWorker();
      const w = worker.current;
      listen(w, name, ocr, () => void run(bytes, name, password, ocr));
      // a copy goes to the worker, so a password retry still has the bytes
      const copy = bytes.slice().buffer;
      const opts = { ...(await options()), ...(profile.current ? { profile: profile.current } : {}) };
      w.postMessage({ type: 'read', id, bytes: copy, name, options: opts, password, ...(ocr ? { ocr } : {}) }, [copy]);
    },
    [startWorker, options, listen],
  );

  // Stopping the worker stops the reading at once, wherever pdf.js is; the next file starts a fresh one.
  // A cancelled OCR goes back to the scan's own message, so it can be started again.
  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
    const file = pending.current?.name ?? 'the document';
    const pages = scannedPages.current;
    if (pending.current?.ocr && typedRead.current) setState(typedRead.current);
    else if (pending.current?.ocr) setState({ step: 'scanned', file, cancelled: true, ...(pages ? { pages } : {}) });
    else setState({ step: 'failed', file, kind: 'cancelled', message: failureMessage('cancelled', file, '') });
  }, []);

  /** Reads the scanned PDF just refused again, this time with OCR (offline, in the worker). */
  const readWithOcr = useCallback(() => {
    const p = pending.current;
    typedRead.current = undefined;
    if (p) void run(p.bytes, p.name, p.password, true);
  }, [run]);

  /** Reads the document shown again, its scanned pages by OCR; the typed reading stays if that is cancelled or fails. */
  const readScannedPages = useCallback(() => {
    const p = pending.current;
    if (!p || state.step !== 'done') return;
    typedRead.current = state;
    void run(p.bytes, p.name, p.password, true);
  }, [run, state]);

  const retryWithPassword = useCallback(
    (password: string) => {
      if (pending.current) void run(pending.current.bytes, pending.current.name, password);
    },
    [run],
  );

  /** Checks the document again with the user's corrected profile (type, place, buyer, sector), without reading it again. */
  const recheck = useCallback(
    async (corrected: AnalyseOptions['profile'] | null) => {
      profile.current = corrected ?? undefined;
      const p = pending.current;
      if (!p) return;
      if (!worker.current) return void run(p.bytes, p.name, p.password, p.ocr);
      setState((s) => (s.step === 'done' ? { ...s, checking: true } : s));
      const opts = { ...(await options()), ...(profile.current ? { profile: profile.current } : {}) };
      worker.current.postMessage({ type: 'analyse', id: reading.current, options: opts });
    },
    [run, options],
  );

  /** Starts afresh for a new file: its profile is its own, not the last document's correction. */
  const open = useCallback(
    (bytes: Uint8Array, name: string) => {
      profile.current = undefined;
      typedRead.current = undefined;
      void run(bytes, name);
    },
    [run],
  );

  const fail = useCallback(
    (file: string, message: string) => setState({ step: 'failed', file, kind: 'unsupported', message }),
    [],
  );

  return { state, open, cancel, retryWithPassword, recheck, fail, readWithOcr, readScannedPages };
}
