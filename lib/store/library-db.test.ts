import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelClause } from '../checks/types';
import { BUILT_IN_CLAUSES } from '../clauses/library';
import { answerUpdateOffer, restoreBuiltIns, updateOffers } from '../library/built-ins';
import { copyClause, deleteClause, listClauses, saveUserClause } from '../library/clauses';
import { readSettings } from '../library/settings';
import { LibraryDb, SCHEMA_V1 } from './library-db';

const open: Dexie[] = [];
const fresh = (name = `lib-${Math.random()}`, builtIns?: readonly ModelClause[]) => {
  const db = new LibraryDb(name, { builtIns });
  open.push(db);
  return db;
};
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** The built-in set of a later release: one wording revised, one clause retired, one added. */
function nextRelease(): ModelClause[] {
  const [first, second, ...rest] = BUILT_IN_CLAUSES;
  return [
    { ...first!, body: `${first!.body} The Supplier shall publish its pay rates.`, version: first!.version + 1 },
    ...rest,
    { ...first!, id: 'living-wage/new-in-next-release', title: 'New in the next release' },
  ].filter((c) => c.id !== second!.id);
}

describe('library database', () => {
  it('seeds every built-in on first open', async () => {
    const db = fresh();
    const clauses = await listClauses(db);
    expect(clauses).toHaveLength(BUILT_IN_CLAUSES.length);
    expect(clauses.every((c) => c.origin === 'built-in' && c.legalBasis.length > 0 && c.licence)).toBe(true);
  });

  it('takes a v1 database with user data to the current schema and finds every record', async () => {
    const name = `v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('clauses').bulkAdd([
      {
        id: 'living-wage/own-branch',
        checkId: 'living-wage',
        title: 'Our branch wording',
        body: 'The Supplier shall pay {authority} staff the Real Living Wage.',
        jurisdictions: ['wales'],
        documentTypes: [],
        sectors: [],
        implements: 'Social Partnership and Public Procurement (Wales) Act 2023',
        notes: 'from the 2025 campaign',
        origin: 'user',
        version: 4,
        updatedAt: '2025-06-01T09:00:00.000Z',
      },
      { ...BUILT_IN_CLAUSES[0]!, notes: '', origin: 'built-in', updatedAt: '2025-01-01T00:00:00.000Z' },
    ]);
    await v1.table('settings').bulkAdd([
      { key: 'authorityName', value: 'Cardiff Council' },
      { key: 'defaultJurisdiction', value: 'wales' },
      { key: 'autoRunSites', value: ['tenders.cardiff.example'] },
    ]);
    v1.close();

    const db = fresh(name);
    const own = await db.clauses.get('living-wage/own-branch');
    expect(own).toMatchObject({
      title: 'Our branch wording',
      notes: 'from the 2025 campaign',
      version: 4,
      legalBasis: [{ title: 'Social Partnership and Public Procurement (Wales) Act 2023' }],
      licence: '',
      attribution: '',
    });
    expect(await db.clauses.count()).toBe(BUILT_IN_CLAUSES.length + 1);
    const settings = await readSettings(db);
    expect(settings).toMatchObject({
      authorityName: 'Cardiff Council',
      defaultJurisdiction: 'wales',
      autoRunSites: ['tenders.cardiff.example'],
    });
    expect(db.verno).toBe(2);
  });

  it('an update refreshes built-ins but keeps every user clause and offers the newer wording to copies', async () => {
    const name = `update-${Math.random()}`;
    const before = fresh(name);
    const base = BUILT_IN_CLAUSES[0]!;
    const copy = (await copyClause(before, base.id))!;
    await saveUserClause(before, { ...copy, body: 'Our own adapted wording for {authority}.' });
    const own = await saveUserClause(before, {
      id: 'foi/own-1',
      checkId: 'foi',
      title: 'Own FOI clause',
      body: 'Held on behalf of {authority}.',
    });
    expect(own.ok).toBe(true);
    before.close();

    const after = fresh(name, nextRelease());
    const clauses = await listClauses(after);
    expect((await after.clauses.get(copy.id))?.body).toBe('Our own adapted wording for {authority}.');
    expect(await after.clauses.get('foi/own-1')).toBeDefined();
    expect((await after.clauses.get(base.id))?.version).toBe(base.version + 1);
    expect(await after.clauses.get(BUILT_IN_CLAUSES[1]!.id)).toBeUndefined();
    expect(await after.clauses.get('living-wage/new-in-next-release')).toBeDefined();

    const offers = updateOffers(clauses, after.builtIns);
    expect(offers.map((o) => o.copy.id)).toEqual([copy.id]);
    await answerUpdateOffer(after, copy.id, 'keep-mine');
    expect((await after.clauses.get(copy.id))?.body).toBe('Our own adapted wording for {authority}.');
    expect(updateOffers(await listClauses(after), after.builtIns)).toEqual([]);
  });

  it('taking the offered wording replaces the copy body with the new built-in text', async () => {
    const name = `take-${Math.random()}`;
    const before = fresh(name);
    const copy = (await copyClause(before, BUILT_IN_CLAUSES[0]!.id))!;
    before.close();
    const after = fresh(name, nextRelease());
    await answerUpdateOffer(after, copy.id, 'take-new');
    const taken = await after.clauses.get(copy.id);
    expect(taken?.body).toContain('The Supplier shall publish its pay rates.');
    expect(taken?.origin).toBe('user');
  });

  it('a removed built-in stays removed across an update until the user restores built-ins', async () => {
    const name = `removed-${Math.random()}`;
    const db = fresh(name);
    const id = BUILT_IN_CLAUSES[2]!.id;
    await deleteClause(db, id);
    db.close();
    const after = fresh(name, nextRelease());
    expect(await after.clauses.get(id)).toBeUndefined();
    expect(await restoreBuiltIns(after)).toBe(1);
    expect(await after.clauses.get(id)).toMatchObject({ origin: 'built-in' });
  });

  it('a built-in cannot be edited in place: saving over it is refused and the copy is the way to edit', async () => {
    const db = fresh();
    const builtIn = (await db.clauses.get(BUILT_IN_CLAUSES[0]!.id))!;
    const result = await saveUserClause(db, { ...builtIn, body: 'changed' });
    expect(result).toMatchObject({ ok: false });
    expect((await db.clauses.get(builtIn.id))?.body).toBe(builtIn.body);
  });
});
