import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../checks/registry';
import { branches, LiteralScanner, requiredLiterals, testFiltered } from './literals';
import { HARD_HEDGES, NEGATIONS, SCOPE_LIMITERS, SOFT_HEDGES } from './strength';

const nonGlobal = (r: RegExp) => new RegExp(r.source, r.flags.replace('g', ''));

/** Every pattern the analysis runs over text: cues, false friends, markers, general hedges. */
const ALL_PATTERNS = [
  ...CHECKS.flatMap((c) => [
    ...c.cues,
    ...c.falseFriends.map((f) => f.pattern),
    ...c.weakMarkers.map((m) => m.pattern),
    ...c.strongMarkers.map((m) => m.pattern),
  ]),
  ...[...HARD_HEDGES, ...SOFT_HEDGES, ...NEGATIONS, ...SCOPE_LIMITERS].map((m) => m.pattern),
].map(nonGlobal);

const scanner = new LiteralScanner();
const FILTERED = ALL_PATTERNS.map((p) => scanner.filtered(p));
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

describe('required literals of a pattern', () => {
  it('reads the words a pattern cannot match without', () => {
    expect(requiredLiterals(/\bsocial value\b/i)).toEqual(['social value']);
    expect(requiredLiterals(/\b(?:rLW|LLW)\b/)).toEqual(['rlw', 'llw']);
    expect(requiredLiterals(/\bzero[- ]hours?\b/i)).toEqual(['zero']);
    expect(requiredLiterals(/\bliving wage(?: foundation| employer)?\b/i)).toEqual(['living wage']);
    expect(requiredLiterals(/\bTUPE\b|\btransfer of undertakings\b/i)).toEqual(['tupe', 'transfer of undertakings']);
    expect(requiredLiterals(/\bPPN 0?2\/23\b/i)).toEqual(['ppn ']);
  });

  it('gives up rather than guess: optional parts, classes, a branch with no words, other flags', () => {
    expect(requiredLiterals(/£\s?\d{1,2}/)).toBeUndefined();
    expect(requiredLiterals(/\b(?:living wage)?\b/i)).toBeUndefined();
    expect(requiredLiterals(/\bliving wage\b|\d+ ?h/i)).toBeUndefined();
    expect(requiredLiterals(/[a-z]+ wage/iu)).toBeUndefined();
    expect(requiredLiterals(/(?=wage)\w+/i)).toBeUndefined();
  });

  it('keeps the pipeline answer identical: the filtered test equals the regex on the project’s own sentences', () => {
    const sentences = [
      'The Contractor shall pay the Real Living Wage to all staff engaged on the Services.',
      'Suppliers are encouraged to consider paying the London Living Wage where possible.',
      'The Supplier shall assist the Authority with Freedom of Information requests within 5 Working Days.',
      'No zero-hours contracts shall be used; TUPE and the Pensions Regulator apply.',
      'SMEs and VCSEs may bid for Lot 2; sub-contractors are paid within 30 days of a valid invoice.',
      'We expect providers to work towards net zero and a Carbon Reduction Plan (PPN 06/21).',
      'The ÉQUIPE shall pay £12.60 per hour — the KELVIN-sign K and İstanbul are not ASCII.',
    ];
    for (const s of sentences) {
      const found = scanner.scan(s);
      for (const p of FILTERED) expect(testFiltered(p, s, found), `${p.pattern} on ${s}`).toBe(p.pattern.test(s));
    }
  });

  it('never skips a match on arbitrary text built from the patterns’ own words (fast-check)', () => {
    const words = [...new Set(ALL_PATTERNS.flatMap((p) => requiredLiterals(p) ?? []))];
    const piece = fc.oneof(
      fc.constantFrom(...words).map((w) => w.replace(/[a-z]/g, (c) => (c.charCodeAt(0) % 3 ? c : c.toUpperCase()))),
      fc.constantFrom(' ', '. ', ', ', '-', '\n', 'shall ', 'the ', 'not ', '’', 'İ', 'K', 'é', '2'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        const ids: number[] = [];
        const found = scanner.scan(text, ids);
        const lower = asciiLower(text);
        for (const p of FILTERED) if (testFiltered(p, text, found) !== p.pattern.test(text)) return false;
        // the list of what was found names each found literal once, and nothing else
        if (new Set(ids).size !== ids.length || ids.length !== found.reduce((n, f) => n + f, 0)) return false;
        if (!ids.every((id) => found[id] === 1)) return false;
        // the scanner finds exactly the literals an ASCII case-folding search finds
        return FILTERED.every(
          (p) =>
            !p.literalIds ||
            p.literalIds.every((id, k) => Boolean(found[id]) === lower.includes(requiredLiterals(p.pattern)![k]!)),
        );
      }),
      { numRuns: 400 },
    );
  });
});

describe('a union split into its alternatives', () => {
  it('splits at the top level only, keeping groups, classes, escapes and the word boundaries around one group', () => {
    expect(branches(/\bcat\b|do(?:g|e)|[|]x|a\|b/i).map((b) => b.source)).toEqual([
      '(?:\\bcat\\b)',
      '(?:do(?:g|e))',
      '(?:[|]x)',
      '(?:a\\|b)',
    ]);
    expect(branches(/\b(?:KPIs?|key performance indicators?)\b/i).map((b) => b.source)).toEqual([
      '\\b(?:KPIs?)\\b',
      '\\b(?:key performance indicators?)\\b',
    ]);
    expect(branches(/(a)\1|b/).length).toBe(1);
  });

  it('answers as the union does on every pattern the checks use and text built from their words (fast-check)', () => {
    const unions = ALL_PATTERNS.filter((p) => branches(p).length > 1);
    const words = [...new Set(ALL_PATTERNS.flatMap((p) => requiredLiterals(p) ?? []))];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(' ', '. ', ', ', 'shall ', 'the ', 'not ', '10% '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        return unions.every((p) => branches(p).some((b) => b.test(text)) === p.test(text));
      }),
      { numRuns: 200 },
    );
  });
});
