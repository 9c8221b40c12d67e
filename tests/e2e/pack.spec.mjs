// The tender pack in Chromium with the built extension: a notice on a portal links a PDF and a Word file
// that the portal gives only to a signed-in browser. The side panel lists them; without the login each
// one is refused with a plain reason and nothing else is lost; signed in, one click scans them all, the
// pack verdict cites the document and page, the review saves the whole pack and the letter cites it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  artifact,
  axeSeriousViolations,
  chromiumTabId,
  launchChromiumWithExtension,
  openExtensionPage,
  PORTAL,
  ROOT,
  saveAndOpenLetter,
  startFixtureServer,
  waitFor,
  watchExtensionRequests,
} from './harness.mjs';

const PACK = join(ROOT, 'tests/fixtures/documents/pack');
const NOTICE_URL = `${PORTAL.notices}/tenders/homecare/notice.html`;
const COOKIE = { name: 'portal_session', value: 'rep-42', url: PORTAL.notices };
const LOGIN_PAGE = '<!doctype html><html><body><form action="/login"><input name="user"></form></body></html>';

let server;
let browser;
let extensionRequests;

/** A document the portal gives only with its session cookie; without it, the portal's login page. */
const signedIn = (type, file) => (_url, req) =>
  /(?:^|;\s*)portal_session=rep-42\b/.test(req.headers.cookie ?? '')
    ? { type, body: readFileSync(join(PACK, file)) }
    : { type: 'text/html; charset=utf-8', body: LOGIN_PAGE };

const fetchedDocuments = () =>
  server.requests.filter((r) => /\/tenders\/homecare\/(Terms\.pdf|download)/.test(r.url) || /elsewhere/.test(r.host));

/** A portal page opened in a tab, its tab id, and the side panel for that tab with its documents region. */
async function openPanelOn(url, what = 'the notice tab') {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await waitFor(() => chromiumTabId(browser.worker, url), what);
  const panel = await openExtensionPage(browser.context, browser.extensionId, 'sidepanel.html', tabId);
  return { page, tabId, panel, docs: panel.getByRole('region', { name: 'Documents on this page' }) };
}

before(async () => {
  server = await startFixtureServer();
  // the notice as committed, its Word link served by a download script (no .docx in the address)
  const notice = readFileSync(join(PACK, 'notice.html'), 'utf8').replace(
    'href="Specification.docx"',
    'href="download?doc=spec"',
  );
  server.addPage('/tenders/homecare/notice.html', notice);
  server.addPage('/tenders/homecare/Terms.pdf', signedIn('application/pdf', 'Terms.pdf'));
  server.addPage(
    '/tenders/homecare/download',
    signedIn('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Specification.docx'),
  );
  browser = await launchChromiumWithExtension({ proxy: server.url });
  extensionRequests = watchExtensionRequests(browser.context);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a rep scans a notice’s attachments with the portal login, sees the pack verdict, saves it and writes the letter', async () => {
  const { page, tabId, panel, docs } = await openPanelOn(NOTICE_URL);
  await docs.getByText('Terms.pdf').waitFor({ timeout: 20000 });
  await docs.getByText(/only when you click, only from this site or a known tender portal/).waitFor();
  // the portal's two documents are listed; the brochure on another site is not, and nothing is fetched yet
  assert.deepEqual(
    (await docs.locator('.document-list label').allInnerTexts()).map((t) => t.trim()),
    ['Terms.pdf', 'Specification.docx'],
  );
  assert.deepEqual(fetchedDocuments(), []);

  // Signed out: the portal answers with its login page; each document says so, and the page's own checks stay.
  await docs.getByRole('button', { name: 'Scan all documents' }).click();
  await waitFor(async () => (await docs.getByRole('alert').count()) === 2, 'both documents refused');
  for (const text of await docs.getByRole('alert').allInnerTexts())
    assert.match(text, /^Not read: the site sent a web page instead of the document: your login may have expired/);
  assert.equal(await panel.getByRole('region', { name: 'Tender pack' }).count(), 0);
  assert.equal(await panel.locator('.checks [data-check="living-wage"]').count(), 1);

  // Signed in (the cookie is the browser's, as after a portal login): one click reads both.
  await browser.context.addCookies([COOKIE]);
  await docs.getByRole('button', { name: 'Scan all documents' }).click();
  const pack = panel.getByRole('region', { name: 'Tender pack' });
  const lw = pack.locator('[data-check="living-wage"]');
  await lw.waitFor({ timeout: 30000 });
  await waitFor(async () => (await docs.locator('li[data-step="read"]').count()) === 2, 'both documents read', 30000);
  assert.equal(await docs.getByRole('alert').count(), 0);
  // the notice only hedges; the terms secure it, and the verdict says where
  assert.match(await lw.innerText(), /Real Living Wage\s+✔ Strong — Terms\.pdf, p\. 3, clause 9\.2/);
  assert.match(await pack.locator('[data-check="foi"]').innerText(), /Strong — Terms\.pdf, p\. 4/);
  assert.match(
    await pack.locator('[data-check="social-value"]').innerText(),
    /Weak — Specification\.docx, under Service Specification › Quality/,
  );
  assert.match(await pack.innerText(), /The page and 2 documents checked together/);
  // the portal's documents were fetched by the page, with its cookie; the other site never
  const fetched = fetchedDocuments();
  assert.ok(
    fetched.every((r) => r.host === 'in-tendhost.co.uk'),
    JSON.stringify(fetched),
  );
  await panel.screenshot({ path: artifact('pack-panel.png'), fullPage: true });
  assert.deepEqual(await axeSeriousViolations(panel), []);

  const history = await saveAndOpenLetter(browser.context, panel);
  const packList = history.getByRole('region', { name: 'Tender pack' });
  assert.deepEqual(await packList.getByRole('listitem').allInnerTexts(), [
    'Homecare services: contract notice (the page)',
    'Terms.pdf (PDF, 4 pages)',
    'Specification.docx (Word)',
  ]);
  const letterBox = history.getByLabel('Letter (edit freely');
  await waitFor(
    async () => /Specification\.docx/.test(await letterBox.inputValue()),
    'the letter naming the documents',
  );
  const letter = await letterBox.inputValue();
  assert.match(letter, /about the tender above and its documents \(Terms\.pdf, Specification\.docx\)/);
  assert.match(letter, /The tender says \(Specification\.docx, under Service Specification › Quality\): "Bidders may/);
  assert.doesNotMatch(letter, /Real Living Wage \((weak|missing)\)/, 'the living wage is secured in the terms');
  await history.close();
  await panel.close();
  // Closing the panel loses nothing: reopened, it has the pack again without fetching a document twice
  const fetchedBefore = fetchedDocuments().length;
  const again = await openExtensionPage(browser.context, browser.extensionId, 'sidepanel.html', tabId);
  const lwAgain = again.getByRole('region', { name: 'Tender pack' }).locator('[data-check="living-wage"]');
  await lwAgain.waitFor({ timeout: 20000 });
  assert.match(await lwAgain.innerText(), /Strong — Terms\.pdf, p\. 3, clause 9\.2/);
  await again.getByText(/No check has changed since your review saved/).waitFor();
  assert.equal(fetchedDocuments().length, fetchedBefore);
  await again.close();
  // The tab loads the page again: the pack went with the old page, and the panel does not call the saved
  // pack's clauses "changed" against the page alone; it says what the review covered
  await page.reload();
  const later = await openExtensionPage(browser.context, browser.extensionId, 'sidepanel.html', tabId);
  await later
    .getByText(/covered this page and its documents \(Terms\.pdf, Specification\.docx\)\. Scan the documents again/)
    .waitFor({ timeout: 20000 });
  assert.equal(await later.getByRole('region', { name: 'Tender pack' }).count(), 0);
  await later.close();
  await page.close();
});

test('a long document can be cancelled mid-read, a broken link says so, and what was read stays in the pack', async () => {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((r) => doc.on('end', r));
  // Long enough that it cannot be read through before the Cancel click lands on a loaded machine (400 pages once
  // were: the click found the button gone); Cancel stops it long before the end.
  for (let p = 1; p <= 2000; p++) {
    doc.addPage();
    doc
      .fontSize(11)
      .text(`Page ${p}. The Supplier shall keep records of the services delivered under this Contract. `.repeat(30));
  }
  doc.end();
  await done;
  server.addPage('/tenders/cleaning/Annexes.pdf', { type: 'application/pdf', body: Buffer.concat(chunks) });
  server.addPage('/tenders/cleaning/Terms.pdf', {
    type: 'application/pdf',
    body: readFileSync(join(PACK, 'Terms.pdf')),
  });
  server.addPage('/tenders/cleaning/Pricing.pdf', { type: 'text/plain', body: 'not found', status: 404 });
  const url = `${PORTAL.notices}/tenders/cleaning/notice.html`;
  server.addPage(
    '/tenders/cleaning/notice.html',
    `<!doctype html><html><head><title>Cleaning services</title></head><body><main><h1>Cleaning services</h1>
    <p>The Council invites tenders for the cleaning of its offices for an initial term of three years.</p>
    <ul><li><a href="Terms.pdf">Terms</a></li><li><a href="Annexes.pdf">Annexes</a></li><li><a href="Pricing.pdf">Pricing</a></li></ul>
    </main></body></html>`,
  );
  const { page, panel, docs } = await openPanelOn(url);
  await docs.getByText('Annexes.pdf').waitFor({ timeout: 20000 });

  await docs.getByRole('button', { name: 'Scan all documents' }).click();
  const line = docs.locator('.reading-line');
  await waitFor(
    async () => /^Reading Annexes\.pdf: page \d+ of 2000…$/.test(await line.innerText().catch(() => '')),
    'the long document’s progress line',
    30000,
  );
  await docs.getByRole('button', { name: 'Cancel' }).click();
  await waitFor(async () => (await docs.getByRole('alert').count()) === 2, 'the unread documents marked');
  assert.deepEqual(await docs.getByRole('alert').allInnerTexts(), ['Not read: cancelled.', 'Not read: cancelled.']);
  // the terms read before the cancel are still in the pack
  const pack = panel.getByRole('region', { name: 'Tender pack' });
  await pack.locator('[data-check="living-wage"]').waitFor();
  assert.match(await pack.locator('[data-check="living-wage"]').innerText(), /Strong — Terms\.pdf, p\. 3/);
  assert.match(await pack.innerText(), /The page and 1 document checked together; 2 not read/);

  await docs.getByRole('button', { name: 'Scan Pricing.pdf' }).click();
  await waitFor(
    async () =>
      (await docs.getByRole('alert').allInnerTexts()).includes(
        'Not read: the site no longer has it (the link is broken).',
      ),
    'the broken link explained',
  );
  assert.match(await pack.locator('[data-check="living-wage"]').innerText(), /Strong — Terms\.pdf, p\. 3/);
  await panel.close();
  await page.close();
});

test('a portal page that only lists documents: nothing to check on the page, but its documents make the pack', async () => {
  const url = `${PORTAL.notices}/tenders/cleaning/documents.html`;
  server.addPage(
    '/tenders/cleaning/documents.html',
    '<!doctype html><html><head><title>Documents</title></head><body><ul><li><a href="Terms.pdf">Terms.pdf</a></li></ul></body></html>',
  );
  const { page, panel, docs } = await openPanelOn(url, 'the documents tab');
  await panel.getByText('This page has no readable text of its own.').waitFor({ timeout: 20000 });
  await docs.getByRole('button', { name: 'Scan all documents' }).click();
  const lw = panel.getByRole('region', { name: 'Tender pack' }).locator('[data-check="living-wage"]');
  await lw.waitFor({ timeout: 30000 });
  assert.match(await lw.innerText(), /Strong — Terms\.pdf, p\. 3, clause 9\.2/);
  assert.equal(await panel.getByRole('button', { name: 'Save review' }).count(), 1);
  await panel.close();
  await page.close();
});

test('a locked attachment asks for its password in the panel; a wrong one says so, the right one reads it', async () => {
  const url = `${PORTAL.notices}/tenders/locked/documents.html`;
  server.addPage(
    '/tenders/locked/documents.html',
    '<!doctype html><html><head><title>Documents</title></head><body><ul><li><a href="Locked.pdf">Locked.pdf</a></li></ul></body></html>',
  );
  server.addPage('/tenders/locked/Locked.pdf', {
    type: 'application/pdf',
    body: readFileSync(join(ROOT, 'tests/fixtures/documents/encrypted.pdf')),
  });
  const { page, panel, docs } = await openPanelOn(url, 'the documents tab');
  await docs.getByRole('button', { name: 'Scan all documents' }).click();
  await docs.getByText('Locked.pdf is protected with a password: enter it to read it.').waitFor({ timeout: 30000 });

  const password = docs.getByLabel('Password for Locked.pdf');
  await password.fill('not-the-password');
  await docs.getByRole('button', { name: 'Open' }).click();
  await docs.getByText('That password does not open Locked.pdf: check it and try again.').waitFor({ timeout: 30000 });

  await docs.getByLabel('Password for Locked.pdf').fill('tender-2026');
  await docs.getByRole('button', { name: 'Open' }).click();
  await docs.locator('li[data-step="read"]').waitFor({ timeout: 30000 });
  assert.equal(await docs.getByRole('alert').count(), 0);
  assert.equal(await docs.getByLabel('Password for Locked.pdf').count(), 0);
  await panel.getByRole('region', { name: 'Tender pack' }).waitFor();
  await panel.close();
  await page.close();
});

test('a scanned attachment is offered OCR; read offline, it joins the pack verdict cited by page, with the OCR note', async () => {
  const url = `${PORTAL.notices}/tenders/grounds/notice.html`;
  server.addPage(
    '/tenders/grounds/notice.html',
    readFileSync(join(ROOT, 'tests/fixtures/notice/scanned-attachment.html'), 'utf8'),
  );
  server.addPage('/tenders/grounds/Signed-terms.pdf', {
    type: 'application/pdf',
    body: readFileSync(join(ROOT, 'tests/fixtures/documents/scanned.pdf')),
  });
  const before = server.requests.length;
  const extensionBefore = extensionRequests.list.length;
  const { page, panel, docs } = await openPanelOn(url);
  await docs.getByText('Signed-terms.pdf').waitFor({ timeout: 20000 });

  await docs.getByRole('button', { name: 'Scan all documents' }).click();
  await docs
    .getByText(
      'Signed-terms.pdf has no text to read on any of its 2 pages: it looks like a scan. It can be read with OCR, here in your browser.',
    )
    .waitFor({ timeout: 30000 });
  const offer = docs.getByRole('button', { name: 'Read it with OCR (offline): Signed-terms.pdf' });
  assert.deepEqual(await axeSeriousViolations(panel), []);

  // Cancel stops the OCR at once, and the offer comes back
  await offer.click();
  await docs.getByRole('button', { name: 'Cancel' }).click();
  await docs.getByText('Not read: reading with OCR was cancelled.').waitFor();
  assert.equal(await offer.count(), 1);

  await offer.click();
  await docs.getByText(/^Reading Signed-terms\.pdf with OCR: page [12] of 2…$/).waitFor({ timeout: 60000 });
  assert.equal(await docs.locator('progress.ocr-progress').count(), 1);
  await docs.locator('li[data-step="read"]').waitFor({ timeout: 120000 });
  const pack = panel.getByRole('region', { name: 'Tender pack' });
  const lw = pack.locator('[data-check="living-wage"]');
  await lw.waitFor();
  // the notice only hedges; the scanned terms secure it, and the verdict cites the scan's page and clause
  assert.match(await lw.innerText(), /Strong — Signed-terms\.pdf, p\. 1, clause 4\.2/);
  assert.match(await pack.locator('[data-check="foi"]').innerText(), /Signed-terms\.pdf, p\. 2/);
  assert.equal(
    await pack.getByRole('note').innerText(),
    'Text of Signed-terms.pdf read from a scanned PDF with OCR: check quotes against the original.',
  );
  assert.equal(await docs.getByRole('alert').count(), 0);
  assert.deepEqual(await axeSeriousViolations(panel), []);

  // the saved review keeps the note, and so does its letter
  const history = await saveAndOpenLetter(browser.context, panel);
  assert.deepEqual(await history.getByRole('region', { name: 'Tender pack' }).getByRole('listitem').allInnerTexts(), [
    'Grounds maintenance: contract notice (the page)',
    'Signed-terms.pdf (PDF, 2 pages, read with OCR)',
  ]);
  assert.equal(
    await history.locator('p.ocr-note').innerText(),
    'Text of Signed-terms.pdf read from a scanned PDF with OCR: check quotes against the original.',
  );
  const letterBox = history.getByLabel('Letter (edit freely');
  await waitFor(
    async () =>
      /Signed-terms\.pdf read from a scanned PDF with OCR, so please check/.test(await letterBox.inputValue()),
    'the letter saying its quotes were read with OCR',
  );
  await history.close();

  // nothing left the page's own site: the scan was fetched from it, and OCR ran from the extension's own files
  assert.deepEqual(extensionRequests.list.slice(extensionBefore), [], 'no request from the extension');
  // Chromium's own sign-in and update services may call out at any time; they are the browser's, not ours
  const browserOwn = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(:\d+)?$/;
  const outside = server.requests
    .slice(before)
    .filter((r) => r.host !== 'in-tendhost.co.uk' && !browserOwn.test(r.host));
  assert.deepEqual(outside, [], 'no request outside the notice’s site');
  await panel.close();
  await page.close();
});

test('an attachment with a scanned page among typed ones: the typed pages join the pack, the scanned page on a click', async () => {
  const url = `${PORTAL.notices}/tenders/cleaning/notice.html`;
  server.addPage(
    '/tenders/cleaning/notice.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Office cleaning: contract notice</title></head>
<body><main><h1>Office cleaning</h1><p>The Council invites tenders for cleaning its offices for three years.</p>
<h2>Documents</h2><ul><li><a href="Terms-signed.pdf">Contract terms, with the signed schedule (PDF)</a></li></ul></main></body></html>`,
  );
  server.addPage('/tenders/cleaning/Terms-signed.pdf', {
    type: 'application/pdf',
    body: readFileSync(join(ROOT, 'tests/fixtures/documents/partly-scanned.pdf')),
  });
  const { page, panel, docs } = await openPanelOn(url);
  await docs.getByText('Terms-signed.pdf').waitFor({ timeout: 20000 });
  await docs.getByRole('button', { name: 'Scan all documents' }).click();
  await docs.locator('li[data-step="read"]').waitFor({ timeout: 60000 });
  await docs.getByText('Page 2 is a picture with no text, so it was not checked.').waitFor();
  const pack = panel.getByRole('region', { name: 'Tender pack' });
  const foi = pack.locator('[data-check="foi"]');
  await foi.waitFor();
  assert.match(await foi.innerText(), /Missing/);
  assert.deepEqual(await axeSeriousViolations(panel), []);

  // cancelled, the typed reading stays in the pack
  const offer = docs.getByRole('button', { name: 'Read page 2 with OCR (offline): Terms-signed.pdf' });
  await offer.click();
  await docs.getByRole('button', { name: 'Cancel' }).click();
  await docs.locator('li[data-step="read"]').waitFor();
  assert.equal(await offer.count(), 1);
  assert.match(await foi.innerText(), /Missing/);

  await offer.click();
  await docs.getByText(/^Reading Terms-signed\.pdf with OCR: page [12] of 2…$/).waitFor({ timeout: 60000 });
  await waitFor(
    async () => /Terms-signed\.pdf, p\. 2/.test(await foi.innerText()),
    'FOI found on the scanned page',
    120000,
  );
  assert.doesNotMatch(await foi.innerText(), /Missing/);
  assert.match(await pack.locator('[data-check="social-value"]').innerText(), /Terms-signed\.pdf, p\. 1/);
  // the pack's OCR note names the page OCR read, not the whole document
  assert.equal(
    await pack.locator('.ocr-note').innerText(),
    'Text of page 2 of Terms-signed.pdf read with OCR: check quotes from it against the original.',
  );
  assert.equal(await offer.count(), 0);
  assert.equal(await docs.getByRole('alert').count(), 0);
  await panel.close();
  await page.close();
});
