// Pages Tenderlight cannot read as pages, and the document reader, in Chromium with the built extension:
// an empty page and a PDF tab say so (badge, popup, panel) and offer no review; "Scan this PDF" reads the
// tab's PDF in the reader; a rep opens a Word file from the picker, sees the checks with evidence cited by
// clause, shows a passage in the document and saves a review the reviews page lists; bad files get plain
// messages; a long PDF can be cancelled.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  artifact,
  axeSeriousViolations,
  chromiumTabId,
  clickThatClosesItsPage,
  launchChromiumWithExtension,
  openExtensionPage,
  PORTAL,
  ROOT,
  saveAndOpenLetter,
  startFixtureServer,
  tabState,
  waitFor,
  watchExtensionRequests,
} from './harness.mjs';

const DOCS = join(ROOT, 'tests/fixtures/documents');
const EMPTY_URL = `${PORTAL.notices}/notice/empty-page.html`;
const PDF_URL = `${PORTAL.notices}/documents/two-column.pdf`;
// A PDF served by a download script: no .pdf in the address, only its content type says what it is.
const PDF_NO_NAME_URL = `${PORTAL.notices}/download?id=4471`;

let server;
let browser;
let requests;

before(async () => {
  server = await startFixtureServer();
  server.addPage(
    '/notice/empty-page.html',
    '<!doctype html><html><head><title>Loading</title></head><body><div id="app"> </div></body></html>',
  );
  server.addPage('/download', { type: 'application/pdf', body: readFileSync(join(DOCS, 'two-column.pdf')) });
  browser = await launchChromiumWithExtension({ proxy: server.url });
  requests = watchExtensionRequests(browser.context);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const badgeOf = (tabId) => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

async function openTab(url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await waitFor(() => chromiumTabId(browser.worker, url), `the tab of ${url}`);
  return { page, tabId };
}

test('a page with no readable text says "nothing to check" in the badge, popup and panel, with no review to save', async () => {
  const { page, tabId } = await openTab(EMPTY_URL);
  await waitFor(async () => (await tabState(browser.context, tabId))?.unreadable === 'empty', 'the empty-page state');
  assert.equal(await badgeOf(tabId), '–');
  for (const file of ['popup.html', 'sidepanel.html']) {
    const ext = await openExtensionPage(browser.context, browser.extensionId, file, tabId);
    await ext.getByText('Nothing to check here.').waitFor();
    const text = await ext.locator('main').innerText();
    assert.doesNotMatch(text, /missing|Save review/i, `${file}: ${text}`);
    assert.equal(await ext.getByRole('button', { name: 'Save review' }).count(), 0);
    await ext.close();
  }
  // Text typed into the page later is checked as usual: the state follows the page.
  await page.evaluate(() => {
    document.getElementById('app').textContent =
      'The Contractor shall pay every worker engaged on the Contract at least the Real Living Wage.';
  });
  await waitFor(async () => {
    const s = await tabState(browser.context, tabId);
    return s && !s.unreadable && s.result.checks.find((c) => c.id === 'living-wage')?.status === 'strong';
  }, 'the page checked once it has text');
  assert.notEqual(await badgeOf(tabId), '–');
  await page.close();
});

for (const [what, url] of [
  ['a .pdf address', PDF_URL],
  ['an address without .pdf', PDF_NO_NAME_URL],
]) {
  test(`a PDF open in the tab (${what}) says "this is a PDF: scan it as a document" and Scan this PDF reads it`, async () => {
    const { page, tabId } = await openTab(url);
    await waitFor(async () => (await tabState(browser.context, tabId))?.unreadable === 'pdf', 'the PDF-tab state');
    assert.equal(await badgeOf(tabId), 'PDF');
    const panel = await openExtensionPage(browser.context, browser.extensionId, 'sidepanel.html', tabId);
    await panel.getByText('This is a PDF: scan it as a document.').waitFor();
    assert.equal(await panel.getByRole('button', { name: 'Save review' }).count(), 0);
    assert.doesNotMatch(await panel.locator('main').innerText(), /missing/i);
    await panel.close();

    const popup = await openExtensionPage(browser.context, browser.extensionId, 'popup.html', tabId);
    await popup.getByText('This is a PDF: scan it as a document.').waitFor();
    const [reader] = await Promise.all([
      browser.context.waitForEvent('page', (p) => p.url().includes('/reader.html')),
      clickThatClosesItsPage(popup, popup.getByRole('button', { name: 'Scan this PDF' })),
    ]);
    const lw = reader.locator('.reader-findings .checks [data-check="living-wage"]');
    await lw.waitFor({ timeout: 30000 });
    const name = url === PDF_URL ? 'two-column.pdf' : 'download.pdf';
    assert.equal(await reader.locator('.reader-findings .source').innerText(), `Document: ${name} (1 pages)`);
    assert.match(await lw.locator('.card-toggle').innerText(), /Strong/);
    await lw.locator('.card-toggle').click();
    await lw.getByText(`${name}, p. 1`, { exact: false }).first().waitFor();
    assert.match(await lw.locator('.where').first().innerText(), new RegExp(`^${name.replace('.', '\\.')}, p\\. 1`));
    await reader.close();
    await page.close();
  });
}

async function openReader() {
  const reader = await browser.context.newPage();
  await reader.goto(`chrome-extension://${browser.extensionId}/reader.html`);
  await reader.getByRole('heading', { name: 'Scan a document' }).waitFor();
  return reader;
}

test('a Word file from the picker: checks with evidence by clause, the legal basis, show in document, and a saved review', async () => {
  const reader = await openReader();
  await reader.locator('input[type=file]').setInputFiles(join(DOCS, 'clauses.docx'));
  await reader.getByText('Document: clauses.docx').waitFor({ timeout: 30000 });
  // The file was read in a Web Worker that cannot reach the network.
  const [worker] = reader.workers();
  assert.ok(worker, 'the document worker');
  assert.equal(
    await worker.evaluate(() => {
      try {
        fetch('http://example.org/');
        return 'fetch is there';
      } catch (e) {
        return e.message;
      }
    }),
    'Tenderlight: the document worker has no network',
  );
  const lw = reader.locator('.reader-findings .checks [data-check="living-wage"]');
  await lw.locator('.card-toggle').click();
  const where = await lw.locator('.where').first().innerText();
  assert.match(where, /^clauses\.docx, under Conditions of Contract › Workforce, clause 14\.3$/);
  assert.match(await lw.innerText(), /Legal basis|legal basis/);
  // A hollow check offers model wording, as in the side panel.
  const training = reader.locator('.reader-findings .checks [data-check="training"]');
  await training.locator('.card-toggle').click();
  await training.getByText('Model wording', { exact: false }).first().waitFor();
  // The document's text is beside the checks, with the evidence marked.
  const marks = await reader.evaluate(() => [...(CSS.highlights.get('reader-strong') ?? [])].map((r) => r.toString()));
  assert.ok(
    marks.some((t) => t.startsWith('14.3 The Contractor shall pay every worker')),
    JSON.stringify(marks),
  );
  await lw.getByRole('button', { name: 'Show in document' }).first().click();
  const focus = await waitFor(
    () => reader.evaluate(() => [...(CSS.highlights.get('reader-focus') ?? [])].map((r) => r.toString())[0]),
    'the focused passage',
  );
  assert.match(focus, /^14\.3 The Contractor shall pay every worker/);
  assert.deepEqual(await axeSeriousViolations(reader), []);
  // Correcting the place re-runs the checks on the document: the legal basis follows.
  assert.match(await lw.innerText(), /Legal basis \(England\)/);
  // ...without reading the file again: the text on the page stays the very same element, never unmounted.
  await reader.evaluate(() => {
    document.querySelector('.document-text').__before = true;
  });
  await reader.getByLabel(/^Jurisdiction/).selectOption('wales');
  await reader.getByText('Jurisdiction (corrected)').waitFor({ timeout: 30000 });
  assert.equal(await reader.evaluate(() => document.querySelector('.document-text').__before), true);
  // the card the rep opened stays open, now citing Welsh law
  await lw.getByText('Legal basis (Wales)').waitFor();
  assert.match(await reader.locator('.profile').innerText(), /Jurisdiction \(corrected\)/);
  await reader.screenshot({ path: artifact('reader-docx.png'), fullPage: false });

  const history = await saveAndOpenLetter(browser.context, reader);
  assert.match(await history.locator('body').innerText(), /clauses\.docx/);
  await history.close();
  await reader.close();
});

test('the side panel opens the reader, and an OpenDocument file dropped on it is read', async () => {
  const { page, tabId } = await openTab(`${PORTAL.notices}/notice/long-notice.html`);
  const panel = await openExtensionPage(browser.context, browser.extensionId, 'sidepanel.html', tabId);
  const [reader] = await Promise.all([
    browser.context.waitForEvent('page', (p) => p.url().includes('/reader.html')),
    panel.getByRole('button', { name: 'Scan a document' }).click(),
  ]);
  await reader.getByRole('heading', { name: 'Scan a document' }).waitFor();
  const bytes = [...readFileSync(join(DOCS, 'specification.odt'))];
  // A file dragged from the desktop: a drop event carrying it, as the browser delivers one.
  const transfer = await reader.evaluateHandle((b) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], 'specification.odt'));
    return dt;
  }, bytes);
  const zone = reader.getByRole('region', { name: 'Choose a document' });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await reader.getByText('Document: specification.odt').waitFor({ timeout: 30000 });
  const lw = reader.locator('.reader-findings .checks [data-check="living-wage"]');
  assert.match(await lw.locator('.card-toggle').innerText(), /Strong/);
  await lw.locator('.card-toggle').click();
  assert.equal(
    await lw.locator('.where').first().innerText(),
    'specification.odt, under Specification › Social value, clause 2.1',
  );
  await reader.close();
  await panel.close();
  await page.close();
});

test('bad files get plain messages: a password is asked for, a scan and a damaged file are explained', async () => {
  const reader = await openReader();
  const input = reader.locator('input[type=file]');
  await input.setInputFiles(join(DOCS, 'encrypted.pdf'));
  await reader.getByText('encrypted.pdf is protected with a password').waitFor({ timeout: 30000 });
  await reader.getByLabel('Password').fill('not-it');
  await reader.getByRole('button', { name: 'Open' }).click();
  await reader.getByText('That password does not open encrypted.pdf').waitFor({ timeout: 30000 });
  await reader.getByLabel('Password').fill('tender-2026');
  await reader.getByRole('button', { name: 'Open' }).click();
  await reader.getByText('Document: encrypted.pdf').waitFor({ timeout: 30000 });

  const cases = [
    [
      'image-only.pdf',
      readFileSync(join(DOCS, 'image-only.pdf')),
      /image-only\.pdf has no text to read.*looks like a scan/,
    ],
    [
      'terms.pdf',
      readFileSync(join(DOCS, 'two-column.pdf')).subarray(0, 900),
      /terms\.pdf .*damaged or incomplete: download it again/,
    ],
    [
      'notes.pdf',
      Buffer.from('just some text, not a PDF at all'),
      /notes\.pdf is not a PDF, Word or OpenDocument file/,
    ],
  ];
  for (const [name, buffer, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    const alert = reader.getByRole('alert');
    await waitFor(async () => message.test(await alert.innerText().catch(() => '')), `the message for ${name}`, 30000);
    assert.doesNotMatch(await alert.innerText(), /Error:|at .*\.js|stack/);
  }
  await reader.close();
});

test('a Word 97–2003 .doc from the picker is read in the browser, as the command line reads it', async () => {
  const reader = await openReader();
  await reader.locator('input[type=file]').setInputFiles(join(DOCS, 'clauses.doc'));
  await reader.getByText('Document: clauses.doc').waitFor({ timeout: 30000 });
  const lw = reader.locator('.reader-findings .checks [data-check="living-wage"]');
  assert.match(await lw.locator('.card-toggle').innerText(), /Strong/);
  await lw.locator('.card-toggle').click();
  assert.match(await lw.locator('.where').first().innerText(), /^clauses\.doc/);
  const marks = await reader.evaluate(() => [...(CSS.highlights.get('reader-strong') ?? [])].map((r) => r.toString()));
  assert.ok(
    marks.some((t) => t.startsWith('The Contractor shall pay every worker')),
    JSON.stringify(marks),
  );
  await reader.close();
});

test('a long PDF is read off the main thread with a progress line, and Cancel stops it', async () => {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((r) => doc.on('end', r));
  // Long enough that it cannot be read through before the measurement below and the Cancel click are done, on a
  // loaded machine or a quiet fast one: 400 pages once were read through before the click; a quiet machine here
  // reads about 400 pages a second, so 2,000 were gone 4.5 s after the measurement began (CI, 2026-12-06).
  for (let p = 1; p <= 6000; p++) {
    doc.addPage();
    doc
      .fontSize(11)
      .text(`Page ${p}. The Supplier shall keep records of the services delivered under this Contract. `.repeat(30));
  }
  doc.end();
  await done;
  const reader = await openReader();
  await reader.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  await reader
    .locator('input[type=file]')
    .setInputFiles({ name: 'long.pdf', mimeType: 'application/pdf', buffer: Buffer.concat(chunks) });
  const line = reader.locator('.reading-line');
  await waitFor(
    async () => /^Reading long\.pdf: page \d+ of 6000…$/.test(await line.innerText().catch(() => '')),
    'a progress line',
  );
  // The worker reads: while pages go by, the page's own main thread is nearly idle. Measured as the share of
  // the reading time spent in long tasks (parsing on the main thread would fill it), so load does not decide.
  const pageNow = async () => Number((await line.innerText().catch(() => '')).match(/page (\d+)/)?.[1] ?? 0);
  await reader.evaluate(() => {
    window.__longTasks.length = 0;
    window.__from = performance.now();
  });
  const from = await pageNow();
  // at least four seconds of reading, so one pause of the browser's own (366 ms once, under load, over a
  // 584 ms window) cannot fill the share; the worker reads 70 (loaded) to 400 (quiet) pages a second, so the
  // 6,000 pages last well past it
  await waitFor(
    async () =>
      (await pageNow()) >= from + 40 && (await reader.evaluate(() => performance.now() - window.__from)) >= 4000,
    'forty more pages read, over four seconds at least',
    60000,
  );
  const { tasks, span } = await reader.evaluate(() => ({
    tasks: window.__longTasks,
    span: performance.now() - window.__from,
  }));
  const busy = tasks.reduce((a, b) => a + b, 0) / span;
  console.log(
    `reader main thread while pages were read: long tasks ${JSON.stringify(tasks)} ms in ${Math.round(span)} ms (${(busy * 100).toFixed(1)}% busy)`,
  );
  assert.ok(busy < 0.25, `the reader page's main thread was ${(busy * 100).toFixed(1)}% in long tasks`);
  // The page answers while the worker reads: a click is handled at once.
  const t0 = Date.now();
  await reader.getByRole('button', { name: 'Cancel' }).click();
  await reader.getByText('Reading long.pdf was cancelled.').waitFor();
  assert.ok(Date.now() - t0 < 5000, 'Cancel answered promptly');
  assert.equal(await reader.locator('.reading-line').count(), 0);
  await reader.close();
});

/** A generated PDF of `pages` pages of contract text; the living-wage clause is on page `clauseOn`. */
async function contractPdf(pages, clauseOn) {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((r) => doc.on('end', r));
  for (let p = 1; p <= pages; p++) {
    doc.addPage();
    doc.fontSize(10);
    for (let k = 1; k <= 16; k++)
      doc.text(
        p === clauseOn && k === 3
          ? `${p}.${k} The Contractor shall pay every worker engaged on the Contract at least the Real Living Wage.`
          : `${p}.${k} The Supplier shall keep records of the services delivered under this Contract and make them available to the Authority on request.`,
        { paragraphGap: 6 },
      );
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/**
 * The reader page's main-thread tasks while `during` runs, from a Chromium trace: each task's wall time and
 * the CPU time its thread used. CPU time is what our code costs; other engineers' builds stretch the wall
 * time (the page waits for a core), not the CPU time.
 */
async function mainThreadTasks(page, during) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // the reader page's main thread is the one running the reader's own script
  const ours = events.find((e) => e.name === 'FunctionCall' && /\/chunks\/reader-/.test(e.args?.data?.url ?? ''));
  assert.ok(ours, 'the reader page ran in the trace');
  return events
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.pid === ours.pid && e.tid === ours.tid)
    .map((t) => ({ wall: Math.round(t.dur / 1000), cpu: Math.round((t.tdur ?? t.dur) / 1000) }));
}

/** Opens a document in a fresh reader; the reader's main-thread tasks until its whole text is on the page. */
async function readAndMeasure(name, buffer) {
  const reader = await openReader();
  // Given as a file on disk, as a person picks it: a buffer reaches the page as one DevTools message, parsed on
  // the page's main thread (57 ms for the 300-page file's 355 KB), which is the test's cost, not the reader's.
  const file = join(mkdtempSync(join(tmpdir(), 'reader-')), name);
  writeFileSync(file, buffer);
  const tasks = await mainThreadTasks(reader, async () => {
    await reader.locator('input[type=file]').setInputFiles(file);
    // Waited for in the page itself: a text locator scanning thousands of paragraphs is a long task of its own.
    await reader.waitForFunction(
      () => document.querySelector('.reader-findings .source') && !document.querySelector('.doc-part-coming'),
      null,
      { timeout: 180000, polling: 100 },
    );
  });
  const longest = tasks.reduce((a, t) => (t.cpu > a.cpu ? t : a), { cpu: 0, wall: 0 });
  return { reader, longest, over50: tasks.filter((t) => t.cpu > 50).map((t) => t.cpu) };
}

test('a 300-page PDF reaches the reader part by part: no main-thread task grows with the document', async () => {
  const short = await contractPdf(10, 8);
  const long = await contractPdf(300, 280);
  // The costliest main-thread task with a 300-page document against a 10-page one, back to back in the same
  // browser. Text put on the page at once grows with the document (350–800 ms here); part by part it stays
  // that of the findings beside it, under 50 ms of CPU. A reading disturbed by load is retried, up to three times.
  let verdict;
  for (let attempt = 1; attempt <= 3 && !verdict?.ok; attempt++) {
    const s = await readAndMeasure('short.pdf', short);
    await s.reader.close();
    const l = await readAndMeasure('long.pdf', long);
    verdict = { ok: l.longest.cpu <= Math.max(50, 1.5 * s.longest.cpu), short: s, long: l };
    console.log(
      `reader main thread, costliest task: 10 pages ${s.longest.cpu} ms CPU (${s.longest.wall} ms wall), 300 pages ${l.longest.cpu} ms CPU (${l.longest.wall} ms wall); tasks over 50 ms CPU: ${JSON.stringify(s.over50)}, ${JSON.stringify(l.over50)}`,
    );
    if (!verdict.ok && attempt < 3) await l.reader.close();
  }
  assert.ok(
    verdict.ok,
    `with 300 pages a task took ${verdict.long.longest.cpu} ms of CPU, with 10 pages ${verdict.short.longest.cpu} ms`,
  );
  const reader = verdict.long.reader;
  // All of it is there, page by page, and the clause on page 280 is marked and shown.
  assert.equal(await reader.locator('.document-text .page-marker').count(), 300);
  const lw = reader.locator('.reader-findings .checks [data-check="living-wage"]');
  await lw.locator('.card-toggle').click();
  assert.match(await lw.locator('.where').first().innerText(), /^long\.pdf, p\. 280, clause 280\.3/);
  const marks = await reader.evaluate(() => [...(CSS.highlights.get('reader-strong') ?? [])].map((r) => r.toString()));
  assert.ok(
    marks.some((t) => t.startsWith('280.3 The Contractor shall pay every worker')),
    JSON.stringify(marks),
  );
  await lw.getByRole('button', { name: 'Show in document' }).first().click();
  const shown = await waitFor(
    () =>
      reader.evaluate(() => {
        const r = [...(CSS.highlights.get('reader-focus') ?? [])][0];
        if (!r) return undefined;
        const box = r.getBoundingClientRect();
        const text = document.querySelector('.document-text').getBoundingClientRect();
        return box.top >= text.top && box.bottom <= text.bottom && r.toString();
      }),
    'the clause on page 280 scrolled into view',
  );
  assert.match(shown, /^280\.3 The Contractor shall pay every worker/);
  await reader.close();
});

test('the reader and the PDF hand-over fetched nothing but the tab’s own PDF', () => {
  // (Chromium's own PDF viewer is an extension too: its chrome:// resources are not ours)
  const web = requests.list.filter((u) => /^https?:/.test(u));
  const outside = web.filter((u) => !u.startsWith(PORTAL.notices));
  assert.deepEqual(outside, []);
  const fetched = web.filter((u) => u.startsWith(PORTAL.notices));
  for (const u of fetched) assert.ok([PDF_URL, PDF_NO_NAME_URL].includes(u), u);
});
