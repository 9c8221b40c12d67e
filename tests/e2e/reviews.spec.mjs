// A union rep reviews a published notice: saves a review with notes and a status override from the side
// panel, finds it in history, exports every format and writes the letter to the commissioner; reopening
// the notice shows what changed since the saved review.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import {
  artifact,
  axeSeriousViolations,
  chromiumTabId,
  launchChromiumWithExtension,
  openExtensionPage,
  PORTAL,
  startFixtureServer,
  waitFor,
  watchExtensionRequests,
} from './harness.mjs';

const URL_NOTICE = `${PORTAL.notices}/assets/demos/homecare-notice.html`;
const NOTE = 'Raise at the joint consultative committee on 3 December.';
const REASON = 'The FOI schedule is only in the ITT, not in the contract terms.';

let server;
let browser;
let notice;
let panel;
let history;
let requests;
let started;

before(async () => {
  server = await startFixtureServer();
  browser = await launchChromiumWithExtension({ proxy: server.url, viewport: { width: 1100, height: 900 } });
  requests = watchExtensionRequests(browser.context);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8'), path: await d.path() };
}

test('from an open notice to a letter ready to send in under a minute', async () => {
  started = Date.now();
  notice = await browser.context.newPage();
  await notice.goto(URL_NOTICE);
  const tabId = await waitFor(() => chromiumTabId(browser.worker, URL_NOTICE), 'the notice tab');
  panel = await openExtensionPage(browser.context, browser.extensionId, 'sidepanel.html', tabId);
  await panel.locator('.save-review').waitFor({ timeout: 20000 });

  await panel.getByText('Save review: notes and status changes').click();
  const lw = panel.locator('.save-review [data-check="living-wage"]');
  await lw.getByLabel('Your note').fill(NOTE);
  const foi = panel.locator('.save-review [data-check="foi"]');
  await foi.getByLabel('Status').selectOption('weak');

  // An override with no reason is refused with a message, and nothing typed is lost.
  await panel.getByRole('button', { name: 'Save review' }).click();
  await panel.getByRole('alert').filter({ hasText: 'Give a reason' }).waitFor();
  assert.equal(await lw.getByLabel('Your note').inputValue(), NOTE);
  await foi.getByLabel('Reason').fill(REASON);
  await panel.getByRole('button', { name: 'Save review' }).click();
  await panel.getByText('Review saved.').waitFor();
  await panel.screenshot({ path: artifact('reviews-panel-saved.png'), fullPage: true });

  [history] = await Promise.all([
    browser.context.waitForEvent('page'),
    panel.getByRole('link', { name: 'Export a report or write the letter' }).click(),
  ]);
  await history.getByRole('heading', { name: 'Letter to the commissioner' }).waitFor();
  await history.getByLabel('To', { exact: true }).fill('Ms R. Okafor, Head of Commissioning');
  await history.getByLabel('Authority', { exact: true }).fill('Eastholm County Council');
  await history.getByLabel('Your name', { exact: true }).fill('Sam Reid');
  await history.getByLabel('Branch or organisation').fill('UNISON Eastholm branch');
  // The rep chooses the points to raise: leaving one out takes it out of the letter.
  const points = history.getByRole('group', { name: 'Points to raise' });
  const letterBox = history.getByLabel('Letter (edit freely');
  const letterHas = (re) => async () => re.test(await letterBox.inputValue());
  // Wait for the letter to re-render after each change of the fields; never read it straight after a click.
  await waitFor(letterHas(/Sam Reid\nUNISON Eastholm branch\n/), 'the letter signed with the typed fields');
  // A point that is neither a headline check nor marked by the rep starts unticked; ticking it adds it.
  const ethical = points.getByRole('checkbox', { name: /Ethical Care Charter/ });
  assert.equal(await ethical.isChecked(), false);
  assert.doesNotMatch(await letterBox.inputValue(), /Ethical Care Charter \(/);
  await ethical.check();
  await waitFor(letterHas(/Ethical Care Charter \(/), 'the letter with the point ticked');
  await ethical.uncheck();
  await waitFor(async () => !(await letterHas(/Ethical Care Charter \(/)()), 'the letter without the unticked point');
  await ethical.check();
  await waitFor(letterHas(/Ethical Care Charter \(/), 'the letter with the point ticked again');
  const letter = await download(history, () => history.getByRole('button', { name: 'Download letter' }).click());
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 60000, `took ${elapsed} ms`);

  assert.match(letter.name, /^tenderlight-letter-contract-notice-home-care.*\.txt$/);
  assert.match(letter.text, /\nDear Ms R\. Okafor,\n/);
  assert.match(letter.text, /on behalf of UNISON Eastholm branch/);
  assert.match(letter.text, /Real Living Wage \((weak|missing)\)/);
  assert.match(letter.text, /Freedom of Information \(weak\)/);
  assert.match(letter.text, /\d+\. Ethical Care Charter \(homecare\) \(weak\)/);
  assert.ok(
    letter.text.indexOf('Real Living Wage (') < letter.text.indexOf('Freedom of Information ('),
    'headline first',
  );
  assert.ok(letter.text.includes(`Our comment: ${NOTE}`));
  assert.ok(letter.text.includes(`Our assessment: ${REASON}`));
  assert.match(letter.text, /We ask that the contract secures this: /);
  assert.match(letter.text, /^Legal basis: /m);
  assert.match(letter.text, /Annex: model wording\n\n1\. Real Living Wage: [^\n]*\n {3}"[^"]*Eastholm County Council/);
  assert.doesNotMatch(letter.text, /\{[a-z_]+\}/, 'no unfilled placeholders');
  assert.ok(letter.text.indexOf('Sam Reid\nUNISON Eastholm branch') < letter.text.indexOf('Annex: model wording'));
  const body = letter.text.slice(0, letter.text.indexOf('Annex: model wording'));
  assert.ok(body.split(/\s+/).length < 1000, 'the letter before its annex fits on about two pages');
  // The first passage the panel quoted for the living wage is the letter's quotation.
  const quoted = await panel.locator('article[data-check="living-wage"] .evidence blockquote').allTextContents();
  assert.ok(quoted.length > 0);
  assert.ok(letter.text.includes(quoted[0].replace(/…$/, '')), `letter quotes "${quoted[0]}"`);
  // A hand edit to the letter survives a change to the fields, and goes into the download.
  await letterBox.press('End');
  await letterBox.pressSequentially('\nPS: copied to the branch secretary.');
  await history.getByText('You have edited the letter').waitFor();
  await history.getByLabel('Authority', { exact: true }).fill('Eastholm County Council.');
  await waitFor(
    async () => (await history.getByLabel('Authority', { exact: true }).inputValue()) === 'Eastholm County Council.',
    'the changed authority field',
  );
  assert.match(await letterBox.inputValue(), /PS: copied to the branch secretary\.$/);
  const edited = await download(history, () => history.getByRole('button', { name: 'Download letter' }).click());
  assert.match(edited.text, /PS: copied to the branch secretary\.$/);
  await history.getByLabel('Authority', { exact: true }).fill('Eastholm County Council');
  await history.locator('#letter-title').scrollIntoViewIfNeeded();
  await history.screenshot({ path: artifact('reviews-letter.png') });
  assert.deepEqual(await axeSeriousViolations(history), []);
});

test('every export carries the scan, the note and the override', async () => {
  const exportButton = (name) => () => history.getByRole('button', { name }).click();
  const md = await download(history, exportButton('Download Markdown'));
  assert.match(md.name, /\.md$/);
  assert.match(md.text, /^# Tenderlight review: Contract notice: Home Care and Reablement/);
  assert.ok(md.text.includes(`**Reviewer's note:** ${NOTE}`));
  assert.ok(md.text.includes(`**Status changed by the reviewer:** ${REASON}`));
  assert.match(md.text, /### Freedom of Information: Weak \(scanned as Missing\)/);
  assert.match(md.text, /## Needs action\n/);

  const csv = await download(history, exportButton('Download CSV'));
  const rows = csv.text.split('\r\n').filter(Boolean);
  assert.equal(rows.length, 17, 'a header and one row per check');
  assert.match(rows[1], /^living-wage,Real Living Wage,/);
  assert.ok(rows[1].includes(NOTE));
  assert.match(rows[3], /^foi,Freedom of Information,weak,missing,/);

  const json = JSON.parse((await download(history, exportButton('Download JSON'))).text);
  assert.equal(json.source, URL_NOTICE);
  assert.equal(json.checks.length, 16);
  assert.equal(json.checks[0].id, 'living-wage');
  assert.equal(json.checks[0].note, NOTE);
  for (const e of json.checks[0].evidence) assert.equal(typeof e.text, 'string');
  assert.deepEqual(json.checks[2].override, { status: 'weak', reason: REASON });
  assert.equal(json.document.sector, 'homecare');

  const html = await download(history, exportButton('Download Printable HTML'));
  assert.match(html.text, /@media print/);
  assert.ok(html.text.includes(NOTE));
  assert.doesNotMatch(html.text, /<script/i);
  const printable = await browser.context.newPage();
  await printable.setContent(html.text);
  await printable.emulateMedia({ media: 'print' });
  assert.match(
    await printable.locator('h1').textContent(),
    /^Tenderlight review: Contract notice: Home Care and Reablement/,
  );
  assert.equal(await printable.locator('section').count(), 16);
  await printable.screenshot({ path: artifact('reviews-printable-html.png') });
  await printable.close();

  // "Print or save as PDF" opens the same report in a tab of its own.
  const [tab] = await Promise.all([
    browser.context.waitForEvent('page'),
    history.getByRole('button', { name: 'Print or save as PDF' }).click(),
  ]);
  await tab.locator('h1').waitFor();
  assert.match(await tab.locator('h1').textContent(), /^Tenderlight review: Contract notice: Home Care/);
  await tab.close();
});

test('the review is found in history by search, check, status and date', async () => {
  await history.goto(`chrome-extension://${browser.extensionId}/reviews.html`);
  const items = history.locator('.review-list > li');
  await items.first().waitFor();
  assert.equal(await items.count(), 1);
  await history.getByLabel('Search').fill('eastholm reablement');
  assert.equal(await items.count(), 1);
  await history.getByLabel('Search').fill('joint consultative');
  assert.equal(await items.count(), 1, 'notes are searched');
  await history.getByLabel('Search').fill('cleaning');
  await history.getByText('No saved review matches').waitFor();
  await history.getByLabel('Search').fill('');
  await history.getByLabel('Check').selectOption('foi');
  await history.getByLabel('Status').selectOption('weak');
  await items.first().waitFor();
  assert.equal(await items.count(), 1, 'the override counts');
  await history.getByLabel('Status').selectOption('strong');
  await history.getByText('No saved review matches').waitFor();
  await history.getByLabel('Status').selectOption('');
  await history.getByLabel('Check').selectOption('');
  const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10);
  await history.getByLabel('Saved from').fill(tomorrow);
  await history.getByText('No saved review matches').waitFor();
  await history.getByLabel('Saved from').fill('');
  await items.first().waitFor();
  await history.screenshot({ path: artifact('reviews-history.png') });
  assert.deepEqual(await axeSeriousViolations(history), []);
});

test('reopening the notice shows what changed since the saved review', async () => {
  const banner = panel.locator('.tl-changes');
  await banner.waitFor();
  assert.match(await banner.textContent(), /No check has changed since your review saved/);
  // The authority publishes a corrected notice with a binding living-wage clause.
  const original = readFileSync(new URL('../../assets/demos/homecare-notice.html', import.meta.url), 'utf8');
  const corrected = original.replace(
    /<p>Providers are encouraged[^<]*<\/p>\s*<p>The Provider shall ensure[^<]*<\/p>/,
    '<p>The Provider shall pay every care worker on the contract at least the Real Living Wage set by the Living Wage Foundation, including for travel time.</p>',
  );
  assert.notEqual(corrected, original);
  await notice.route(URL_NOTICE, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: corrected }),
  );
  await notice.reload();
  await waitFor(
    async () => /Real Living Wage: (?:Weak|Missing) → Strong/.test(await banner.textContent()),
    'the change banner to report the living wage',
    20000,
  );
  await banner.screenshot({ path: artifact('reviews-what-changed.png') });
});

test('a review can be deleted and brought back, and all can be cleared', async () => {
  const items = history.locator('.review-list > li');
  await history.getByRole('button', { name: /^Delete the review of/ }).click();
  await history.getByText('No saved reviews yet.').waitFor();
  await history.getByRole('button', { name: 'Undo' }).click();
  await items.first().waitFor();
  await history.getByRole('button', { name: 'Clear all reviews' }).click();
  await history.getByRole('button', { name: 'Yes, delete all' }).click();
  await history.getByText('No saved reviews yet.').waitFor();
});

test('reviews and exports made no network requests', () => {
  assert.deepEqual(requests.list, []);
});
