import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { CheckList } from '@/components/panel/CheckList';
import { ProfileEditor } from '@/components/panel/ProfileEditor';
import { ScanSummary } from '@/components/panel/ScanSummary';
import { SaveReviewSection } from '@/components/review/SaveReviewSection';
import type { AnalyseOptions } from '@/lib/analysis/analyse';
import { MAX_DOCUMENT_BYTES } from '@/lib/documents/limits';
import { DEFAULT_SETTINGS, disabledChecks, effectiveWageRates, readSettings } from '@/lib/library/settings';
import { reviewsDb } from '@/lib/store/reviews-db';
import type { DocumentProfile } from '@/lib/types';
import { DocumentText, type DocumentTextHandle } from './DocumentText';
import { FilePicker } from './FilePicker';
import { pdfFromTab } from './pdf-from-tab';
import { ScannedDocument } from './ScannedDocument';
import { ocrReadSentence, ScannedPagesOffer } from './ScannedPagesOffer';
import { useDocumentReader } from './use-document-reader';

/** The user's settings as the checks use them: checks switched off, their place, their wage-rate table. */
async function analyseOptions(): Promise<AnalyseOptions> {
  const settings = await readSettings().catch(() => DEFAULT_SETTINGS);
  return {
    disabledChecks: disabledChecks(settings),
    defaultJurisdiction: settings.defaultJurisdiction,
    wageRates: settings.wageRateOverrides.length ? effectiveWageRates(settings) : undefined,
  };
}

/** The PDF tab this page was opened for ("Scan this PDF"), from ?tab=ID. */
function pdfTab(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  const n = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

const NOT_HERE = { ok: false, reason: 'a document in the reader cannot be edited; paste the clause into your draft' };

/** The document reader: open a file or the PDF from a tab, read it off the main thread, and check it as the panel does. */
export function ReaderApp({ startWorker }: { startWorker: () => Worker }) {
  const reader = useDocumentReader(startWorker, analyseOptions);
  const { state } = reader;
  const text = useRef<DocumentTextHandle | null>(null);
  const [password, setPassword] = useState('');
  const [override, setOverride] = useState<Partial<DocumentProfile> | null>(null);

  const openFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_DOCUMENT_BYTES) {
        reader.fail(file.name, `${file.name} is larger than 100 MB, more than Tenderlight reads; split it first.`);
        return;
      }
      setOverride(null);
      reader.open(new Uint8Array(await file.arrayBuffer()), file.name);
    },
    [reader.open, reader.fail],
  );

  useEffect(() => {
    const tabId = pdfTab();
    if (tabId === undefined) return;
    void pdfFromTab(tabId).then((got) =>
      'error' in got ? reader.fail('the PDF', got.error) : reader.open(got.bytes, got.name),
    );
  }, []);

  useEffect(() => {
    document.title = state.step === 'done' ? `${state.document.file}: Tenderlight` : 'Tenderlight: scan a document';
  }, [state]);

  return (
    <main class="reader">
      <header class="reader-header">
        <h1>Scan a document</h1>
        {state.step !== 'reading' && <FilePicker onFile={(f) => void openFile(f)} />}
      </header>
      {state.step === 'reading' && (
        <p class="reading" role="status" aria-live="polite">
          <span class="reading-line">{state.line}</span>{' '}
          {state.progress && (
            <progress
              class="ocr-progress"
              max={state.progress.total}
              value={state.progress.done}
              aria-label={`OCR: ${state.progress.done} of ${state.progress.total} pages read`}
            />
          )}{' '}
          <button type="button" onClick={reader.cancel}>
            Cancel
          </button>
        </p>
      )}
      {state.step === 'scanned' && (
        <ScannedDocument
          file={state.file}
          pages={state.pages}
          cancelled={state.cancelled === true}
          onRead={reader.readWithOcr}
        />
      )}
      {state.step === 'password' && (
        <form
          class="password"
          onSubmit={(e) => {
            e.preventDefault();
            reader.retryWithPassword(password);
            setPassword('');
          }}
        >
          <p role="alert">
            {state.wrong
              ? `That password does not open ${state.file}. Try again.`
              : `${state.file} is protected with a password. Enter it to read the document; it is not stored.`}
          </p>
          <label>
            Password <input type="password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
          </label>{' '}
          <button type="submit" class="primary">
            Open
          </button>
        </form>
      )}
      {state.step === 'failed' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {state.step === 'done' && (
        <div class="reader-body">
          <section class="reader-findings" aria-label="Checks">
            <p class="source">
              Document: <span>{state.document.file}</span>
              {state.document.pages !== undefined && ` (${state.document.pages} pages)`}
            </p>
            {state.document.ocr && (
              <p class="ocr-note" role="note">
                {ocrReadSentence(state.document.ocrPages)}
              </p>
            )}
            {state.document.warnings.map((w) => (
              <p class="too-large" role="note" key={w}>
                {w}
              </p>
            ))}
            {state.document.scannedPages?.length ? (
              <ScannedPagesOffer pages={state.document.scannedPages} onRead={reader.readScannedPages} />
            ) : null}
            {state.checking && (
              <p class="reading" role="status">
                Checking {state.document.file} again…
              </p>
            )}
            <ScanSummary result={state.result} />
            <SaveReviewSection
              db={reviewsDb()}
              url={state.document.file}
              title={state.document.file}
              result={state.result}
              historyHref={(id) => `/reviews.html#review=${id}`}
            />
            <ProfileEditor
              profile={state.result.document}
              override={override}
              onChange={(p) => {
                setOverride(p);
                void reader.recheck(p);
              }}
            />
            <CheckList
              result={state.result}
              inPage={true}
              onShow={(ev) => text.current?.show(ev.start, ev.end)}
              onInsert={async () => NOT_HERE}
            />
          </section>
          <DocumentText document={state.document} result={state.result} handle={text} />
        </div>
      )}
    </main>
  );
}
