import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_CLAUSES } from '../clauses/library';
import { LibraryDb } from '../store/library-db';
import { CLAUSE_LIMITS } from './clause-schema';
import { copyClause, listClauses, saveUserClause } from './clauses';
import { exportLibraryFile, LIBRARY_FILE_FORMAT, LIBRARY_FILE_LIMITS, readLibraryFile } from './file-format';
import { importEntries, prepareImport } from './import';

// Regression tests for what the outside probe of issue 11 found in the clause-library import.

// the Latin-1 and UTF-16 fixtures end in .bin: the formatter reads only UTF-8 and would refuse them
const fixtureBytes = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../../tests/fixtures/library', name)));
const branch = () => JSON.parse(new TextDecoder().decode(fixtureBytes('branch-library.json')));
const utf8 = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

const dbs: LibraryDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});
async function fresh() {
  const db = new LibraryDb(`hostile-${Math.random()}`);
  dbs.push(db);
  await db.open();
  return db;
}

/** Every row of every table, in key order: two equal snapshots mean the library was not touched. */
const snapshot = async (db: LibraryDb) =>
  JSON.stringify(await Promise.all([db.clauses.toArray(), db.settings.toArray(), db.meta.toArray()]));

let refusals: LibraryDb | undefined;
afterAll(() => refusals?.close());

/** Imports a file the way the options page does and insists the refusal changed nothing; returns the message. */
async function refusedWithoutChange(bytes: Uint8Array): Promise<string> {
  // one library (with a user clause in it) serves every refusal, since a refusal must leave it untouched
  if (!refusals) {
    refusals = new LibraryDb(`hostile-refusals-${Math.random()}`);
    await saveUserClause(refusals, { ...branch().clauses[0] });
  }
  const before = await snapshot(refusals);
  const prepared = await prepareImport(refusals, bytes);
  if (prepared.ok) throw new Error('expected the file to be refused');
  expect(await snapshot(refusals)).toBe(before);
  expect(prepared.message).toMatch(/^Nothing was imported\. (The file|Entry \d+)/);
  return prepared.message;
}

describe('addresses in imported clauses', () => {
  it('a javascript: address in a legal source is refused, naming the entry, the source and the field', async () => {
    const message = await refusedWithoutChange(fixtureBytes('script-address.json'));
    expect(message).toContain('Entry 2 ("Northtown branch: contractor information is the Council\'s for FOI")');
    expect(message).toContain('the legal basis ("legalBasis"), source 2, its web address ("url")');
    expect(message).toContain('should be a web address starting https:// or http://');
  });

  it('a data: address is refused too', async () => {
    const file = branch();
    file.clauses[0].legalBasis[0].url = 'data:text/html,<script>alert(1)</script>';
    const message = await refusedWithoutChange(utf8(file));
    expect(message).toContain('Entry 1 ("Northtown branch: Real Living Wage from day one")');
    expect(message).toContain('its web address ("url") should be a web address starting https:// or http://');
  });

  it('an address hidden behind a leading space or a tab is refused', async () => {
    for (const url of [' javascript:alert(1)', 'java\tscript:alert(1)']) {
      const file = branch();
      file.clauses[0].legalBasis[0].url = url;
      expect(await refusedWithoutChange(utf8(file))).toContain('its web address ("url")');
    }
  });

  it('an ordinary https address is accepted and kept as written', async () => {
    const parsed = readLibraryFile(fixtureBytes('branch-library.json'));
    expect(parsed.ok && parsed.clauses[0]!.legalBasis[0]!.url).toBe(
      'https://www.legislation.gov.uk/ukpga/2023/54/section/11',
    );
  });
});

describe('the encoding of an imported file', () => {
  it('a Latin-1 file is refused in plain words, not read as replacement characters', async () => {
    const message = await refusedWithoutChange(fixtureBytes('latin1-library.bin'));
    expect(message).toContain('The file is not UTF-8 text');
    expect(message).toContain('line 5'); // "exportedBy" holds the first Latin-1 "é"
    expect(message).toContain('Latin-1');
    expect(message).toContain('save it with the encoding "UTF-8"');
    expect(message).not.toContain('\uFFFD');
  });

  it('a UTF-16 file is refused with a message saying it is UTF-16', async () => {
    const message = await refusedWithoutChange(fixtureBytes('utf16-library.bin'));
    expect(message).toContain('The file is saved as UTF-16 text');
    const bigEndianNoMark = new Uint8Array([...new TextEncoder().encode('{"format": 1}')].flatMap((b) => [0, b]));
    expect(await refusedWithoutChange(bigEndianNoMark)).toContain('UTF-16');
  });

  it('an empty file is refused as empty', async () => {
    expect(await refusedWithoutChange(new Uint8Array())).toBe('Nothing was imported. The file is empty.');
  });

  it('a UTF-8 file with a byte-order mark is read, and its non-ASCII text kept exactly', async () => {
    const file = branch();
    file.clauses[0].notes = 'Agreed at the café, £12.60 floor — “day one”.';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(file)]);
    const db = await fresh();
    const prepared = await prepareImport(db, bytes);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(await importEntries(db, prepared.plan.entries, 'skip')).toMatchObject({ ok: true });
    expect((await db.clauses.get('living-wage/northtown-branch'))?.notes).toBe(
      'Agreed at the café, £12.60 floor — “day one”.',
    );
  });

  it('one invalid byte far into an otherwise UTF-8 file is found and its line named', async () => {
    const text = JSON.stringify(branch(), null, 2);
    const at = text.indexOf('"foi/northtown-branch"');
    const bytes = new Uint8Array([...utf8(text.slice(0, at)), 0xa3, ...utf8(text.slice(at))]);
    const line = text.slice(0, at).split('\n').length;
    expect(await refusedWithoutChange(bytes)).toContain(`line ${line} `);
  });
});

describe('bounds on fields, lists and the file', () => {
  it('a 4.9 MB field is refused from the file size, stating the limit', async () => {
    const file = branch();
    file.clauses[0].notes = 'x'.repeat(4_900_000);
    const message = await refusedWithoutChange(utf8(file));
    expect(message).toContain('The file is 5 MB; a clause library file can be at most 4 MB'); // 4.9 MB of notes plus the rest, rounded up
  });

  it('an over-long field in a file under the size limit is refused, naming the entry, the field and the limit', async () => {
    const file = branch();
    file.clauses[1].body = `${'The Supplier shall pay the Real Living Wage. '.repeat(500)}`;
    const message = await refusedWithoutChange(utf8(file));
    expect(message).toContain('Entry 2 ("Northtown branch: contractor information is the Council\'s for FOI")');
    expect(message).toContain('the wording ("body") is 22,499 characters long; the most Tenderlight takes is 20,000');
    for (const [field, limit, name] of [
      ['title', CLAUSE_LIMITS.titleLength, 'the title'],
      ['notes', CLAUSE_LIMITS.notesLength, 'the notes'],
      ['implements', CLAUSE_LIMITS.implementsLength, 'what it implements ("implements")'],
      ['licence', CLAUSE_LIMITS.licenceLength, 'the licence'],
      ['attribution', CLAUSE_LIMITS.attributionLength, 'the attribution'],
    ] as const) {
      const f = branch();
      f.clauses[0][field] = 'a'.repeat(limit + 1);
      expect(await refusedWithoutChange(utf8(f))).toContain(
        `${name} is ${(limit + 1).toLocaleString('en-GB')} characters long; the most Tenderlight takes is ${limit.toLocaleString('en-GB')}`,
      );
    }
  });

  it('40,000 legal sources on one clause are refused, stating the limit', async () => {
    const file = branch();
    file.clauses[0].legalBasis = Array.from({ length: 40_000 }, (_, i) => ({ title: `Source ${i}` }));
    const message = await refusedWithoutChange(utf8(file));
    expect(message).toContain('Entry 1');
    expect(message).toContain('the legal basis ("legalBasis") has 40,000 sources; a clause can cite at most 20');
  });

  it('a list of half a million items is refused by its size, without checking (or reporting) each item', async () => {
    for (const [field, words] of [
      ['legalBasis', 'has 500,000 sources; a clause can cite at most 20'],
      ['jurisdictions', 'lists 500,000 places; there are only'],
    ] as const) {
      const file = branch();
      file.clauses[0][field] = Array(500_000).fill(0);
      const message = await refusedWithoutChange(utf8(file));
      expect(message).toContain(words);
      expect(message).not.toContain('more problem');
    }
  });

  it('a place listed thousands of times is refused', async () => {
    const file = branch();
    file.clauses[0].jurisdictions = Array(5_000).fill('england');
    expect(await refusedWithoutChange(utf8(file))).toContain(
      'the places it is for ("jurisdictions") lists 5,000 places; there are only',
    );
  });

  it('a long source title, effect or web address is refused, naming the source', async () => {
    const file = branch();
    file.clauses[0].legalBasis[0].effect = 'e'.repeat(CLAUSE_LIMITS.sourceEffectLength + 1);
    expect(await refusedWithoutChange(utf8(file))).toContain(
      'the legal basis ("legalBasis"), source 1, its effect is 1,001 characters long',
    );
    file.clauses[0].legalBasis[0].effect = 'ok';
    file.clauses[0].legalBasis[0].url = `https://example.org/${'a'.repeat(2_000)}`;
    expect(await refusedWithoutChange(utf8(file))).toContain('its web address ("url") is 2,020 characters long');
  });

  it('more clauses than a library file may hold are refused, naming the file and the limit', async () => {
    const entry = branch().clauses[1];
    const file = {
      ...branch(),
      clauses: Array.from({ length: LIBRARY_FILE_LIMITS.clauses + 1 }, (_, i) => ({ ...entry, id: `foi/n-${i}` })),
    };
    expect(await refusedWithoutChange(utf8(file))).toContain(
      'The file has 1,001 clauses; Tenderlight imports at most 1,000 from one file.',
    );
  });

  it('an over-long "exportedBy" is refused, naming it', async () => {
    const file = { ...branch(), exportedBy: 'b'.repeat(301) };
    expect(await refusedWithoutChange(utf8(file))).toContain('The file\'s maker ("exportedBy") is 301 characters long');
  });

  it('control, direction-override and lone-surrogate characters are refused, naming the entry, the field and the character (second probe)', async () => {
    const withTitle = (title: string) => {
      const file = branch();
      file.clauses[0].title = title;
      return utf8(file);
    };
    // A right-to-left override shows "Pay living wage" as the reverse of what is stored.
    expect(await refusedWithoutChange(withTitle('Pay \u202eegaw gnivil\u202c'))).toBe(
      'Nothing was imported. Entry 1 ("Pay \u202eegaw gnivil\u202c"): the title holds a control or direction character (U+202E) that makes text show differently from what it says; remove it.',
    );
    expect(await refusedWithoutChange(withTitle('Pay\u0000wage'))).toContain(
      'the title holds a control or direction character (U+0000)',
    );
    // "\ud800" is valid JSON but no Unicode character: export would turn it into U+FFFD.
    const lone = new TextDecoder().decode(withTitle('Bad X title')).replace('Bad X title', 'Bad \\ud800 title');
    expect(await refusedWithoutChange(utf8(lone))).toContain('(U+D800)');
    const file = branch();
    file.clauses[0].legalBasis[0].effect = 'Requires \u2066this\u2069 of buyers';
    expect(await refusedWithoutChange(utf8(file))).toContain('source 1, ');
    expect(await refusedWithoutChange(utf8({ ...branch(), exportedBy: 'Branch \u202e' }))).toContain(
      'The file\'s maker ("exportedBy") holds a control or direction character (U+202E)',
    );
    // Tabs, line breaks, accents, Welsh, emoji and a paired surrogate are ordinary text.
    const db = await fresh();
    const ok = branch();
    ok.clauses[0].body = `${ok.clauses[0].body}\n\tCyflog Byw Gwirioneddol — café ✓ 😀`;
    const prepared = await prepareImport(db, utf8(ok));
    expect(prepared.ok).toBe(true);
  });

  it('the limits fit a large real library with room to spare: 1,000 clauses of built-in size import whole', async () => {
    const clauses = Array.from({ length: LIBRARY_FILE_LIMITS.clauses }, (_, i) => {
      const b = BUILT_IN_CLAUSES[i % BUILT_IN_CLAUSES.length]!;
      return { ...b, id: `${b.checkId}/branch-${i}`, title: `${b.title} (${i})`, notes: 'Agreed at branch.' };
    });
    const bytes = utf8({ format: LIBRARY_FILE_FORMAT, schemaVersion: 1, exportedBy: 'Big branch', clauses });
    expect(bytes.length).toBeLessThan(LIBRARY_FILE_LIMITS.bytes * 0.75);
    const db = await fresh();
    const before = await db.clauses.count();
    const prepared = await prepareImport(db, bytes);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(await importEntries(db, prepared.plan.entries, 'skip')).toMatchObject({
      ok: true,
      outcome: { added: 1_000 },
    });
    expect(await db.clauses.count()).toBe(before + 1_000);
  });
});

describe('entries, keys and titles', () => {
  it('an entry without a usable title is named by its id', async () => {
    const file = branch();
    file.clauses[1].title = 42;
    expect(await refusedWithoutChange(utf8(file))).toContain(
      'Entry 2 (id "foi/northtown-branch"): the title should be a title, but it is 42.',
    );
  });

  it('"{constructor}" in the wording is refused as an unknown placeholder, not taken from Object.prototype', async () => {
    const file = branch();
    file.clauses[0].body = 'For {constructor} and {__proto__}.';
    expect(await refusedWithoutChange(utf8(file))).toContain(
      'the wording ("body") uses {constructor}, {__proto__}, which is not a placeholder Tenderlight knows',
    );
  });

  it('"__proto__" and "constructor" keys are dropped, never stored, and pollute nothing', async () => {
    const text = new TextDecoder()
      .decode(fixtureBytes('branch-library.json'))
      .replace(
        '"id": "foi/northtown-branch",',
        '"id": "foi/northtown-branch", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
      );
    const db = await fresh();
    const prepared = await prepareImport(db, utf8(text));
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    await importEntries(db, prepared.plan.entries, 'skip');
    const stored = (await db.clauses.get('foi/northtown-branch'))!;
    expect(Object.hasOwn(stored, '__proto__')).toBe(false);
    expect(Object.hasOwn(stored, 'constructor')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a kept-both copy of a clause with a 200-character title still exports and re-imports', async () => {
    const db = await fresh();
    const file = branch();
    file.clauses[0].title = 'T'.repeat(CLAUSE_LIMITS.titleLength);
    const first = await prepareImport(db, utf8(file));
    if (!first.ok) throw new Error(first.message);
    await importEntries(db, first.plan.entries, 'skip');
    file.clauses[0].body = 'Other wording for {authority}.';
    const second = await prepareImport(db, utf8(file));
    if (!second.ok) throw new Error(second.message);
    await importEntries(db, second.plan.entries, 'keep-both');
    await copyClause(db, 'living-wage/northtown-branch');
    const exported = exportLibraryFile(await listClauses(db), 'user', '');
    expect(readLibraryFile(utf8(exported))).toMatchObject({ ok: true });
  });
});

describe('a failure while saving', () => {
  it('is reported in plain words, without internal error text, and leaves the library as it was', async () => {
    const db = await fresh();
    const before = await snapshot(db);
    db.clauses.hook('creating', (key) => {
      if (key === 'foi/northtown-branch') throw new Error('QuotaExceededError: internal detail');
    });
    const prepared = await prepareImport(db, fixtureBytes('branch-library.json'));
    if (!prepared.ok) throw new Error(prepared.message);
    const warn = console.warn;
    console.warn = () => {};
    const result = await importEntries(db, prepared.plan.entries, 'skip');
    console.warn = warn;
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Nothing was imported/) });
    expect(!result.ok && result.message).not.toContain('QuotaExceeded');
    expect(await snapshot(db)).toBe(before);
  });
});
