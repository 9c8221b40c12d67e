/**
 * The domain's own multi-word terms written with hyphens ("a social-value weighting", "the real-living-wage
 * rate", "Freedom-of-Information Act"): the same term as the spaced form, which is how every rule names it.
 */
const HYPHENATED_TERM =
  /\b(?:social|living|community|freedom|modern|equal|fair|ethical|minimum|national|real|london|scottish|foundation)(?:-(?:value|wage|benefits?|of|information|slavery|opportunit(?:y|ies)|work|care|living))+\b/gi;

/** No-break and other fixed-width spaces (web pages' &nbsp;, PDF text): a space to every rule. */
const WIDE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/** Hyphen characters other than the keyboard's (U+2010 hyphen, U+2011 non-breaking hyphen). */
const OTHER_HYPHENS = /[\u2010\u2011]/g;

/**
 * The text as the rules read it: spaces of every width as a space, hyphens of every kind as "-", and the domain's
 * hyphenated terms spaced. The same length, so every offset still points into the original text.
 */
export function normalisedForRules(text: string): string {
  const out = text.replace(WIDE_SPACES, ' ').replace(OTHER_HYPHENS, '-');
  return out.includes('-') ? out.replace(HYPHENATED_TERM, (term) => term.replaceAll('-', ' ')) : out;
}

/** A line of a flattened table: two or more cells joined by " | ". */
export const TABLE_LINE = /\S\s*\|\s*\S/;

/**
 * Line breaks as spaces, except the break between two rows of a table: rows are not wrapped lines of one sentence
 * ("Risk | Impact | Mitigation" then a row per risk), and the analysis reads each row by itself.
 */
function tableRowsKept(text: string): string {
  const lines = text.replace(/[\r\t]/g, ' ').split('\n');
  let out = lines[0]!;
  for (let i = 1; i < lines.length; i++)
    out += (TABLE_LINE.test(lines[i - 1]!) && TABLE_LINE.test(lines[i]!) ? '\n' : ' ') + lines[i];
  return out;
}

/** Characters that show nothing (soft hyphen, zero-width space and joiners, word joiner, byte-order mark): read as absent. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/** A paragraph as the rules read it, and where each of its characters stands in the paragraph as written. */
export interface ReadParagraph {
  text: string;
  /** the written offset of each read offset (one more entry, for the end); absent when the two are the same */
  written?: Int32Array;
}

/**
 * One paragraph as the rules read it: as normalisedForRules, its wrapped lines' breaks as spaces, every run of
 * spaces as one ("Real  Living\r\nWage" is "Real Living Wage"), since each rule names a term with single spaces, and
 * characters that show nothing left out ("Liv\u00ading Wage" with a soft hyphen is "Living Wage").
 */
export function paragraphForRules(paragraph: string): ReadParagraph {
  let text = normalisedForRules(paragraph);
  if (/[\r\n\t]/.test(text)) text = text.includes('|') ? tableRowsKept(text) : text.replace(/[\r\n\t]/g, ' ');
  if (!text.includes('  ') && !INVISIBLE.test(text)) return { text };
  const written = new Int32Array(text.length + 1);
  let read = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (INVISIBLE.test(text[i]!)) continue;
    if (text[i] === ' ' && read.endsWith(' ')) continue;
    written[n++] = i;
    read += text[i];
  }
  written[n] = text.length;
  return { text: read, written: written.subarray(0, n + 1) };
}
