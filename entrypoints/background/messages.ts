import { PageAssembler } from '@/lib/messages/page-transfer';
import { parseMessage, type ToBackground, ToBackgroundSchema } from '@/lib/messages/schemas';
import { analysePage, forgetTab, pdfInTab } from './analyse';
import { rescan, syncAlwaysRunSites } from './site-access';
import { writeOverride } from './tab-state';

/** Who sent a message, as the browser reports it (never as the message claims). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Is the sender one of the extension's own pages (side panel, popup, options), not a content script in a web page? */
export function isExtensionPage(sender: Sender): boolean {
  const own = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(own);
}

/**
 * May this sender act on tab `tabId`? Extension pages may name any tab; a content script only its own,
 * so a compromised page cannot re-profile or rescan another tab.
 */
export function mayActOn(sender: Sender, tabId: number): boolean {
  if (isExtensionPage(sender)) return true;
  return sender.tab?.id === tabId;
}

/** Pages on their way in parts, per tab (see lib/messages/page-transfer.ts). */
export const pageParts = new PageAssembler();

/** The tab a top-frame content script speaks for, or undefined for any other sender. */
function topFrameTab(sender: Sender): number | undefined {
  if (isExtensionPage(sender) || sender.frameId !== 0) return undefined;
  return sender.tab?.id;
}

function refuse(msg: ToBackground, why: string): undefined {
  console.warn(`[tenderlight] background: refused ${msg.type}: ${why}`);
  return undefined;
}

/**
 * Every message to the background: validated, then authorised against the sender the browser reports.
 * Answers a promise, or undefined when the message is dropped; nothing thrown crosses the boundary.
 */
export function handleMessage(raw: unknown, sender: Sender): Promise<unknown> | undefined {
  if (sender?.id !== browser.runtime.id) return undefined;
  const msg = parseMessage(ToBackgroundSchema, raw, 'background');
  if (!msg) return undefined;
  let answer: Promise<unknown> | undefined;
  try {
    answer = route(msg, sender);
  } catch (e) {
    console.error('[tenderlight] background: a message handler failed:', (e as Error)?.message);
    return undefined;
  }
  return answer?.catch((e: unknown) => {
    console.error('[tenderlight] background: a message handler failed:', (e as Error)?.message);
    return undefined;
  });
}

function route(msg: ToBackground, sender: Sender): Promise<unknown> | undefined {
  switch (msg.type) {
    case 'page-part': {
      const tabId = topFrameTab(sender);
      if (tabId === undefined) return refuse(msg, 'not from a top-frame content script');
      return Promise.resolve({ ok: pageParts.part(tabId, msg) });
    }
    case 'page-text': {
      // Only a top-frame content script speaks for a tab, and the address is the tab's, not the message's.
      const tabId = topFrameTab(sender);
      if (tabId === undefined) return refuse(msg, 'not from a top-frame content script');
      const page = pageParts.finish(tabId, msg);
      if (!page) return refuse(msg, 'its parts are missing, repeated or over the limits');
      return analysePage(tabId, { ...page, url: sender.tab?.url ?? sender.url ?? '' });
    }
    case 'pdf-tab': {
      const tabId = topFrameTab(sender);
      if (tabId === undefined) return refuse(msg, 'not from a top-frame content script');
      return pdfInTab(tabId, sender.tab?.url ?? sender.url ?? '', msg.title);
    }
    case 'scan-tab':
      if (!mayActOn(sender, msg.tabId)) return refuse(msg, 'a content script may only rescan its own tab');
      return rescan(msg.tabId).then((ok) => ({ ok }));
    case 'set-profile':
      if (!mayActOn(sender, msg.tabId)) return refuse(msg, 'a content script may only correct its own tab');
      return setProfile(msg.tabId, msg.profile);
    case 'site-access-changed':
      if (!isExtensionPage(sender)) return refuse(msg, 'not from an extension page');
      return syncAlwaysRunSites().then(() => ({ ok: true }));
  }
}

async function setProfile(tabId: number, profile: Extract<ToBackground, { type: 'set-profile' }>['profile']) {
  // a tab closed meanwhile is not an error: there is nothing left to correct
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url) return { ok: false };
  await writeOverride(tab.url, profile);
  forgetTab(tabId);
  return { ok: await rescan(tabId) };
}
