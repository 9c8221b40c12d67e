/**
 * The domain's own multi-word terms written with hyphens ("a social-value weighting", "the real-living-wage
 * rate", "Freedom-of-Information Act"): the same term as the spaced form, which is how every rule names it.
 */
const HYPHENATED_TERM =
  /\b(?:social|living|community|freedom|modern|equal|fair|ethical|minimum|national|real|london|scottish|foundation)(?:-(?:value|wage|benefits?|of|information|slavery|opportunit(?:y|ies)|work|care|living))+\b/gi;

/** The text with those hyphens read as spaces: the same length, so every offset still points into the original. */
export function joinHyphenatedTerms(text: string): string {
  if (!text.includes('-')) return text;
  return text.replace(HYPHENATED_TERM, (term) => term.replaceAll('-', ' '));
}
