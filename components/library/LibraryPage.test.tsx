// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
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
