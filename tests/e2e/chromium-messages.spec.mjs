// A compromised page cannot use its content script to reach another tab: messages from a content
// script act on its own tab only, and the address analysed is the tab's, not the one the message names.
// The forged messages are sent from the content script's own isolated world (through the DevTools protocol).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  chromiumTabId,
  launchChromiumWithExtension,
  PORTAL,
  READ_HIGHLIGHTS,
  scansDone,
  startFixtureServer,
  tabState,
  waitFor,
} from './harness.mjs';

const URL_A = `${PORTAL.notices}/notice/restless.html`;
const URL_B = `${PORTAL.notices}/notice/long-notice.html`;

let server;
let browser;
let pageA;
let pageB;
let tabA;
let tabB;
let contentWorld;

before(async () => {
  server = await startFixtureServer();
  browser = await launchChromiumWithExtension({ proxy: server.url });
  pageB = await browser.context.newPage();
  await pageB.goto(URL_B);
  tabB = await chromiumTabId(browser.worker, URL_B);
  await waitFor(() => pageB.evaluate(READ_HIGHLIGHTS).then((h) => h['tenderlight-weak']), 'tab B scanned');
  pageA = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(pageA);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  await pageA.goto(URL_A);
  tabA = await chromiumTabId(browser.worker, URL_A);
  await waitFor(() => scansDone(browser.context, tabA), 'tab A scanned');
  const world = await waitFor(
    () => worlds.find((c) => c.auxData?.type === 'isolated' && c.origin?.startsWith('chrome-extension://')),
    "tab A's content-script world",
  );
  /** Runs `expression` (awaited, result by value) in tab A's content script world. */
  contentWorld = async (expression) => {
    const r = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? 'evaluation failed');
    return r.result.value;
  };
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const overrideOf = (url) =>
  browser.worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k] ?? null, `profile:${url}`);

test('a content script cannot re-profile or rescan another tab, but may its own', async () => {
  const scansB = await scansDone(browser.context, tabB);
  const replies = await contentWorld(`(async () => [
    await chrome.runtime.sendMessage({ type: 'set-profile', tabId: ${tabB}, profile: { jurisdiction: 'wales' } }),
    await chrome.runtime.sendMessage({ type: 'scan-tab', tabId: ${tabB} }),
    await chrome.runtime.sendMessage({ type: 'site-access-changed' }),
  ])()`);
  assert.deepEqual(replies, [null, null, null]);
  assert.equal(await overrideOf(URL_B), null);
  assert.equal((await tabState(browser.context, tabB)).result.document.jurisdiction, 'england');

  // The same route works for its own tab, so the refusals above are the authorisation, not a broken route.
  const scansA = await scansDone(browser.context, tabA);
  const own = await contentWorld(`chrome.runtime.sendMessage({ type: 'scan-tab', tabId: ${tabA} })`);
  assert.deepEqual(own, { ok: true });
  await waitFor(async () => (await scansDone(browser.context, tabA)) > scansA, 'tab A rescanned at its own request');
  assert.equal(await scansDone(browser.context, tabB), scansB, 'tab B was not rescanned');
});

test("page text is filed under the sending tab's own address, whatever the message says", async () => {
  const scansA = await scansDone(browser.context, tabA);
  const reply = await contentWorld(`chrome.runtime.sendMessage({
    type: 'page-text', version: 999999, url: ${JSON.stringify(URL_B)}, title: 'forged',
    text: 'The Contractor shall pay all staff the Real Living Wage.', blocks: 'b1 0 56', editable: false,
  })`);
  assert.equal(reply.type, 'analysis');
  await waitFor(async () => (await scansDone(browser.context, tabA)) > scansA, 'the forged text analysed');
  const stateA = await tabState(browser.context, tabA);
  assert.equal(stateA.url, URL_A);
  assert.equal(stateA.result.source, URL_A);
  const stateB = await tabState(browser.context, tabB);
  assert.equal(stateB.url, URL_B);
  assert.notEqual(stateB.title, 'forged');
});
