/** Opens the side panel (Chrome) or sidebar (Firefox); only allowed while handling a user gesture. */
export async function openPanel(tabId: number | undefined, windowId: number | undefined) {
  const g = globalThis as unknown as {
    chrome?: { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } };
    browser?: { sidebarAction?: { open(): Promise<void> } };
  };
  try {
    if (g.browser?.sidebarAction) await g.browser.sidebarAction.open();
    else if (g.chrome?.sidePanel)
      await g.chrome.sidePanel.open(tabId !== undefined ? { tabId } : { windowId: windowId ?? -2 });
  } catch (e) {
    console.warn('[tenderlight] could not open the panel:', (e as Error).message);
  }
}
