// @vitest-environment happy-dom
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttachmentListSchema, AttachmentReplySchema, ToContentSchema } from '../messages/schemas';
import type { Attachment } from '../pack/attachments';
import { fetchAttachment, MAX_ATTACHMENT_BYTES, pageAttachments } from './attachments';
import { handleContentMessage } from './content-messages';

const PAGE = 'https://in-tendhost.co.uk/council/notice/77';
const TERMS: Attachment = { url: 'https://in-tendhost.co.uk/council/docs/Terms.pdf', name: 'Terms.pdf', format: 'pdf' };
const PDF = new TextEncoder().encode('%PDF-1.7\n% a tiny stand-in\n%%EOF');
const LOGIN = '<!doctype html><html><body><form action="/login"></form></body></html>';

afterEach(() => vi.unstubAllGlobals());

const answer = (body: BodyInit | null, init: ResponseInit = {}) => vi.fn(async () => new Response(body, init));

describe('fetching a linked document with the page’s session', () => {
  it('sends the page’s cookies and hands over the bytes as validated base64', async () => {
    const fetch = answer(PDF, { headers: { 'content-type': 'application/pdf' } });
    vi.stubGlobal('fetch', fetch);
    const r = await fetchAttachment(TERMS.url, PAGE, [TERMS]);
    expect(fetch).toHaveBeenCalledWith(TERMS.url, { credentials: 'include' });
    expect(v.parse(AttachmentReplySchema, r)).toEqual({
      ok: true,
      name: 'Terms.pdf',
      data: btoa(String.fromCharCode(...PDF)),
    });
  });

  it('takes a Word 97-2003 or RTF file as a document too, by its first bytes', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const rtf = new TextEncoder().encode('{\\rtf1\\ansi The Contractor shall pay the Real Living Wage.}');
    for (const [body, name] of [
      [ole, 'old-terms.doc'],
      [rtf, 'letter.rtf'],
    ] as const) {
      const doc: Attachment = { url: `https://in-tendhost.co.uk/council/docs/${name}`, name, format: 'doc' };
      vi.stubGlobal('fetch', answer(body, { headers: { 'content-type': 'application/octet-stream' } }));
      expect(await fetchAttachment(doc.url, PAGE, [doc])).toMatchObject({ ok: true, name });
    }
  });

  it('says when the portal sent its login page, refused, lost the file, or sent something else', async () => {
    vi.stubGlobal('fetch', answer(LOGIN, { headers: { 'content-type': 'text/html' } }));
    expect(await fetchAttachment(TERMS.url, PAGE, [TERMS])).toMatchObject({
      ok: false,
      problem: 'login',
      reason: expect.stringMatching(/web page instead of the document: your login may have expired/),
    });
    vi.stubGlobal('fetch', answer('denied', { status: 403 }));
    expect(await fetchAttachment(TERMS.url, PAGE, [TERMS])).toMatchObject({ ok: false, problem: 'login' });
    vi.stubGlobal('fetch', answer('gone', { status: 404 }));
    expect(await fetchAttachment(TERMS.url, PAGE, [TERMS])).toMatchObject({ ok: false, problem: 'not-found' });
    vi.stubGlobal('fetch', answer(new Uint8Array([0, 1, 2, 3]), { headers: { 'content-type': 'application/pdf' } }));
    expect(await fetchAttachment(TERMS.url, PAGE, [TERMS])).toMatchObject({ ok: false, problem: 'not-document' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await fetchAttachment(TERMS.url, PAGE, [TERMS])).toMatchObject({ ok: false, problem: 'network' });
  });

  it('stops reading a file past the limit, whether or not the server says its length', async () => {
    vi.stubGlobal('fetch', answer('x', { headers: { 'content-length': String(MAX_ATTACHMENT_BYTES + 1) } }));
    expect(await fetchAttachment(TERMS.url, PAGE, [TERMS])).toMatchObject({ ok: false, problem: 'too-large' });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(4 * 1024 * 1024));
      },
    });
    vi.stubGlobal('fetch', answer(endless));
    expect(await fetchAttachment(TERMS.url, PAGE, [TERMS])).toMatchObject({ ok: false, problem: 'too-large' });
    expect(pulled).toBeLessThan(MAX_ATTACHMENT_BYTES / (4 * 1024 * 1024) + 3);
  });

  it('never fetches an address the page does not link, or one on another site', async () => {
    const fetch = answer(PDF);
    vi.stubGlobal('fetch', fetch);
    const elsewhere: Attachment = { url: 'https://elsewhere.example/Terms.pdf', name: 'Terms.pdf', format: 'pdf' };
    expect(await fetchAttachment(elsewhere.url, PAGE, [elsewhere])).toMatchObject({
      ok: false,
      problem: 'not-allowed',
    });
    expect(await fetchAttachment(TERMS.url, PAGE, [])).toMatchObject({ ok: false, problem: 'not-allowed' });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the content script’s document messages', () => {
  it('lists the page’s documents and fetches one only for the extension itself', async () => {
    document.body.innerHTML = `<a href="https://in-tendhost.co.uk/council/docs/Terms.pdf">Terms</a>
      <a href="https://elsewhere.example/x.pdf">Elsewhere</a><a href="/council/notice/78">Next notice</a>`;
    const attachments = pageAttachments(document);
    // happy-dom's page address is about:blank: the page's own site is the portal here
    expect(attachments.map((a) => a.name)).toEqual(['Terms.pdf']);
    const page = { enabled: true, scan: vi.fn(), apply: vi.fn(), focus: vi.fn(), insert: vi.fn() };
    const docs = {
      attachments: () => attachments,
      fetchAttachment: vi.fn(async () => ({ ok: true as const, name: 'Terms.pdf', data: '' })),
    };
    const list = await handleContentMessage({ type: 'list-attachments' }, { id: 'me' }, 'me', page, docs);
    expect(v.parse(AttachmentListSchema, list).attachments).toEqual(attachments);
    expect(
      await handleContentMessage({ type: 'download-attachment', url: TERMS.url }, { id: 'other' }, 'me', page, docs),
    ).toBeUndefined();
    expect(docs.fetchAttachment).not.toHaveBeenCalled();
    await handleContentMessage({ type: 'download-attachment', url: TERMS.url }, { id: 'me' }, 'me', page, docs);
    expect(docs.fetchAttachment).toHaveBeenCalledWith(TERMS.url);
    expect(v.safeParse(ToContentSchema, { type: 'download-attachment', url: 'x'.repeat(5000) }).success).toBe(false);
  });

  it('a reply that is not base64, too long or of an unknown problem is refused at the panel', () => {
    const bad = [
      { ok: true, name: 'Terms.pdf', data: '<script>' },
      { ok: true, name: '', data: 'AAAA' },
      { ok: false, problem: 'teapot', reason: 'no' },
      { ok: true, name: 'Terms.pdf', data: 'A'.repeat(60 * 1024 * 1024) },
    ];
    for (const b of bad) expect(v.safeParse(AttachmentReplySchema, b).success).toBe(false);
    expect(
      v.safeParse(AttachmentListSchema, { ok: true, attachments: [{ url: 'javascript:1', name: 'a', format: 'pdf' }] })
        .success,
    ).toBe(false);
  });
});
