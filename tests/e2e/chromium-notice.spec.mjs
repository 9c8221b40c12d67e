// A union rep reads a long published notice on a known portal in Chromium: the extension runs by itself,
// marks the evidence, the side panel explains it, a corrected profile re-runs the checks, and nothing
// in the page or on the network is touched.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  artifact,
  axeSeriousViolations,
  chromiumTabId,
  launchChromiumWithExtension,
  openExtensionPage,
  PORTAL,
  pingContentScript,
  READ_HIGHLIGHTS,
  readTimings,
  recordTimings,
  scansDone,
  startFixtureServer,
  stopChromiumServiceWorker,
  tabState,
  waitFor,
  watchExtensionRequests,
} from './harness.mjs';

const URL_NOTICE = `${PORTAL.notices}/notice/long-notice.html`;
const WEAK_LW = 'Bidders are encouraged to pay the Real Living Wage to staff working on the contract where possible.';
const STRONG_FOI =
  'The Supplier shall assist the Authority in complying with its obligations under the Freedom of Information Act 2000';

let server;
let browser;
let page;
let tabId;
let requests;

before(async () => {
  server = await startFixtureServer();
  browser = await launchChromiumWithExtension({ proxy: server.url });
  requests = watchExtensionRequests(browser.context);
  page = await browser.context.newPage();
  // The page's own HTML as parsed, captured before the content script (document_idle) can run.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__htmlBefore = document.documentElement.outerHTML;
    });
  });
  await page.goto(URL_NOTICE);
  tabId = await chromiumTabId(browser.worker, URL_NOTICE);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the notice is scanned by itself on a known portal and the evidence is highlighted', async () => {
  const hl = await waitFor(
    () => page.evaluate(READ_HIGHLIGHTS).then((h) => h['tenderlight-weak'] && h['tenderlight-strong'] && h),
    'highlights on the notice',
  );
  assert.deepEqual(hl['tenderlight-weak'], [WEAK_LW]);
  assert.ok(hl['tenderlight-strong'].some((t) => t.startsWith(STRONG_FOI)));
  assert.ok(hl['tenderlight-strong'].some((t) => t.startsWith('Social value carries a weighting of 10%')));
  const all = Object.values(hl).flat().join('\n');
  assert.doesNotMatch(all, /Living Wage Foundation|London Living Wage|Example only|cookies|Living Wage Week/);
  await page.locator('#lw-weak').scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('chromium-notice-highlights.png') });
});

test('highlights a page script removes, empties or replaces are put back', async () => {
  const before = await page.evaluate(READ_HIGHLIGHTS);
  await page.evaluate(() => {
    CSS.highlights.delete('tenderlight-weak');
    CSS.highlights.get('tenderlight-strong').clear();
    CSS.highlights.set('tenderlight-focus', new Highlight());
    document.adoptedStyleSheets = [];
  });
  const after = await waitFor(
    () => page.evaluate(READ_HIGHLIGHTS).then((h) => h['tenderlight-weak'] && h['tenderlight-strong']?.length && h),
    'the highlights to be put back',
  );
  assert.deepEqual(after['tenderlight-weak'], before['tenderlight-weak']);
  assert.deepEqual(after['tenderlight-strong'], before['tenderlight-strong']);
  // The style comes from the extension's manifest file: nothing the page can list or remove, and still applied.
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0, 'no sheet of ours in the page');
  assert.equal(
    await page.evaluate(
      () => getComputedStyle(document.querySelector('#lw-weak'), '::highlight(tenderlight-weak)').backgroundColor,
    ),
    'rgba(230, 159, 0, 0.3)',
    'the weak style still paints',
  );
});

test("the page's HTML is byte-identical after the scan", async () => {
  const [before, now] = await page.evaluate(() => [window.__htmlBefore, document.documentElement.outerHTML]);
  assert.ok(before.length > 100000);
  assert.equal(now, before);
});

test('the side panel summarises, explains with the legal basis, and shows evidence in the page', async () => {
  const panel = await openExtensionPage(browser.context, browser.extensionId, 'sidepanel.html', tabId);
  await panel.waitForSelector('.summary');
  const count = (s) => panel.locator(`.summary [data-status="${s}"] .count`).innerText();
  assert.equal(await count('weak'), '1');
  assert.equal(await count('strong'), '2');
  assert.equal(
    await panel
      .locator('.profile')
      .getByLabel(/Jurisdiction/)
      .inputValue(),
    'england',
  );
  const card = panel.locator('[data-check="living-wage"]');
  assert.match(await card.locator('.card-toggle').innerText(), /Real Living Wage[\s\S]*Weak/);
  await card.locator('.card-toggle').focus();
  await panel.keyboard.press('Enter');
  assert.equal(await card.locator('.card-toggle').getAttribute('aria-expanded'), 'true');
  assert.equal(await card.locator('blockquote').innerText(), WEAK_LW);
  assert.match(await card.locator('.why').innerText(), /encouraged to/);
  // how sure the verdict is, in words, and the steps behind it under "Why this verdict?"
  assert.match(await card.locator('.confidence').innerText(), /^(?:Confident|Fairly sure|Check this one yourself)/);
  assert.equal(await card.locator('.why-steps').isVisible(), false);
  await card.getByText('Why this verdict?').click();
  assert.match(await card.locator('.why-steps').innerText(), /encouraged to[\s\S]*no passage binds the supplier/);
  assert.match(await card.locator('.legal').innerText(), /Legal basis \(England\)[\s\S]*Procurement Act 2023/);
  await panel.screenshot({ path: artifact('chromium-sidepanel.png') });

  await page.evaluate(() => window.scrollTo(0, 0));
  await card.getByRole('button', { name: 'Show in page' }).click();
  const focus = await waitFor(
    () => page.evaluate(READ_HIGHLIGHTS).then((h) => h['tenderlight-focus']),
    'the focused passage to flash',
  );
  assert.deepEqual(focus, [WEAK_LW]);
  const inView = await page.evaluate(() => {
    const r = document.getElementById('lw-weak').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.ok(inView, 'the passage is scrolled into view');
  await page.screenshot({ path: artifact('chromium-notice-focus.png') });

  const violations = await axeSeriousViolations(panel);
  assert.deepEqual(violations, []);
  await panel.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await axeSeriousViolations(panel), []);
  await panel.screenshot({ path: artifact('chromium-sidepanel-dark.png') });

  // Correcting the jurisdiction re-runs the checks and cites that jurisdiction's law.
  await panel
    .locator('.profile')
    .getByLabel(/Jurisdiction/)
    .selectOption('scotland');
  await waitFor(
    () =>
      card
        .locator('.legal')
        .innerText()
        .then((t) => t.includes('Scotland')),
    'Scottish legal basis',
  );
  assert.match(await card.locator('.legal').innerText(), /Fair Work First/);
  assert.match(await panel.locator('.profile').innerText(), /Jurisdiction \(corrected\)/);

  // A read-only notice cannot take text: the clause goes to the clipboard and the panel says so.
  await card.getByLabel(/Authority name/).fill('Westshire Borough Council');
  await card.getByRole('button', { name: 'Insert' }).click();
  await waitFor(
    () =>
      card
        .locator('.message')
        .innerText()
        .then((t) => /clipboard/.test(t)),
    'the clipboard message',
  );
  assert.match(await card.locator('.message').innerText(), /Could not insert here: .*clipboard instead/);
  assert.doesNotMatch(await card.locator('.clause-text').innerText(), /\{authority\}/);
  await panel.close();
});

test('the result outlives the service worker being stopped, and the popup shows it', async () => {
  await stopChromiumServiceWorker(browser.context, browser.extensionId);
  const popup = await openExtensionPage(browser.context, browser.extensionId, 'popup.html', tabId);
  await popup.waitForSelector('.summary');
  assert.equal(await popup.locator('.summary [data-status="weak"] .count').innerText(), '1');
  await popup.screenshot({ path: artifact('chromium-popup.png') });
  // Scanning again wakes the worker; the analysis and badge come back.
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  await waitFor(
    () =>
      popup
        .locator('[role="status"]')
        .innerText()
        .then((t) => t === 'Done.'),
    'the rescan',
  );
  const badge = await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  assert.equal(badge, '13');
  await popup.close();
});

test('a malformed message is dropped and logged, in the background and in the page', async () => {
  const panel = await openExtensionPage(browser.context, browser.extensionId, 'sidepanel.html', tabId);
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const logged = new Promise((r) =>
    worker.on('console', (m) => m.text().includes('dropped a malformed message') && r(m.text())),
  );
  const replies = await panel.evaluate(
    async (id) => [
      await chrome.runtime.sendMessage({ type: 'set-profile', tabId: id, profile: { jurisdiction: 'atlantis' } }),
      await chrome.tabs.sendMessage(id, { type: 'insert', text: 42 }),
      await chrome.tabs.sendMessage(id, { type: 'focus', start: -1, end: 'x' }),
    ],
    tabId,
  );
  assert.deepEqual(replies, [undefined, undefined, undefined]);
  assert.match(await logged, /background: dropped a malformed message/);
  assert.equal(
    await panel
      .locator('.profile')
      .getByLabel(/Jurisdiction/)
      .inputValue(),
    'scotland',
  );
  await panel.close();
});

test('a page marked data-tenderlight="off" is left alone', async () => {
  const off = await browser.context.newPage();
  await off.goto(`${PORTAL.notices}/notice/opted-out.html`);
  const id = await chromiumTabId(browser.worker, `${PORTAL.notices}/notice/opted-out.html`);
  // The content script has run and decided: it answers that it is switched off here.
  assert.deepEqual(await waitFor(() => pingContentScript(browser.context, id), 'the content script to run'), {
    ok: false,
  });
  assert.deepEqual(await off.evaluate(READ_HIGHLIGHTS), {});
  assert.equal(await tabState(browser.context, id), undefined);
  await off.close();
});

test('a page typeset with no-break spaces, double spaces and wrapped lines is read, and highlighted as written', async () => {
  const url = `${PORTAL.notices}/notice/typeset.html`;
  const typeset = await browser.context.newPage();
  await typeset.goto(url);
  const hl = await waitFor(
    () => typeset.evaluate(READ_HIGHLIGHTS).then((h) => (h['tenderlight-strong']?.length >= 2 ? h : undefined)),
    'both clauses highlighted',
  );
  const strong = hl['tenderlight-strong'].map((t) => t.replace(/\s+/g, ' '));
  assert.ok(
    strong.some((t) =>
      t.startsWith('The Contractor shall pay all staff working on the contract at least the Real Living Wage'),
    ),
  );
  assert.ok(strong.some((t) => t.startsWith('Social value will carry a weighting of 10% of the total score')));
  // the highlight covers the page's own characters: the no-break spaces are still there
  assert.ok(hl['tenderlight-strong'].some((t) => t.includes('Real\u00a0Living\u00a0Wage')));
  await typeset.close();
});

test('a page that changes on every frame is still scanned, and keeps its frame rate', async () => {
  const url = `${PORTAL.notices}/notice/restless.html`;
  const restless = await browser.context.newPage();
  await recordTimings(restless);
  await restless.goto(url);
  const hl = await waitFor(() => restless.evaluate(READ_HIGHLIGHTS).then((h) => h['tenderlight-strong']), 'a scan');
  assert.match(hl[0], /^The Supplier shall assist the Authority/);
  // Two more scans while the page keeps changing: it is followed, and it kept drawing frames meanwhile.
  const id = await chromiumTabId(browser.worker, url);
  const scans = await scansDone(browser.context, id);
  const a = await restless.evaluate(() => window.frames_seen());
  await waitFor(async () => (await scansDone(browser.context, id)) >= scans + 2, 'two more scans of the changing page');
  const b = await restless.evaluate(() => window.frames_seen());
  assert.ok(b - a >= 10, `the page kept animating while it was scanned twice (${b - a} frames)`);
  const t = await readTimings(restless);
  console.log(`restless page, longest: ${JSON.stringify(t)} ms`);
  assert.ok(t.extensionScript <= 50, `extension script time in one frame: ${t.extensionScript} ms`);
  await restless.close();
});

test('no extension context made a network request', async () => {
  assert.deepEqual(requests.list, []);
  const pages = server.requests.filter((r) => !/google|gstatic/.test(r.host));
  for (const r of pages)
    assert.match(
      r.url,
      /^http:\/\/in-tendhost\.co\.uk\/(notice\/(long-notice|opted-out|restless|typeset)\.html|favicon\.ico)$/,
    );
});
