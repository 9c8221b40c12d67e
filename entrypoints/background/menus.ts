import { analyseText } from '@/lib/analysis/analyse';
import { CHECKS } from '@/lib/checks/registry';
import { fillClause, rateValues } from '@/lib/clauses/placeholders';
import { suggestClause } from '@/lib/clauses/select';
import { PANEL_FOCUS_KEY, PLACEHOLDER_VALUES_KEY, PlaceholderValuesSchema, parseMessage } from '@/lib/messages/schemas';
import { CHECK_IDS, type CheckId, type DocumentProfile } from '@/lib/types';
import { optionsFor } from './analyse';
import { openPanel } from './panel';
import { ensureInjected } from './site-access';
import { readOverride, readState, writeState } from './tab-state';

const CHECK_SELECTION = 'check-selection';
const INSERT_PARENT = 'insert-clause';

export function createMenus() {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: CHECK_SELECTION, title: 'Check selected text', contexts: ['selection'] });
    browser.contextMenus.create({ id: INSERT_PARENT, title: 'Insert model clause', contexts: ['editable'] });
    for (const check of CHECKS)
      browser.contextMenus.create({
        id: `insert:${check.id}`,
        parentId: INSERT_PARENT,
        title: check.title,
        contexts: ['editable'],
      });
  });
}

const DEFAULT_PROFILE: DocumentProfile = { type: 'terms', sector: 'general', jurisdiction: 'uk' };

export async function onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) {
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  if (info.menuItemId === CHECK_SELECTION && info.selectionText) {
    void openPanel(tabId, tab.windowId);
    // The page's address is evidence of the place, as for a page scan: a selection on Sell2Wales is Welsh.
    const url = tab.url || info.pageUrl || '';
    const override = await readOverride(url);
    const a = analyseText(info.selectionText.slice(0, 200_000), await optionsFor(override, url || undefined));
    await writeState({
      tabId,
      url,
      title: tab.title ?? '',
      version: 0,
      result: { source: 'selected text', document: a.profile, checks: a.findings },
      override,
      scope: 'selection',
      editable: false,
      at: Date.now(),
    });
    return;
  }
  const id = String(info.menuItemId);
  if (!id.startsWith('insert:')) return;
  const checkId = id.slice('insert:'.length) as CheckId;
  if (!CHECK_IDS.includes(checkId)) return;
  // The panel opens while the click still counts as a gesture; it shows the clause and any value it lacks.
  void openPanel(tabId, tab.windowId);
  const state = await readState(tabId);
  const clause = suggestClause(checkId, state?.result.document ?? DEFAULT_PROFILE);
  const stored = (await browser.storage.local.get(PLACEHOLDER_VALUES_KEY))[PLACEHOLDER_VALUES_KEY];
  const values = (stored && parseMessage(PlaceholderValuesSchema, stored, 'placeholder values')) || {};
  const filled = fillClause(clause.body, { ...rateValues(new Date().toISOString().slice(0, 10)), ...values });
  if (filled.unfilled.length) {
    // Braces are never inserted silently: the panel asks for the missing values first.
    await browser.storage.session.set({ [PANEL_FOCUS_KEY]: { tabId, checkId, at: Date.now() } });
    return;
  }
  if (await ensureInjected(tabId)) await browser.tabs.sendMessage(tabId, { type: 'insert', text: filled.text });
}
