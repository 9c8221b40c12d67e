import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnalyseOptions } from '@/lib/analysis/analyse';
import { DEFAULT_SETTINGS, disabledChecks, effectiveWageRates, readSettings } from '@/lib/library/settings';
import { AttachmentListSchema, AttachmentReplySchema, parseMessage, type TabState } from '@/lib/messages/schemas';
import type { Attachment } from '@/lib/pack/attachments';
import { combinePack, type PackFailure, type PackPart, type PackVerdict } from '@/lib/pack/verdict';
import { keepPack, restoredSteps } from './kept-pack';
import { fromBase64, type OcrProgress, readInWorker } from './read-in-worker';

/** Where one linked document has got to. */
export type DocumentStep =
  | { step: 'waiting' }
  /** `ocr`: read with OCR, its pages' progress when the worker has reported some */
  | { step: 'working'; line: string; ocr?: OcrProgress | true }
  /**
   * `scannedPages`: pages with no text layer among typed ones, not read, which the rep can have read with OCR;
   * `problem`: why reading them with OCR did not work (the typed reading stays)
   */
  | { step: 'read'; part: PackPart; scannedPages?: number[]; problem?: string }
  /**
   * `password`: the document is locked, and the rep can type its password to try again;
   * `scanned`: a PDF with no text layer, which the rep can have read with OCR
   */
  | { step: 'failed'; message: string; password?: 'needed' | 'wrong'; scanned?: true };

export interface TenderPack {
  /** the documents the page links to; undefined until the page has answered */
  attachments: Attachment[] | undefined;
  /** why the list could not be made, if it could not */
  listProblem: string;
  steps: Readonly<Record<string, DocumentStep>>;
  running: boolean;
  /**
   * fetches and reads these documents, one after another; a password given opens a locked one, and `ocr`
   * reads a scanned PDF with OCR (offline, in the reader's worker)
   */
  scan(urls: readonly string[], password?: string, ocr?: boolean): Promise<void>;
  /** stops at once; documents already read stay in the pack */
  cancel(): void;
  /** the page and its documents judged together, once at least one document has been read */
  verdict: PackVerdict | undefined;
}

async function documentOptions(state: TabState | undefined, url: string): Promise<AnalyseOptions> {
  const settings = await readSettings().catch(() => DEFAULT_SETTINGS);
  // the page's corrections of place, buyer and sector hold for its documents; each document's kind is its own
  const { type: _type, ...correction } = state?.override ?? {};
  return {
    disabledChecks: disabledChecks(settings),
    defaultJurisdiction: settings.defaultJurisdiction,
    wageRates: settings.wageRateOverrides.length ? effectiveWageRates(settings) : undefined,
    pageUrl: url,
    ...(Object.keys(correction).length ? { profile: correction } : {}),
  };
}

/**
 * The side panel's tender pack for the tab: the documents its page links to, fetched by the page's content
 * script (with the page's own login) only when the rep asks, read in the reader's worker one at a time.
 */
export function useTenderPack(
  tabId: number | undefined,
  state: TabState | undefined,
  startWorker: () => Worker,
): TenderPack {
  const [attachments, setAttachments] = useState<Attachment[]>();
  const [listProblem, setListProblem] = useState('');
  const [steps, setSteps] = useState<Record<string, DocumentStep>>({});
  const [running, setRunning] = useState(false);
  const worker = useRef<Worker | undefined>(undefined);
  // each run has its own controller: a cancelled run that wakes up later sees it was stopped, even if a new run began
  const runRef = useRef<AbortController | undefined>(undefined);
  // documents read from their typed pages whose scanned pages are being read with OCR: kept if that stops
  const typedReads = useRef<Record<string, DocumentStep>>({});
  const stepsNow = useRef(steps);
  stepsNow.current = steps;
  const pageUrl = state?.url;

  const setStep = (url: string, s: DocumentStep) => setSteps((all) => ({ ...all, [url]: s }));

  useEffect(() => {
    // another page: a run for the last one stops, and its documents are not this page's
    runRef.current?.abort();
    setRunning(false);
    setAttachments(undefined);
    setSteps({});
    setListProblem('');
    if (tabId === undefined || !pageUrl) return;
    let live = true;
    const ask = () => browser.tabs.sendMessage(tabId, { type: 'list-attachments' }).catch(() => undefined);
    void (async () => {
      const kept = await restoredSteps(tabId, pageUrl);
      if (live) setSteps(kept);
      let raw = await ask();
      // no content script yet (a site the user has not let it run on): the background injects it, then we ask again
      if (raw === undefined && (await browser.runtime.sendMessage({ type: 'scan-tab', tabId }).catch(() => undefined)))
        raw = await ask();
      if (!live) return;
      const reply = raw === undefined ? undefined : parseMessage(AttachmentListSchema, raw, 'panel: attachments');
      setAttachments(reply?.attachments ?? []);
      if (!reply) setListProblem('Tenderlight cannot look for documents on this page.');
    })();
    return () => {
      live = false;
    };
  }, [tabId, pageUrl]);

  useEffect(() => () => worker.current?.terminate(), []);

  // Each document read (or refused) is kept for the tab's page; progress lines are not.
  const settled = useMemo(
    () =>
      Object.entries(steps)
        .filter(([, st]) => st.step === 'read' || st.step === 'failed')
        .map(([url, st]) => `${url} ${st.step}`)
        .join('\n'),
    [steps],
  );
  useEffect(() => {
    if (tabId === undefined || !pageUrl || !settled) return;
    void keepPack(tabId, pageUrl, steps).catch(() => undefined);
  }, [settled]);

  const scan = useCallback(
    async (urls: readonly string[], password?: string, ocr = false) => {
      if (tabId === undefined || running) return;
      const wanted = (attachments ?? []).filter((a) => urls.includes(a.url));
      const run = new AbortController();
      runRef.current = run;
      const stopped = run.signal;
      setRunning(true);
      typedReads.current = {};
      for (const a of wanted) {
        const was = stepsNow.current[a.url];
        if (ocr && was?.step === 'read') typedReads.current[a.url] = was;
      }
      for (const a of wanted) setStep(a.url, { step: 'waiting' });
      for (const a of wanted) {
        if (stopped.aborted) break;
        setStep(a.url, { step: 'working', line: `Fetching ${a.name}…`, ...(ocr ? { ocr } : {}) });
        const raw = await browser.tabs
          .sendMessage(tabId, { type: 'download-attachment', url: a.url })
          .catch(() => undefined);
        if (stopped.aborted) break;
        const reply = raw === undefined ? undefined : parseMessage(AttachmentReplySchema, raw, 'panel: attachment');
        if (!reply) {
          setStep(a.url, {
            step: 'failed',
            message: `Not read: the page did not hand ${a.name} over. Reload the page and try again.`,
          });
          continue;
        }
        if (!reply.ok) {
          setStep(a.url, { step: 'failed', message: `Not read: ${reply.reason}.` });
          continue;
        }
        if (!worker.current) worker.current = startWorker();
        const read = await readInWorker(
          worker.current,
          fromBase64(reply.data),
          a.name,
          await documentOptions(state, a.url),
          (line, pages) =>
            !stopped.aborted && setStep(a.url, { step: 'working', line, ...(ocr ? { ocr: pages ?? true } : {}) }),
          stopped,
          password,
          ocr,
        );
        if (stopped.aborted) break;
        const typed = typedReads.current[a.url];
        delete typedReads.current[a.url];
        if (!read.ok && typed?.step === 'read') {
          setStep(a.url, { ...typed, problem: read.message });
          continue;
        }
        setStep(
          a.url,
          read.ok
            ? {
                step: 'read',
                part: {
                  name: a.name,
                  kind: 'document',
                  url: a.url,
                  result: read.result,
                  source: read.result.document.source,
                },
                ...(read.document.scannedPages?.length ? { scannedPages: read.document.scannedPages } : {}),
              }
            : {
                step: 'failed',
                message: read.message,
                ...(read.password ? { password: read.password } : {}),
                ...(read.scanned ? { scanned: read.scanned } : {}),
              },
        );
      }
      if (!stopped.aborted) setRunning(false);
    },
    [tabId, running, attachments, state, startWorker],
  );

  const cancel = useCallback(() => {
    runRef.current?.abort();
    // stopping the worker stops pdf.js wherever it is; the next document starts a fresh one
    worker.current?.terminate();
    worker.current = undefined;
    setSteps((all) => {
      const next = { ...all };
      // a cancelled OCR reading is offered again: the document is still a scan that OCR can read, and a
      // document whose typed pages were read keeps that reading
      for (const [url, s] of Object.entries(next))
        if (s.step === 'working' && s.ocr && typedReads.current[url]) next[url] = typedReads.current[url]!;
        else if (s.step === 'working' && s.ocr)
          next[url] = { step: 'failed', message: 'Not read: reading with OCR was cancelled.', scanned: true };
        else if (s.step === 'waiting' || s.step === 'working')
          next[url] = { step: 'failed', message: 'Not read: cancelled.' };
      return next;
    });
    typedReads.current = {};
    setRunning(false);
  }, []);

  const verdict = useMemo(() => {
    const read: PackPart[] = [];
    const failures: PackFailure[] = [];
    for (const a of attachments ?? []) {
      const s = steps[a.url];
      if (s?.step === 'read') read.push(s.part);
      else if (s?.step === 'failed')
        failures.push({ name: a.name, url: a.url, error: s.message.replace(/^Not read: /, '').replace(/\.$/, '') });
    }
    if (!read.length || !state) return undefined;
    const page: PackPart = {
      name: state.title || state.url,
      kind: 'page',
      url: state.url,
      result: state.unreadable ? { ...state.result, checks: [] } : state.result,
    };
    return combinePack([page, ...read], failures);
  }, [attachments, steps, state]);

  return { attachments, listProblem, steps, running, scan, cancel, verdict };
}
