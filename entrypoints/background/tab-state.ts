import { badgeFor } from '@/lib/messages/badge';
import {
  PartialProfileSchema,
  packKey,
  parseMessage,
  type TabState,
  TabStateSchema,
  tabKey,
  type UnreadableKind,
} from '@/lib/messages/schemas';
import type { DocumentProfile, ScanResult } from '@/lib/types';

// storage.session outlives the MV3 service worker (stopped after 30 s idle) but not the browser session.
const area = () => browser.storage.session ?? browser.storage.local;
const profileKey = (url: string) => `profile:${url.split('#')[0]}`;

export async function readState(tabId: number): Promise<TabState | undefined> {
  const key = tabKey(tabId);
  const raw = (await area().get(key))[key];
  return raw === undefined ? undefined : parseMessage(TabStateSchema, raw, 'tab state');
}

export async function writeState(state: TabState) {
  await area().set({ [tabKey(state.tabId)]: state });
  await showBadge(state.tabId, state.result, state.unreadable);
}

export async function clearState(tabId: number) {
  // the tender pack's documents belonged to the page the tab showed
  await area().remove([tabKey(tabId), packKey(tabId)]);
  await showBadge(tabId, undefined);
}

/** The user's correction to a page's detected profile; kept per address so a reload keeps it. */
export async function readOverride(url: string): Promise<Partial<DocumentProfile> | null> {
  const key = profileKey(url);
  const raw = (await area().get(key))[key];
  return raw ? (parseMessage(PartialProfileSchema, raw, 'profile override') ?? null) : null;
}

export async function writeOverride(url: string, profile: Partial<DocumentProfile> | null) {
  if (profile && Object.keys(profile).length) await area().set({ [profileKey(url)]: profile });
  else await area().remove(profileKey(url));
}

/** MV3 has `action`, Firefox's MV2 build `browserAction`. */
export function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

async function showBadge(tabId: number, result: ScanResult | undefined, unreadable?: UnreadableKind) {
  const badge = badgeFor(result, unreadable);
  const action = toolbarAction();
  try {
    await action.setBadgeText({ tabId, text: badge.text });
    await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await action.setTitle({ tabId, title: badge.title });
  } catch {
    // the tab closed meanwhile
  }
}
