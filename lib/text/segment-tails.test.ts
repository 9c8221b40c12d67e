import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksFromText, sentencesOf } from './segment';

/**
 * segment.ts reads only the ends of lines and sentences where its patterns are anchored at the end (so
 * a long line is not rescanned from every position). These are the whole-string patterns it replaced:
 * splitting must come out exactly as they would have it.
 */
const WRAPPED_END =
  /\b(?:the|a|an|of|to|and|or|for|in|on|at|by|with|from|that|which|its|their|our|is|are|be|as|than|not)$|,$/i;
function continuesLineWhole(line: string, next: string, width?: number): boolean {
  if (/^\s*[•\-–*?]|^\s*(?:\d+|[a-z])[.)]\s/i.test(next)) return false;
  if (width && line.split('\n').at(-1)!.trimEnd().length + 1 + next.trim().split(/\s+/)[0]!.length > width - 3)
    return true;
  if (/[.!?:;]["'’”)]*$/.test(line)) return false;
  return (
    /^\s*[a-z]/.test(next) ||
    WRAPPED_END.test(line.trimEnd()) ||
    SENTENCE_BEGUN.test(line.slice(-200)) ||
    wrappedProseWhole(line.split('\n').at(-1)!, next)
  );
}
/** A full-width line of prose (ten words or more, 60 characters, most in lower case) going on to a next line in prose. */
function wrappedProseWhole(line: string, next: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length < 10 || line.trim().length < 60) return false;
  return (
    words.filter((w) => /^[a-z]/.test(w)).length * 2 > words.length &&
    /^\s*\p{Lu}[\p{Ll}’'-]*(?:\s+[\p{Ll}\d£]|[.,;:]?\s*$)/u.test(next)
  );
}
/** A sentence began on the line and runs on past its end (judged on the line's last 200 characters, as in segment.ts). */
const SENTENCE_BEGUN = /[a-z)][.!?]["'’”)]*\s+[A-Z][a-z]*(?:\s+[\w’'-]+){1,}\s*$/;
const contentsLineWhole = (s: string) => /\b\d{1,3} \d{1,2}\.$/.test(s);

/** The width the text was wrapped at: many lines near the longest, and some going on in lower case. */
function wrapWidthWhole(lines: string[]): number | undefined {
  const longest = Math.max(...lines.map((l) => l.length));
  if (lines.length < 6 || longest < 40 || longest > 130) return undefined;
  const near = lines.map((l, k) => ({ l, next: lines[k + 1] })).filter(({ l }) => l.length >= longest - 12);
  const goesOn = near.filter(({ next }) => next !== undefined && /^[a-z]/.test(next)).length;
  return near.length >= 4 && near.length * 10 >= lines.length * 3 && goesOn >= 2 ? longest : undefined;
}

/** Lines joined the way blocksFromText joins them, with the whole-line test. */
function blockTextsWhole(text: string): string[] {
  const width = wrapWidthWhole(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  return text.split(/\n\s*\n/).flatMap((para) => {
    const lines = para
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const out: string[] = [];
    for (const l of lines) {
      const last = out[out.length - 1];
      if (last !== undefined && continuesLineWhole(last, l, width)) out[out.length - 1] = `${last}\n${l}`;
      else out.push(l);
    }
    return out;
  });
}

const word = fc.constantFrom(
  'the',
  'a',
  'Contractor',
  'shall',
  'pay',
  'which',
  'than',
  'its',
  'bathe',
  'x',
  '14',
  '3.',
  '24',
  '2.',
  'e.g.',
  '(a)',
  '•',
  'Ltd.',
);
const punct = fc.constantFrom('', '', '.', ',', ':', ';', '?', '.”', '.)', ')', '’', ' ', '  ');
const line = fc
  .array(fc.tuple(word, punct), { minLength: 1, maxLength: 14 })
  .map((ws) => ws.map(([w, p]) => w + p).join(' '));
const text = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\n', '\n\n')), { minLength: 1, maxLength: 12 })
  .map((ls) => ls.map(([l, b]) => l + b).join(''));

describe('segmenting by the ends of lines', () => {
  it('joins wrapped lines exactly as the whole-line patterns would', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(blockTextsWhole(t)).toEqual(blocksFromText(t).map((b) => b.text.replace(/[^\S\n]*\n[^\S\n]*/g, '\n')));
      }),
      { numRuns: 500 },
    );
  });

  it('reads "14 24." as a contents line number however long the sentence before it', () => {
    const long = `${'Schedule of rates '.repeat(400)}14 24. Payment`;
    expect(contentsLineWhole(long.slice(0, long.indexOf('.') + 1))).toBe(true);
    expect(sentencesOf(blocksFromText(long)[0]!)).toHaveLength(1);
  });
});
