// A rep opens a Scottish council's tender and a Canadian province's request for proposals on a known portal
// (Chromium): the side panel cites only Scottish instruments for the first and says the legal basis is not
// covered for the second, and outside the UK the model wording says which UK law does not apply.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  artifact,
  chromiumTabId,
  launchChromiumWithExtension,
  openExtensionPage,
  PORTAL,
  startFixtureServer,
  tabState,
  waitFor,
} from './harness.mjs';

const page = (title, paragraphs) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</main></body></html>`;

const SCOTTISH = page('Glenmore Council: Invitation to Tender for Catering Services', [
  'This procurement is carried out under the Procurement Reform (Scotland) Act 2014 and the Public Contracts (Scotland) Regulations 2015.',
  'Bidders are encouraged to pay the real Living Wage and to adopt Fair Work First practices where possible.',
  'The contract will run for three years from April 2027.',
]);
const CANADIAN = page('Province of Manitoba: Request for Proposals for Janitorial Services', [
  'Janitorial services are required for provincial offices in Winnipeg, Manitoba.',
  'Proponents are encouraged to pay a living wage to their employees where possible.',
  'Prices must be stated in Canadian dollars (CAD), and the Proponent shall comply with the laws of Manitoba.',
]);

let server;
let browser;

before(async () => {
  server = await startFixtureServer();
  server.addPage('/nations/scotland.html', SCOTTISH);
  server.addPage('/nations/canada.html', CANADIAN);
  browser = await launchChromiumWithExtension({ proxy: server.url });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the document in a tab, waits for its scan, and returns the side panel's living-wage card, opened. */
async function livingWageCard(path, name) {
  const url = `${PORTAL.notices}${path}`;
  const tab = await browser.context.newPage();
  await tab.goto(url);
  const tabId = await waitFor(() => chromiumTabId(browser.worker, url), `the ${name} tab`);
  await waitFor(async () => (await tabState(browser.context, tabId))?.result, `the ${name} document scanned`);
  const panel = await openExtensionPage(browser.context, browser.extensionId, 'sidepanel.html', tabId);
  const card = panel.locator('[data-check="living-wage"]');
  await card.locator('.card-toggle').click();
  await card.locator('.legal').waitFor();
  return { panel, card, tab };
}

test('a Scottish council’s tender: the panel cites Scottish instruments only', async () => {
  const { panel, card, tab } = await livingWageCard('/nations/scotland.html', 'Scottish');
  const legal = await card.locator('.legal').innerText();
  assert.match(legal, /Legal basis \(Scotland\)/);
  assert.match(legal, /Fair Work First/);
  assert.doesNotMatch(legal, /Procurement Act 2023|National Procurement Policy Statement|PPN 0\d\d|Sourcing Playbook/);
  // every card the panel lists, opened, cites no law that does not apply to a devolved Scottish body
  const all = await panel.locator('.legal').allInnerTexts();
  for (const text of all) assert.doesNotMatch(text, /Procurement Act 2023|National Procurement Policy Statement/);
  assert.doesNotMatch(await card.locator('.clause-text').innerText(), /Procurement Act 2023/);
  await panel.screenshot({ path: artifact('chromium-nations-scotland.png') });
  await panel.close();
  await tab.close();
});

test('a Canadian province’s request: the legal basis is not covered, and UK law in wording is named', async () => {
  const { panel, card, tab } = await livingWageCard('/nations/canada.html', 'Canadian');
  const legal = await card.locator('.legal').innerText();
  assert.match(legal, /not covered/);
  assert.doesNotMatch(legal, /Procurement Act|Act 20\d\d|PPN/);
  // a check whose model wording names a UK statute says it does not apply here
  const equality = panel.locator('[data-check="equality"]');
  await equality.locator('.card-toggle').click();
  await equality.locator('.clause-text').waitFor();
  assert.match(await equality.locator('.legal').innerText(), /not covered/);
  assert.match(
    await equality.locator('.legal-caution').innerText(),
    /written for the UK: Equality Act 2010 does not apply here/,
  );
  await panel.screenshot({ path: artifact('chromium-nations-canada.png') });
  await panel.close();
  await tab.close();
});
