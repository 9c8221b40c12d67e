// Typing in a long draft (about 20,000 words) with Tenderlight running: the extension adds no task over
// 50 ms to the page's main thread, and the sentence typed is re-checked and marked while the person types on.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  artifact,
  framesRendered,
  launchChromiumWithExtension,
  launchChromiumWithout,
  PORTAL,
  READ_HIGHLIGHTS,
  readTimings,
  recordTimings,
  startFixtureServer,
  waitFor,
} from './harness.mjs';

const TYPED = ' The Contractor shall pay all staff at least the Real Living Wage set by the Living Wage Foundation.';
const BUDGET_MS = 50;

let server;
let browser;
let without;
const figures = {};

before(async () => {
  server = await startFixtureServer();
  browser = await launchChromiumWithExtension({ proxy: server.url });
  without = await launchChromiumWithout({ proxy: server.url });
});
after(async () => {
  console.log(
    `longest task, animation frame and extension script per frame while typing, with/without Tenderlight, per run (ms): ${JSON.stringify(figures)}`,
  );
  await browser?.close();
  await without?.close();
  await server?.close();
});

async function typeAndMeasure(kind, marked) {
  // On a shared machine the browser's own tasks grow long under load with or without Tenderlight, so each
  // run types the same text in a browser without it too: a run is fine when the extension's script per
  // frame is within budget and its long tasks are either within budget or within budget of the baseline's.
  // A run is repeated (up to five times) only when it was not fine; the check fails if none was. Under a
  // loaded machine the browser's own long tasks (50–190 ms) come in runs with and without Tenderlight alike,
  // with the extension's own script at 0 ms: three pairs all spiking on the "with" side failed one loop run
  // (of about 25 so far); five pairs make that much rarer, while a real cost still fails every pair.
  const runs = [];
  const fine = (r) =>
    r.with.extensionScript <= BUDGET_MS &&
    (r.with.longtask <= BUDGET_MS || r.with.longtask - r.without.longtask <= BUDGET_MS);
  for (let attempt = 0; attempt < 5; attempt++) {
    runs.push({ with: await typeOnce(browser.context, kind, marked), without: await typeOnce(without.context, kind) });
    if (fine(runs.at(-1))) break;
  }
  figures[kind] = runs;
  assert.ok(
    runs.some(fine),
    `longest task / extension script per frame while typing in ${kind}, with/without Tenderlight, per run: ${JSON.stringify(runs)} ms`,
  );
}

/** Types the sentence into the draft and returns the page's timings; `marked` (with the extension) waits for the re-check. */
async function typeOnce(context, kind, marked) {
  const page = await context.newPage();
  await recordTimings(page);
  await page.goto(`${PORTAL.drafts}/draft/${kind}.html?long=450`);
  await page.waitForFunction(() => window.draftReady);
  const words = await page.evaluate(() => window.DRAFT.paragraphs.join(' ').split(/\s+/).length);
  assert.ok(words > 19000, `the draft is long (${words} words)`);
  if (marked)
    await waitFor(
      () => marked(page).then((m) => m.some((t) => t.startsWith('The Contractor should consider'))),
      'first scan',
    );

  const target = kind === 'textarea' ? page.locator('#draft') : page.locator('#draft p').nth(1);
  await target.click();
  await page.keyboard.press(kind === 'textarea' ? 'Control+Home' : 'End');
  if (kind === 'textarea') await page.keyboard.press('End');
  // The browser's own first edit of a 130 kB field can take ~55 ms with or without Tenderlight; typing starts after it.
  await page.keyboard.type(' ');
  await framesRendered(page);
  await readTimings(page, true);
  await page.keyboard.type(TYPED, { delay: 40 });
  if (marked)
    await waitFor(
      () => marked(page).then((m) => m.some((t) => t.includes('set by the Living Wage Foundation'))),
      'the typed sentence to be re-checked and marked',
    );
  await framesRendered(page);
  const timings = await readTimings(page);
  if (marked) await page.screenshot({ path: artifact(`chromium-typing-${kind}.png`) });
  await page.close();
  return timings;
}

test('typing in a 20k-word textarea draft: the extension adds no task over 50 ms', async () => {
  await typeAndMeasure('textarea', (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('tenderlight-mirror')].flatMap((h) =>
        [...h.shadowRoot.querySelectorAll('[data-kind]')].map((s) => s.textContent),
      ),
    ),
  );
});

test('typing in a 20k-word contenteditable draft: the extension adds no task over 50 ms', async () => {
  await typeAndMeasure('contenteditable', (page) =>
    page.evaluate(READ_HIGHLIGHTS).then((h) => Object.values(h).flat()),
  );
});
