// Trainer mode: the bundled demo tenders in presenter view, driven with the keyboard, offline.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { artifact, axeSeriousViolations, launchChromiumWithExtension, waitFor } from './harness.mjs';

let browser;
let page;
const requests = [];
const pageErrors = [];

before(async () => {
  browser = await launchChromiumWithExtension();
  await browser.context.setOffline(true);
  browser.context.on('request', (r) => {
    if (/^https?:/.test(r.url())) requests.push(r.url());
  });
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  await page.setViewportSize({ width: 1600, height: 1000 });
});
after(async () => {
  await browser?.close();
});

const slide = () => page.locator('article.slide');
const slideCheck = () => slide().getAttribute('data-check');
const slideStatus = () => slide().locator('h2 [data-status]').getAttribute('data-status');

/** Whether a demo draft saved in the extension's IndexedDB holds `text` (read from the page, as the app stores it). */
function storedDraftHas(text) {
  return page.evaluate(
    (want) =>
      new Promise((resolve) => {
        const open = indexedDB.open('tenderlight-reviews');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result.some((d) => d.blocks.some((b) => b.text.includes(want))));
          };
          all.onerror = () => resolve(false);
        };
      }),
    text,
  );
}

async function openDemo(title) {
  await page.goto(`chrome-extension://${browser.extensionId}/presenter.html`);
  await page.getByRole('button', { name: `Present ${title}` }).click();
  await slide().waitFor();
  // Focus the page, not the draft, as a presenter clicking the slide would.
  await page.locator('.slide-position').click();
}

test('the popup opens the demo tenders in a tab', async () => {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const [demos] = await Promise.all([
    browser.context.waitForEvent('page'),
    popup.getByRole('link', { name: 'Demo tenders (presenter)' }).click(),
  ]);
  await demos.getByRole('heading', { name: 'Tenderlight demo tenders' }).waitFor();
  await demos.close();
  await popup.close();
});

test('the demo list offers every bundled demo', async () => {
  await page.goto(`chrome-extension://${browser.extensionId}/presenter.html`);
  const names = await page.locator('.demo-list h2').allTextContents();
  assert.equal(names.length, 5);
  assert.ok(names.some((n) => /Homecare/.test(n)));
  assert.ok(names.some((n) => /IT service desk/.test(n)));
  assert.ok(names.some((n) => /strong example/.test(n)));
  assert.ok(names.some((n) => /Scotland/.test(n)));
  assert.ok(names.some((n) => /Wales/.test(n)));
  await page.screenshot({ path: artifact('presenter-demo-list.png') });
  assert.deepEqual(await axeSeriousViolations(page), []);
});

test('a trainer steps through the homecare demo, reveals why, inserts the wording and watches it turn strong', async () => {
  await openDemo('Homecare contract notice (England)');
  assert.equal(await slideCheck(), 'living-wage');
  assert.equal(await slideStatus(), 'weak');
  const quoted = await slide().locator('blockquote').allTextContents();
  assert.ok(quoted.length > 0, 'the hollow wording is quoted');
  // The same passages are painted in the draft with the Highlight API.
  const painted = await page.evaluate(() =>
    [...(CSS.highlights.get('tl-presenter-evidence') ?? [])].map((r) => r.toString()),
  );
  assert.deepEqual(painted, quoted);

  await page.keyboard.press('ArrowRight');
  const second = await slideCheck();
  assert.notEqual(second, 'living-wage');
  assert.match(await page.locator('.slide-position').textContent(), /Finding 2 of \d+/);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await slideCheck(), 'living-wage');

  await page.keyboard.press('e');
  const explanation = page.locator('#slide-explanation');
  await explanation.waitFor();
  assert.match(await explanation.textContent(), /Legal basis \(England\)/);
  assert.match(await explanation.textContent(), /National Procurement Policy Statement/);

  await page.keyboard.press('i');
  await page.locator('.live-change [data-check="living-wage"]').waitFor();
  assert.match(await page.locator('.live-change').textContent(), /Real Living Wage: Weak → Strong/);
  assert.equal(await slideCheck(), 'living-wage');
  assert.equal(await slideStatus(), 'strong');
  const inserted = await page.locator('.draft p.inserted').textContent();
  assert.match(inserted, /Eastholm County Council/);
  assert.match(inserted, /Real Living Wage set by the Living Wage Foundation/);
  assert.doesNotMatch(inserted, /\{[a-z_]+\}/);
  await page.screenshot({ path: artifact('presenter-homecare-inserted.png') });

  // The edited draft survives a reload; "Reset demo" brings the original back.
  await waitFor(
    () => storedDraftHas(inserted.replace(/\s+/g, ' ').trim().slice(0, 60)),
    'the edited draft to be saved',
  );
  await page.reload();
  await slide().waitFor();
  assert.equal(await page.locator('.draft p.inserted').count(), 0, 'restored as plain paragraphs');
  assert.ok((await page.locator('.draft').textContent()).includes(inserted));
  assert.equal(await slideStatus(), 'strong');
  await page.getByRole('button', { name: 'Reset demo' }).click();
  await page.getByText('The demo is back to its original text.').waitFor();
  assert.ok(!(await page.locator('.draft').textContent()).includes(inserted));
  assert.equal(await slideStatus(), 'weak');
});

test('the arrow keys walk every finding, and typing in the draft re-checks it live', async () => {
  await openDemo('Cleaning contract conditions: a strong example');
  const total = Number((await page.locator('.slide-position').textContent()).match(/of (\d+)/)[1]);
  assert.ok(total >= 10);
  const seen = [await slideCheck()];
  assert.equal(await slideStatus(), 'strong');
  for (let i = 1; i < total; i++) {
    await page.keyboard.press('ArrowRight');
    await page.locator('.slide-position', { hasText: `Finding ${i + 1} of ${total}` }).waitFor();
    seen.push(await slideCheck());
  }
  assert.equal(new Set(seen).size, total, 'each finding visited once');
  assert.match(await page.locator('.slide-position').textContent(), new RegExp(`Finding ${total} of ${total}`));
  await page.keyboard.press('ArrowRight');
  assert.equal(await slideCheck(), seen.at(-1), 'stops at the last finding');
  await page.keyboard.press('Home');
  assert.equal(await slideCheck(), 'living-wage');
  const headline = await page.locator('.slide h2').textContent();
  assert.match(headline, /Real Living Wage/);

  // A trainer hollows out the living-wage clause by typing: the status drops while they watch.
  const clause = page.locator('.draft p', { hasText: 'not less than the Real Living Wage' });
  await clause.click({ clickCount: 3 });
  await page.keyboard.type('Suppliers are encouraged to pay the Real Living Wage where possible.');
  await page.keyboard.press('Escape');
  await page.locator('.live-change [data-check="living-wage"]').waitFor();
  assert.notEqual(await slideStatus(), 'strong');
  await page.getByRole('button', { name: 'Reset demo' }).click();
  await page.getByText('The demo is back to its original text.').waitFor();
  assert.equal(await slideStatus(), 'strong');
});

test('the IT services ITT has no FOI clause until the trainer inserts one', async () => {
  await openDemo('IT service desk invitation to tender');
  for (let i = 0; i < 20 && (await slideCheck()) !== 'foi'; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await slideCheck(), 'foi');
  assert.equal(await slideStatus(), 'missing');
  await page.keyboard.press('Home');
  for (let i = 0; i < 20 && (await slideCheck()) !== 'social-value'; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await slideStatus(), 'missing');
  for (let i = 0; i < 20 && (await slideCheck()) !== 'foi'; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('i');

  await page.locator('.live-change [data-check="foi"]').waitFor();
  assert.notEqual(await slideStatus(), 'missing');
  await page.screenshot({ path: artifact('presenter-itt-foi-inserted.png') });
  await page.getByRole('button', { name: 'Reset demo' }).click();
});

test('a review saved from a demo reports what changed after the trainer edits it', async () => {
  await openDemo('Homecare contract notice (England)');
  await page.getByRole('button', { name: 'Save review' }).click();
  await page.getByText('Review saved.').waitFor();
  assert.match(await page.locator('.tl-changes').textContent(), /No check has changed/);
  await page.keyboard.press('i');
  await page.locator('.tl-changes li', { hasText: 'Real Living Wage: Weak → Strong' }).waitFor();
  await page.screenshot({ path: artifact('presenter-changes-banner.png') });
  assert.deepEqual(await axeSeriousViolations(page), []);
  const history = await browser.context.newPage();
  await history.goto(`chrome-extension://${browser.extensionId}/reviews.html`);
  await history.locator('.review-list > li', { hasText: 'Eastholm County Council' }).waitFor();
  await history.close();
  await page.getByRole('button', { name: 'Reset demo' }).click();
});

test('"Reset all demos" restores every edited demo', async () => {
  await openDemo('Waste collection notice (Wales)');
  const insertButton = page.getByRole('button', { name: /Insert model wording/ });
  for (let i = 0; i < 16 && !(await insertButton.count()); i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('i');
  const inserted = await page.locator('.draft p.inserted').textContent();
  // Leaving at once still keeps the edit.
  await page.getByRole('button', { name: '← All demos' }).click();
  await page.getByRole('button', { name: 'Present Waste collection notice (Wales)' }).click();
  await waitFor(async () => (await page.locator('.draft').textContent()).includes(inserted), 'the kept edit');
  await page.getByRole('button', { name: '← All demos' }).click();
  await page.getByRole('button', { name: 'Reset all demos' }).click();
  await page.getByText('All demos are back to their original text.').waitFor();
  await page.getByRole('button', { name: 'Present Waste collection notice (Wales)' }).click();
  await slide().waitFor();
  assert.ok(!(await page.locator('.draft').textContent()).includes(inserted));
});

test('portal HTML pasted into the draft arrives as plain text: no image is fetched', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDemo('Homecare contract notice (England)');
  const html =
    '<p>Copied from the portal: <img src="http://tracker.invalid/pixel.png" alt="">the Supplier shall pay the <b>Real Living Wage</b>.</p>';
  await page.evaluate(
    (h) =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([h], { type: 'text/html' }),
          'text/plain': new Blob(['Copied from the portal: the Supplier shall pay the Real Living Wage.'], {
            type: 'text/plain',
          }),
        }),
      ]),
    html,
  );
  const before = requests.length;
  await page.locator('.draft p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+V');
  await waitFor(
    async () => (await page.locator('.draft').textContent()).includes('Copied from the portal'),
    'the pasted text',
  );
  assert.equal(await page.locator('.draft img, .draft b').count(), 0, 'no element from the pasted HTML');
  assert.deepEqual(requests.slice(before), []);
  await page.getByRole('button', { name: 'Reset demo' }).click();
  await page.getByText('The demo is back to its original text.').waitFor();
});

test('portal HTML dropped onto the draft arrives as plain text: no image is fetched', async () => {
  await openDemo('Homecare contract notice (England)');
  const html =
    '<p>Dropped from the portal: <img src="http://tracker.invalid/drop.png" alt="">the Supplier shall pay the <b>Real Living Wage</b>.</p>';
  const data = {
    items: [
      { mimeType: 'text/html', data: html },
      { mimeType: 'text/plain', data: 'Dropped from the portal: the Supplier shall pay the Real Living Wage.' },
    ],
    dragOperationsMask: 1,
  };
  const box = await page.locator('.draft p').first().boundingBox();
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await browser.context.newCDPSession(page);
  const before = requests.length;
  // A real drag, as the browser delivers one from another window: enter, over, drop.
  for (const type of ['dragEnter', 'dragOver', 'drop'])
    await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  await waitFor(
    async () => (await page.locator('.draft').textContent()).includes('Dropped from the portal'),
    'the dropped text',
  );
  assert.equal(await page.locator('.draft img, .draft b').count(), 0, 'no element from the dropped HTML');
  assert.deepEqual(requests.slice(before), []);
  await cdp.detach();
  await page.getByRole('button', { name: 'Reset demo' }).click();
  await page.getByText('The demo is back to its original text.').waitFor();
});

test('the Scottish and Welsh demos cite their own law', async () => {
  await openDemo('School catering notice (Scotland)');
  await page.keyboard.press('e');
  assert.match(
    await page.locator('#slide-explanation').textContent(),
    /Legal basis \(Scotland\)[\s\S]*Fair Work First/,
  );
  await page.screenshot({ path: artifact('presenter-scotland.png') });
  await openDemo('Waste collection notice (Wales)');
  await page.keyboard.press('e');
  assert.match(
    await page.locator('#slide-explanation').textContent(),
    /Legal basis \(Wales\)[\s\S]*Social Partnership and Public Procurement \(Wales\) Act 2023/,
  );
});

test('presenter mode made no network requests and raised no errors', () => {
  assert.deepEqual(requests, []);
  assert.deepEqual(pageErrors, []);
});
