import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError } from './errors';
import { readDocument } from './index';
import { OCR_NOTE, type OcrEngine, readPdfWithOcr, type StartOcrEngine, tesseractEngine, toPgm } from './ocr';
import { checkDocument } from './worker';

const DOCS = join(__dirname, '../../tests/fixtures/documents');
const bytes = (name: string) => new Uint8Array(readFileSync(join(DOCS, name)));
// English data from its npm package, on disk: nothing is downloaded
const tesseract = tesseractEngine({
  langPath: join(__dirname, '../../node_modules/@tesseract.js-data/eng/4.0.0_best_int'),
});

/** The real engine, counting how often it was asked to read a picture and whether it was stopped. */
function watched(start: StartOcrEngine = tesseract) {
  const seen = { pictures: 0, terminated: 0 };
  const engine: StartOcrEngine = async () => {
    const real = await start();
    const e: OcrEngine = {
      recognise: (image) => {
        seen.pictures++;
        return real.recognise(image);
      },
      terminate: () => {
        seen.terminated++;
        return real.terminate();
      },
    };
    return e;
  };
  return { engine, seen };
}

async function failure(p: Promise<unknown>): Promise<DocumentError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DocumentError);
  return e as DocumentError;
}

describe('a PDF with a scanned page among typed ones', () => {
  it('without OCR, reads the typed page and names the scanned one, which OCR can read', async () => {
    const doc = await readDocument(bytes('partly-scanned.pdf'), 'partly-scanned.pdf');
    expect(doc.scannedPages).toEqual([2]);
    expect(doc.warnings).toEqual(['no text layer on 1 of 2 pages (page 2); those pages were not read']);
    expect(doc.text).toMatch(/social value commitments/);
    expect(doc.text).not.toMatch(/Freedom of Information/);
    expect(doc.ocr).toBeUndefined();
  });

  it('with OCR, reads the typed page from its text and only the scanned page by OCR, each cited by its page', async () => {
    const { engine, seen } = watched();
    const doc = await readDocument(bytes('partly-scanned.pdf'), 'partly-scanned.pdf', { ocr: { engine } });
    expect(seen).toEqual({ pictures: 1, terminated: 1 });
    expect(doc).toMatchObject({
      pages: 2,
      ocr: 'page 2 read with OCR: check quotes from it against the original',
      ocrPages: [2],
      warnings: ['page 2 read with OCR; the others from their text layer'],
    });
    expect(doc.scannedPages).toBeUndefined();
    const result = checkDocument(doc, {});
    const sv = result.checks.find((c) => c.id === 'social-value')!;
    expect(sv.evidence[0]!.location).toMatchObject({ file: 'partly-scanned.pdf', page: 1 });
    const foi = result.checks.find((c) => c.id === 'foi')!;
    expect(foi.status).not.toBe('missing');
    expect(foi.evidence.map((e) => e.location?.page)).toContain(2);
  }, 120_000);

  it('a typed PDF asked for OCR is read as usual: no engine started, no OCR note', async () => {
    const { engine, seen } = watched();
    const doc = await readDocument(bytes('two-column.pdf'), 'two-column.pdf', { ocr: { engine } });
    expect(seen).toEqual({ pictures: 0, terminated: 0 });
    expect(doc.ocr).toBeUndefined();
  });
});

describe('reading a scanned PDF with OCR', () => {
  it('is refused without OCR, saying so with the page count', async () => {
    const e = await failure(readDocument(bytes('scanned.pdf'), 'scanned.pdf'));
    expect(e.kind).toBe('no-text-layer');
    expect(e.pages).toBe(2);
    expect(e.message).toMatch(/no text layer on 2 pages .*OCR/);
  });

  it('reads the clauses page by page, and the checks find them with evidence cited by page', async () => {
    const { engine, seen } = watched();
    const progress: string[] = [];
    const doc = await readDocument(bytes('scanned.pdf'), 'scanned.pdf', {
      ocr: { engine },
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
    expect(seen).toEqual({ pictures: 2, terminated: 1 });
    expect(doc).toMatchObject({ format: 'pdf', pages: 2, ocr: OCR_NOTE, warnings: [] });
    expect(doc.text).toMatch(/The Supplier shall pay all staff at least the Real Living Wage/);
    // the page footers are furniture, as in a text PDF; the headings are headings
    expect(doc.text).not.toMatch(/Page \d of 2/);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Schedule 4: Pay and Conditions',
      'Schedule 5: Information',
    ]);

    const result = checkDocument(doc, {});
    const lw = result.checks.find((c) => c.id === 'living-wage')!;
    expect(lw.status).toBe('strong');
    expect(lw.evidence[0]!.location).toMatchObject({ file: 'scanned.pdf', page: 1, clause: '4.2' });
    const foi = result.checks.find((c) => c.id === 'foi')!;
    expect(foi.evidence.map((e) => e.location?.page)).toContain(2);
    expect(result.document.source).toMatchObject({ file: 'scanned.pdf', pages: 2, ocr: OCR_NOTE });
  }, 120_000);

  it('stops on cancel, terminating the engine, and reads no further page', async () => {
    const { engine, seen } = watched();
    const abort = new AbortController();
    const e = await failure(
      readPdfWithOcr(bytes('scanned.pdf'), 'scanned.pdf', {
        engine,
        signal: abort.signal,
        // cancelled as soon as the first page is done
        onProgress: (done) => done === 1 && abort.abort(),
      }),
    );
    expect(e.kind).toBe('cancelled');
    expect(seen.pictures).toBe(1);
    expect(seen.terminated).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('reads only the first pages past the cap, and says so', async () => {
    const doc = await readPdfWithOcr(bytes('scanned.pdf'), 'scanned.pdf', { engine: tesseract, maxPages: 1 });
    expect(doc.pages).toBe(2);
    expect(doc.text).toMatch(/Real Living Wage/);
    expect(doc.text).not.toMatch(/Freedom of Information/);
    expect(doc.warnings).toEqual(['only the first 1 of 2 pages were read with OCR; split the file to read the rest']);
  }, 120_000);

  it('says plainly when OCR finds no text, when the file is damaged, and when the engine cannot start', async () => {
    // pictures of stripes: no text to find
    const stripes = await failure(readPdfWithOcr(bytes('image-only.pdf'), 'image-only.pdf', { engine: tesseract }));
    expect(stripes.kind).toBe('no-text-layer');
    expect(stripes.message).toBe('image-only.pdf: has no text that OCR could read on any of its 2 pages');

    const cut = bytes('scanned.pdf').subarray(0, 2000);
    const damaged = await failure(readPdfWithOcr(cut, 'cut.pdf', { engine: tesseract }));
    expect(damaged.kind).toBe('corrupt');
    expect(damaged.message).toMatch(/^cut\.pdf: /);

    const broken: StartOcrEngine = () => Promise.reject(new Error('WebAssembly is blocked'));
    const none = await failure(readPdfWithOcr(bytes('scanned.pdf'), 'scanned.pdf', { engine: broken }));
    expect(none.kind).toBe('unsupported');
    expect(none.message).toBe('scanned.pdf: cannot be read with OCR here: WebAssembly is blocked');
  }, 120_000);
});

describe('an OCR engine that stops answering', () => {
  const never = <T>() => new Promise<T>(() => {});

  it('is stopped and started afresh once, and the scan is still read', async () => {
    let starts = 0;
    let stalledStopped = 0;
    // the fresh engine answers at once, a different clause a picture (a line on every page would be a header)
    let picture = 0;
    const line = () => ({
      text: `${++picture}. The Supplier shall pay the Real Living Wage to every worker on page ${picture}.`,
      ...{ x0: 100, y0: 300, x1: 1500, y1: 340 },
    });
    const engine: StartOcrEngine = async () => {
      if (++starts > 1) return { recognise: async () => [line()], terminate: async () => {} };
      return { recognise: () => never(), terminate: async () => void stalledStopped++ };
    };
    const doc = await readPdfWithOcr(bytes('scanned.pdf'), 'scanned.pdf', { engine, stallMs: 50 });
    expect(starts).toBe(2);
    expect(stalledStopped).toBe(1);
    expect(doc.text).toMatch(/Real Living Wage/);
  }, 30_000);

  it('a second stall (here a start that never finishes) is said plainly instead of waiting for ever', async () => {
    const engine: StartOcrEngine = () => never();
    const e = await failure(readPdfWithOcr(bytes('scanned.pdf'), 'scanned.pdf', { engine, stallMs: 50 }));
    expect(e.kind).toBe('unsupported');
    expect(e.message).toBe(
      'scanned.pdf: cannot be read with OCR here: the OCR engine stopped responding twice; try again, or read it with the command line',
    );
  }, 30_000);
});

describe('page pictures as grey PGM', () => {
  const body = (pgm: Uint8Array) => [...pgm.subarray(pgm.length - 4)];
  it('turns 1-bit (set = white), RGB and RGBA pixels into grey, with the header tesseract reads', () => {
    const one = toPgm({ width: 4, height: 1, kind: 1, data: new Uint8Array([0b1010_0000]) })!;
    expect(new TextDecoder().decode(one.subarray(0, 11))).toBe('P5\n4 1\n255\n');
    expect(body(one)).toEqual([255, 0, 255, 0]);
    const rgb = toPgm({
      width: 2,
      height: 2,
      kind: 2,
      data: new Uint8Array([255, 255, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255]),
    })!;
    expect(body(rgb)).toEqual([255, 0, 76, 29]);
    const rgba = toPgm({ width: 1, height: 1, kind: 3, data: new Uint8Array([0, 255, 0, 255]) })!;
    expect([...rgba.subarray(rgba.length - 1)]).toEqual([150]);
  });

  it('shrinks a picture finer than OCR needs by averaging whole blocks', () => {
    // 4×2 RGB: a white 2×2 block beside a black one
    const data = new Uint8Array(4 * 2 * 3);
    for (const i of [0, 1, 4, 5]) data.set([255, 255, 255], i * 3);
    const half = toPgm({ width: 4, height: 2, kind: 2, data }, 2)!;
    expect(new TextDecoder().decode(half.subarray(0, 11))).toBe('P5\n2 1\n255\n');
    expect([...half.subarray(half.length - 2)]).toEqual([255, 0]);
    const grey = toPgm({ width: 2, height: 1, kind: 1, data: new Uint8Array([0b1000_0000]) }, 2)!;
    expect([...grey.subarray(grey.length - 1)]).toEqual([128]);
  });

  it('refuses pixels it does not know or that are cut short', () => {
    expect(toPgm({ width: 2, height: 2, kind: 2, data: new Uint8Array(5) })).toBeUndefined();
    expect(toPgm({ width: 2, height: 2, kind: 9, data: new Uint8Array(16) })).toBeUndefined();
  });
});
