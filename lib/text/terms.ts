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
  let out = text;
  if (/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/.test(out)) out = out.replace(WIDE_SPACES, ' ');
  if (/[\u2010\u2011]/.test(out)) out = out.replace(OTHER_HYPHENS, '-');
  if (out.includes('-')) out = out.replace(HYPHENATED_TERM, (term) => term.replaceAll('-', ' '));
  return out;
}
