import { sniffContainer } from '../documents/detect';
import { MAX_PDF_BYTES } from '../messages/schemas';
import { type Attachment, findAttachments, mayFetchAttachment, type PageLink } from '../pack/attachments';

/** The largest attachment fetched: it crosses to the side panel as base64 in one message, as a tab's PDF does. */
export const MAX_ATTACHMENT_BYTES = MAX_PDF_BYTES;
/** Links looked at on one page: a hostile page with a million links is not read past them. */
const MAX_LINKS = 5_000;

/** Why an attachment could not be fetched; the panel words each one for the rep. */
export type AttachmentProblem = 'login' | 'too-large' | 'not-found' | 'network' | 'not-allowed' | 'not-document';

export type AttachmentReply =
  | { ok: true; name: string; data: string }
  | { ok: false; problem: AttachmentProblem; reason: string };

/** The page's links, as the page shows them. */
export function pageLinks(doc: Document): PageLink[] {
  const out: PageLink[] = [];
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (out.length >= MAX_LINKS) break;
    out.push({
      href: a.href,
      text: (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
      ...(a.type ? { type: a.type.slice(0, 200) } : {}),
      ...(a.hasAttribute('download') ? { download: (a.getAttribute('download') ?? '').slice(0, 300) } : {}),
    });
  }
  return out;
}

/** The tender documents this page links to, from its own site or a known portal. */
export function pageAttachments(doc: Document): Attachment[] {
  return findAttachments(pageLinks(doc), doc.location.href);
}

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

const TOO_LARGE = `it is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB: download it and open the file with Scan a document`;

/** Reads a response body, stopping as soon as it passes the limit (a server may not say how long it is). */
async function boundedBody(res: Response): Promise<Uint8Array | undefined> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_ATTACHMENT_BYTES) return undefined;
  if (!res.body) {
    const all = new Uint8Array(await res.arrayBuffer());
    return all.length > MAX_ATTACHMENT_BYTES ? undefined : all;
  }
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_ATTACHMENT_BYTES) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The first bytes say what the server sent: a document the reader opens, or a web page (a login form, an error page). */
const looksLikeDocument = (bytes: Uint8Array) => sniffContainer(bytes) !== 'unknown';

const looksLikeWebPage = (bytes: Uint8Array, type: string) =>
  /text\/html|xhtml/i.test(type) ||
  /^\s*(<!doctype html|<html|<head|<body|<form)/i.test(new TextDecoder().decode(bytes.subarray(0, 512)));

/**
 * Fetches one document the page links to, with the page's own session (a portal login works), only when
 * it is one of the page's listed attachments on the page's site or a known portal. A login page, an
 * error, a file too large or something that is not a document comes back as a plain reason.
 */
export async function fetchAttachment(
  url: string,
  pageUrl: string,
  listed: readonly Attachment[],
): Promise<AttachmentReply> {
  const item = listed.find((a) => a.url === url);
  if (!item || !mayFetchAttachment(url, pageUrl))
    return { ok: false, problem: 'not-allowed', reason: 'it is not a document linked from this page’s own site' };
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'include' });
  } catch (e) {
    return {
      ok: false,
      problem: 'network',
      reason: `it could not be fetched (${(e as Error)?.message ?? 'network error'})`,
    };
  }
  if (res.status === 401 || res.status === 403)
    return {
      ok: false,
      problem: 'login',
      reason: 'the site refused it: sign in to the portal in this tab, then try again',
    };
  if (res.status === 404 || res.status === 410)
    return { ok: false, problem: 'not-found', reason: 'the site no longer has it (the link is broken)' };
  if (!res.ok) return { ok: false, problem: 'network', reason: `the site answered ${res.status}` };
  let bytes: Uint8Array | undefined;
  try {
    bytes = await boundedBody(res);
  } catch (e) {
    return {
      ok: false,
      problem: 'network',
      reason: `the download stopped (${(e as Error)?.message ?? 'network error'})`,
    };
  }
  if (!bytes) return { ok: false, problem: 'too-large', reason: TOO_LARGE };
  if (!looksLikeDocument(bytes))
    return looksLikeWebPage(bytes, res.headers.get('content-type') ?? '')
      ? {
          ok: false,
          problem: 'login',
          reason:
            'the site sent a web page instead of the document: your login may have expired; sign in on this page and try again',
        }
      : { ok: false, problem: 'not-document', reason: 'what the site sent is not a PDF, Word or OpenDocument file' };
  return { ok: true, name: item.name, data: toBase64(bytes) };
}
