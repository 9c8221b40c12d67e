// A scanned PDF in the reader, in Chromium with the built extension: it says it has no text layer with the
// page count and offers OCR; OCR runs offline with a progress bar and can be cancelled (the offer comes
// back); read to the end, the checks cite pages, the text carries the OCR note, and nothing was fetched.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  axeSeriousViolations,
  launchChromiumWithExtension,
  ROOT,
  startFixtureServer,
  watchExtensionRequests,
} from './harness.mjs';

const SCAN = join(ROOT, 'tests/fixtures/documents/scanned.pdf');

let server;
let browser;
let requests;

before(async () => {
  // every request the browser makes goes through this proxy, so it sees any that reaches for the network
  server = await startFixtureServer();
  browser = await launchChromiumWithExtension({ proxy: server.url });
  requests = watchExtensionRequests(browser.context);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openScan() {
  const reader = await browser.context.newPage();
  await reader.goto(`chrome-extension://${browser.extensionId}/reader.html`);
  await reader.getByRole('heading', { name: 'Scan a document' }).waitFor();
  await reader.locator('input[type=file]').setInputFiles(SCAN);
  await reader.getByText('scanned.pdf has no text to read on any of its 2 pages: it looks like a scan.').waitFor();
  return reader;
}

test('a scanned PDF is offered OCR; Cancel stops it and the offer comes back', async () => {
  const reader = await openScan();
  await reader.getByRole('button', { name: 'Read it with OCR (offline)' }).click();
  await reader.getByRole('button', { name: 'Cancel' }).click();
  await reader.getByText('Reading scanned.pdf with OCR was cancelled.').waitFor();
  assert.equal(await reader.getByRole('button', { name: 'Read it with OCR (offline)' }).count(), 1);
  assert.deepEqual(await axeSeriousViolations(reader), []);
  await reader.close();
});

test('read with OCR: progress by page, then the checks with evidence cited by page, and the OCR note', async () => {
  const reader = await openScan();
  const before = server.requests.length;
  await reader.getByRole('button', { name: 'Read it with OCR (offline)' }).click();
  await reader.getByText(/Reading scanned\.pdf with OCR: page [12] of 2…/).waitFor({ timeout: 60000 });
  assert.equal(await reader.locator('progress.ocr-progress').count(), 1);
  // the page answers while OCR runs: it is off the main thread
  assert.equal(await reader.evaluate(() => 6 * 7), 42);
  await reader.getByText('Document: scanned.pdf').waitFor({ timeout: 120000 });
  assert.match(await reader.getByRole('note').first().innerText(), /read by OCR/);
  const lw = reader.locator('.reader-findings .checks [data-check="living-wage"]');
  assert.match(await lw.locator('.card-toggle').innerText(), /Strong/);
  await lw.locator('.card-toggle').click();
  assert.match(await lw.locator('.where').first().innerText(), /^scanned\.pdf, p\. 1\b/);
  assert.match(await reader.locator('.document-text').innerText(), /pay all staff at least the Real Living Wage/);
  // the evidence is marked in the OCR text, as in any document, and the page passes the accessibility checks
  const marks = await reader.evaluate(() => [...(CSS.highlights.get('reader-strong') ?? [])].map((r) => r.toString()));
  assert.ok(
    marks.some((t) => /The Supplier shall pay all staff at least the Real Living Wage/.test(t)),
    JSON.stringify(marks),
  );
  assert.deepEqual(await axeSeriousViolations(reader), []);
  await reader.getByRole('button', { name: 'Save review' }).click();
  await reader.getByText('Review saved.').waitFor();
  assert.deepEqual(requests.list, [], 'no request from the extension');
  // Chromium's own sign-in and update services may call out at any time; they are the browser's, not ours
  const browserOwn = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(:\d+)?$/;
  const outside = server.requests.slice(before).filter((r) => !browserOwn.test(r.host));
  assert.deepEqual(outside, [], 'no request through the proxy while OCR ran');
  await reader.close();
});

test('a typed PDF with a scanned page: the typed page is checked, and the scanned page is read with OCR on a click', async () => {
  const reader = await browser.context.newPage();
  await reader.goto(`chrome-extension://${browser.extensionId}/reader.html`);
  await reader.getByRole('heading', { name: 'Scan a document' }).waitFor();
  await reader.locator('input[type=file]').setInputFiles(join(ROOT, 'tests/fixtures/documents/partly-scanned.pdf'));
  await reader.getByText('Document: partly-scanned.pdf (2 pages)').waitFor();
  await reader.getByText('Page 2 is a picture with no text, so it was not checked.').waitFor();
  const foi = reader.locator('.reader-findings .checks [data-check="foi"]');
  assert.match(await foi.locator('.card-toggle').innerText(), /Missing/);

  // cancelled, the typed reading comes back as it was
  await reader.getByRole('button', { name: 'Read page 2 with OCR (offline)' }).click();
  await reader.getByRole('button', { name: 'Cancel' }).click();
  await reader.getByText('Page 2 is a picture with no text, so it was not checked.').waitFor();
  assert.match(await foi.locator('.card-toggle').innerText(), /Missing/);

  await reader.getByRole('button', { name: 'Read page 2 with OCR (offline)' }).click();
  await reader.getByText('page 2 read with OCR; the others from their text layer').waitFor({ timeout: 120000 });
  // the note names the page OCR read, not the whole document
  assert.match(
    await reader.locator('.ocr-note').innerText(),
    /^Page 2 was read by OCR from a picture: .* The other pages were read from their text\.$/,
  );
  assert.equal(await reader.getByRole('button', { name: /with OCR \(offline\)/ }).count(), 0);
  assert.doesNotMatch(await foi.locator('.card-toggle').innerText(), /Missing/);
  await foi.locator('.card-toggle').click();
  assert.match(await foi.locator('.where').first().innerText(), /^partly-scanned\.pdf, p\. 2\b/);
  const sv = reader.locator('.reader-findings .checks [data-check="social-value"]');
  await sv.locator('.card-toggle').click();
  assert.match(await sv.locator('.where').first().innerText(), /^partly-scanned\.pdf, p\. 1\b/);
  assert.deepEqual(await axeSeriousViolations(reader), []);
  assert.deepEqual(requests.list, [], 'no request from the extension');
  await reader.close();
});
