/**
 * Which links on a notice or portal page are tender documents the pack can read, and which of them
 * Tenderlight may fetch: only the page's own site or a known tender portal. Text in, list out; no DOM.
 */
import { portalFor } from '../data/portal-hosts';

/** The document formats the pack reads from a page (by content later; the link only hints). */
export type AttachmentFormat = 'pdf' | 'docx' | 'doc' | 'odt' | 'rtf';

/** A link as the page shows it. */
export interface PageLink {
  /** the resolved address */
  href: string;
  /** the words of the link, e.g. "Contract terms (PDF, 240 KB)" */
  text: string;
  /** the link's type attribute, e.g. "application/pdf" */
  type?: string;
  /** the link's download attribute: the file name the site suggests */
  download?: string;
}

/** A document linked from the page, as the panel lists it. */
export interface Attachment {
  url: string;
  /** the file name a person recognises ("Terms.pdf") */
  name: string;
  format: AttachmentFormat;
}

/** More links than this are not a tender's documents but a search listing; the panel lists the first ones. */
export const MAX_ATTACHMENTS = 40;

const EXTENSION = /\.(pdf|docx|doc|odt|rtf)$/i;
const TYPE_HINTS: [RegExp, AttachmentFormat][] = [
  [/^application\/pdf\b/i, 'pdf'],
  [/wordprocessingml\.document/i, 'docx'],
  [/opendocument\.text/i, 'odt'],
  [/^application\/msword\b/i, 'doc'],
  [/^(application|text)\/rtf\b/i, 'rtf'],
];
// "Terms (PDF, 240 KB)", "Specification [Word 2007]", "Pricing schedule - ODT"
const TEXT_HINTS: [RegExp, AttachmentFormat][] = [
  [/\bpdf\b/i, 'pdf'],
  [/\bdocx\b|\bword\b/i, 'docx'],
  [/\bodt\b|\bopen ?document\b/i, 'odt'],
];

function parse(href: string): URL | undefined {
  try {
    const u = new URL(href);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
  } catch {
    return undefined;
  }
}

const lastSegment = (u: URL) => {
  try {
    return decodeURIComponent(u.pathname.split('/').pop() ?? '');
  } catch {
    return u.pathname.split('/').pop() ?? '';
  }
};

/** A file name the address carries: its last path segment, or a query value such as ?file=terms.pdf. */
function fileNameIn(u: URL): string | undefined {
  const last = lastSegment(u);
  if (EXTENSION.test(last)) return last;
  for (const value of u.searchParams.values()) {
    const name = value.split(/[\\/]/).pop() ?? '';
    if (EXTENSION.test(name)) return name;
  }
  return undefined;
}

function formatOf(link: PageLink, u: URL): AttachmentFormat | undefined {
  const named = link.download && EXTENSION.exec(link.download.trim());
  if (named) return named[1]!.toLowerCase() as AttachmentFormat;
  const inAddress = fileNameIn(u);
  if (inAddress) return EXTENSION.exec(inAddress)![1]!.toLowerCase() as AttachmentFormat;
  for (const [re, f] of TYPE_HINTS) if (link.type && re.test(link.type)) return f;
  // a word like "PDF" in the link's text counts only for an address that names no other kind of file
  if (/\.[a-z0-9]{2,5}$/i.test(lastSegment(u))) return undefined;
  for (const [re, f] of TEXT_HINTS) if (re.test(link.text)) return f;
  return undefined;
}

/** A readable file name: the site's, else the link's words with the format's extension. */
function nameOf(link: PageLink, u: URL, format: AttachmentFormat): string {
  const given = link.download?.trim().split(/[\\/]/).pop();
  if (given && EXTENSION.test(given)) return given.slice(0, 200);
  const inAddress = fileNameIn(u);
  if (inAddress) return inAddress.slice(0, 200);
  const words = link.text
    .replace(/[([][^)\]]*[)\]]/g, ' ')
    .replace(/\b(pdf|docx|doc|odt|rtf|download)\b/gi, ' ')
    .replace(/[^\p{L}\p{N} .,'&-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${words || lastSegment(u) || 'document'}.${format}`;
}

/**
 * True when Tenderlight may fetch `url` for the page at `pageUrl`: the page's own site (same scheme,
 * host and port) or a known tender portal. Any other address is never fetched.
 */
export function mayFetchAttachment(url: string, pageUrl: string): boolean {
  const target = parse(url);
  const page = parse(pageUrl);
  if (!target || !page) return false;
  return target.origin === page.origin || portalFor(target.href) !== undefined;
}

/**
 * The tender documents among a page's links: PDF, Word (.docx, .doc), OpenDocument (.odt) and RTF by the address's
 * extension, the link's type or download name, or its words ("Terms (PDF)"), from the page's own site or
 * a known portal only, each address once, at most MAX_ATTACHMENTS.
 */
export function findAttachments(links: readonly PageLink[], pageUrl: string): Attachment[] {
  const seen = new Set<string>();
  const out: Attachment[] = [];
  for (const link of links) {
    const u = parse(link.href);
    if (!u || !mayFetchAttachment(u.href, pageUrl)) continue;
    u.hash = '';
    if (seen.has(u.href)) continue;
    const format = formatOf(link, u);
    if (!format) continue;
    seen.add(u.href);
    out.push({ url: u.href, name: nameOf(link, u, format), format });
    if (out.length >= MAX_ATTACHMENTS) break;
  }
  // two links with the same file name would be indistinguishable in the pack's citations
  const count = new Map<string, number>();
  for (const a of out) {
    const n = (count.get(a.name) ?? 0) + 1;
    count.set(a.name, n);
    if (n > 1) a.name = a.name.replace(/(\.[a-z]+)$/i, ` (${n})$1`);
  }
  return out;
}
