import { MAX_PDF_BYTES, PdfBytesReplySchema, parseMessage } from '@/lib/messages/schemas';
import { pdfNameFromUrl } from '@/lib/page/pdf-tab';

function fromBase64(data: string): Uint8Array {
  const bin = atob(data);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The PDF shown in tab `tabId`: asked of the content script in that tab, which fetches it again from the
 * tab's own address with the page's session. Where no content script runs (Firefox's PDF viewer) the
 * page fetches that one address itself, which works where the extension may read the site. Nothing
 * else is ever fetched.
 */
export async function pdfFromTab(tabId: number): Promise<{ bytes: Uint8Array; name: string } | { error: string }> {
  const ask = () => browser.tabs.sendMessage(tabId, { type: 'tab-pdf' }).catch(() => undefined);
  let raw = await ask();
  // No content script in the tab yet: the background injects it (activeTab or a granted site), then we ask again.
  if (raw === undefined && (await browser.runtime.sendMessage({ type: 'scan-tab', tabId }).catch(() => undefined)))
    raw = await ask();
  const reply = raw === undefined ? undefined : parseMessage(PdfBytesReplySchema, raw, 'reader: PDF from tab');
  if (reply?.ok) return { bytes: fromBase64(reply.data), name: reply.name };
  if (reply && !reply.ok) return { error: `The PDF in that tab could not be read: ${reply.reason}.` };
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url;
  if (!url || !/^https?:/i.test(url))
    return { error: 'The PDF tab is closed or Tenderlight may not read it. Download the PDF and open the file here.' };
  try {
    const res = await fetch(url, { credentials: 'include' });
    if (!res.ok) return { error: `The site answered ${res.status} when the PDF was fetched again.` };
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > MAX_PDF_BYTES)
      return { error: 'The PDF is larger than 40 MB: download it and open the file here.' };
    return { bytes, name: pdfNameFromUrl(url) };
  } catch {
    return {
      error:
        'Tenderlight may not read this site. Choose "Always run" for the site in the toolbar popup, or download the PDF and open the file here.',
    };
  }
}
