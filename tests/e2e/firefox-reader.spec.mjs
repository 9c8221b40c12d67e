// The document reader in Firefox ESR: a PDF chosen with the file picker is read in the worker and checked;
// a PDF open in Firefox's own viewer (where no extension script may run) is recognised by its address in
// the popup, and "Scan this PDF" reads it in the reader.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  firefoxTabId,
  launchFirefoxWithExtension,
  openFirefoxExtensionPage,
  PORTAL,
  ROOT,
  startFixtureServer,
  waitFor,
} from './harness.mjs';

const DOCS = join(ROOT, 'tests/fixtures/documents');
const PDF_URL = `${PORTAL.notices}/documents/two-column.pdf`;

let server;
let ff;

before(async () => {
  server = await startFixtureServer();
  ff = await launchFirefoxWithExtension({ proxy: server.port });
});
after(async () => {
  await ff?.close();
  await server?.close();
});

const textOf = (page, selector) =>
  page.evaluate((s) => document.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '', selector);

test('Firefox: a PDF from the file picker is read and checked, with evidence cited by page and clause', async () => {
  const reader = await openFirefoxExtensionPage(ff, 'reader.html');
  const input = await reader.$('input[type=file]');
  await input.uploadFile(join(DOCS, 'two-column.pdf'));
  await waitFor(
    async () => (await textOf(reader, '.reader-findings .source')) === 'Document: two-column.pdf (1 pages)',
    'the document read',
    30000,
  );
  const lw = '.reader-findings .checks [data-check="living-wage"]';
  assert.match(await textOf(reader, `${lw} .card-toggle`), /Strong/);
  assert.equal(await textOf(reader, `${lw} .where`), 'two-column.pdf, p. 1, clause 1.2');
  await reader.close();
});

test('Firefox: a Word 97–2003 .doc is read in the worker, its text shown with the evidence marked', async () => {
  const reader = await openFirefoxExtensionPage(ff, 'reader.html');
  const input = await reader.$('input[type=file]');
  await input.uploadFile(join(DOCS, 'clauses.doc'));
  await waitFor(
    async () => (await textOf(reader, '.reader-findings .source')) === 'Document: clauses.doc',
    'the .doc read',
    30000,
  );
  const lw = '.reader-findings .checks [data-check="living-wage"]';
  assert.match(await textOf(reader, `${lw} .card-toggle`), /Strong/);
  const marks = await waitFor(
    () => reader.evaluate(() => [...(CSS.highlights.get('reader-strong') ?? [])].map((r) => r.toString()).join('\n')),
    'the evidence marked in the text',
  );
  assert.match(marks, /^The Contractor shall pay every worker/m);
  await reader.close();
});

test('Firefox: a scanned PDF is read with OCR, offline, and its evidence cited by page', async () => {
  const reader = await openFirefoxExtensionPage(ff, 'reader.html');
  const input = await reader.$('input[type=file]');
  await input.uploadFile(join(DOCS, 'scanned.pdf'));
  await waitFor(
    async () => /scanned\.pdf has no text to read on any of its 2 pages/.test(await textOf(reader, '.scanned')),
    'the scan recognised',
    30000,
  );
  const before = server.requests.length;
  await reader.evaluate(() =>
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Read it with OCR (offline)').click(),
  );
  // on a timeout, say what the reader showed instead (a message, or a progress line that stopped)
  await waitFor(
    async () => (await textOf(reader, '.reader-findings .source')) === 'Document: scanned.pdf (2 pages)',
    'the scan read with OCR',
    120000,
  ).catch(async (e) => {
    throw new Error(`${e.message}; the reader showed: ${(await textOf(reader, 'main')).slice(0, 600)}`);
  });
  assert.match(await textOf(reader, '.ocr-note'), /read by OCR/);
  const lw = '.reader-findings .checks [data-check="living-wage"]';
  assert.match(await textOf(reader, `${lw} .card-toggle`), /Strong/);
  assert.match(await textOf(reader, `${lw} .where`), /^scanned\.pdf, p\. 1\b/);
  // Firefox's own services may call out at any time; nothing else went through the proxy
  const outside = server.requests.slice(before).filter((r) => !/mozilla|firefox/.test(r.host));
  assert.deepEqual(outside, []);
  await reader.close();
});

test('Firefox: a PDF in the browser’s viewer is offered to the reader from the popup', async () => {
  const tab = await ff.browser.newPage();
  tab.goto(PDF_URL).catch(() => {});
  const tabId = await waitFor(() => firefoxTabId(ff, PDF_URL), 'the PDF tab');
  const popup = await openFirefoxExtensionPage(ff, `popup.html?tab=${tabId}`);
  await waitFor(
    async () => (await textOf(popup, '.unreadable')).startsWith('This is a PDF: scan it as a document.'),
    'the PDF offer in the popup',
  );
  assert.doesNotMatch(await textOf(popup, 'main'), /missing/i);
  const opened = new Promise((r) => ff.browser.once('targetcreated', r));
  // The popup closes itself once the reader is open; if that happens before the call returns, it is the outcome.
  await popup
    .evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Scan this PDF').click())
    .catch((e) => {
      if (!/closed|destroyed|detached/i.test(String(e?.message))) throw e;
    });
  const target = await opened;
  const reader = await target.page();
  await waitFor(
    async () => (await textOf(reader, '.reader-findings .source')) === 'Document: two-column.pdf (1 pages)',
    'the tab’s PDF read in the reader',
    30000,
  );
  await reader.close();
  await tab.close();
});
