/**
 * Reading a scanned PDF (pages that are pictures, no text layer) with OCR, offline: each page's pictures
 * are taken from pdf.js's operator list (no canvas), turned into 8-bit grey PGM, and recognised by an OCR
 * engine page by page. The lines found go through the same layout as a PDF's text layer, so paragraphs,
 * headings and page numbers (for citing evidence) come out the same way. No DOM, no extension API.
 */
import { cancelled, DocumentError } from './errors';
import {
  type Line,
  layOut,
  opened,
  openOptions,
  type PageLines,
  pageLines,
  pdfjs,
  plain,
  summarise,
  type TextItemLike,
} from './pdf';
import type { ReadDocumentOptions, ReadDocumentResult } from './types';

/** What a document read by OCR carries, so reports and the reader can say so in plain words. */
export const OCR_NOTE = 'read with OCR: check quotes against the original';
/** The note of a document of which only some pages were pictures: "page 2 read with OCR: check quotes from it …". */
export function partOcrNote(pages: readonly number[]): string {
  return `${summarise(pages)} read with OCR: check quotes from ${pages.length > 1 ? 'them' : 'it'} against the original`;
}

/** OCR takes seconds a page; past this many pages only the first ones are read, and the result says so. */
export const MAX_OCR_PAGES = 100;

/** A line of text the OCR engine found, with its box in the picture's pixels (top-left origin). */
export interface OcrLine {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** the line's baseline height in pixels, where the engine found it */
  baseline?: number;
  /** the engine's own estimate of the line's text height (ascenders included), in pixels */
  rowHeight?: number;
}

/** An OCR engine already started: recognises one picture at a time; terminate stops it at once. */
export interface OcrEngine {
  recognise(image: Uint8Array): Promise<OcrLine[]>;
  terminate(): Promise<void>;
}

export type StartOcrEngine = () => Promise<OcrEngine>;

export interface OcrOptions extends ReadDocumentOptions {
  /** starts the engine; called once, only when a page has a picture to read */
  engine: StartOcrEngine;
  /** at most this many pages are read (default MAX_OCR_PAGES) */
  maxPages?: number;
  /** how long the engine may take to start or to read one picture before it counts as stalled */
  stallMs?: number;
}

/**
 * Starting the engine takes about a second and a page a few seconds; one that has not answered in this long
 * has stalled: it is stopped and started afresh once, and a second stall is said plainly, never a wait for ever.
 */
export const OCR_STALL_MS = 30_000;

class EngineStalled extends Error {}

/** `work`, or an EngineStalled rejection if it has not settled within `ms`. */
function withinStallLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EngineStalled('the OCR engine stopped responding')), ms);
  });
  return Promise.race([work, stalled]).finally(() => clearTimeout(timer));
}

/** A decoded pdf.js image: 1 = 1-bit grey (bit set = white), 2 = RGB, 3 = RGBA. */
interface PdfImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** Reads every page of a PDF with OCR, one page (and one picture) in memory at a time. */
export async function readPdfWithOcr(bytes: Uint8Array, file: string, opts: OcrOptions): Promise<ReadDocumentResult> {
  const { signal } = opts;
  if (signal?.aborted) throw cancelled(file);
  const lib = await pdfjs();
  const task = lib.getDocument({
    ...openOptions(bytes, opts.password),
    // decoded pictures as plain pixel arrays, never as ImageBitmaps that need a canvas to read
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
  });
  let engine: OcrEngine | undefined;
  let starting: Promise<OcrEngine> | undefined;
  const stallMs = opts.stallMs ?? OCR_STALL_MS;
  let restarted = false;
  /** Starts the engine if need be, then reads one picture; a stalled engine is replaced once. */
  const recognise = async (pgm: Uint8Array): Promise<OcrLine[]> => {
    for (;;) {
      try {
        if (!engine) {
          starting ??= opts.engine();
          try {
            engine = await withinStallLimit(starting, stallMs);
          } catch (e) {
            if (signal?.aborted) throw cancelled(file);
            if (e instanceof EngineStalled) throw e;
            throw new DocumentError('unsupported', file, `cannot be read with OCR here: ${plain(e)}`);
          }
          if (signal?.aborted) throw cancelled(file);
        }
        return await withinStallLimit(engine.recognise(pgm), stallMs);
      } catch (e) {
        if (!(e instanceof EngineStalled) || signal?.aborted) throw e;
        if (restarted)
          throw new DocumentError(
            'unsupported',
            file,
            'cannot be read with OCR here: the OCR engine stopped responding twice; try again, or read it with the command line',
          );
        restarted = true;
        const stalled = starting;
        void engine?.terminate().catch(() => {});
        // a stalled start is stopped whenever it has started
        if (!engine) void stalled?.then((e) => e.terminate()).catch(() => {});
        engine = undefined;
        starting = undefined;
      }
    }
  };
  // cancel stops pdf.js and the OCR engine at once, wherever they are
  const onAbort = () => {
    void task.destroy();
    void engine?.terminate();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const doc = await opened(task, file, opts, signal);
    const total = doc.numPages;
    const cap = Math.max(1, opts.maxPages ?? MAX_OCR_PAGES);
    const count = Math.min(total, cap);
    const pages: PageLines[] = [];
    const blank: number[] = [];
    const recognised: number[] = [];
    for (let n = 1; n <= count; n++) {
      if (signal?.aborted) throw cancelled(file);
      opts.onProgress?.(n - 1, count);
      let lines: PageLines;
      try {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        // a typed page among scanned ones is read from its text layer, as without OCR; only pictures are recognised
        const content = await page.getTextContent();
        const typed = pageLines(
          content.items as TextItemLike[],
          viewport.transform,
          viewport.height,
          lib.Util.transform,
        );
        if (typed.lines.length) lines = typed;
        else {
          recognised.push(n);
          const found: Line[] = [];
          for await (const picture of pagePictures(page, lib.OPS, viewport.transform as Matrix)) {
            if (signal?.aborted) throw cancelled(file);
            found.push(...toLines(await recognise(picture.pgm), picture.toPage));
          }
          lines = { lines: found.sort((a, b) => a.y - b.y || a.x0 - b.x0), height: viewport.height };
        }
        page.cleanup();
      } catch (e) {
        if (signal?.aborted) throw cancelled(file);
        if (e instanceof DocumentError) throw e;
        throw new DocumentError('corrupt', file, `cannot be read with OCR: page ${n} failed (${plain(e)})`);
      }
      if (!lines.lines.length) blank.push(n);
      pages.push(lines);
    }
    opts.onProgress?.(count, count);
    await doc.destroy();
    if (blank.length === count)
      throw new DocumentError(
        'no-text-layer',
        file,
        `has no text that OCR could read on ${count === 1 ? 'its page' : `any of its ${count} pages`}`,
        total,
      );
    const result = layOut(file, pages);
    result.pages = total;
    while (result.pageStarts!.length < total) result.pageStarts!.push(result.text.length);
    if (recognised.length) result.ocr = OCR_NOTE;
    // typed and scanned pages together: say which pages OCR read, so their quotes are the ones to check
    if (recognised.length && recognised.length < count) {
      result.ocr = partOcrNote(recognised);
      result.ocrPages = recognised;
      result.warnings.push(`${summarise(recognised)} read with OCR; the others from their text layer`);
    }
    if (count < total)
      result.warnings.push(
        `only the first ${count} of ${total} pages were read with OCR; split the file to read the rest`,
      );
    if (blank.length)
      result.warnings.push(
        `OCR found no text on ${blank.length} of ${count} pages (${blank.length > 8 ? `pages ${blank.slice(0, 8).join(', ')}, …` : `page${blank.length > 1 ? 's' : ''} ${blank.join(', ')}`})`,
      );
    return result;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // a reading that stopped part-way frees pdf.js's document too
    await task.destroy().catch(() => {});
    if (engine) await engine.terminate().catch(() => {});
    // an engine still starting is stopped whenever it has started, without waiting on a start that stalled
    else void starting?.then((e) => e.terminate()).catch(() => {});
  }
}

interface PdfPage {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  objs: { get(id: string, callback: (data: unknown) => void): void };
  commonObjs: { get(id: string, callback: (data: unknown) => void): void };
}

interface Picture {
  pgm: Uint8Array;
  /** maps a pixel of the picture to the page's top-left coordinates (points) */
  toPage: (x: number, y: number) => [number, number];
}

/** Tesseract reads body text well at about 300 pixels to the inch; scans of twice that or finer are shrunk toward it. */
const OCR_DPI = 300;

/** Pictures smaller than this (rules, logos, bullets) hold no text worth the OCR time. */
const MIN_SIDE = 32;

/**
 * The page's pictures in painting order, each with where it lands on the page, decoded one at a time.
 * The current transform is followed through save/restore, transforms and form XObjects; a picture is
 * painted into the unit square.
 */
async function* pagePictures(page: PdfPage, OPS: Record<string, number>, viewport: Matrix): AsyncGenerator<Picture> {
  const list = await page.getOperatorList();
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) && args[0].length === 6) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      const img = fn === OPS.paintInlineImageXObject ? (args[0] as PdfImage) : await objectOf(page, String(args[0]));
      if (!img || img.width < MIN_SIDE || img.height < MIN_SIDE) continue;
      const m = multiply(viewport, ctm);
      // pixels per inch as the picture is drawn on the page (the viewport is in points, 72 to the inch)
      const dpi = img.width / (Math.hypot(m[0], m[1]) / 72 || 1);
      const shrink = Math.max(1, Math.floor(dpi / OCR_DPI));
      const pgm = toPgm(img, shrink);
      if (!pgm) continue;
      // the picture's top row is drawn at the unit square's top (y = 1); a shrunk one has fewer pixels
      const w = Math.floor(img.width / shrink) || 1;
      const h = Math.floor(img.height / shrink) || 1;
      // one picture at a time: the next is decoded only once this one has been read
      yield { pgm, toPage: (x, y) => apply(m, x / w, 1 - y / h) };
    }
  }
}

function objectOf(page: PdfPage, id: string): Promise<PdfImage | undefined> {
  const store = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => store.get(id, (data) => resolve(data as PdfImage | undefined)));
}

/** The picture as 8-bit grey PGM (P5), which the OCR engine's image library reads as it is. */
export function toPgm(img: PdfImage, shrink = 1): Uint8Array | undefined {
  const { width: w, height: h, data, kind } = img;
  if (!data || !w || !h) return undefined;
  let grey: (i: number) => number;
  if (kind === 1) {
    const stride = (w + 7) >> 3;
    if (data.length < stride * h) return undefined;
    grey = (i) => {
      const x = i % w;
      return data[((i - x) / w) * stride + (x >> 3)]! & (0x80 >> (x & 7)) ? 255 : 0;
    };
  } else if (kind === 2 || kind === 3) {
    const step = kind === 2 ? 3 : 4;
    if (data.length < w * h * step) return undefined;
    // ITU-R BT.601 luma
    grey = (i) => (data[i * step]! * 299 + data[i * step + 1]! * 587 + data[i * step + 2]! * 114) / 1000;
  } else return undefined;
  // a scan finer than OCR needs is averaged down by whole blocks, so the engine's memory stays modest
  const f = Math.max(1, Math.floor(shrink));
  const ow = Math.floor(w / f) || 1;
  const oh = Math.floor(h / f) || 1;
  const header = new TextEncoder().encode(`P5\n${ow} ${oh}\n255\n`);
  const out = new Uint8Array(header.length + ow * oh);
  out.set(header);
  const px = out.subarray(header.length);
  for (let y = 0; y < oh; y++)
    for (let x = 0; x < ow; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = 0; dy < f && y * f + dy < h; dy++)
        for (let dx = 0; dx < f && x * f + dx < w; dx++, n++) sum += grey((y * f + dy) * w + x * f + dx);
      px[y * ow + x] = Math.round(sum / n);
    }
  return out;
}

/**
 * OCR lines as the layout's lines, in page points. A line's type size is the engine's row height, but
 * anything not clearly larger than the page's usual one counts as usual: OCR row heights shrink on a line
 * without capitals or tall letters, which would otherwise split a paragraph there.
 */
function toLines(ocr: OcrLine[], toPage: Picture['toPage']): Line[] {
  const lines: Line[] = [];
  for (const l of ocr) {
    const text = l.text.replace(/\s+/g, ' ').trim();
    if (!/[A-Za-z0-9]/.test(text)) continue;
    const [ax, ay] = toPage(l.x0, l.y0);
    const [bx, by] = toPage(l.x1, l.y1);
    const base = toPage(l.x0, l.baseline ?? l.y1)[1];
    const rowTop = toPage(l.x0, (l.baseline ?? l.y1) - (l.rowHeight ?? l.y1 - l.y0))[1];
    const size = Math.abs(base - rowTop) || Math.abs(by - ay);
    const x0 = Math.min(ax, bx);
    lines.push({
      text,
      x0,
      x1: Math.max(ax, bx),
      y: Math.max(ay, by, base),
      size,
      col: 0,
      table: false,
      cells: [{ x0, text }],
    });
  }
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const usual = sizes[sizes.length >> 1];
  if (usual) for (const l of lines) if (l.size < 1.15 * usual) l.size = usual;
  return lines;
}

/** Where the OCR engine's files are: explicit and local, so nothing is ever downloaded. */
export interface TesseractFiles {
  /** tesseract.js's worker script (a browser or Node default when left out) */
  workerPath?: string;
  /** the tesseract.js-core script (browser only; Node loads the package's own) */
  corePath?: string;
  /** the folder holding eng.traineddata.gz */
  langPath: string;
}

interface TesseractLine {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  baseline?: { y0: number; y1: number; has_baseline?: boolean };
  rowAttributes?: { row_height?: number };
}

/** Lines the engine is less sure of than this are noise (specks, stripes, a logo's edges), not text. */
const MIN_CONFIDENCE = 30;

/** tesseract.js with English, started from local files only, with no cache (nothing stored in the browser). */
export function tesseractEngine(files: TesseractFiles): StartOcrEngine {
  return async () => {
    const mod = (await import('tesseract.js')) as unknown as {
      createWorker?: typeof import('tesseract.js').createWorker;
      default?: { createWorker: typeof import('tesseract.js').createWorker };
    };
    const createWorker = mod.createWorker ?? mod.default!.createWorker;
    // tesseract.js never hears its worker fail to compile the engine (a policy that forbids WebAssembly):
    // the smallest module tells first, here, as a plain reason instead of a wait that never ends
    try {
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    } catch {
      throw new Error('this browser does not let the extension run the OCR engine (WebAssembly is blocked)');
    }
    const worker = await createWorker('eng', 1 /* LSTM only: the shipped data is the LSTM model */, {
      ...(files.workerPath ? { workerPath: files.workerPath } : {}),
      ...(files.corePath ? { corePath: files.corePath } : {}),
      langPath: files.langPath,
      gzip: true,
      cacheMethod: 'none',
      workerBlobURL: false,
      logger: () => {},
    });
    return {
      async recognise(image) {
        const { data } = await worker.recognize(image as unknown as Buffer, {}, { text: false, blocks: true });
        const out: OcrLine[] = [];
        for (const block of data.blocks ?? [])
          for (const para of block.paragraphs)
            for (const line of para.lines as unknown as TesseractLine[]) {
              if (line.confidence < MIN_CONFIDENCE) continue;
              const b = line.bbox;
              const base = line.baseline?.has_baseline !== false ? line.baseline : undefined;
              out.push({
                text: line.text,
                x0: b.x0,
                y0: b.y0,
                x1: b.x1,
                y1: b.y1,
                ...(base ? { baseline: (base.y0 + base.y1) / 2 } : {}),
                ...(line.rowAttributes?.row_height ? { rowHeight: line.rowAttributes.row_height } : {}),
              });
            }
        return out;
      },
      terminate: () => worker.terminate().then(() => {}),
    };
  };
}
