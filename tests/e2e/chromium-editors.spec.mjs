// A commissioner drafts in each of the five editors on a known portal (Chromium): the weak passage is
// marked, they put the cursor at the end of the draft, press Insert in the side panel, the editor's own
// model holds the clause, the check turns strong, and the editor's undo takes it out again.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  artifact,
  chromiumTabId,
  launchChromiumWithExtension,
  openExtensionPage,
  PORTAL,
  READ_HIGHLIGHTS,
  startFixtureServer,
  waitFor,
} from './harness.mjs';

const WEAK = 'The Contractor should consider paying the Real Living Wage to staff where this is affordable.';
const LAST = 'Further requirements will be added here.';

/** Reads what each editor itself holds, in the page's world. */
const EDITORS = [
  { kind: 'textarea', label: 'text box', model: () => document.getElementById('draft').value },
  { kind: 'contenteditable', label: 'editor', model: () => document.getElementById('draft').innerText },
  { kind: 'ckeditor5', label: 'CKEditor 5', model: () => window.editor.getData() },
  { kind: 'tinymce', label: 'TinyMCE editor', model: () => window.editor.getContent({ format: 'text' }) },
  { kind: 'quill', label: 'Quill editor', model: () => window.editor.getText() },
];

let server;
let browser;

before(async () => {
  server = await startFixtureServer();
  browser = await launchChromiumWithExtension({ proxy: server.url });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The last paragraph of the draft, where the person clicks to put the cursor. */
function lastParagraph(page, kind) {
  if (kind === 'textarea') return page.locator('#draft');
  if (kind === 'tinymce') return page.frameLocator('iframe').locator('p', { hasText: LAST });
  return page.locator('p', { hasText: LAST });
}

async function weakMarks(page, kind) {
  if (kind === 'textarea')
    return page.evaluate(() =>
      [...document.querySelectorAll('tenderlight-mirror')].flatMap((h) =>
        [...h.shadowRoot.querySelectorAll('[data-kind="weak"]')].map((s) => s.textContent),
      ),
    );
  return (await page.evaluate(READ_HIGHLIGHTS))['tenderlight-weak'] ?? [];
}

const flat = (s) => s.replace(/\s+/g, ' ').trim();

describe('insertion into portal editors (Chromium)', () => {
  for (const { kind, label, model } of EDITORS) {
    test(`${kind}: marked, inserted through the editor, re-checked, undone`, async () => {
      const url = `${PORTAL.drafts}/draft/${kind}.html`;
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.draftReady);
      await waitFor(async () => (await weakMarks(page, kind)).includes(WEAK), `the weak passage marked in ${kind}`);

      await lastParagraph(page, kind).click();
      // The cursor sits right after the last sentence's full stop: no space is left there, Insert must add it.
      await page.keyboard.press(kind === 'textarea' ? 'Control+End' : 'End');
      // Nothing is typed first: the insertion must be one undo step of its own in every editor.
      const beforeInsert = flat(await page.evaluate(model));

      const tabId = await chromiumTabId(browser.worker, url);
      const panel = await openExtensionPage(browser.context, browser.extensionId, 'sidepanel.html', tabId);
      const card = panel.locator('[data-check="living-wage"]');
      await card.locator('.card-toggle').click();
      const authority = card.getByLabel(/Authority name/);
      if (await authority.count()) await authority.fill('Westshire Borough Council');
      const clause = flat(await card.locator('.clause-text').innerText());
      assert.doesNotMatch(clause, /[{}]/);
      await card.getByRole('button', { name: 'Insert' }).click();
      await waitFor(
        () =>
          card
            .locator('.message')
            .innerText()
            .then((t) => t.includes(`Inserted into the ${label}`)),
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
      assert.ok(held.includes(clause), `${kind} holds the clause in its own model`);
      assert.ok(held.includes(`${LAST} ${clause.slice(0, 40)}`), 'the clause went where the cursor was');
      // kept apart from the sentence before it, in the editor's own text, not only after collapsing whitespace
      const raw = await page.evaluate(model);
      assert.match(raw, new RegExp(`${LAST.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${clause.slice(0, 12)}`));

      // The draft is re-checked by itself: the inserted clause makes the check strong.
      await waitFor(
        () =>
          card
            .locator('.card-toggle .status')
            .innerText()
            .then((t) => /Strong/.test(t)),
        'living wage to turn strong',
      );
      await page.bringToFront();
      await page.screenshot({ path: artifact(`chromium-insert-${kind}.png`) });

      // Back in the page, the person clicks into the editor (the panel had the focus) and presses Ctrl+Z.
      if (kind === 'textarea') await page.locator('#draft').click();
      else if (kind === 'tinymce') await page.frameLocator('iframe').getByText('Specification for the home').click();
      else await page.getByText('Specification for the home').click();
      await page.keyboard.press('Control+z');
      await waitFor(
        async () => !flat(await page.evaluate(model)).includes(clause.slice(0, 60)),
        `undo in ${kind} to remove the clause`,
      );
      // One undo takes out exactly the insertion (and its separating space): the draft is as it was.
      assert.equal(flat(await page.evaluate(model)), beforeInsert, `one undo in ${kind} restores the draft exactly`);
      await panel.close();
      await page.close();
    });
  }
});

test('textarea: the one overlay host sits after <body>, the body is untouched, and the host goes when the marks go (Chromium)', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() =>
    addEventListener('DOMContentLoaded', () => {
      window.__bodyBefore = document.body.outerHTML;
    }),
  );
  await page.goto(`${PORTAL.drafts}/draft/textarea.html`);
  await page.waitForFunction(() => window.draftReady);
  await waitFor(async () => (await weakMarks(page, 'textarea')).includes(WEAK), 'the weak passage marked');
  const shape = () =>
    page.evaluate(() => ({
      hosts: document.querySelectorAll('tenderlight-mirror').length,
      last: document.documentElement.lastElementChild?.localName,
      inBody: !!document.body.querySelector('tenderlight-mirror'),
      bodyUntouched: document.body.outerHTML === window.__bodyBefore,
    }));
  // The README's promise, as restated: one host, the last child of <html>, nothing in <body> changed.
  assert.deepEqual(await shape(), { hosts: 1, last: 'tenderlight-mirror', inBody: false, bodyUntouched: true });
  await page.locator('#draft').fill('The library van visits each village on Tuesdays and Fridays.');
  await waitFor(
    async () => (await shape()).hosts === 0,
    'the overlay host removed once nothing in the text box is marked',
  );
  assert.equal((await shape()).bodyUntouched, true);
  await page.close();
});

test('text in a same-origin iframe, a script-written frame and an open shadow root is marked (Chromium)', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${PORTAL.drafts}/frames/index.html`);
  const hl = await waitFor(
    () =>
      page.evaluate(READ_HIGHLIGHTS).then((h) => {
        const strong = h['tenderlight-strong'] ?? [];
        const lw = strong.some((t) => t.startsWith('The Contractor shall pay every worker'));
        return lw && strong.some((t) => t.startsWith('The Contractor shall not use zero-hours')) ? h : undefined;
      }),
    'highlights in both frames',
  );
  assert.ok(
    hl['tenderlight-weak'].some((t) => t.includes('open-book basis')),
    'the shadow-root passage is marked',
  );
  await page.screenshot({ path: artifact('chromium-frames.png') });
  await page.close();
});
