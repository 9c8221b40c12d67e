import fc from 'fast-check';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_IDS, DOCUMENT_TYPES, JURISDICTIONS, SECTORS, STATUSES } from '../types';
import * as schemas from './schemas';

/**
 * Fuzzing the message schemas every context uses on receipt: parsing an arbitrary payload never throws, and
 * what passes has the shape the handlers rely on. The invariants below are deliberately loose (a field that
 * is present must be well-formed) so a schema that gains or loses a field for authorisation keeps passing.
 */

const ALL_SCHEMAS = Object.entries(schemas as Record<string, unknown>).filter(
  ([, value]) => typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'schema',
) as [string, v.GenericSchema][];
/** The schemas of messages proper (the rest describe stored state): what passes them must be a known message. */
const MESSAGE_SCHEMAS = new Set([
  'ToContentSchema',
  'ToBackgroundSchema',
  'PageTextSchema',
  'PagePartSchema',
  'AnalysisSchema',
]);

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const MESSAGE_TYPES = [
  'ping',
  'scan',
  'analysis',
  'focus',
  'insert',
  'page-text',
  'page-part',
  'scan-tab',
  'set-profile',
  'site-access-changed',
  'pdf-tab',
  'tab-pdf',
];

/** Payloads a hostile page or a bug might send: anything at all, or objects shaped almost like real messages. */
const anyValue = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});
const fieldValue = fc.oneof(
  anyValue,
  fc.integer({ min: -5, max: 5_000_001 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -0, 1.5, '', 'x'.repeat(20_001), ...CHECK_IDS, ...STATUSES, 'strong', 'weak'),
  fc.array(fc.integer({ min: -1, max: 100 }), { maxLength: 3 }),
);
const messageLike = fc
  .record({
    type: fc.constantFrom(...MESSAGE_TYPES, 'eval', '__proto__', 'constructor'),
    fields: fc.dictionary(
      fc.constantFrom(
        'tabId',
        'start',
        'end',
        'text',
        'url',
        'title',
        'version',
        'blocks',
        'index',
        'parts',
        'editable',
        'checks',
        'profile',
        'focus',
        'ok',
        'editor',
        'reason',
        'checkId',
        'at',
        '__proto__',
        'constructor',
      ),
      fieldValue,
      { maxKeys: 6 },
    ),
  })
  .map(({ type, fields }) => {
    const message: Record<string, unknown> = {};
    for (const [k, value] of Object.entries({ type, ...fields }))
      Object.defineProperty(message, k, { value, enumerable: true, writable: true, configurable: true });
    return message;
  });
const payload = fc.oneof(
  anyValue,
  messageLike,
  fc.json().map((text) => JSON.parse(text) as unknown),
);

const isCount = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isShortText = (s: unknown, max: number) => typeof s === 'string' && s.length <= max;

/** What any accepted message must look like, field by field, whichever schema accepted it. */
function expectWellFormed(output: unknown, isMessage: boolean) {
  if (typeof output !== 'object' || output === null) return;
  expect(Object.hasOwn(output, '__proto__')).toBe(false);
  const o = output as Record<string, unknown>;
  if (!isMessage) return;
  expect(MESSAGE_TYPES).toContain(o.type);
  for (const key of ['tabId', 'start', 'end', 'version', 'index', 'parts'] as const)
    if (key in o && o[key] !== undefined) expect(isCount(o[key])).toBe(true);
  if ('start' in o && 'end' in o) expect((o.start as number) <= 5_000_000 && (o.end as number) <= 5_000_000).toBe(true);
  if (o.type === 'insert') expect(isShortText(o.text, 20_000) && (o.text as string).length > 0).toBe(true);
  // a page's text travels in messages of PAGE_PART_CHARS each, so no single message is large
  if (o.type === 'page-text' || o.type === 'page-part') {
    expect(isShortText(o.text, schemas.PAGE_PART_CHARS)).toBe(true);
    expect(isShortText(o.blocks, schemas.PAGE_PART_CHARS)).toBe(true);
  }
  if ('url' in o) expect(isShortText(o.url, 4_000)).toBe(true);
  if ('checks' in o) {
    expect(Array.isArray(o.checks) && o.checks.length <= CHECK_IDS.length).toBe(true);
    for (const c of o.checks as Record<string, unknown>[]) {
      expect(CHECK_IDS).toContain(c.id);
      expect(STATUSES).toContain(c.status);
      expect(Array.isArray(c.evidence)).toBe(true);
    }
  }
  if ('profile' in o && o.profile !== null) {
    const p = o.profile as Record<string, unknown>;
    if (p.type !== undefined) expect(DOCUMENT_TYPES).toContain(p.type);
    if (p.sector !== undefined) expect(SECTORS).toContain(p.sector);
    if (p.jurisdiction !== undefined) expect(JURISDICTIONS).toContain(p.jurisdiction);
  }
  if ('checkId' in o) expect(CHECK_IDS).toContain(o.checkId);
}

describe('fuzzing the message schemas', () => {
  it('covers every schema the module exports', () => {
    expect(ALL_SCHEMAS.map(([name]) => name)).toEqual(
      expect.arrayContaining(['ToContentSchema', 'ToBackgroundSchema', 'ContentReplySchema', 'PageTextSchema']),
    );
  });

  it('parsing an arbitrary payload never throws, and whatever passes is well-formed', () => {
    fc.assert(
      fc.property(payload, (raw) => {
        for (const [name, schema] of ALL_SCHEMAS) {
          let result: v.SafeParseResult<v.GenericSchema> | undefined;
          expect(() => {
            result = v.safeParse(schema, raw);
          }, name).not.toThrow();
          if (result?.success) expectWellFormed(result.output, MESSAGE_SCHEMAS.has(name));
          expect(() => schemas.parseMessage(schema, raw, 'fuzz')).not.toThrow();
        }
      }),
      { numRuns: 150 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('well-formed content-script messages pass unchanged', () => {
    const offset = fc.nat(5_000_000);
    const valid = fc.oneof(
      fc.constant({ type: 'ping' }),
      fc.constant({ type: 'scan' }),
      fc.record({ type: fc.constant('focus'), start: offset, end: offset }),
      fc.record({ type: fc.constant('insert'), text: fc.string({ minLength: 1, maxLength: 200 }) }),
    );
    fc.assert(
      fc.property(valid, (message) => {
        expect(schemas.parseMessage(schemas.ToContentSchema, message, 'fuzz')).toEqual(message);
      }),
      { numRuns: 100 },
    );
  });

  it('a well-formed message with one field made wrong is refused', () => {
    const wrongOffset = fc.oneof(
      fc.integer({ max: -1 }),
      fc.integer({ min: 5_000_001 }),
      fc.constantFrom(NaN, Infinity, 1.5, '3', null, undefined, [3], { n: 3 }),
    );
    fc.assert(
      fc.property(fc.nat(5_000_000), wrongOffset, fc.boolean(), (good, bad, wrongStart) => {
        const message = { type: 'focus', start: wrongStart ? bad : good, end: wrongStart ? good : bad };
        expect(v.safeParse(schemas.ToContentSchema, message).success).toBe(false);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(''), fc.constant('x'.repeat(20_001)), fc.integer(), fc.constant(null)),
        (text) => {
          expect(v.safeParse(schemas.ToContentSchema, { type: 'insert', text }).success).toBe(false);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('an unknown message type never passes', () => {
    fc.assert(
      fc.property(
        fc.string().filter((t) => !MESSAGE_TYPES.includes(t)),
        fc.dictionary(fc.string(), fieldValue, { maxKeys: 3 }),
        (type, rest) => {
          const message = { ...rest, type };
          expect(v.safeParse(schemas.ToContentSchema, message).success).toBe(false);
          expect(v.safeParse(schemas.ToBackgroundSchema, message).success).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('placeholder values keep only short lower-case names and short text, and __proto__ pollutes nothing', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ maxLength: 45 }),
          fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant('x'.repeat(301))),
          {
            maxKeys: 5,
          },
        ),
        (values) => {
          const inner = JSON.stringify(values).slice(1, -1);
          const raw = JSON.parse(`{"__proto__":{"polluted":true}${inner ? `,${inner}` : ''}}`);
          const result = v.safeParse(schemas.PlaceholderValuesSchema, raw);
          if (result.success)
            for (const [k, value] of Object.entries(result.output)) {
              expect(k).toMatch(/^[a-z_]{1,40}$/);
              expect(isShortText(value, 300)).toBe(true);
            }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 100 },
    );
  });

  it('page text over the size of one message is refused, not truncated', () => {
    const message = {
      type: 'page-text',
      version: 1,
      url: 'https://example.org/',
      title: 't',
      text: 'a'.repeat(schemas.PAGE_PART_CHARS + 1),
      blocks: '',
      editable: false,
    };
    expect(v.safeParse(schemas.ToBackgroundSchema, message).success).toBe(false);
  });
});
