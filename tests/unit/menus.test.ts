// "Check selected text" profiles the selection with the page's address, as a page scan does.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMenuClick } from '~/entrypoints/background/menus';
import { readState } from '~/entrypoints/background/tab-state';

const SELECTION =
  'The Supplier shall pay every worker engaged on the contract at least the Real Living Wage for every hour worked.';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

async function checkSelection(url: string | undefined, pageUrl?: string) {
  await onMenuClick(
    { menuItemId: 'check-selection', selectionText: SELECTION, editable: false, pageUrl } as never,
    { id: 7, windowId: 1, url, title: 'Notice' } as never,
  );
  const state = await readState(7);
  if (!state) throw new Error('no state written');
  return state;
}

describe('Check selected text', () => {
  it.each([
    ['https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=DEC123', 'wales'],
    ['https://www.publiccontractsscotland.gov.uk/search/show/search_view.aspx?ID=DEC123', 'scotland'],
    ['https://etendersni.gov.uk/epps/cft/view.do?id=1', 'ni'],
  ])('on %s the selection is profiled from the portal address', async (url, nation) => {
    const state = await checkSelection(url);
    expect(state.scope).toBe('selection');
    expect(state.url).toBe(url);
    expect(state.result.document.jurisdiction).toBe(nation);
    expect(state.result.document.knownFrom?.jurisdiction).toBe('portal');
    expect(state.result.checks.find((c) => c.id === 'living-wage')?.status).toBe('strong');
  });

  it('uses the clicked page’s address when the tab’s is not known', async () => {
    const state = await checkSelection(undefined, 'https://www.sell2wales.gov.wales/notice/1');
    expect(state.result.document.jurisdiction).toBe('wales');
  });

  it('without a portal address the place is not claimed from one', async () => {
    const state = await checkSelection('https://example.org/notice');
    expect(state.result.document.knownFrom?.jurisdiction).not.toBe('portal');
  });
});
