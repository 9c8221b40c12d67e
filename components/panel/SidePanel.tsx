import { useEffect, useState } from 'preact/hooks';
import { openReader, UnreadablePage } from '@/components/reader/UnreadablePage';
import { SaveReviewSection } from '@/components/review/SaveReviewSection';
import { PANEL_FOCUS_KEY, PanelFocusSchema, parseMessage } from '@/lib/messages/schemas';
import { reviewsDb } from '@/lib/store/reviews-db';
import type { CheckId } from '@/lib/types';
import { CheckList } from './CheckList';
import { PackVerdict } from './PackVerdict';
import { ProfileEditor } from './ProfileEditor';
import { ScanSummary } from './ScanSummary';
import { TenderDocuments } from './TenderDocuments';
import { useTabScan } from './use-tab-scan';
import { useTenderPack } from './use-tender-pack';

/** The check the "Insert model clause" menu asked the panel to open, for this tab. */
function useFocusCheck(tabId: number | undefined): CheckId | undefined {
  const [check, setCheck] = useState<CheckId>();
  useEffect(() => {
    const area = browser.storage.session;
    if (!area || tabId === undefined) return;
    const read = (raw: unknown) => {
      const f = raw === undefined ? undefined : parseMessage(PanelFocusSchema, raw, 'panel focus');
      setCheck(f && f.tabId === tabId ? f.checkId : undefined);
    };
    void area.get(PANEL_FOCUS_KEY).then((r) => read(r[PANEL_FOCUS_KEY]));
    const onChanged = (c: Record<string, { newValue?: unknown }>) => {
      if (PANEL_FOCUS_KEY in c) read(c[PANEL_FOCUS_KEY]!.newValue);
    };
    area.onChanged.addListener(onChanged);
    return () => area.onChanged.removeListener(onChanged);
  }, [tabId]);
  return check;
}

/** The side panel: what the current tab's page says about each check, and what to put right. */
export function SidePanel({ startWorker }: { startWorker: () => Worker }) {
  const scan = useTabScan();
  const focusCheck = useFocusCheck(scan.tabId);
  const [scanNote, setScanNote] = useState('');
  const { state } = scan;
  const pack = useTenderPack(scan.tabId, state, startWorker);
  const verdict = pack.verdict;

  const rescan = async () => {
    setScanNote('Scanning…');
    const ok = await scan.scan();
    setScanNote(
      ok ? '' : 'Tenderlight cannot read this page. Open the toolbar button on the page and choose "Scan this page".',
    );
  };

  return (
    <main class="panel">
      <header class="panel-header">
        <h1>Tenderlight</h1>
        <button type="button" onClick={rescan}>
          Scan this page
        </button>
        <button type="button" class="secondary" onClick={() => openReader()}>
          Scan a document
        </button>
      </header>
      <p role="status" aria-live="polite" class="muted">
        {scanNote}
      </p>
      {!state && !scan.known ? (
        <p class="muted">Reading this page's check…</p>
      ) : !state ? (
        <p>This page has not been checked yet. Choose "Scan this page".</p>
      ) : state.unreadable === 'pdf' || (state.unreadable && !pack.attachments?.length) ? (
        <UnreadablePage kind={state.unreadable} tabId={scan.tabId} />
      ) : state.unreadable ? (
        <>
          <p class="unreadable">
            <strong>This page has no readable text of its own.</strong> The documents it links to can still be checked.
          </p>
          <TenderDocuments pack={pack} />
          {verdict && <PackVerdict verdict={verdict} />}
          {verdict && (
            <SaveReviewSection
              db={reviewsDb()}
              url={state.url}
              title={state.title}
              result={verdict.result}
              pack={verdict.members}
              historyHref={(id) => `/reviews.html#review=${id}`}
            />
          )}
        </>
      ) : (
        <>
          <p class="source">
            {state.scope === 'selection' ? 'Selected text from: ' : 'Page: '}
            <span>{state.title || state.url}</span>
          </p>
          {state.scope === 'selection' && (
            <button type="button" class="link" onClick={rescan}>
              Check the whole page instead
            </button>
          )}
          <ScanSummary result={state.result} checkedWords={state.checkedWords} />
          <TenderDocuments pack={pack} />
          {verdict && <PackVerdict verdict={verdict} />}
          <SaveReviewSection
            db={reviewsDb()}
            url={state.url}
            title={state.title}
            result={verdict ? verdict.result : state.result}
            pack={verdict?.members}
            historyHref={(id) => `/reviews.html#review=${id}`}
          />
          <ProfileEditor profile={state.result.document} override={state.override} onChange={scan.setProfile} />
          {verdict && <h2 class="page-only">This page alone</h2>}
          <CheckList
            result={state.result}
            inPage={state.scope === 'page'}
            focusCheck={focusCheck}
            onShow={(ev) => void scan.showEvidence(ev)}
            onInsert={scan.insert}
          />
        </>
      )}
    </main>
  );
}
