import { PORTAL_MATCHES } from '@/lib/data/portal-hosts';
import { ContentReplySchema, parseMessage } from '@/lib/messages/schemas';

import { HIGHLIGHT_STYLE_FILE } from '@/lib/page/highlight';

const SCRIPT = '/content-scripts/content.js';
const STYLE = `/${HIGHLIGHT_STYLE_FILE}`;
const REGISTERED_ID = 'tenderlight-always-run';

/** Is the content script alive in the tab? */
async function ping(tabId: number): Promise<boolean> {
  try {
    const raw = await browser.tabs.sendMessage(tabId, { type: 'ping' });
    return parseMessage(ContentReplySchema, raw, 'ping reply') !== undefined;
  } catch {
    return false;
  }
}

/** Makes sure the content script runs in the tab, injecting it under activeTab or a granted site. */
export async function ensureInjected(tabId: number): Promise<boolean> {
  if (await ping(tabId)) return true;
  try {
    // Unlike the manifest's portals, the style arrives after the page's first style here: one restyle, on request.
    await browser.scripting.insertCSS({ target: { tabId }, files: [STYLE] });
    await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPT] });
    return true;
  } catch (e) {
    console.warn('[tenderlight] cannot run in this tab:', (e as Error).message);
    return false;
  }
}

/** Asks the tab's content script to extract and send the page again. */
export async function rescan(tabId: number): Promise<boolean> {
  if (!(await ensureInjected(tabId))) return false;
  try {
    await browser.tabs.sendMessage(tabId, { type: 'scan' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Sites the user chose "Always run here" for are the optional host permissions they granted; the
 * content script is registered for exactly those. Called at start-up and whenever permissions change.
 */
export async function syncAlwaysRunSites() {
  const { origins = [] } = await browser.permissions.getAll();
  const sites = origins.filter((o) => !PORTAL_MATCHES.includes(o) && o !== '<all_urls>' && !o.startsWith('*://*/'));
  try {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTERED_ID] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [REGISTERED_ID] });
    if (sites.length)
      await browser.scripting.registerContentScripts([
        {
          id: REGISTERED_ID,
          matches: sites,
          js: [SCRIPT],
          css: [STYLE],
          runAt: 'document_idle',
          persistAcrossSessions: false,
        },
      ]);
  } catch (e) {
    console.warn('[tenderlight] could not register the always-run sites:', (e as Error).message);
  }
}
