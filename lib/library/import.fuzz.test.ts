import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_CLAUSES } from '../clauses/library';
import { LibraryDb } from '../store/library-db';
import { CHECK_IDS, DOCUMENT_TYPES, JURISDICTIONS, SECTORS } from '../types';
import { listClauses } from './clauses';
import { exportLibraryFile, LIBRARY_FILE_FORMAT, readLibraryFile } from './file-format';
import { type DuplicateChoice, importEntries, prepareImport } from './import';

/**
 * Fuzzing the clause-library import at its boundary (bytes in, a plan or a refusal out; then the write). For
 * every input: nothing throws, a refusal names the file or an entry and leaves the library byte-identical, and
 * an accepted import is complete. Run counts are small so `npm test` stays quick; the seed changes every run.
 */

const branchText = readFileSync(join(__dirname, '../../tests/fixtures/library/branch-library.json'), 'utf8');
const branch = () => JSON.parse(branchText) as { clauses: Record<string, unknown>[] } & Record<string, unknown>;
const utf8 = (text: string) => new TextEncoder().encode(text);

// a few built-ins keep each snapshot cheap while still letting files clash with shipped clauses
const SOME_BUILT_INS = BUILT_IN_CLAUSES.filter((_, i) => i % 9 === 0);
let db: LibraryDb;
beforeEach(async () => {
  db = new LibraryDb(`fuzz-${Math.random()}`, { builtIns: SOME_BUILT_INS });
  await db.open();
});
afterEach(() => db.close());

const snapshot = async () =>
  JSON.stringify(await Promise.all([db.clauses.toArray(), db.settings.toArray(), db.meta.toArray()]));
const REFUSAL = /^Nothing was imported\. (The file|Entry \d+)/;

/** Imports bytes as the options page does and checks the boundary's promises; says what happened. */
async function importChecked(bytes: Uint8Array, choice: DuplicateChoice = 'skip'): Promise<'refused' | 'accepted'> {
  const before = await snapshot();
  const prepared = await prepareImport(db, bytes);
  if (!prepared.ok) {
    expect(prepared.message).toMatch(REFUSAL);
    expect(prepared.message.length).toBeLessThan(2_000);
    expect(await snapshot()).toBe(before);
    return 'refused';
  }
  const { entries } = prepared.plan;
  const duplicateIds = new Set(prepared.plan.duplicates.map((d) => d.incoming.id));
  const countBefore = await db.clauses.count();
  const result = await importEntries(db, entries, choice);
  expect(result.ok).toBe(true);
  if (!result.ok) return 'refused';
  const { added, replaced, skipped } = result.outcome;
  expect(added + replaced + skipped).toBe(entries.length);
  expect(await db.clauses.count()).toBe(countBefore + added);
  // complete: every entry not deliberately skipped is in the library with its wording
  const all = await db.clauses.toArray();
  for (const entry of entries) {
    if (choice === 'skip' && duplicateIds.has(entry.id)) {
      expect(await db.clauses.get(entry.id)).toBeDefined();
      continue;
    }
    expect(all.some((c) => c.body === entry.body && c.checkId === entry.checkId)).toBe(true);
  }
  return 'accepted';
}

/** Whatever the library holds after the imports exports to a file it would accept again. */
async function expectExportsCleanly() {
  expect(readLibraryFile(utf8(exportLibraryFile(await listClauses(db), 'all', 'fuzz')))).toMatchObject({ ok: true });
}

const choice = fc.constantFrom<DuplicateChoice>('skip', 'replace', 'keep-both');

/** Values a hostile or careless file might hold anywhere. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    ' https://example.org/',
    'https://example.org/ok',
    '{constructor}',
    '__proto__',
    'Pay \u202eegaw gnivil',
    'Pay\u0000wage',
    'Bad \ud800 title',
    '',
    '   ',
    -1,
    1.5,
    1e308,
    null,
    [],
    {},
  ),
  fc.integer({ min: 1, max: 300_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1, max: 2_000 }).map((n) => JSON.parse(`${'['.repeat(n)}${']'.repeat(n)}`)),
);
const clauseKey = fc.constantFrom(
  'id',
  'checkId',
  'title',
  'body',
  'jurisdictions',
  'documentTypes',
  'sectors',
  'implements',
  'legalBasis',
  'notes',
  'origin',
  'version',
  'updatedAt',
  'licence',
  'attribution',
  'basedOn',
  '__proto__',
  'constructor',
  'prototype',
);
const sourceKey = fc.constantFrom('title', 'url', 'effect', 'inForceFrom', 'checkedOn', '__proto__', 'constructor');
const fileKey = fc.constantFrom('format', 'schemaVersion', 'clauses', 'exportedBy', '__proto__', 'constructor');

/** Sets a key as an own property, so "__proto__" is written into the JSON rather than changing a prototype. */
function put(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const mutation = fc.oneof(
  fc.record({ where: fc.constant('clause' as const), entry: fc.nat(2), key: clauseKey, value: hostileValue }),
  fc.record({ where: fc.constant('source' as const), entry: fc.nat(1), key: sourceKey, value: hostileValue }),
  fc.record({ where: fc.constant('file' as const), entry: fc.constant(0), key: fileKey, value: hostileValue }),
  fc.record({ where: fc.constant('entry' as const), entry: fc.nat(2), key: fc.constant(''), value: hostileValue }),
);

type Mutation = { where: 'clause' | 'source' | 'file' | 'entry'; entry: number; key: string; value: unknown };

/** The branch fixture with the changes applied; a change whose target an earlier change replaced is skipped. */
function mutated(changes: Mutation[]) {
  const file = branch();
  for (const m of changes) {
    if (m.where === 'file') {
      put(file, m.key, m.value);
      continue;
    }
    const list: unknown = file.clauses;
    if (!Array.isArray(list) || list.length === 0) continue;
    const at = m.entry % list.length;
    if (m.where === 'entry') {
      list[at] = m.value;
      continue;
    }
    const clause: unknown = list[at];
    if (typeof clause !== 'object' || clause === null || Array.isArray(clause)) continue;
    const fields = clause as Record<string, unknown>;
    if (m.where === 'clause') put(fields, m.key, m.value);
    else {
      const sources = Array.isArray(fields.legalBasis) ? fields.legalBasis : [{ title: 'Some Act' }];
      const source: unknown = sources[0];
      if (typeof source === 'object' && source !== null) put(source as Record<string, unknown>, m.key, m.value);
      fields.legalBasis = sources;
    }
  }
  return JSON.stringify(file);
}

/** A valid clause a person could write: arbitrary text where text is allowed, no braces in the wording. */
const validClause = fc.record({
  id: fc.oneof(
    fc.stringMatching(/^[a-z0-9]{1,6}\/[a-z0-9][a-z0-9-]{0,7}$/),
    fc.constantFrom(...SOME_BUILT_INS.map((c) => c.id), 'living-wage/northtown-branch', 'foi/northtown-branch'),
  ),
  checkId: fc.constantFrom(...CHECK_IDS),
  title: fc.string({ minLength: 1, maxLength: 200 }).filter((t) => t.trim() !== ''),
  body: fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 400 })
    .map((b) => b.replace(/[{}]/g, ''))
    .filter((b) => b.trim() !== ''),
  jurisdictions: fc.subarray([...JURISDICTIONS]),
  documentTypes: fc.subarray([...DOCUMENT_TYPES]),
  sectors: fc.subarray([...SECTORS]),
  notes: fc.string({ unit: 'grapheme', maxLength: 100 }),
  legalBasis: fc.array(
    fc.record(
      {
        title: fc.string({ minLength: 1, maxLength: 60 }).filter((t) => t.trim() !== ''),
        url: fc.webUrl({ validSchemes: ['https', 'http'] }).filter((u) => u.length <= 2_000),
      },
      { requiredKeys: ['title'] },
    ),
    { maxLength: 4 },
  ),
});
const fileOf = (clauses: unknown[]) =>
  JSON.stringify({ format: LIBRARY_FILE_FORMAT, schemaVersion: 1, exportedBy: 'fuzz', clauses });

describe('fuzzing the clause-library import', () => {
  it('arbitrary bytes, non-UTF-8 included, never throw and never change the library', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          // a real file with arbitrary bytes spliced in: mostly invalid UTF-8 or damaged JSON
          fc.tuple(fc.nat(branchText.length), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, junk]) => {
            const bytes = utf8(branchText);
            return new Uint8Array([...bytes.subarray(0, at), ...junk, ...bytes.subarray(at)]);
          }),
        ),
        async (bytes) => {
          await importChecked(bytes);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a file cut short anywhere is refused, naming the file', async () => {
    const end = branchText.lastIndexOf('}');
    await fc.assert(
      fc.asyncProperty(fc.nat(end - 1), async (at) => {
        const before = await snapshot();
        const prepared = await prepareImport(db, utf8(branchText.slice(0, at)));
        expect(prepared.ok).toBe(false);
        expect(!prepared.ok && prepared.message).toMatch(/^Nothing was imported\. The file/);
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it('wrong types, huge strings, deep nesting and __proto__/constructor keys anywhere: refused whole or accepted whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), choice, async (changes, how) => {
        await importChecked(utf8(mutated(changes)), how);
      }),
      {
        numRuns: 60,
        // "clauses" replaced by null, then its first entry changed: a case that once broke this test's own mutator
        examples: [
          [
            [
              { where: 'file', entry: 0, key: 'clauses', value: null },
              { where: 'entry', entry: 0, key: '', value: [] },
            ],
            'skip',
          ],
        ],
      },
    );
    await expectExportsCleanly();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('valid files of arbitrary clauses, some sharing ids with the library, are accepted and imported completely', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(validClause, { minLength: 1, maxLength: 8, selector: (c) => c.id }),
        choice,
        async (clauses, how) => {
          expect(await importChecked(utf8(fileOf(clauses)), how)).toBe('accepted');
        },
      ),
      { numRuns: 30 },
    );
    await expectExportsCleanly();
  });

  it('duplicate ids in one file are refused, naming the later entry and the earlier one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(validClause, { minLength: 2, maxLength: 8 })
          .filter((cs) => new Set(cs.map((c) => c.id)).size < cs.length),
        async (clauses) => {
          expect(await importChecked(utf8(fileOf(clauses)))).toBe('refused');
          const prepared = await prepareImport(db, utf8(fileOf(clauses)));
          expect(!prepared.ok && prepared.message).toMatch(/Entry \d+ .*has the same id \(".+"\) as entry \d+/);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('10,000 entries are refused at once, naming the file, and change nothing', async () => {
    const clauses = Array.from({ length: 10_000 }, (_, i) => ({
      id: `foi/n-${i}`,
      checkId: 'foi',
      title: `Clause ${i}`,
      body: 'Information held for {authority}.',
    }));
    expect(await importChecked(utf8(fileOf(clauses)))).toBe('refused');
    const prepared = await prepareImport(db, utf8(fileOf(clauses)));
    expect(!prepared.ok && prepared.message).toContain('The file has 10,000 clauses');
  });

  it('UTF-16 and Latin-1 encodings of valid files are refused, naming the file and the encoding', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(validClause, { minLength: 1, maxLength: 3, selector: (c) => c.id }),
        async (clauses) => {
          const text = fileOf(clauses);
          const utf16 = new Uint8Array([
            0xff,
            0xfe,
            ...new Uint8Array(new Uint16Array([...text].map((ch) => ch.charCodeAt(0))).buffer),
          ]);
          const prepared = await prepareImport(db, utf16);
          expect(!prepared.ok && prepared.message).toContain('UTF-16');
          const latin1 = new Uint8Array(
            [...`${text.slice(0, -2)},"notes":"caf\u00e9"}]}`].map((ch) => ch.charCodeAt(0) & 0xff),
          );
          const refused = await prepareImport(db, latin1);
          if (/^[\x00-\x7f]*$/.test(text)) expect(!refused.ok && refused.message).toContain('not UTF-8');
        },
      ),
      { numRuns: 15 },
    );
  });
});
