/** Fewer words than this and a page has nothing a clause could be made of (an empty draft, a bare viewer). */
const MIN_WORDS = 3;

/**
 * Does a page's text hold anything the checks can read? A page of whitespace, digits or punctuation
 * does not: it gets "nothing to check here", never a list of missing clauses.
 */
export function hasReadableText(text: string): boolean {
  let words = 0;
  for (const _ of text.matchAll(/\p{L}{2,}/gu)) if (++words >= MIN_WORDS) return true;
  return false;
}
