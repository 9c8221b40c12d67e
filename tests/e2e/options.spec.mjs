// The options page: a commissioner or union branch maintains its clause library, settings and wage rates.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
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
  startFixtureServer,
  waitFor,
} from './harness.mjs';

const LIBRARY = join(ROOT, 'tests/fixtures/library');
let browser;
let page;

before(async () => {
  browser = await launchChromiumWithExtension();
  page = await openOptions(browser);
});
after(async () => {
  await browser?.close();
});

async function openOptions(b, hash = '') {
  const p = await b.context.newPage();
  await p.setViewportSize({ width: 1400, height: 1000 });
  p.on('dialog', (d) => d.accept());
  await p.goto(`chrome-extension://${b.extensionId}/options.html${hash}`);
  return p;
}

/** Every clause as stored in the extension's IndexedDB, read directly rather than through the UI. */
function storedClauses(p) {
  return p.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('tenderlight-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('clauses').objectStore('clauses').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result.sort((a, b) => a.id.localeCompare(b.id)));
          };
        };
      }),
  );
}

/** Opens the bundled sample notice under a portal host and the side panel pointed at its tab. */
async function openPanelOnSampleNotice(b) {
  const url = `${PORTAL.notices}/assets/samples/homecare-notice.html`;
  const notice = await b.context.newPage();
  await notice.goto(url);
  return openExtensionPage(b.context, b.extensionId, 'sidepanel.html', await chromiumTabId(b.worker, url));
}

const list = () => page.getByRole('list', { name: 'Clauses' });
const listTitles = () => list().locator('.tl-clause-title').allTextContents();
const tab = (name) => page.getByRole('navigation', { name: 'Options' }).getByRole('button', { name });

test('browse: the built-ins are listed, filtered by check, place and document type, and searched', async () => {
  await list().waitFor();
  const all = (await listTitles()).length;
  assert.ok(all >= 16, `expected the built-ins, got ${all}`);
  await page.getByLabel('Check').selectOption('living-wage');
  const livingWage = await listTitles();
  assert.ok(livingWage.length >= 2 && livingWage.length < all);
  await page.getByLabel('Place').selectOption('scotland');
  assert.ok((await listTitles()).includes('Real Living Wage under Fair Work First (Scotland)'));
  await page.getByLabel('Place').selectOption('wales');
  assert.ok(!(await listTitles()).includes('Real Living Wage under Fair Work First (Scotland)'));
  await page.getByLabel('Place').selectOption('');
  await page.getByLabel('Document type').selectOption('itt');
  assert.ok((await listTitles()).includes('Pass/fail tender question on the Real Living Wage'));
  await page.getByLabel('Document type').selectOption('');
  await page.getByLabel('Search').fill('travel time');
  assert.deepEqual(await listTitles(), ['Real Living Wage for everyone working on the contract']);
  await page.getByLabel('Search').fill('');
  await page.getByLabel('Check').selectOption('');
});

test('view: the wording shows the current rates, and an empty authority name is shown, not hidden', async () => {
  await list()
    .getByRole('button', { name: /Real Living Wage for everyone working on the contract/ })
    .click();
  const preview = page.getByTestId('clause-preview');
  await preview.waitFor();
  const text = await preview.textContent();
  assert.match(text, /£13\.45 per hour/);
  assert.match(text, /\{authority\}/);
  assert.match(await page.getByTestId('placeholder-problems').textContent(), /\{authority\} is not filled yet/);
  assert.match(await page.locator('.tl-legal-basis').textContent(), /In force from \d{4}-\d{2}-\d{2}/);
  await page.screenshot({ path: artifact('options-library-view.png') });
  assert.deepEqual(await axeSeriousViolations(page), []);
});

test('settings: the authority name is saved and then fills the wording', async () => {
  await tab('Settings').click();
  await page.getByLabel('Authority name').fill('Northtown Council');
  await page.getByLabel('Contract name, when the page gives none').fill('x'.repeat(201));
  await page.getByRole('button', { name: 'Save settings' }).click();
  assert.match(await page.getByRole('alert').textContent(), /Contract name: is longer than 200 characters/);
  await page.getByLabel('Contract name, when the page gives none').fill('');
  assert.match(await page.getByText('No sites of your own yet.').textContent(), /No sites/);
  await page.getByLabel('Site to add').fill('not a site');
  await page.getByRole('button', { name: 'Run here by itself' }).click();
  assert.match(
    await page.getByRole('region', { name: 'Sites where Tenderlight runs by itself' }).getByRole('alert').textContent(),
    /“not a site” is not a web site name/,
  );
  await page.getByLabel('Real Living Wage', { exact: true }).uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved.').waitFor();
  await page.screenshot({ path: artifact('options-settings.png') });
  assert.deepEqual(await axeSeriousViolations(page), []);

  const again = await openOptions(browser, '#settings');
  assert.equal(await again.getByLabel('Authority name').inputValue(), 'Northtown Council');
  assert.equal(await again.getByLabel('Real Living Wage', { exact: true }).isChecked(), false);
  await again.getByLabel('Real Living Wage', { exact: true }).check();
  await again.getByRole('button', { name: 'Save settings' }).click();
  await again.getByText('Settings saved.').waitFor();
  await again.close();

  await tab('Clause library').click();
  await list()
    .getByRole('button', { name: /Real Living Wage for everyone working on the contract/ })
    .click();
  assert.match(await page.getByTestId('clause-preview').textContent(), /for Northtown Council not less than/);
  assert.equal(await page.getByTestId('placeholder-problems').count(), 0);
});

test('edit: a built-in is copied, the copy edited with a live preview, and the built-in stays as it was', async () => {
  const before = (await storedClauses(page)).find((c) => c.id === 'living-wage/standard');
  await page.getByRole('button', { name: 'Make my own copy to edit' }).click();
  const editor = page.getByRole('form', { name: 'Edit clause' });
  await editor.waitFor();
  await editor.getByLabel('Title', { exact: true }).fill('Northtown: living wage including sleep-ins');
  await editor
    .getByLabel('Wording')
    .fill('{authorty} requires the Real Living Wage of {rlw_rate} for every hour, sleep-ins included.');
  const live = editor.getByRole('region', { name: 'Live preview' });
  assert.match(await live.textContent(), /\{authorty\} is not a placeholder Tenderlight knows/);
  assert.match(await live.textContent(), /£13\.45 for every hour/);
  await page.screenshot({ path: artifact('options-editor-unknown-placeholder.png') });
  assert.deepEqual(await axeSeriousViolations(page), []);
  await editor
    .getByLabel('Wording')
    .fill('{authority} requires the Real Living Wage of {rlw_rate} for every hour, sleep-ins included.');
  assert.match(await live.textContent(), /^Northtown Council requires the Real Living Wage of £13\.45/);
  await editor.getByRole('button', { name: 'Save clause' }).click();
  await page.getByRole('heading', { name: 'Northtown: living wage including sleep-ins' }).waitFor();

  const stored = await storedClauses(page);
  const copy = stored.find((c) => c.title === 'Northtown: living wage including sleep-ins');
  assert.equal(copy.origin, 'user');
  assert.deepEqual(copy.basedOn, { id: 'living-wage/standard', version: before.version });
  assert.deepEqual(
    stored.find((c) => c.id === 'living-wage/standard'),
    before,
  );
});

test('add and delete: a new clause is created, a bad one refused with reasons, and deleted', async () => {
  await page.getByRole('button', { name: 'Add a clause' }).click();
  const editor = page.getByRole('form', { name: 'Edit clause' });
  await editor.getByLabel('Check').selectOption('foi');
  await editor.getByLabel('Title', { exact: true }).fill('Branch FOI clause');
  await editor.getByLabel('Wording').fill('Information held by the Supplier for {authority} is held by {authority}.');
  await editor.getByRole('button', { name: 'Add a source' }).click();
  await editor.getByLabel('Source title').fill('Freedom of Information Act 2000, s.3(2)(b)');
  await editor.getByLabel('Web address').fill('legislation.gov.uk');
  await editor.getByRole('button', { name: 'Save clause' }).click();
  assert.match(
    await editor.getByRole('alert').textContent(),
    /the legal basis \("legalBasis"\), source 1, its web address \("url"\) should be a web address/,
  );
  await editor.getByLabel('Web address').fill('https://www.legislation.gov.uk/ukpga/2000/36/section/3');
  await editor.getByRole('button', { name: 'Save clause' }).click();
  await page.getByRole('heading', { name: 'Branch FOI clause' }).waitFor();
  assert.ok((await storedClauses(page)).some((c) => c.title === 'Branch FOI clause' && c.checkId === 'foi'));

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByText('Deleted “Branch FOI clause”.').waitFor();
  assert.ok(!(await storedClauses(page)).some((c) => c.title === 'Branch FOI clause'));
});

test('hide and restore: a hidden built-in comes back with "Restore built-ins"', async () => {
  const title = 'Pass/fail tender question on the Real Living Wage';
  await list()
    .getByRole('button', { name: new RegExp(title.replace(/[/]/g, '.')) })
    .click();
  await page.getByRole('button', { name: 'Hide this built-in' }).click();
  await page.getByText(`Hid “${title}”.`).waitFor();
  // the list follows the store a moment after the message: wait for it rather than read it once
  await waitFor(async () => !(await listTitles()).includes(title), 'the hidden built-in to leave the list');
  await page.getByRole('button', { name: 'Restore built-ins' }).click();
  await page.getByText('Restored 1 built-in clause(s).').waitFor();
  await waitFor(async () => (await listTitles()).includes(title), 'the restored built-in back in the list');
});

test('import a bad file: refused with the entry and field named, and the library unchanged', async () => {
  const before = await storedClauses(page);
  await page.getByLabel('Import a clause file').setInputFiles(join(LIBRARY, 'bad-entry.json'));
  const message = await page.getByTestId('import-message').textContent();
  assert.match(message, /^Nothing was imported\. Entry 2 \("Northtown branch: contractor information/);
  assert.match(message, /the check \("checkId"\) should be one of Tenderlight's checks/);
  assert.match(message, /but it is "freedom-of-info"/);
  assert.equal(await page.getByTestId('import-message').getAttribute('role'), 'alert');
  await page.getByTestId('import-message').scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('options-import-refused.png') });
  await page.getByLabel('Import a clause file').setInputFiles(join(LIBRARY, 'newer-version.json'));
  await page.getByText(/made by a newer Tenderlight/).waitFor();
  assert.deepEqual(await storedClauses(page), before);
});

test('import hostile files: Latin-1, UTF-16 and a javascript: source are refused in plain words, nothing changes and nothing is a live link', async () => {
  const before = await storedClauses(page);
  const choose = (fixture, name) =>
    page.getByLabel('Import a clause file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: readFileSync(join(LIBRARY, fixture)),
    });
  await choose('latin1-library.bin', 'southport-clauses.json');
  await page.getByText(/^Nothing was imported\. The file is not UTF-8 text: line 5 /).waitFor();
  await choose('utf16-library.bin', 'branch-from-notepad.json');
  await page.getByText(/^Nothing was imported\. The file is saved as UTF-16 text/).waitFor();
  await choose('script-address.json', 'branch.json');
  await page
    .getByText(/Entry 2 .*source 2, its web address \("url"\) should be a web address starting https:\/\/ or http:\/\//)
    .waitFor();
  assert.deepEqual(await storedClauses(page), before);
  assert.equal(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count(), 0);
});

test('import a good file in one step, then again with a changed clause: the user chooses keep both', async () => {
  const before = (await storedClauses(page)).length;
  await page.getByLabel('Import a clause file').setInputFiles(join(LIBRARY, 'branch-library.json'));
  await page.getByText('Imported from Northtown UNISON branch: 2 clause(s) added.').waitFor();
  assert.equal((await storedClauses(page)).length, before + 2);
  assert.ok((await listTitles()).includes('Northtown branch: Real Living Wage from day one'));

  const changed = JSON.parse(readFileSync(join(LIBRARY, 'branch-library.json'), 'utf8'));
  changed.clauses[0].body = 'Revised after the ballot: {authority} pays the Real Living Wage of {rlw_rate}.';
  const file = artifact('branch-library-revised.json');
  writeFileSync(file, JSON.stringify(changed));
  await page.getByLabel('Import a clause file').setInputFiles(file);
  await page.getByText('1 clause(s) in the file have the same id as yours but different wording:').waitFor();
  await page.getByLabel(/Keep both/).check();
  await page.screenshot({ path: artifact('options-import-duplicates.png') });
  await page.getByRole('button', { name: 'Import 2 clause(s)' }).click();
  await page.getByText(/1 clause\(s\) added, 1 skipped \(1 already in your library\)/).waitFor();
  const stored = await storedClauses(page);
  assert.equal(stored.length, before + 3);
  assert.ok(stored.some((c) => c.title === 'Northtown branch: Real Living Wage from day one (imported)'));
  assert.match(stored.find((c) => c.id === 'living-wage/northtown-branch').body, /^From the first day/);
});

test("export my clauses: a colleague's fresh browser imports the file in one step and gets the same clauses", async () => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export my clauses/ }).click();
  const file = artifact('exported-my-clauses.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(exported.format, 'tenderlight-clause-library');
  assert.equal(exported.exportedBy, 'Northtown Council');
  const mine = (await storedClauses(page)).filter((c) => c.origin === 'user');
  assert.deepEqual(
    exported.clauses.map((c) => c.id).sort(),
    mine.map((c) => c.id),
  );

  const everything = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const all = artifact('exported-everything.json');
  await (await everything).saveAs(all);
  assert.equal(JSON.parse(readFileSync(all, 'utf8')).clauses.length, (await storedClauses(page)).length);

  const colleague = await launchChromiumWithExtension();
  try {
    const other = await openOptions(colleague);
    await other.getByLabel('Import a clause file').setInputFiles(file);
    await other.getByText(`Imported from Northtown Council: ${mine.length} clause(s) added.`).waitFor();
    const theirs = (await storedClauses(other)).filter((c) => c.origin === 'user');
    assert.deepEqual(theirs, mine);
  } finally {
    await colleague.close();
  }
});

test('wage rates: dated and sourced, editable, with a warning once the newest rate is over 13 months old', async () => {
  const stale = await browser.context.newPage();
  await stale.clock.install({ time: new Date('2027-01-15T12:00:00Z') });
  await stale.setViewportSize({ width: 1400, height: 1000 });
  await stale.goto(`chrome-extension://${browser.extensionId}/options.html#rates`);
  const age = stale.getByTestId('rate-age');
  assert.match(
    await age.textContent(),
    /announced 2025-10-22 \(14 months ago\)\. This table is probably out of date: check the Living Wage Foundation/,
  );
  assert.equal(await age.getAttribute('role'), 'alert');
  await stale.screenshot({ path: artifact('options-rates-stale.png'), fullPage: true });
  assert.deepEqual(await axeSeriousViolations(stale), []);

  await stale.getByRole('button', { name: 'Add a rate' }).click();
  const form = stale.getByRole('form', { name: 'Wage rate' });
  await form.getByLabel('£ per hour').fill('14.10');
  await form.getByLabel('Announced').fill('2026-10-21');
  await form.getByLabel('Payable from').fill('2027-05-01');
  await form.getByLabel('Name').fill('Real Living Wage 2026-27');
  await form.getByLabel('Source').fill('Living Wage Foundation announcement, 21 Oct 2026');
  await form.getByRole('button', { name: 'Save rate' }).click();
  await stale.getByRole('cell', { name: /^Real Living Wage 2026-27 Real/ }).waitFor();
  assert.match(await age.textContent(), /Real Living Wage 2026-27, announced 2026-10-21 \(2 months ago\)\.$/);
  assert.equal(await age.getAttribute('role'), null);
  await stale.screenshot({ path: artifact('options-rates-updated.png'), fullPage: true });

  await stale.getByRole('button', { name: 'Clause library' }).click();
  await stale.getByRole('button', { name: /Real Living Wage for everyone working on the contract/ }).click();
  assert.match(
    await stale.getByTestId('clause-preview').textContent(),
    /the 2026-27 rates? (?:is|are) £14\.10 per hour/,
  );

  await stale.getByRole('button', { name: 'Wage rates' }).click();
  await stale.getByRole('button', { name: 'Go back to the shipped rates' }).click();
  await stale.getByText(/This table is probably out of date/).waitFor();
  await stale.close();
});

test("an imported clause becomes the side panel's suggestion on a notice, with the alternatives one click away", async () => {
  const server = await startFixtureServer();
  const b = await launchChromiumWithExtension({ proxy: server.url });
  try {
    const options = await openOptions(b, '#settings');
    await options.getByLabel('Authority name').fill('Northtown Council');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();
    await options.getByRole('button', { name: 'Clause library' }).click();
    await options.getByLabel('Import a clause file').setInputFiles(join(LIBRARY, 'branch-library.json'));
    await options.getByText('Imported from Northtown UNISON branch: 2 clause(s) added.').waitFor();

    const panel = await openPanelOnSampleNotice(b);
    await panel.setViewportSize({ width: 420, height: 1000 });
    const card = panel.locator('[data-check="living-wage"]');
    await card.locator('.card-toggle').click();
    const suggestion = card.locator('.suggestion');
    await suggestion
      .getByRole('heading', { name: 'Model wording: Northtown branch: Real Living Wage from day one' })
      .waitFor();
    const wording = await suggestion.locator('.clause-text').textContent();
    assert.match(
      wording,
      /^From the first day of this Contract, the Supplier shall pay every worker engaged on it for Northtown Council/,
    );
    assert.match(wording, /\(£13\.45 per hour; £14\.80 in London\)/);
    await suggestion.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: artifact('sidepanel-library-suggestion.png') });

    const others = suggestion.getByRole('group', { name: 'Other wording from your library' });
    await others.getByRole('button', { name: 'Pass/fail tender question on the Real Living Wage' }).click();
    await suggestion
      .getByRole('heading', { name: 'Model wording: Pass/fail tender question on the Real Living Wage' })
      .waitFor();
    assert.match(await suggestion.locator('.clause-text').textContent(), /contract with Northtown Council/);
    await others.getByRole('button', { name: 'Northtown branch: Real Living Wage from day one (yours)' }).waitFor();
  } finally {
    await b.close();
    await server.close();
  }
});

test('a check switched off in settings is reported as not applicable in the side panel; switched on again, it runs again', async () => {
  const server = await startFixtureServer();
  const b = await launchChromiumWithExtension({ proxy: server.url });
  try {
    const options = await openOptions(b, '#settings');
    await options.getByLabel('Real Living Wage', { exact: true }).uncheck();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();

    const panel = await openPanelOnSampleNotice(b);
    await panel.locator('article[data-check="social-value"]').waitFor();
    assert.match(await panel.locator('article[data-check="living-wage"]').getAttribute('class'), /\bcard-na\b/);
    assert.doesNotMatch(await panel.locator('article[data-check="social-value"]').getAttribute('class'), /\bcard-na\b/);

    // switched back on while the extension is running: the next scan runs it again
    await options.getByLabel('Real Living Wage', { exact: true }).check();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Settings saved.').waitFor();
    await panel.getByRole('button', { name: 'Scan this page' }).click();
    await waitFor(
      async () => !/\bcard-na\b/.test(await panel.locator('article[data-check="living-wage"]').getAttribute('class')),
      'living-wage to be checked again',
    );
  } finally {
    await b.close();
    await server.close();
  }
});
