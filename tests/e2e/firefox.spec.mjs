// The same journeys in Firefox ESR (puppeteer-core over WebDriver BiDi, the Firefox MV2 build): a long
// notice marked and explained, and a model clause inserted into each of the five editors and undone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  artifact,
  axeSeriousViolations,
  firefoxTabId,
  launchFirefoxWithExtension,
  openFirefoxExtensionPage,
  PORTAL,
  READ_HIGHLIGHTS,
  startFixtureServer,
  waitFor,
} from './harness.mjs';

const WEAK_LW = 'Bidders are encouraged to pay the Real Living Wage to staff working on the contract where possible.';
const DRAFT_WEAK = 'The Contractor should consider paying the Real Living Wage to staff where this is affordable.';
const LAST = 'Further requirements will be added here.';
const flat = (s) => s.replace(/\s+/g, ' ').trim();

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

async function pressUndo(page) {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

describe('Firefox: a published notice', () => {
  const url = `${PORTAL.notices}/notice/long-notice.html`;
  let page;
  let tabId;

  test('is scanned by itself, highlighted, and its HTML left untouched', async () => {
    page = await ff.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.__htmlBefore = document.documentElement.outerHTML;
      });
    });
    await page.goto(url);
    const hl = await waitFor(
      () => page.evaluate(READ_HIGHLIGHTS).then((h) => h['tenderlight-weak'] && h['tenderlight-strong'] && h),
      'highlights on the notice',
    );
    assert.deepEqual(hl['tenderlight-weak'], [WEAK_LW]);
    assert.equal(hl['tenderlight-strong'].length, 2);
    assert.doesNotMatch(Object.values(hl).flat().join('\n'), /Living Wage Foundation|Example only|Living Wage Week/);
    const [beforeHtml, now] = await page.evaluate(() => [window.__htmlBefore, document.documentElement.outerHTML]);
    assert.ok(beforeHtml.length > 100000);
    assert.equal(now, beforeHtml);
    await page.evaluate(() => document.getElementById('lw-weak').scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: artifact('firefox-notice-highlights.png') });
    tabId = await firefoxTabId(ff, url);
  });

  test('the side panel explains, and Show in page scrolls to the passage', async () => {
    const panel = await openFirefoxExtensionPage(ff, `sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('.summary');
    const text = (sel) => panel.$eval(sel, (el) => el.innerText);
    assert.equal(await text('.summary [data-status="weak"] .count'), '1');
    await panel.click('[data-check="living-wage"] .card-toggle');
    assert.equal(await text('[data-check="living-wage"] blockquote'), WEAK_LW);
    assert.match(await text('[data-check="living-wage"] .legal'), /Legal basis \(England\)/);
    await panel.screenshot({ path: artifact('firefox-sidepanel.png') });
    assert.deepEqual(await axeSeriousViolations(panel), []);
    await page.evaluate(() => window.scrollTo(0, 0));
    await panel.click('[data-check="living-wage"] .evidence button');
    const focus = await waitFor(() => page.evaluate(READ_HIGHLIGHTS).then((h) => h['tenderlight-focus']), 'focus');
    assert.deepEqual(focus, [WEAK_LW]);
    assert.ok(await page.evaluate(() => window.scrollY > 1000), 'the page scrolled to the passage');
    await panel.close();
    await page.close();
  });
});

const EDITORS = [
  { kind: 'textarea', model: () => document.getElementById('draft').value },
  { kind: 'contenteditable', model: () => document.getElementById('draft').innerText },
  { kind: 'ckeditor5', model: () => window.editor.getData() },
  { kind: 'tinymce', model: () => window.editor.getContent({ format: 'text' }) },
  { kind: 'quill', model: () => window.editor.getText() },
];

describe('Firefox: insertion into portal editors', () => {
  for (const { kind, model } of EDITORS) {
    test(`${kind}: marked, inserted through the editor, re-checked, undone`, async () => {
      const url = `${PORTAL.drafts}/draft/${kind}.html`;
      const page = await ff.browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.draftReady);
      const marks = () =>
        kind === 'textarea'
          ? page.evaluate(() =>
              [...document.querySelectorAll('tenderlight-mirror')].flatMap((h) =>
                [...h.shadowRoot.querySelectorAll('[data-kind="weak"]')].map((s) => s.textContent),
              ),
            )
          : page.evaluate(READ_HIGHLIGHTS).then((h) => h['tenderlight-weak'] ?? []);
      await waitFor(async () => (await marks()).includes(DRAFT_WEAK), `the weak passage marked in ${kind}`);

      if (kind === 'textarea') {
        await page.click('#draft');
        await page.keyboard.down('Control');
        await page.keyboard.press('End');
        await page.keyboard.up('Control');
      } else {
        const frame = kind === 'tinymce' ? await (await page.$('iframe')).contentFrame() : page.mainFrame();
        await frame.locator(`::-p-text(${LAST})`).click();
        await page.keyboard.press('End');
      }
      // Nothing is typed first: Insert adds the space the clause needs, and is one undo step of its own.

      const tabId = await firefoxTabId(ff, url);
      const panel = await openFirefoxExtensionPage(ff, `sidepanel.html?tab=${tabId}`);
      await panel.waitForSelector('[data-check="living-wage"] .card-toggle');
      await panel.click('[data-check="living-wage"] .card-toggle');
      const authority = await panel.$('[data-check="living-wage"] .placeholder input');
      if (authority) {
        // Typed key by key, as a person does (over any name kept from an earlier page).
        await authority.click({ count: 3 });
        await authority.type('Westshire Borough Council');
      }
      const clause = flat(await panel.$eval('[data-check="living-wage"] .clause-text', (el) => el.innerText));
      assert.ok(
        clause.includes('for Westshire Borough Council not less'),
        `the typed name fills the clause: ${clause}`,
      );
      assert.doesNotMatch(clause, /[{}]/);
      await panel.click('[data-check="living-wage"] .actions .primary');
      await waitFor(
        () =>
          panel.$eval('[data-check="living-wage"] .message', (el) => el.innerText).then((t) => t.includes('Inserted')),
        `the panel to confirm insertion into ${kind}`,
      );
      // Some editors apply a paste a moment later; the model is read until it holds the clause.
      const held = await waitFor(
        async () => {
          const now = flat(await page.evaluate(model));
          return now.includes(clause) && now;
        },
        `${kind} to hold the clause in its own model`,
        5000,
      ).catch(async () => flat(await page.evaluate(model)));
      assert.ok(
        held.includes(`${LAST} ${clause.slice(0, 40)}`),
        `${kind} holds the clause at the cursor: ${held.slice(-700)}`,
      );
      assert.ok(held.includes(clause), `${kind} holds the whole clause`);
      await waitFor(
        () =>
          panel
            .$eval('[data-check="living-wage"] .card-toggle .status', (el) => el.innerText)
            .then((t) => /Strong/.test(t)),
        'living wage to turn strong',
      );
      await page.bringToFront();
      await page.screenshot({ path: artifact(`firefox-insert-${kind}.png`) });
      // Back in the page, the person clicks into the editor (the panel had the focus) and presses Ctrl+Z.
      if (kind === 'textarea') await page.click('#draft');
      else {
        const frame = kind === 'tinymce' ? await (await page.$('iframe')).contentFrame() : page.mainFrame();
        await frame.locator('::-p-text(Specification for the home)').click();
      }
      await pressUndo(page);
      await waitFor(
        async () => !flat(await page.evaluate(model)).includes(clause.slice(0, 60)),
        `undo in ${kind} to remove the clause`,
      );
      await panel.close();
      await page.close();
    });
  }
});

describe('Firefox: frames and shadow roots', () => {
  test('text in a same-origin iframe, a script-written frame and an open shadow root is marked', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${PORTAL.drafts}/frames/index.html`);
    const hl = await waitFor(
      () =>
        page.evaluate(READ_HIGHLIGHTS).then((h) => {
          const strong = h['tenderlight-strong'] ?? [];
          const both = strong.some((t) => t.startsWith('The Contractor shall pay every worker'));
          return both && strong.some((t) => t.startsWith('The Contractor shall not use zero-hours')) ? h : undefined;
        }),
      'highlights in frames and the shadow root',
    );
    assert.ok(hl['tenderlight-strong'].some((t) => t.startsWith('The Contractor shall pay every worker')));
    assert.ok(hl['tenderlight-strong'].some((t) => t.startsWith('The Contractor shall not use zero-hours')));
    assert.ok(hl['tenderlight-weak'].some((t) => t.includes('open-book basis')));
    await page.screenshot({ path: artifact('firefox-frames.png') });
    await page.close();
  });

  test('no request left the browser except the fixture pages (and Firefox’s own settings service)', () => {
    for (const r of server.requests) {
      if (r.method === 'CONNECT') assert.match(r.url, /\.mozilla\.(com|net|org):443$/);
      else assert.match(r.url, /^http:\/\/(in-tendhost\.co\.uk|procontract\.due-north\.com)\//);
    }
  });
});

describe('Firefox: typing in a long draft', () => {
  // Firefox has no Long Tasks API; a task that blocks the main thread shows as a gap between animation
  // frames, so the longest gap while typing is measured instead (50 ms of work plus one 16 ms frame).
  const BUDGET_MS = 66;
  const figures = {};
  after(() => console.log(`Firefox longest frame gap while typing, per run (ms): ${JSON.stringify(figures)}`));

  /**
   * Types the sentence into the draft at `origin` and returns the longest frame gap from the first key until the
   * marks are drawn again (with Tenderlight), or for `watchMs` after the last key (without): the baseline is
   * watched as long after typing as the run with Tenderlight was, so a loaded machine's hiccups have the same
   * window to land in on both sides of the comparison.
   */
  async function typingGap(kind, origin, withExtension, watchMs = 0) {
    const page = await ff.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      window.__gap = 0;
      let last = 0;
      const loop = (t) => {
        if (last && window.__measure) window.__gap = Math.max(window.__gap, t - last);
        last = t;
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
    await page.goto(`${origin}/draft/${kind}.html?long=450`);
    await page.waitForFunction(() => window.draftReady);
    const marked = () =>
      kind === 'textarea'
        ? page.evaluate(() =>
            [...document.querySelectorAll('tenderlight-mirror')].flatMap((h) =>
              [...h.shadowRoot.querySelectorAll('[data-kind]')].map((s) => s.textContent),
            ),
          )
        : page.evaluate(READ_HIGHLIGHTS).then((h) => Object.values(h).flat());
    if (withExtension)
      await waitFor(() => marked().then((m) => m.some((t) => t.startsWith('The Contractor should'))), 'first scan');
    if (kind === 'textarea') await page.click('#draft');
    else await page.locator('::-p-text(The Contractor should consider)').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    // the browser's own first edit of the long field is painted before measuring starts
    const twoFrames = () =>
      page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await twoFrames();
    await page.evaluate(() => {
      window.__gap = 0;
      window.__measure = true;
    });
    await page.keyboard.type(
      ' The Contractor shall pay all staff the Real Living Wage set by the Living Wage Foundation.',
      {
        delay: 40,
      },
    );
    const typed = await page.evaluate(() => performance.now());
    if (withExtension) {
      await waitFor(
        () => marked().then((m) => m.some((t) => t.includes('shall pay all staff the Real Living Wage'))),
        'the typed sentence to be re-checked and marked',
      );
      // the textarea's marks are hidden while keys come and drawn again once the typing pauses
      if (kind === 'textarea')
        await waitFor(
          () =>
            page.evaluate(() =>
              [...document.querySelectorAll('tenderlight-mirror')].every(
                (h) => getComputedStyle(h).visibility === 'visible',
              ),
            ),
          'the marks to be shown again after typing',
        );
    } else
      await page.evaluate(
        (until) =>
          new Promise((r) => {
            const frame = () => (performance.now() >= until ? r() : requestAnimationFrame(frame));
            requestAnimationFrame(frame);
          }),
        typed + watchMs,
      );
    const [gap, watched] = await page.evaluate((t) => {
      window.__measure = false;
      return [Math.round(window.__gap), performance.now() - t];
    }, typed);
    // taken once the measuring has stopped: a screenshot of a 20k-word page holds the page's thread a while
    if (withExtension) await page.screenshot({ path: artifact(`firefox-typing-${kind}.png`) });
    await page.close();
    return { gap, watched };
  }

  for (const kind of ['textarea', 'contenteditable']) {
    test(`${kind}: a 20k-word draft keeps every frame gap under ${BUDGET_MS} ms while typing, or within 50 ms of the same typing without Tenderlight`, async () => {
      // The same draft served from 127.0.0.1 (not a portal: Tenderlight does not run there) is the baseline,
      // measured in the same run, so a loaded machine slows both and cannot fail the comparison.
      const runs = [];
      const fine = (r) => r.with <= BUDGET_MS || r.with - r.without <= 50;
      for (let attempt = 0; attempt < 3 && !(runs.length && fine(runs.at(-1))); attempt++) {
        const withTenderlight = await typingGap(kind, PORTAL.drafts, true);
        const without = await typingGap(kind, server.url, false, withTenderlight.watched);
        runs.push({ with: withTenderlight.gap, without: without.gap, watchedAfterTyping: Math.round(without.watched) });
      }
      figures[kind] = runs;
      assert.ok(
        runs.some(fine),
        `longest frame gap in ${kind} with/without Tenderlight, per run: ${JSON.stringify(runs)} ms`,
      );
    });
  }
});
