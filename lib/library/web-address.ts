/**
 * The one rule for which addresses in the clause library may be links: an ordinary `https:` or `http:` web
 * address, written out from its first letter. Anything else (`javascript:`, `data:`, `file:`, an address with
 * a leading space or control character that the browser's URL parser would quietly strip) is refused on
 * import and shown as plain text if it is ever found in a stored clause.
 */
const WEB_ADDRESS_START = /^https?:\/\//i;

/** The longest web address a clause may carry; real statute and policy addresses are under 200 characters. */
export const WEB_ADDRESS_MAX_LENGTH = 2_000;

export function isWebAddress(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > WEB_ADDRESS_MAX_LENGTH) return false;
  // the URL parser removes tabs, newlines and leading controls, so "java\tscript:" would pass the protocol test alone
  if (!WEB_ADDRESS_START.test(value) || /[\s\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The address to put in a link's `href`, or undefined when it must be shown as plain text. */
export function linkTarget(value: unknown): string | undefined {
  return isWebAddress(value) ? value : undefined;
}
