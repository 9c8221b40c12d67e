import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDb } from '../store/library-db';
import { copyClause, listClauses, saveUserClause } from './clauses';
import { exportLibraryFile, LIBRARY_FILE_FORMAT, parseLibraryFile } from './file-format';
import { applyImport, planImport } from './import';

const fixture = (name: string) => readFileSync(join(__dirname, '../../tests/fixtures/library', name), 'utf8');
const dbs: LibraryDb[] = [];
const fresh = () => {
  const db = new LibraryDb(`import-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

function refusal(text: string): string {
  const parsed = parseLibraryFile(text);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.message;
}

async function importText(db: LibraryDb, text: string, choice: 'skip' | 'replace' | 'keep-both' = 'skip') {
  const parsed = parseLibraryFile(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return applyImport(db, parsed.clauses, choice);
}

describe('clause-library files', () => {
  it("round-trips: a branch's export imported by a colleague gives the same clauses", async () => {
    const branch = fresh();
    const copy = (await copyClause(branch, 'living-wage/standard'))!;
    await saveUserClause(branch, { ...copy, title: 'Branch wording', notes: 'agreed 3 Nov', body: 'For {authority}.' });
    const mine = (await listClauses(branch)).filter((c) => c.origin === 'user');
    const file = exportLibraryFile(await listClauses(branch), 'user', 'Northtown branch');

    const colleague = fresh();
    expect(await importText(colleague, file)).toEqual({ added: 1, replaced: 0, skipped: 0 });
    expect(await colleague.clauses.get(copy.id)).toEqual(mine[0]);
  });

  it('exporting everything includes the built-ins, which a colleague already has and skips', async () => {
    const db = fresh();
    const file = exportLibraryFile(await listClauses(db), 'all', '');
    const parsed = parseLibraryFile(file);
    expect(parsed.ok && parsed.clauses.length).toBe(await db.clauses.count());
    const colleague = fresh();
    const plan = await planImport(colleague, parsed.ok ? parsed.clauses : []);
    expect(plan.alreadyPresent).toBe(await db.clauses.count());
    expect((await importText(colleague, file)).added).toBe(0);
  });

  it('a good file adds its clauses', async () => {
    const db = fresh();
    expect(await importText(db, fixture('branch-library.json'))).toEqual({ added: 2, replaced: 0, skipped: 0 });
    expect(await db.clauses.get('living-wage/northtown-branch')).toMatchObject({ origin: 'user', version: 3 });
  });

  it('a bad entry refuses the whole file, naming the entry and the field in plain words', async () => {
    const message = refusal(fixture('bad-entry.json'));
    expect(message).toMatch(/^Nothing was imported\./);
    expect(message).toContain('Entry 2 ("Northtown branch: contractor information is the Council\'s for FOI")');
    expect(message).toContain('the check ("checkId")');
    expect(message).toContain('"freedom-of-info"');
  });

  it('a file from a newer Tenderlight is refused with advice to update', () => {
    expect(refusal(fixture('newer-version.json'))).toContain('made by a newer Tenderlight');
  });

  it('a damaged file is refused as not readable', () => {
    expect(refusal('{"format": "tenderlight-clause-library", "clauses": [ {"title": "unfinished"')).toContain(
      'not readable JSON',
    );
    expect(refusal('[1,2,3]')).toContain('not a Tenderlight clause library');
    expect(refusal(JSON.stringify({ format: 'something-else' }))).toContain('"something-else"');
    expect(refusal(JSON.stringify({ format: LIBRARY_FILE_FORMAT, schemaVersion: 1, clauses: [] }))).toContain(
      'no clauses',
    );
  });

  it('names a nested field: the web address of the second legal source', () => {
    const file = JSON.parse(fixture('branch-library.json'));
    file.clauses[0].legalBasis.push({ title: 'Local policy', url: 'not a web address' });
    const message = refusal(JSON.stringify(file));
    expect(message).toContain('Entry 1');
    expect(message).toContain('the legal basis ("legalBasis"), source 2, its web address ("url")');
  });

  it('a missing required field says it is missing', () => {
    const file = JSON.parse(fixture('branch-library.json'));
    delete file.clauses[1].body;
    expect(refusal(JSON.stringify(file))).toContain('the wording ("body") is missing');
  });

  it('two entries with the same id are refused', () => {
    const file = JSON.parse(fixture('branch-library.json'));
    file.clauses[1].id = file.clauses[0].id;
    expect(refusal(JSON.stringify(file))).toContain('same id ("living-wage/northtown-branch") as entry 1');
  });
});

describe('duplicates on import', () => {
  async function libraryWithEditedBranchClause() {
    const db = fresh();
    await importText(db, fixture('branch-library.json'));
    const file = JSON.parse(fixture('branch-library.json'));
    file.clauses[0].body = 'A newer branch wording for {authority}.';
    return { db, file: JSON.stringify(file) };
  }

  it('lists a clause with the same id and other wording as a duplicate, and ignores identical ones', async () => {
    const { db, file } = await libraryWithEditedBranchClause();
    const parsed = parseLibraryFile(file);
    const plan = await planImport(db, parsed.ok ? parsed.clauses : []);
    expect(plan.duplicates.map((d) => d.existing.id)).toEqual(['living-wage/northtown-branch']);
    expect(plan.alreadyPresent).toBe(1);
  });

  it('skip keeps the library clause', async () => {
    const { db, file } = await libraryWithEditedBranchClause();
    expect(await importText(db, file, 'skip')).toEqual({ added: 0, replaced: 0, skipped: 2 });
    expect((await db.clauses.get('living-wage/northtown-branch'))?.body).not.toContain('newer');
  });

  it('replace overwrites it', async () => {
    const { db, file } = await libraryWithEditedBranchClause();
    expect(await importText(db, file, 'replace')).toEqual({ added: 0, replaced: 1, skipped: 1 });
    expect((await db.clauses.get('living-wage/northtown-branch'))?.body).toContain('newer');
  });

  it('keep both adds the incoming one under a new id', async () => {
    const { db, file } = await libraryWithEditedBranchClause();
    const before = await db.clauses.count();
    expect(await importText(db, file, 'keep-both')).toEqual({ added: 1, replaced: 0, skipped: 1 });
    expect(await db.clauses.count()).toBe(before + 1);
    const titles = (await listClauses(db)).map((c) => c.title);
    expect(titles).toContain('Northtown branch: Real Living Wage from day one (imported)');
  });

  it('an entry with a built-in id but other wording becomes a user copy; the built-in stays', async () => {
    const db = fresh();
    const builtIn = (await db.clauses.get('living-wage/standard'))!;
    const file = JSON.parse(fixture('branch-library.json'));
    file.clauses[0].id = 'living-wage/standard';
    expect((await importText(db, JSON.stringify(file), 'replace')).added).toBe(2);
    expect(await db.clauses.get('living-wage/standard')).toEqual(builtIn);
  });

  it('is all or nothing: a failure part-way leaves the library as it was', async () => {
    const db = fresh();
    const before = await listClauses(db);
    db.clauses.hook('creating', (key) => {
      if (key === 'foi/northtown-branch') throw new Error('disk full');
    });
    await expect(importText(db, fixture('branch-library.json'))).rejects.toThrow('disk full');
    expect(await listClauses(db)).toEqual(before);
  });
});

describe('placeholders in imported and saved wording', () => {
  it('a clause with a placeholder Tenderlight does not know is refused, naming it', async () => {
    const file = JSON.parse(fixture('branch-library.json'));
    file.clauses[0].body = 'For {authorty}: the Real Living Wage.';
    expect(refusal(JSON.stringify(file))).toContain(
      'the wording ("body") uses {authorty}, which is not a placeholder Tenderlight knows',
    );
    const db = fresh();
    const saved = await saveUserClause(db, { ...file.clauses[0], id: 'living-wage/own-x' });
    expect(saved).toMatchObject({ ok: false, problems: [expect.stringContaining('{authorty}')] });
  });

  it('every built-in uses only placeholders Tenderlight knows (a new one must be added to KNOWN_PLACEHOLDERS)', async () => {
    const db = fresh();
    const file = exportLibraryFile(await listClauses(db), 'all', '');
    expect(parseLibraryFile(file).ok).toBe(true);
  });
});
