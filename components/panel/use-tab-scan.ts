import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  type ContentReply,
  ContentReplySchema,
  parseMessage,
  type TabState,
  TabStateSchema,
  tabKey,
} from '@/lib/messages/schemas';
import type { DocumentProfile, Evidence } from '@/lib/types';

/**
 * The panel's one source of truth: which tab it describes and that tab's ScanResult and profile.
 * Other panel features (saving a review, clause alternatives) read it through this hook.
 */
export interface TabScan {
  tabId: number | undefined;
  state: TabState | undefined;
  /** the tab's stored state has been read: until then no state means "not known yet", not "not checked" */
  known: boolean;
  /** asks the page to be scanned again (injecting the content script under activeTab if needed) */
  scan(): Promise<boolean>;
  /** corrects the detected profile (null: back to detected); the checks re-run */
  setProfile(profile: Partial<DocumentProfile> | null): Promise<void>;
  /** scrolls the page to a passage and flashes it */
  showEvidence(ev: Evidence): Promise<boolean>;
  /** inserts text at the page's cursor through its editor */
  insert(text: string): Promise<ContentReply>;
}

const area = () => browser.storage.session ?? browser.storage.local;

/** The tab named in the address (?tab=ID, used when the panel is opened as a page) pins the panel to it. */
function pinnedTab(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  const n = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

async function activeTab(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function useTabScan(): TabScan {
  const [tabId, setTabId] = useState<number | undefined>(pinnedTab);
  const [state, setState] = useState<TabState | undefined>();
  const [known, setKnown] = useState(false);

  useEffect(() => {
    if (pinnedTab() !== undefined) return;
    void activeTab().then(setTabId);
    const onActivated = (info: { tabId: number }) => setTabId(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    const key = tabKey(tabId);
    setKnown(false);
    const read = (raw: unknown) => {
      setState(raw === undefined ? undefined : parseMessage(TabStateSchema, raw, 'panel: tab state'));
      setKnown(true);
    };
    void area()
      .get(key)
      .then((r) => read(r[key]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (key in changes) read(changes[key]!.newValue);
    };
    area().onChanged.addListener(onChanged);
    return () => area().onChanged.removeListener(onChanged);
  }, [tabId]);

  const scan = useCallback(async () => {
    if (tabId === undefined) return false;
    const r = await browser.runtime.sendMessage({ type: 'scan-tab', tabId }).catch(() => undefined);
    return parseMessage(ContentReplySchema, r, 'panel: scan reply')?.ok ?? false;
  }, [tabId]);

  const setProfile = useCallback(
    async (profile: Partial<DocumentProfile> | null) => {
      if (tabId !== undefined) await browser.runtime.sendMessage({ type: 'set-profile', tabId, profile });
    },
    [tabId],
  );

  const showEvidence = useCallback(
    async (ev: Evidence) => {
      if (tabId === undefined) return false;
      const r = await browser.tabs
        .sendMessage(tabId, { type: 'focus', start: ev.start, end: ev.end })
        .catch(() => undefined);
      return parseMessage(ContentReplySchema, r, 'panel: focus reply')?.ok ?? false;
    },
    [tabId],
  );

  const insert = useCallback(
    async (text: string): Promise<ContentReply> => {
      if (tabId === undefined) return { ok: false, reason: 'no page is selected' };
      const r = await browser.tabs.sendMessage(tabId, { type: 'insert', text }).catch(() => undefined);
      return (
        (r !== undefined && parseMessage(ContentReplySchema, r, 'panel: insert reply')) || {
          ok: false,
          reason: 'Tenderlight is not running in this page',
        }
      );
    },
    [tabId],
  );

  return { tabId, state, known, scan, setProfile, showEvidence, insert };
}
