import { MAX_PDF_BYTES, parseMessage, ToContentSchema } from '../messages/schemas';

/**
 * A tab showing a PDF in the browser's own viewer: Chromium runs the content script in it with the PDF's
 * address and document.contentType "application/pdf" (whatever the file is called); its text is not
 * in the DOM, so there is nothing for the page checks to read.
 */
export function isPdfDocument(doc: Pick<Document, 'contentType'>): boolean {
  return doc.contentType === 'application/pdf';
}

/** The file name a PDF's address suggests, for the reader and the saved review ("terms.pdf"). */
export function pdfNameFromUrl(href: string): string {
  try {
    const last = decodeURIComponent(new URL(href).pathname.split('/').pop() ?? '');
    if (last) return /\.pdf$/i.test(last) ? last : `${last}.pdf`;
  } catch {
    // an address that does not parse still gets a name
  }
  return 'document.pdf';
}

function toBase64(bytes: Uint8Array): string {
  let out = '';
  // String.fromCharCode takes arguments: in slices, so a 40 MB file does not overflow the stack
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

/**
 * Fetches the PDF the tab shows, from the tab's own address with the page's session (a portal login
 * works), and never anything else. Checks the bytes are a PDF and not too large for one message.
 */
export async function fetchOwnPdf(
  href: string,
): Promise<{ ok: true; name: string; data: string } | { ok: false; reason: string }> {
  let res: Response;
  try {
    res = await fetch(href, { credentials: 'include' });
  } catch (e) {
    return { ok: false, reason: `the PDF could not be fetched again (${(e as Error)?.message ?? 'network error'})` };
  }
  if (!res.ok) return { ok: false, reason: `the site answered ${res.status} when the PDF was fetched again` };
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_PDF_BYTES)
    return { ok: false, reason: 'the PDF is larger than 40 MB: download it and open the file in the reader' };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) return { ok: false, reason: 'the tab’s address no longer gives a PDF' };
  return { ok: true, name: pdfNameFromUrl(href), data: toBase64(bytes) };
}

/**
 * The content script's whole job in a PDF tab: tell the background the tab is a PDF (so the badge, popup
 * and panel say "scan it as a document"), again on every scan request, and hand the PDF to the reader.
 */
export function runInPdfTab(
  doc: Document,
  send: (msg: { type: 'pdf-tab'; title: string }) => Promise<unknown>,
  ownId: string,
) {
  const announce = () => send({ type: 'pdf-tab', title: doc.title.slice(0, 1_000) }).catch(() => undefined);
  void announce();
  return (raw: unknown, sender: { id?: string } | undefined): Promise<unknown> | undefined => {
    if (sender?.id !== ownId) return undefined;
    const msg = parseMessage(ToContentSchema, raw, 'content (PDF tab)');
    if (!msg) return undefined;
    if (msg.type === 'ping') return Promise.resolve({ ok: true });
    if (msg.type === 'scan') return announce().then(() => ({ ok: true }));
    if (msg.type === 'tab-pdf') return fetchOwnPdf(doc.location.href);
    return Promise.resolve({ ok: false, reason: 'this tab shows a PDF' });
  };
}
