// The tender pack in Firefox ESR: after signing in to the portal (a cookie the portal sets), the sidebar
// lists the notice's PDF and Word documents, one click reads both with that login, and the pack verdict
// cites the document and page; the review saves the whole pack. A scanned attachment is read with OCR.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

const PACK = join(ROOT, 'tests/fixtures/documents/pack');
const NOTICE_URL = `${PORTAL.notices}/tenders/homecare/notice.html`;
const LOGIN_URL = `${PORTAL.notices}/tenders/login`;

let server;
let ff;

const signedIn = (type, file) => (_url, req) =>
  /(?:^|;\s*)portal_session=rep-42\b/.test(req.headers.cookie ?? '')
    ? { type, body: readFileSync(join(PACK, file)) }
    : { type: 'text/html; charset=utf-8', body: '<!doctype html><html><body><form></form></body></html>' };

before(async () => {
  server = await startFixtureServer();
  server.addPage('/tenders/login', {
    type: 'text/html; charset=utf-8',
    body: '<!doctype html><html><body><p>You are signed in.</p></body></html>',
    headers: { 'set-cookie': 'portal_session=rep-42; Path=/; HttpOnly' },
  });
  server.addPage('/tenders/homecare/notice.html', readFileSync(join(PACK, 'notice.html'), 'utf8'));
  server.addPage('/tenders/homecare/Terms.pdf', signedIn('application/pdf', 'Terms.pdf'));
  server.addPage(
    '/tenders/homecare/Specification.docx',
    signedIn('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Specification.docx'),
  );
  server.addPage(
    '/tenders/grounds/notice.html',
    readFileSync(join(ROOT, 'tests/fixtures/notice/scanned-attachment.html'), 'utf8'),
  );
  server.addPage('/tenders/grounds/Signed-terms.pdf', {
    type: 'application/pdf',
    body: readFileSync(join(ROOT, 'tests/fixtures/documents/scanned.pdf')),
  });
  ff = await launchFirefoxWithExtension({ proxy: server.port });
});
after(async () => {
  await ff?.close();
  await server?.close();
});

const textOf = (page, selector) =>
  page.evaluate((s) => document.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '', selector);
const click = (page, name) =>
  page.evaluate((n) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === n).click(), name);

test('Firefox: signed in to the portal, one click reads the notice’s documents and the pack verdict cites them', async () => {
  const tab = await ff.browser.newPage();
  await tab.goto(LOGIN_URL);
  await tab.goto(NOTICE_URL);
  const tabId = await waitFor(() => firefoxTabId(ff, NOTICE_URL), 'the notice tab');
  const panel = await openFirefoxExtensionPage(ff, `sidepanel.html?tab=${tabId}`);
  await waitFor(
    async () => (await textOf(panel, '.tender-documents .document-list')) === 'Terms.pdf Scan Specification.docx Scan',
    'the two documents listed',
    20000,
  );
  await click(panel, 'Scan all documents');
  await waitFor(
    () => panel.evaluate(() => document.querySelectorAll('.document-list li[data-step="read"]').length === 2),
    'both documents read',
    30000,
  );
  const lw = '.pack-verdict [data-check="living-wage"]';
  await waitFor(
    async () => /Strong — Terms\.pdf, p\. 3, clause 9\.2$/.test(await textOf(panel, lw)),
    'the pack verdict',
    30000,
  );
  assert.match(
    await textOf(panel, '.pack-verdict [data-check="social-value"]'),
    /Weak — Specification\.docx, under Service Specification › Quality$/,
  );
  assert.equal(await textOf(panel, '.tender-documents [role=alert]'), '');
  await click(panel, 'Save review');
  await waitFor(
    async () => (await textOf(panel, '.save-review-actions')).includes('Review saved.'),
    'the review saved',
  );
  await panel.close();
  await tab.close();
});

test('Firefox: a scanned attachment is offered OCR and, read offline, joins the pack verdict cited by page', async () => {
  const url = `${PORTAL.notices}/tenders/grounds/notice.html`;
  const tab = await ff.browser.newPage();
  await tab.goto(url);
  const tabId = await waitFor(() => firefoxTabId(ff, url), 'the notice tab');
  const panel = await openFirefoxExtensionPage(ff, `sidepanel.html?tab=${tabId}`);
  await waitFor(
    async () => (await textOf(panel, '.tender-documents .document-list label')) === 'Signed-terms.pdf',
    'the scanned document listed',
    20000,
  );
  await click(panel, 'Scan all documents');
  await waitFor(
    () => panel.evaluate(() => !!document.querySelector('.document-list button.read-with-ocr')),
    'the offer of OCR',
    30000,
  );
  await click(panel, 'Read it with OCR (offline)');
  await waitFor(
    () => panel.evaluate(() => !!document.querySelector('.document-list li[data-step="read"]')),
    'the scan read with OCR',
    120000,
  );
  const lw = '.pack-verdict [data-check="living-wage"]';
  await waitFor(
    async () => /Strong — Signed-terms\.pdf, p\. 1, clause 4\.2$/.test(await textOf(panel, lw)),
    'the pack verdict citing the scan',
    30000,
  );
  assert.equal(
    await textOf(panel, '.pack-verdict .ocr-note'),
    'Text of Signed-terms.pdf read from a scanned PDF with OCR: check quotes against the original.',
  );
  assert.equal(await textOf(panel, '.tender-documents [role=alert]'), '');
  await panel.close();
  await tab.close();
});
