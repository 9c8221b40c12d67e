import { forgetTab } from './analyse';
import { createMenus, onMenuClick } from './menus';
import { handleMessage, pageParts } from './messages';
import { openPanel } from './panel';
import { rescan, syncAlwaysRunSites } from './site-access';
import { clearState } from './tab-state';

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
      pageParts.forget(tabId);
      void clearState(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    pageParts.forget(tabId);
    void clearState(tabId);
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => handleMessage(raw, sender));
});
