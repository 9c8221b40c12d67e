import { useEffect, useState } from 'preact/hooks';
import { notCheckedSentence, pagesInWords } from '@/components/reader/ScannedPagesOffer';
import type { TenderPack } from './use-tender-pack';

/** What the rep is told before anything is fetched: what, from where, with whose login, and that nothing leaves. */
export const FETCH_NOTICE =
  'Tenderlight fetches these documents only when you click, only from this site or a known tender portal, using your login to the site. They are read here in your browser; nothing is sent anywhere.';

/** A locked document's password, typed here and used for this one reading only (never stored). */
function DocumentPassword({ name, onOpen }: { name: string; onOpen: (password: string) => void }) {
  const [password, setPassword] = useState('');
  return (
    <form
      class="document-password"
      onSubmit={(e) => {
        e.preventDefault();
        if (password) onOpen(password);
      }}
    >
      <label>
        Password for {name}{' '}
        <input
          type="password"
          autocomplete="off"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>{' '}
      <button type="submit" disabled={!password}>
        Open
      </button>
    </form>
  );
}

/** "Documents on this page": the tender documents the page links to, scanned one, some or all on a click. */
export function TenderDocuments({ pack }: { pack: TenderPack }) {
  const { attachments, steps, running } = pack;
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setChosen(new Set(attachments?.map((a) => a.url))), [attachments]);

  if (!attachments) return null;
  if (!attachments.length)
    return (
      <section class="tender-documents" aria-label="Documents on this page">
        <h2>Documents on this page</h2>
        <p class="muted">{pack.listProblem || 'This page links to no PDF, Word or OpenDocument files.'}</p>
      </section>
    );
  const toggle = (url: string, on: boolean) =>
    setChosen((all) => {
      const next = new Set(all);
      if (on) next.add(url);
      else next.delete(url);
      return next;
    });
  const working = Object.values(steps).find((s) => s.step === 'working');

  return (
    <section class="tender-documents" aria-label="Documents on this page">
      <h2>Documents on this page</h2>
      <p class="muted">{FETCH_NOTICE}</p>
      <ul class="document-list">
        {attachments.map((a) => {
          const s = steps[a.url];
          return (
            <li key={a.url} data-step={s?.step ?? 'listed'}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(a.url)}
                  disabled={running}
                  onChange={(e) => toggle(a.url, e.currentTarget.checked)}
                />{' '}
                {a.name}
              </label>{' '}
              <button
                type="button"
                class="link"
                aria-label={`Scan ${a.name}`}
                disabled={running}
                onClick={() => void pack.scan([a.url])}
              >
                Scan
              </button>
              {s?.step === 'read' && <span class="document-state"> Read</span>}
              {s?.step === 'read' && s.problem && (
                <p class="error" role="alert">
                  {s.problem}
                </p>
              )}
              {s?.step === 'read' && s.scannedPages?.length ? (
                <p class="scanned-pages">
                  {notCheckedSentence(s.scannedPages)}{' '}
                  {!running && (
                    <button
                      type="button"
                      class="read-with-ocr"
                      aria-label={`Read ${pagesInWords(s.scannedPages)} with OCR (offline): ${a.name}`}
                      onClick={() => void pack.scan([a.url], undefined, true)}
                    >
                      Read {pagesInWords(s.scannedPages)} with OCR (offline)
                    </button>
                  )}
                </p>
              ) : null}
              {s?.step === 'waiting' && <span class="document-state muted"> Waiting</span>}
              {s?.step === 'failed' && (
                <p class="error" role="alert">
                  {s.message}
                </p>
              )}
              {s?.step === 'failed' && s.scanned && !running && (
                <button
                  type="button"
                  class="read-with-ocr"
                  aria-label={`Read it with OCR (offline): ${a.name}`}
                  onClick={() => void pack.scan([a.url], undefined, true)}
                >
                  Read it with OCR (offline)
                </button>
              )}
              {s?.step === 'failed' && s.password && !running && (
                <DocumentPassword name={a.name} onOpen={(password) => void pack.scan([a.url], password)} />
              )}
            </li>
          );
        })}
      </ul>
      <p class="document-actions">
        <button
          type="button"
          class="primary"
          disabled={running}
          onClick={() => void pack.scan(attachments.map((a) => a.url))}
        >
          Scan all documents
        </button>{' '}
        <button
          type="button"
          disabled={running || !chosen.size}
          onClick={() => void pack.scan(attachments.filter((a) => chosen.has(a.url)).map((a) => a.url))}
        >
          Scan selected ({chosen.size})
        </button>
      </p>
      {running && (
        // Cancel comes first, so it stays put while the progress line's length changes
        <p class="reading">
          <button type="button" onClick={pack.cancel}>
            Cancel
          </button>{' '}
          <span class="reading-line" role="status" aria-live="polite">
            {working?.step === 'working' ? working.line : 'Starting…'}
          </span>{' '}
          {working?.step === 'working' && typeof working.ocr === 'object' && (
            <progress
              class="ocr-progress"
              max={working.ocr.total}
              value={working.ocr.done}
              aria-label={`OCR: ${working.ocr.done} of ${working.ocr.total} pages read`}
            />
          )}
        </p>
      )}
    </section>
  );
}
