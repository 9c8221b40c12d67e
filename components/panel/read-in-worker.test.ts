import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OCR_NOTE, tesseractEngine } from '~/lib/documents/index';
import { serveDocumentWorker } from '~/lib/documents/worker';
import { readInWorker } from './read-in-worker';

const ENCRYPTED = new Uint8Array(readFileSync(join(__dirname, '../../tests/fixtures/documents/encrypted.pdf')));
const SCANNED = new Uint8Array(readFileSync(join(__dirname, '../../tests/fixtures/documents/scanned.pdf')));
// the reader's worker as the extension runs it: with its OCR engine (English data from npm, on disk)
const tesseract = tesseractEngine({
  langPath: join(__dirname, '../../node_modules/@tesseract.js-data/eng/4.0.0_best_int'),
});

/** The panel's side of a worker joined in-process to the reader's real worker code (messages cloned both ways). */
function inProcessWorker(ocrEngine?: Parameters<typeof serveDocumentWorker>[1]): Worker {
  const panel = { onmessage: null as ((e: MessageEvent) => void) | null, onerror: null } as unknown as Worker;
  const scope = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    postMessage: (m: unknown) => panel.onmessage?.({ data: structuredClone(m) } as MessageEvent),
  };
  serveDocumentWorker(scope, ocrEngine);
  panel.postMessage = (m: unknown) => scope.onmessage?.({ data: m } as MessageEvent);
  return panel;
}

const read = (password?: string) =>
  readInWorker(inProcessWorker(), ENCRYPTED, 'terms.pdf', {}, () => {}, new AbortController().signal, password);

describe('reading a locked attachment in the worker', () => {
  it('asks for the password when none was given', async () => {
    expect(await read()).toEqual({
      ok: false,
      password: 'needed',
      message: 'terms.pdf is protected with a password: enter it to read it.',
    });
  });

  it('says so when the password is wrong, and can be asked again', async () => {
    expect(await read('not-it')).toMatchObject({ ok: false, password: 'wrong' });
  });

  it('reads and checks the document with the right password', async () => {
    const got = await read('tender-2026');
    expect(got.ok).toBe(true);
    if (got.ok) expect(got.document.text.length).toBeGreaterThan(50);
  });
});

describe('reading a scanned attachment in the worker', () => {
  it('says it is a scan that OCR can read, and reads it with OCR when asked, page by page', async () => {
    const worker = inProcessWorker(tesseract);
    const plain = await readInWorker(worker, SCANNED, 'scan.pdf', {}, () => {}, new AbortController().signal);
    expect(plain).toEqual({
      ok: false,
      scanned: true,
      message:
        'scan.pdf has no text to read on any of its 2 pages: it looks like a scan. It can be read with OCR, here in your browser.',
    });
    const lines: string[] = [];
    const pages: { done: number; total: number }[] = [];
    const read = await readInWorker(
      worker,
      SCANNED,
      'scan.pdf',
      {},
      (line, ocr) => {
        lines.push(line);
        if (ocr) pages.push(ocr);
      },
      new AbortController().signal,
      undefined,
      true,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.result.document.source.ocr).toBe(OCR_NOTE);
    const lw = read.result.checks.find((c) => c.id === 'living-wage')!;
    expect(lw.evidence[0]?.location?.page).toBe(1);
    expect(lines).toContain('Reading scan.pdf with OCR: page 2 of 2…');
    expect(pages.at(-1)).toEqual({ done: 2, total: 2 });
  }, 120_000);
});
