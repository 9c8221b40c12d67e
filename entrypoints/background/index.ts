import { parseMessage, ToBackgroundSchema } from '@/lib/messages/schemas';
import { analysePage, forgetTab } from './analyse';
import { createMenus, onMenuClick } from './menus';
import { openPanel } from './panel';
import { rescan, syncAlwaysRunSites } from './site-access';
import { clearState, writeOverride } from './tab-state';

// Wiring only: every listener is registered synchronously at start, as MV3 service workers require.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createMenus);
  browser.runtime.onStartup.addListener(createMenus);
  void syncAlwaysRunSites();
  browser.permissions.onAdded.addListener(() => void syncAlwaysRunSites());
  browser.permissions.onRemoved.addListener(() => void syncAlwaysRunSites());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'scan-page') return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id === undefined) return;
    void openPanel(target.id, target.windowId);
    await rescan(target.id);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      forgetTab(tabId);
      void clearState(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    void clearState(tabId);
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseMessage(ToBackgroundSchema, raw, 'background');
    if (!msg) return undefined;
    switch (msg.type) {
      case 'page-text':
        // Only a top-frame content script speaks for a tab.
        if (sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
        return analysePage(sender.tab.id, msg);
      case 'scan-tab':
        return rescan(msg.tabId).then((ok) => ({ ok }));
      case 'set-profile':
        return browser.tabs
          .get(msg.tabId)
          .then((tab) => writeOverride(tab.url ?? '', msg.profile))
          .then(() => forgetTab(msg.tabId))
          .then(() => rescan(msg.tabId))
          .then((ok) => ({ ok }));
      case 'site-access-changed':
        return syncAlwaysRunSites().then(() => ({ ok: true }));
    }
  });
});
