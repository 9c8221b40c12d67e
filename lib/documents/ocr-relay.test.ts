import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentError } from './errors';
import { type OcrEngine, type OcrLine, readPdfWithOcr, type StartOcrEngine, tesseractEngine } from './ocr';
import { isOcrAnswer, isOcrRequest, type RelayPort, relayedOcrEngine, serveOcrRequests } from './ocr-relay';

const DOCS = join(__dirname, '../../tests/fixtures/documents');
const scanned = () => new Uint8Array(readFileSync(join(DOCS, 'scanned.pdf')));
const tesseract = tesseractEngine({
  langPath: join(__dirname, '../../node_modules/@tesseract.js-data/eng/4.0.0_best_int'),
});

const open: { close(): void }[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

/** The worker's end and the page's end of one channel, as the reader page and its document worker hold them. */
function channel() {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  return { worker: port1 as unknown as RelayPort, page: port2 as unknown as RelayPort };
}

/** An engine that reads every picture as one line, counting what it was asked and whether it was stopped. */
function countingEngine(line: OcrLine) {
  const seen = { started: 0, pictures: [] as number[], stopped: 0 };
  const start: StartOcrEngine = async () => {
    seen.started++;
    return {
      recognise: async (image) => {
        seen.pictures.push(image.length);
        // each page's line is its own: one repeated on every page would be dropped as a running header
        return [{ ...line, text: `${seen.pictures.length}. ${line.text}` }];
      },
      terminate: async () => void seen.stopped++,
    };
  };
  return { seen, start };
}

const LINE: OcrLine = { text: 'The supplier shall pay the Real Living Wage.', x0: 100, y0: 300, x1: 800, y1: 340 };

describe('OCR asked of the page by the document worker', () => {
  it('reads a scanned PDF through the page’s engine exactly as with the engine in the worker', async () => {
    const { worker, page } = channel();
    serveOcrRequests(page, tesseract);
    const relayed = await readPdfWithOcr(scanned(), 'scanned.pdf', { engine: relayedOcrEngine(worker) });
    const direct = await readPdfWithOcr(scanned(), 'scanned.pdf', { engine: tesseract });
    expect(relayed.text).toBe(direct.text);
    expect(relayed.text).toMatch(/Real Living Wage/);
    expect(relayed.pageStarts).toEqual(direct.pageStarts);
  }, 120_000);

  it('starts one engine on the page, sends each picture as a copy, and stops the engine when the reading ends', async () => {
    const { worker, page } = channel();
    const engine = countingEngine(LINE);
    serveOcrRequests(page, engine.start);
    const start = relayedOcrEngine(worker);
    const doc = await readPdfWithOcr(scanned(), 'scanned.pdf', { engine: start });
    expect(doc.text).toContain(LINE.text);
    expect(engine.seen.started).toBe(1);
    expect(engine.seen.pictures).toHaveLength(2);
    await vi.waitFor(() => expect(engine.seen.stopped).toBe(1));

    // the caller keeps its picture whole: a stalled read is asked again with the same bytes
    const picture = new Uint8Array([80, 53, 10, 49, 32, 49, 10, 50, 53, 53, 10, 0]);
    const relayed = await start();
    expect(await relayed.recognise(picture)).toEqual([{ ...LINE, text: `3. ${LINE.text}` }]);
    expect(picture.byteLength).toBe(12);
  });

  it('says plainly why the page could not start the engine', async () => {
    const { worker, page } = channel();
    serveOcrRequests(page, async () => {
      throw new Error('this browser does not let the extension run the OCR engine (WebAssembly is blocked)');
    });
    const e = await readPdfWithOcr(scanned(), 'scanned.pdf', { engine: relayedOcrEngine(worker) }).catch((x) => x);
    expect(e).toBeInstanceOf(DocumentError);
    expect(e.message).toBe(
      'scanned.pdf: cannot be read with OCR here: this browser does not let the extension run the OCR engine (WebAssembly is blocked)',
    );
  });

  it('a page engine that stops answering is caught by the worker’s own stall guard, never a wait for ever', async () => {
    const { worker, page } = channel();
    let stopped = 0;
    serveOcrRequests(page, async () => ({
      recognise: () => new Promise<OcrLine[]>(() => {}),
      terminate: async () => void stopped++,
    }));
    const e = await readPdfWithOcr(scanned(), 'scanned.pdf', { engine: relayedOcrEngine(worker), stallMs: 100 }).catch(
      (x) => x,
    );
    expect(e).toBeInstanceOf(DocumentError);
    expect(e.message).toMatch(/the OCR engine stopped responding twice/);
    // both stalled engines were stopped on the page
    await vi.waitFor(() => expect(stopped).toBe(2));
  });

  it('stopping the worker stops every engine the page started for it, even one still starting', async () => {
    const { page } = channel();
    const stopped: string[] = [];
    let release: (e: OcrEngine) => void = () => {};
    let starts = 0;
    const host = serveOcrRequests(page, () =>
      ++starts === 1
        ? Promise.resolve({ recognise: async () => [], terminate: async () => void stopped.push('started') })
        : new Promise<OcrEngine>((r) => {
            release = r;
          }),
    );
    await host.handle({ type: 'ocr-request', call: 1, op: 'start' });
    const starting = host.handle({ type: 'ocr-request', call: 2, op: 'start' });
    host.stopAll();
    await vi.waitFor(() => expect(stopped).toEqual(['started']));
    release({ recognise: async () => [], terminate: async () => void stopped.push('still starting') });
    await starting;
    await vi.waitFor(() => expect(stopped).toEqual(['started', 'still starting']));
  });

  it('checks both sides of the boundary: malformed requests and answers are dropped', () => {
    const picture = new ArrayBuffer(4);
    expect(isOcrRequest({ type: 'ocr-request', call: 1, op: 'start' })).toBe(true);
    expect(isOcrRequest({ type: 'ocr-request', call: 2, op: 'recognise', engine: 1, picture })).toBe(true);
    expect(isOcrRequest({ type: 'ocr-request', call: 3, op: 'stop', engine: 1 })).toBe(true);
    for (const bad of [
      null,
      'start',
      { type: 'ocr-request', call: 0, op: 'start' },
      { type: 'ocr-request', call: 1.5, op: 'start' },
      { type: 'ocr-request', call: 2, op: 'recognise', engine: 1, picture: [1, 2] },
      { type: 'ocr-request', call: 2, op: 'recognise', picture },
      { type: 'ocr-request', call: 3, op: 'stop' },
      { type: 'ocr-request', call: 4, op: 'format-disk' },
      { type: 'read', call: 1, op: 'start' },
    ])
      expect(isOcrRequest(bad)).toBe(false);

    expect(isOcrAnswer({ type: 'ocr-answer', call: 1 })).toBe(true);
    expect(isOcrAnswer({ type: 'ocr-answer', call: 1, lines: [LINE, { ...LINE, baseline: 80, rowHeight: 30 }] })).toBe(
      true,
    );
    expect(isOcrAnswer({ type: 'ocr-answer', call: 1, error: 'no' })).toBe(true);
    for (const bad of [
      { type: 'ocr-answer', call: -1 },
      { type: 'ocr-answer', call: 1, error: 42 },
      { type: 'ocr-answer', call: 1, lines: 'text' },
      { type: 'ocr-answer', call: 1, lines: [{ ...LINE, x0: '40' }] },
      { type: 'ocr-answer', call: 1, lines: [{ ...LINE, text: undefined }] },
      { type: 'ocr-answer', call: 1, lines: [{ ...LINE, baseline: Number.NaN }] },
    ])
      expect(isOcrAnswer(bad)).toBe(false);
  });

  it('ignores answers to calls it never made', async () => {
    const { worker, page } = channel();
    const engine = countingEngine(LINE);
    // a forged answer first, for a call not yet made: it must not settle the real call with nothing
    page.postMessage({ type: 'ocr-answer', call: 99, lines: [{ ...LINE, text: 'forged' }] });
    serveOcrRequests(page, engine.start);
    const relayed = await relayedOcrEngine(worker)();
    expect(await relayed.recognise(new Uint8Array(8))).toEqual([{ ...LINE, text: `1. ${LINE.text}` }]);
  });
});
