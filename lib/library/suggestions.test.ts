import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { suggestClause } from '../clauses/select';
import { LibraryDb } from '../store/library-db';
import type { DocumentProfile } from '../types';
import { CHECK_IDS, DOCUMENT_TYPES, JURISDICTIONS, SECTORS } from '../types';
import { copyClause, deleteClause, listClauses, saveUserClause } from './clauses';
import { rankLibrary, suggestionsFor } from './suggestions';

const dbs: LibraryDb[] = [];
const fresh = () => {
  const db = new LibraryDb(`suggest-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});
const englishTerms: DocumentProfile = { type: 'terms', sector: 'general', jurisdiction: 'england' };
const scottishTerms: DocumentProfile = { ...englishTerms, jurisdiction: 'scotland' };

describe('suggestions from the library', () => {
  it('offers the built-in best fit, with the other fitting clauses as alternatives', async () => {
    const s = await suggestionsFor('living-wage', scottishTerms, fresh());
    expect(s.best?.id).toBe('living-wage/scotland-fair-work-first');
    expect(s.alternatives.map((c) => c.id)).toEqual(['living-wage/standard']);
  });

  it("the user's own copy wins a tie with the built-in it came from", async () => {
    const db = fresh();
    const copy = (await copyClause(db, 'living-wage/standard'))!;
    const s = await suggestionsFor('living-wage', englishTerms, db);
    expect(s.best?.id).toBe(copy.id);
    expect(s.alternatives.map((c) => c.id)).toContain('living-wage/standard');
  });

  it('a user clause written for the jurisdiction beats a general built-in', async () => {
    const db = fresh();
    await saveUserClause(db, {
      id: 'foi/own-england',
      checkId: 'foi',
      title: 'Own',
      body: 'Held for {authority}.',
      jurisdictions: ['england'],
    });
    expect((await suggestionsFor('foi', englishTerms, db)).best?.id).toBe('foi/own-england');
    expect((await suggestionsFor('foi', scottishTerms, db)).best?.id).not.toBe('foi/own-england');
  });

  it('says there is nothing when every clause for the check was removed', async () => {
    const db = fresh();
    for (const c of await db.clauses.where('checkId').equals('training').toArray()) await deleteClause(db, c.id);
    expect(await suggestionsFor('training', englishTerms, db)).toEqual({ best: null, alternatives: [] });
  });
});

describe('parity with the analysis core', () => {
  it("with only built-ins, the library's best clause is the core's suggestion for every check and profile", async () => {
    const db = fresh();
    const library = await listClauses(db);
    for (const checkId of CHECK_IDS)
      for (const jurisdiction of JURISDICTIONS)
        for (const type of DOCUMENT_TYPES)
          for (const sector of SECTORS) {
            const profile = { type, jurisdiction, sector };
            const best = rankLibrary(checkId, profile, library).best;
            if (best)
              expect(best.id, `${checkId} ${jurisdiction} ${type} ${sector}`).toBe(suggestClause(checkId, profile).id);
          }
  });
});
