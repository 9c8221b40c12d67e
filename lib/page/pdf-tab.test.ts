import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchOwnPdf, isPdfDocument, pdfNameFromUrl, runInPdfTab } from './pdf-tab';

const PDF = new TextEncoder().encode('%PDF-1.7\n% a tiny stand-in\n%%EOF');

afterEach(() => vi.unstubAllGlobals());

describe('a PDF in the browser’s viewer', () => {
  it('is recognised by its content type, whatever its address says', () => {
    expect(isPdfDocument({ contentType: 'application/pdf' })).toBe(true);
    expect(isPdfDocument({ contentType: 'text/html' })).toBe(false);
  });

  it('gets a file name from its address', () => {
    expect(pdfNameFromUrl('https://portal.example/docs/Terms%20and%20Conditions.pdf')).toBe('Terms and Conditions.pdf');
    expect(pdfNameFromUrl('https://portal.example/download')).toBe('download.pdf');
    expect(pdfNameFromUrl('https://portal.example/')).toBe('document.pdf');
    expect(pdfNameFromUrl('not a url')).toBe('document.pdf');
  });

  it('is fetched again from its own address with the session, and refused when it is not a PDF', async () => {
    const fetcher = vi.fn(async () => new Response(PDF));
    vi.stubGlobal('fetch', fetcher);
    const got = await fetchOwnPdf('https://portal.example/d?id=1');
    expect(fetcher).toHaveBeenCalledWith('https://portal.example/d?id=1', { credentials: 'include' });
    expect(got).toEqual({ ok: true, name: 'd.pdf', data: Buffer.from(PDF).toString('base64') });
    vi.stubGlobal('fetch', async () => new Response('<html>login</html>'));
    expect(await fetchOwnPdf('https://portal.example/d')).toMatchObject({ ok: false });
    vi.stubGlobal('fetch', async () => new Response('', { status: 403 }));
    expect(await fetchOwnPdf('https://portal.example/d')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/403/),
    });
  });

  it('announces itself to the background and answers only its own extension', async () => {
    const send = vi.fn(async () => ({ ok: true }));
    const doc = { title: 'Terms', location: { href: 'https://portal.example/t.pdf' } } as unknown as Document;
    const onMessage = runInPdfTab(doc, send, 'own-id');
    expect(send).toHaveBeenCalledWith({ type: 'pdf-tab', title: 'Terms' });
    expect(onMessage({ type: 'ping' }, { id: 'someone-else' })).toBeUndefined();
    expect(await onMessage({ type: 'ping' }, { id: 'own-id' })).toEqual({ ok: true });
    expect(await onMessage({ type: 'scan' }, { id: 'own-id' })).toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(2);
    expect(await onMessage({ type: 'insert', text: 'x' }, { id: 'own-id' })).toMatchObject({ ok: false });
  });
});
