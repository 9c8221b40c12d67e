import * as v from 'valibot';
import { KNOWN_PLACEHOLDERS, unknownPlaceholders } from '../clauses/placeholders';
import { CHECK_IDS, DOCUMENT_TYPES, JURISDICTIONS, SECTORS } from '../types';
import { isWebAddress, WEB_ADDRESS_MAX_LENGTH } from './web-address';

/** What a value looked like, for a message a non-programmer can read. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value (null)';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : `"${value.slice(0, 60)}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** A message that says what was expected and what the file has instead. */
export function expected(what: string) {
  return (issue: { input: unknown }) =>
    issue.input === undefined ? 'is missing' : `should be ${what}, but it is ${shown(issue.input)}`;
}

const n = (count: number) => count.toLocaleString('en-GB');

/**
 * The most a clause may hold. A real workshop library fits with room to spare: the longest built-in wording is
 * about 1,100 characters and cites 4 sources; these bounds keep a wrong or hostile file from filling the library.
 */
export const CLAUSE_LIMITS = {
  idLength: 120,
  titleLength: 200,
  bodyLength: 20_000,
  implementsLength: 500,
  notesLength: 5_000,
  licenceLength: 300,
  attributionLength: 300,
  sources: 20,
  sourceTitleLength: 300,
  sourceEffectLength: 1_000,
  webAddressLength: WEB_ADDRESS_MAX_LENGTH,
  version: 1_000_000,
} as const;

const tooLong = (max: number) => (issue: { input: unknown }) =>
  `is ${n(String(issue.input).length)} characters long; the most Tenderlight takes is ${n(max)}`;

/**
 * Characters no clause needs: controls other than tab and line breaks, the bidirectional overrides and
 * isolates that make text read differently from how it is stored, and lone surrogates (not Unicode at
 * all: they would not survive export).
 */
const UNREADABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first such character, named by its code (it cannot be shown as itself). */
export function unreadableCharacter(text: string): string | undefined {
  const m = UNREADABLE.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

const readable = v.check(
  (s: string) => !UNREADABLE.test(s),
  (issue) =>
    `holds a control or direction character (${unreadableCharacter(String(issue.input))}) that makes text show differently from what it says; remove it`,
);

const text = (what: string, max: number) =>
  v.pipe(v.string(expected(what)), v.trim(), v.minLength(1, 'is empty'), v.maxLength(max, tooLong(max)), readable);
const optionalText = (max: number) =>
  v.optional(v.pipe(v.string(expected('text')), v.maxLength(max, tooLong(max)), readable), '');
const isoDate = v.pipe(
  v.string(expected('a date written like 2026-04-01')),
  v.isoDate(expected('a date written like 2026-04-01')),
);
/**
 * A list checked for size before its items, so a file with two million items in one list is refused at once
 * rather than each item being checked (and reported) first.
 */
const boundedList = <TItem extends v.GenericSchema>(
  item: TItem,
  max: number,
  notAList: string,
  tooMany: (count: number) => string,
) =>
  v.pipe(
    v.array(v.unknown(), expected(notAList)),
    v.maxLength(max, (issue) => tooMany((issue.input as unknown[]).length)),
    v.array(item),
  );
const listOf = <T extends readonly string[]>(options: T, what: string) =>
  v.optional(
    boundedList(
      v.picklist(options, expected(`one of ${options.join(', ')}`)),
      options.length,
      `a list of ${what}`,
      (count) => `lists ${n(count)} ${what}; there are only ${options.length} to choose from`,
    ),
    [],
  );
const wholeNumber = v.pipe(
  v.number(expected('a whole number')),
  v.integer(expected('a whole number')),
  v.minValue(1, expected('1 or more')),
  v.maxValue(CLAUSE_LIMITS.version, expected(`a whole number up to ${n(CLAUSE_LIMITS.version)}`)),
);

export const ClauseSourceSchema = v.object(
  {
    title: text('the name of a statute or policy', CLAUSE_LIMITS.sourceTitleLength),
    effect: v.optional(
      v.pipe(
        v.string(expected('text')),
        v.maxLength(CLAUSE_LIMITS.sourceEffectLength, tooLong(CLAUSE_LIMITS.sourceEffectLength)),
        readable,
      ),
    ),
    url: v.optional(
      v.pipe(
        v.string(expected('a web address')),
        v.maxLength(CLAUSE_LIMITS.webAddressLength, tooLong(CLAUSE_LIMITS.webAddressLength)),
        v.check((url: string) => isWebAddress(url), expected('a web address starting https:// or http://')),
      ),
    ),
    inForceFrom: v.optional(isoDate),
    checkedOn: v.optional(isoDate),
  },
  expected('a group of fields with at least a title'),
);

export const CLAUSE_ID_PATTERN = /^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/;

/** One clause, as a user writes it or a file carries it. Missing optional fields take safe defaults. */
export const ClauseEntrySchema = v.object(
  {
    id: v.pipe(
      v.string(expected('a short name like "living-wage/our-branch"')),
      v.maxLength(CLAUSE_LIMITS.idLength, tooLong(CLAUSE_LIMITS.idLength)),
      v.regex(CLAUSE_ID_PATTERN, expected('a short name like "living-wage/our-branch" (small letters, digits, -)')),
    ),
    checkId: v.picklist(CHECK_IDS, expected(`one of Tenderlight's checks (${CHECK_IDS.join(', ')})`)),
    title: text('a title', CLAUSE_LIMITS.titleLength),
    body: v.pipe(
      text('the wording of the clause', CLAUSE_LIMITS.bodyLength),
      v.check(
        (body) => unknownPlaceholders(body).length === 0,
        (issue) =>
          `uses ${unknownPlaceholders(String(issue.input))
            .slice(0, 5)
            .map((n) => `{${n.slice(0, 40)}}`)
            .join(', ')}, which is not a placeholder Tenderlight knows; the ones it knows are ${Object.keys(
            KNOWN_PLACEHOLDERS,
          )
            .map((n) => `{${n}}`)
            .join(', ')}`,
      ),
    ),
    jurisdictions: listOf(JURISDICTIONS, 'places'),
    documentTypes: listOf(DOCUMENT_TYPES, 'document types'),
    sectors: listOf(SECTORS, 'sectors'),
    implements: optionalText(CLAUSE_LIMITS.implementsLength),
    legalBasis: v.optional(
      boundedList(
        ClauseSourceSchema,
        CLAUSE_LIMITS.sources,
        'a list of legal sources',
        (count) => `has ${n(count)} sources; a clause can cite at most ${CLAUSE_LIMITS.sources}`,
      ),
      [],
    ),
    notes: optionalText(CLAUSE_LIMITS.notesLength),
    origin: v.optional(v.picklist(['built-in', 'user'], expected('"built-in" or "user"')), 'user'),
    version: v.optional(wholeNumber, 1),
    updatedAt: v.optional(v.pipe(v.string(expected('a date and time')), v.isoTimestamp(expected('a date and time')))),
    licence: optionalText(CLAUSE_LIMITS.licenceLength),
    attribution: optionalText(CLAUSE_LIMITS.attributionLength),
    basedOn: v.optional(
      v.object(
        {
          id: v.pipe(
            v.string(expected('the id of a built-in clause')),
            v.maxLength(CLAUSE_LIMITS.idLength, tooLong(CLAUSE_LIMITS.idLength)),
          ),
          version: wholeNumber,
        },
        expected('a group of fields (the id and version of a built-in)'),
      ),
    ),
  },
  expected('a group of fields (a clause)'),
);

export type ClauseEntry = v.InferOutput<typeof ClauseEntrySchema>;

/** The plain name of each field of a clause, as a message shows it. */
export const FIELD_NAMES: Record<string, string> = {
  id: 'the id',
  checkId: 'the check ("checkId")',
  title: 'the title',
  body: 'the wording ("body")',
  jurisdictions: 'the places it is for ("jurisdictions")',
  documentTypes: 'the document types ("documentTypes")',
  sectors: 'the sectors',
  implements: 'what it implements ("implements")',
  legalBasis: 'the legal basis ("legalBasis")',
  notes: 'the notes',
  origin: 'where it came from ("origin")',
  version: 'the version',
  updatedAt: 'the date it changed ("updatedAt")',
  licence: 'the licence',
  attribution: 'the attribution',
  basedOn: 'the built-in it is based on ("basedOn")',
  effect: 'its effect',
  url: 'its web address ("url")',
  inForceFrom: 'the date it came into force ("inForceFrom")',
  checkedOn: 'the date it was checked ("checkedOn")',
};

/** Names the field of a clause an issue is about: "the legal basis ("legalBasis"), source 2, its web address". */
export function describeFieldPath(keys: readonly unknown[]): string {
  const parts: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key === 'number') parts.push(`${keys[i - 1] === 'legalBasis' ? 'source' : 'item'} ${key + 1}`);
    else parts.push(Object.hasOwn(FIELD_NAMES, String(key)) ? FIELD_NAMES[String(key)]! : `"${String(key)}"`);
  }
  return parts.join(', ');
}

/** The first problems with one clause, in words: empty when it is valid. */
export function clauseProblems(input: unknown): string[] {
  const result = v.safeParse(ClauseEntrySchema, input);
  if (result.success) return [];
  return result.issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key);
    return keys.length ? `${describeFieldPath(keys)} ${issue.message}` : issue.message;
  });
}
