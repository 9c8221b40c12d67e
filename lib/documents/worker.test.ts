import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tesseractEngine } from './ocr';
import { NO_NETWORK, readAndCheck, sealNetwork, serveDocumentWorker } from './worker';
import type { FromDocumentWorker } from './worker-protocol';

const DOCS = join(__dirname, '../../tests/fixtures/documents');
const bytesOf = (name: string) => {
  const b = readFileSync(join(DOCS, name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

async function run(name: string, password?: string, signal = new AbortController().signal) {
  const out: FromDocumentWorker[] = [];
  await readAndCheck(
    { type: 'read', id: 1, bytes: bytesOf(name), name, options: {}, ...(password ? { password } : {}) },
    signal,
    (m) => out.push(m),
  );
  return out;
}

describe('the reader page’s document worker', () => {
  it('reads a PDF with progress, then checks it with evidence located by page and clause', async () => {
    const out = await run('two-column.pdf');
    expect(out.filter((m) => m.type === 'progress').length).toBeGreaterThan(0);
    const done = out.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.document.pages).toBe(1);
    const lw = done.result.checks.find((c) => c.id === 'living-wage');
    expect(lw?.status).toBe('strong');
    expect(lw?.evidence[0]?.location).toMatchObject({ file: 'two-column.pdf', page: 1, clause: '1.2' });
    expect(done.result.document.source).toMatchObject({ file: 'two-column.pdf', format: 'pdf', pages: 1 });
  });

  it('turns every failure into a typed message: password, scan, cancelled', async () => {
    expect((await run('encrypted.pdf')).at(-1)).toMatchObject({ type: 'error', kind: 'password-needed' });
    expect((await run('encrypted.pdf', 'wrong')).at(-1)).toMatchObject({ type: 'error', kind: 'wrong-password' });
    expect((await run('encrypted.pdf', 'tender-2026')).at(-1)?.type).toBe('done');
    expect((await run('image-only.pdf')).at(-1)).toMatchObject({ type: 'error', kind: 'no-text-layer' });

    const abort = new AbortController();
    abort.abort();
    expect((await run('clauses.docx', undefined, abort.signal)).at(-1)).toMatchObject({
      type: 'error',
      kind: 'cancelled',
    });
  });

  it('reads a Word 97–2003 .doc as the command line does, with no Node API', async () => {
    const done = (await run('clauses.doc')).at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.result.document.source).toEqual({ file: 'clauses.doc', format: 'doc' });
    expect(done.result.checks.find((c) => c.id === 'living-wage')?.status).toBe('strong');
  });

  it('answers only well-formed requests, one reading at a time', async () => {
    const posted: FromDocumentWorker[] = [];
    const scope = {
      onmessage: null as ((e: MessageEvent) => void) | null,
      postMessage: (m: unknown) => posted.push(m as FromDocumentWorker),
    };
    serveDocumentWorker(scope);
    scope.onmessage?.({
      data: { type: 'read', id: 1, bytes: 'not bytes', name: 'x.pdf', options: {} },
    } as MessageEvent);
    scope.onmessage?.({
      data: { type: 'read', bytes: bytesOf('clauses.docx'), name: 'x.docx', options: {} },
    } as MessageEvent);
    scope.onmessage?.({ data: { type: 'analyse', id: 1 } } as MessageEvent);
    scope.onmessage?.({ data: null } as MessageEvent);
    expect(posted).toEqual([]);
    scope.onmessage?.({
      data: { type: 'read', id: 1, bytes: bytesOf('clauses.docx'), name: 'clauses.docx', options: {} },
    } as MessageEvent);
    await expect.poll(() => posted.at(-1)?.type).toBe('done');
    expect(posted.every((m) => m.id === 1)).toBe(true);
  });

  it('checks the document it keeps again with a corrected profile, without reading it again', async () => {
    const posted: FromDocumentWorker[] = [];
    const scope = {
      onmessage: null as ((e: MessageEvent) => void) | null,
      postMessage: (m: unknown) => posted.push(m as FromDocumentWorker),
    };
    serveDocumentWorker(scope);
    const send = (data: unknown) => scope.onmessage?.({ data } as MessageEvent);
    send({ type: 'read', id: 7, bytes: bytesOf('clauses.docx'), name: 'clauses.docx', options: {} });
    await expect.poll(() => posted.at(-1)?.type).toBe('done');
    const read = posted.at(-1);
    if (read?.type !== 'done') return;
    expect(read.result.document.jurisdiction).toBe('england');
    posted.length = 0;

    send({ type: 'analyse', id: 7, options: { profile: { jurisdiction: 'wales' } } });
    // the checks are re-run at once, with no reading (no progress, no document sent back)
    expect(posted).toHaveLength(1);
    const again = posted[0];
    expect(again?.type).toBe('checked');
    if (again?.type !== 'checked') return;
    expect(again.id).toBe(7);
    expect(again.result.document).toMatchObject({
      jurisdiction: 'wales',
      source: { file: 'clauses.docx', format: 'docx' },
    });
    expect(again.result.document.knownFrom?.jurisdiction).toBe('user');
    const lw = again.result.checks.find((c) => c.id === 'living-wage');
    expect(lw?.evidence[0]?.location).toMatchObject({ file: 'clauses.docx', clause: '14.3' });
    // the same evidence as the first check: only the profile changed
    expect(lw?.evidence.map((e) => [e.start, e.end])).toEqual(
      read.result.checks.find((c) => c.id === 'living-wage')?.evidence.map((e) => [e.start, e.end]),
    );

    // a reading the worker does not hold (an older one, or one that failed) is "forgotten": the page reads again
    send({ type: 'analyse', id: 6, options: {} });
    expect(posted.at(-1)).toEqual({ type: 'forgotten', id: 6 });
    send({ type: 'read', id: 8, bytes: bytesOf('encrypted.pdf'), name: 'encrypted.pdf', options: {} });
    await expect.poll(() => posted.at(-1)?.type).toBe('error');
    send({ type: 'analyse', id: 7, options: {} });
    expect(posted.at(-1)).toEqual({ type: 'forgotten', id: 7 });
    send({ type: 'analyse', id: 8, options: {} });
    expect(posted.at(-1)).toEqual({ type: 'forgotten', id: 8 });
  });

  it('reads a scan with OCR only when asked, reporting OCR pages, and marks the result as read by OCR', async () => {
    const posted: FromDocumentWorker[] = [];
    const scope = {
      onmessage: null as ((e: MessageEvent) => void) | null,
      postMessage: (m: unknown) => posted.push(m as FromDocumentWorker),
    };
    serveDocumentWorker(
      scope,
      tesseractEngine({ langPath: join(__dirname, '../../node_modules/@tesseract.js-data/eng/4.0.0_best_int') }),
    );
    const send = (data: unknown) => scope.onmessage?.({ data } as MessageEvent);
    send({ type: 'read', id: 1, bytes: bytesOf('scanned.pdf'), name: 'scanned.pdf', options: {}, ocr: 'yes' });
    expect(posted).toEqual([]);
    send({ type: 'read', id: 2, bytes: bytesOf('scanned.pdf'), name: 'scanned.pdf', options: {} });
    await expect.poll(() => posted.at(-1)?.type).toBe('error');
    expect(posted.at(-1)).toMatchObject({ kind: 'no-text-layer', pages: 2 });
    posted.length = 0;
    send({ type: 'read', id: 3, bytes: bytesOf('scanned.pdf'), name: 'scanned.pdf', options: {}, ocr: true });
    await expect.poll(() => posted.at(-1)?.type, { timeout: 60_000 }).toBe('done');
    const reading = posted.filter((m) => m.type === 'progress' && m.stage === 'reading');
    expect(reading.map((m) => m.type === 'progress' && `${m.done}/${m.total}`)).toEqual(['0/2', '1/2', '2/2']);
    const done = posted.at(-1);
    if (done?.type !== 'done') return;
    expect(done.result.document.source.ocr).toMatch(/read with OCR/);
    expect(done.result.checks.find((c) => c.id === 'living-wage')?.evidence[0]?.location?.page).toBe(1);
  }, 120_000);

  it('has no network once sealed, and reading a document still works', async () => {
    const scope = {} as Record<string, () => unknown>;
    sealNetwork(scope);
    for (const api of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'])
      expect(() => scope[api]!(), api).toThrow(NO_NETWORK);
    expect(() => {
      scope.fetch = () => 'replaced';
    }).toThrow();
  });
});
