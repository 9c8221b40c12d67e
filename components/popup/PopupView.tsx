import { useEffect, useState } from 'preact/hooks';
import { ScanSummary } from '@/components/panel/ScanSummary';
import { useTabScan } from '@/components/panel/use-tab-scan';
import { openReader, UnreadablePage } from '@/components/reader/UnreadablePage';
import { TrainerLinks } from '@/components/review/TrainerLinks';
import { portalFor } from '@/lib/data/portal-hosts';

function openPanel(tabId: number | undefined) {
  const g = globalThis as unknown as {
    chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } };
    browser?: { sidebarAction?: { open(): Promise<void> } };
  };
  // Called straight from the click: both browsers only open the panel during a user gesture.
  if (g.browser?.sidebarAction) void g.browser.sidebarAction.open();
  else if (g.chrome?.sidePanel && tabId !== undefined) void g.chrome.sidePanel.open({ tabId });
  window.close();
}

function looksLikePdfAddress(url: string): boolean {
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The toolbar popup: this tab's summary, a scan button, the side panel, and "always run here". */
export function PopupView() {
  const scan = useTabScan();
  const [url, setUrl] = useState<string>();
  const [always, setAlways] = useState(false);
  const [note, setNote] = useState('');
  // Firefox's PDF viewer runs no content script: a PDF address that cannot be scanned is offered to the reader.
  const [pdfByAddress, setPdfByAddress] = useState(false);
  const origin = url && /^https?:/.test(url) ? `${new URL(url).origin}/*` : undefined;
  const portal = url ? portalFor(url) : undefined;

  useEffect(() => {
    if (scan.tabId === undefined) return;
    void browser.tabs.get(scan.tabId).then((t) => setUrl(t.url));
  }, [scan.tabId]);
  useEffect(() => {
    if (origin) void browser.permissions.contains({ origins: [origin] }).then(setAlways);
  }, [origin]);

  const toggleAlways = async () => {
    if (!origin) return;
    const granted = always
      ? !(await browser.permissions.remove({ origins: [origin] }))
      : await browser.permissions.request({ origins: [origin] });
    setAlways(granted);
    await browser.runtime.sendMessage({ type: 'site-access-changed' });
  };

  return (
    <main class="popup">
      <h1>Tenderlight</h1>
      {scan.state?.unreadable || pdfByAddress || (!scan.state && url && looksLikePdfAddress(url)) ? (
        <UnreadablePage kind={scan.state?.unreadable ?? 'pdf'} tabId={scan.tabId} onOpened={() => window.close()} />
      ) : scan.state ? (
        <ScanSummary result={scan.state.result} checkedWords={scan.state.checkedWords} />
      ) : (
        <p>
          {portal
            ? `Checking this ${portal.portal} page…`
            : scan.known
              ? 'This page has not been checked.'
              : 'Reading this page’s check…'}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={async () => {
            setNote('Scanning…');
            const ok = await scan.scan();
            const pdf = !ok && !!url && looksLikePdfAddress(url);
            setPdfByAddress(pdf);
            setNote(ok ? 'Done.' : pdf ? '' : 'Tenderlight cannot read this page.');
          }}
        >
          Scan this page
        </button>
        <button type="button" onClick={() => openPanel(scan.tabId)}>
          Open side panel
        </button>
        <button
          type="button"
          onClick={() => {
            openReader();
            window.close();
          }}
        >
          Scan a document
        </button>
      </div>
      {origin && !portal && (
        <label>
          <input type="checkbox" checked={always} onChange={toggleAlways} /> Always run on {new URL(url!).host}
        </label>
      )}
      <p role="status" aria-live="polite">
        {note}
      </p>
      <TrainerLinks />
    </main>
  );
}
