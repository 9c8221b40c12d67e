// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelClause } from '~/lib/checks/types';
import { BUILT_IN_CLAUSES } from '~/lib/clauses/library';
import { copyClause, saveUserClause } from '~/lib/library/clauses';
import { DEFAULT_SETTINGS } from '~/lib/library/settings';
import { LibraryDb } from '~/lib/store/library-db';
import { LibraryPage } from './LibraryPage';

const settings = { ...DEFAULT_SETTINGS, authorityName: 'Northtown Council' };
const base = BUILT_IN_CLAUSES.find((c) => c.id === 'living-wage/standard')!;
const nextRelease: ModelClause[] = BUILT_IN_CLAUSES.map((c) =>
  c.id === base.id ? { ...c, body: `${c.body} The Supplier shall publish its pay rates.`, version: c.version + 1 } : c,
);

const dbs: LibraryDb[] = [];
afterEach(() => {
  render(null, document.body);
  for (const db of dbs.splice(0)) db.close();
});

async function until<T>(fn: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const button = (text: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(text));

/** A library where the user adapted a built-in, reopened after an update that revised that built-in. */
async function afterAnUpdate() {
  const name = `page-${Math.random()}`;
  const before = new LibraryDb(name);
  const copy = (await copyClause(before, base.id))!;
  await saveUserClause(before, { ...copy, title: 'Our wording', body: 'Our adapted wording for {authority}.' });
  before.close();
  const db = new LibraryDb(name, { builtIns: nextRelease });
  dbs.push(db);
  render(<LibraryPage db={db} settings={settings} />, document.body);
  await until(() => button('Our wording'), 'the user clause in the list');
  button('Our wording')!.click();
  await until(() => document.querySelector('[aria-label="Newer built-in wording"]'), 'the update offer');
  return { db, id: copy.id };
}

describe('after an extension update, the clause library page', () => {
  it("marks the user's copy and offers the newer built-in wording without changing it", async () => {
    const { db, id } = await afterAnUpdate();
    expect(document.body.textContent).toContain('newer built-in wording');
    expect(document.querySelector('[data-testid="clause-preview"]')?.textContent).toBe(
      'Our adapted wording for Northtown Council.',
    );
    expect((await db.clauses.get(id))?.body).toBe('Our adapted wording for {authority}.');
  });

  it('"Keep mine" keeps the wording and stops offering', async () => {
    const { db, id } = await afterAnUpdate();
    button('Keep mine')!.click();
    await until(() => !document.querySelector('[aria-label="Newer built-in wording"]'), 'the offer to go');
    expect((await db.clauses.get(id))?.body).toBe('Our adapted wording for {authority}.');
  });

  it('"Use the new wording" takes the revised built-in text into the copy', async () => {
    const { db, id } = await afterAnUpdate();
    button('Use the new wording')!.click();
    await until(
      () => document.querySelector('[data-testid="clause-preview"]')?.textContent?.includes('publish its pay rates'),
      'the new wording in the preview',
    );
    expect((await db.clauses.get(id))?.body).toContain('The Supplier shall publish its pay rates.');
  });
});

const fixture = (name: string) => readFileSync(join(__dirname, '../../tests/fixtures/library', name));
/** Every row of every table: equal snapshots mean the library was not touched. */
const snapshot = async (db: LibraryDb) =>
  JSON.stringify(await Promise.all([db.clauses.toArray(), db.settings.toArray(), db.meta.toArray()]));

async function openLibraryPage() {
  const db = new LibraryDb(`import-ui-${Math.random()}`);
  dbs.push(db);
  render(<LibraryPage db={db} settings={settings} />, document.body);
  await until(() => document.querySelector('input[type="file"]'), 'the import box');
  return db;
}

/** What a person does: choose a file in the "Import a clause file" box. */
function chooseFile(bytes: Uint8Array, name: string) {
  chooseFileObject(new File([new Uint8Array(bytes)], name, { type: 'application/json' }));
}
function chooseFileObject(file: File) {
  const input = [...document.querySelectorAll('label')]
    .find((l) => l.textContent?.includes('Import a clause file'))!
    .querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const importMessage = () => document.querySelector('[data-testid="import-message"]')?.textContent ?? '';

describe('importing a clause file on the library page', () => {
  it('a Latin-1 file is refused in plain words and the library is unchanged', async () => {
    const db = await openLibraryPage();
    expect(document.body.textContent).toContain('JSON saved as UTF-8, at most 4 MB and 1,000 clauses');
    const before = await snapshot(db);
    chooseFile(fixture('latin1-library.bin'), 'southport-clauses.json');
    await until(() => importMessage(), 'the import message');
    expect(document.querySelector('[data-testid="import-message"]')?.getAttribute('role')).toBe('alert');
    expect(importMessage()).toMatch(/^Nothing was imported\. The file is not UTF-8 text: line 5 /);
    expect(importMessage()).toContain('save it with the encoding "UTF-8"');
    expect(await snapshot(db)).toBe(before);
  });

  it('a file whose legal source is a javascript: address is refused, naming the entry and field; nothing is added', async () => {
    const db = await openLibraryPage();
    const before = await snapshot(db);
    chooseFile(fixture('script-address.json'), 'branch.json');
    await until(() => importMessage(), 'the import message');
    expect(importMessage()).toContain(
      'Entry 2 ("Northtown branch: contractor information is the Council\'s for FOI"): the legal basis ("legalBasis"), source 2, its web address ("url") should be a web address starting https:// or http://',
    );
    expect(await snapshot(db)).toBe(before);
    expect(button('Northtown branch')).toBeUndefined();
  });

  it('a UTF-16 file is refused with a message saying so', async () => {
    const db = await openLibraryPage();
    const before = await snapshot(db);
    chooseFile(fixture('utf16-library.bin'), 'branch-from-notepad.json');
    await until(() => importMessage(), 'the import message');
    expect(importMessage()).toContain('The file is saved as UTF-16 text');
    expect(await snapshot(db)).toBe(before);
  });

  it('a file just over 4 MB is refused from its size, saying how large it is and what the limit is', async () => {
    const db = await openLibraryPage();
    const before = await snapshot(db);
    chooseFile(new Uint8Array(4_000_001).fill(0x20), 'backup.json');
    await until(() => importMessage(), 'the import message');
    expect(importMessage()).toMatch(
      /^Nothing was imported\. The file is 4\.1 MB; a clause library file can be at most 4 MB/,
    );
    expect(await snapshot(db)).toBe(before);
  });

  it('a file chosen while a slow earlier one is still being read wins; the earlier answer is dropped', async () => {
    const db = await openLibraryPage();
    const before = await snapshot(db);
    let release!: () => void;
    const slow = new File([new Uint8Array(fixture('latin1-library.bin'))], 'slow-disk.json');
    const bytes = slow.arrayBuffer();
    slow.arrayBuffer = () => new Promise<ArrayBuffer>((resolve) => (release = () => void bytes.then(resolve)));
    chooseFileObject(slow);
    chooseFile(fixture('newer-version.json'), 'newer.json');
    await until(() => importMessage().includes('made by a newer Tenderlight'), "the second file's message");
    release();
    await bytes;
    // the slow file's reading ends in promise callbacks only, all run before the next task
    await new Promise((r) => setTimeout(r, 0));
    expect(importMessage()).toContain('made by a newer Tenderlight');
    expect(await snapshot(db)).toBe(before);
  });

  it('a good file is imported and its clauses appear in the list', async () => {
    const db = await openLibraryPage();
    chooseFile(fixture('branch-library.json'), 'branch.json');
    await until(() => importMessage(), 'the import message');
    expect(importMessage()).toBe('Imported from Northtown UNISON branch: 2 clause(s) added.');
    await until(() => button('Northtown branch: Real Living Wage'), 'the imported clause in the list');
    expect(await db.clauses.get('foi/northtown-branch')).toBeDefined();
  });

  it('a stored source with a javascript: address (from an older import) is shown as text, never as a link', async () => {
    const db = await openLibraryPage();
    const clause = await copyClause(db, base.id);
    await db.clauses.put({
      ...clause!,
      title: 'Old import',
      legalBasis: [
        { title: 'Safe statute', url: 'https://www.legislation.gov.uk/ukpga/2023/54/section/11' },
        { title: 'Hostile source', url: 'javascript:alert(document.domain)' },
        { title: 'Data source', url: 'data:text/html,<b>x</b>' },
      ],
    });
    await until(() => button('Old import'), 'the stored clause in the list');
    button('Old import')!.click();
    await until(() => document.querySelector('.tl-legal-basis'), 'the legal basis');
    const links = [...document.querySelectorAll('.tl-legal-basis a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://www.legislation.gov.uk/ukpga/2023/54/section/11']);
    const items = [...document.querySelectorAll('.tl-legal-basis li')].map((li) => li.textContent);
    expect(items[1]).toContain('Hostile source');
    expect(items[1]).toContain('not shown as a link');
    expect(document.querySelectorAll('a[href^="javascript:"], a[href^="data:"]').length).toBe(0);
  });
});

describe('a built-in written for any place, in the clause library', () => {
  const generic = 'Real Living Wage for everyone working on the contract';
  async function open(place: Partial<typeof settings>) {
    const db = new LibraryDb(`place-${Math.random()}`);
    dbs.push(db);
    render(<LibraryPage db={db} settings={{ ...settings, ...place }} />, document.body);
    await until(() => button(generic), 'the generic clause in the list');
    button(generic)!.click();
    return until(() => document.querySelector('.tl-clause-detail')?.textContent, 'the clause detail');
  }

  it('cites the Scottish instruments for a Scottish council, never the Procurement Act or English policy', async () => {
    const text = await open({ defaultJurisdiction: 'scotland', defaultBuyer: 'local-government' });
    expect(text).toContain('Fair Work First');
    expect(text).toContain('applies in Scotland to local government');
    expect(text).not.toMatch(/Procurement Act 2023|National Procurement Policy Statement/);
  });

  it('cites the Welsh Act in Wales and the English policy statement only in England', async () => {
    const wales = await open({ defaultJurisdiction: 'wales' });
    expect(wales).toContain('Social Partnership and Public Procurement (Wales) Act 2023');
    expect(wales).not.toContain('National Procurement Policy Statement');
    render(null, document.body);
    expect(await open({ defaultJurisdiction: 'england' })).toContain('National Procurement Policy Statement');
  });

  it('says the legal basis is not covered outside the UK rather than citing UK law', async () => {
    const text = await open({ defaultJurisdiction: 'other' });
    expect(text).toContain('not covered');
    expect(text).not.toMatch(/Procurement Act 2023|National Procurement Policy Statement/);
  });

  it("a user's copy made in Scotland carries the Scottish sources", async () => {
    const db = new LibraryDb(`copy-${Math.random()}`);
    dbs.push(db);
    await db.open();
    const copy = (await copyClause(db, base.id, { jurisdiction: 'scotland', buyer: 'local-government' }))!;
    expect(copy.legalBasis.map((s) => s.title).join(' ')).toContain('Fair Work First');
    expect(`${copy.implements} ${copy.legalBasis.map((s) => s.title).join(' ')}`).not.toMatch(
      /Procurement Act 2023|National Procurement Policy Statement/,
    );
  });
});
