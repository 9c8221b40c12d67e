import { DocumentBuilder } from './assemble';
import { cancelled, DocumentError } from './errors';
import type { ReadDocumentOptions, ReadDocumentResult } from './types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded once. Its worker code runs in this thread (pdf.js's "fake worker" picks up
 * globalThis.pdfjsWorker), so nothing is fetched: in Node, and in an extension worker or page that
 * already runs off the web page's main thread.
 */
export function pdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** One run of text on one baseline, between gaps wide enough to be a gutter or a table's column gap. */
interface Segment {
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
}

/** A line of the page in reading order. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** 0 = full width, 1 = left column, 2 = right column */
  col: number;
  table: boolean;
  /** the row's cells (one for a line of running text), with where each starts */
  cells: { x0: number; text: string }[];
}

export interface PageLines {
  lines: Line[];
  height: number;
}

interface Item {
  x: number;
  y: number;
  w: number;
  size: number;
  str: string;
}

/** A list or clause marker standing alone before its text: "8.", "14.3", "(a)", "iv)", "•". */
const MARKER_ONLY = /^(?:\*?\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,5})[.)]?|[•●▪■◦‣\-–*\uf0b7\uf0a7])$/i;
/** A line that opens a new list item or clause, so it never continues the line above. */
const ITEM_START =
  /^(?:\(?[a-z]{1,2}\)|\(?[ivxlc]{1,5}\)|\(\d{1,3}\)|\d{1,3}(?:\.\d{1,3})+\.?(?:\s|$)|\d{1,3}[.)](?:\s|$)|[•●▪■◦‣\-–*\uf0b7\uf0a7]\s)/i;
const PAGE_NUMBER = /^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

/** How every PDF is opened: no eval, no fonts or data fetched, nothing streamed. */
export function openOptions(bytes: Uint8Array, password: string | undefined) {
  return {
    // pdf.js may take ownership of the buffer, and refuses Node's Buffer: give it a plain copy
    data: new Uint8Array(bytes),
    password,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  };
}

export async function readPdf(
  bytes: Uint8Array,
  file: string,
  opts: ReadDocumentOptions = {},
): Promise<ReadDocumentResult> {
  const { signal } = opts;
  if (signal?.aborted) throw cancelled(file);
  const lib = await pdfjs();
  const task = lib.getDocument(openOptions(bytes, opts.password));
  const onAbort = () => void task.destroy();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const doc = await opened(task, file, opts, signal);
    const pages: PageLines[] = [];
    const empty: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (signal?.aborted) throw cancelled(file);
      let lines: PageLines;
      try {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        lines = pageLines(content.items as TextItemLike[], viewport.transform, viewport.height, lib.Util.transform);
        page.cleanup();
      } catch (e) {
        if (signal?.aborted) throw cancelled(file);
        throw new DocumentError('corrupt', file, `cannot be read: page ${n} is damaged (${plain(e)})`);
      }
      if (!lines.lines.length) empty.push(n);
      pages.push(lines);
      opts.onProgress?.(n, doc.numPages);
    }
    const numPages = doc.numPages;
    await doc.destroy();
    if (empty.length === numPages)
      throw new DocumentError(
        'no-text-layer',
        file,
        `has no text layer on ${numPages} ${numPages === 1 ? 'page' : 'pages'} (a scan?); it can be read with OCR`,
        numPages,
      );
    const result = layOut(file, pages);
    result.pages = numPages;
    while (result.pageStarts!.length < numPages) result.pageStarts!.push(result.text.length);
    if (empty.length) {
      result.warnings.push(
        `no text layer on ${empty.length} of ${numPages} pages (${summarise(empty)}); those pages were not read`,
      );
      result.scannedPages = empty;
    }
    return result;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The document pdf.js opened, or why it could not: a password asked or refused, a damaged file, a cancel. */
export async function opened<D>(
  task: { promise: Promise<D> },
  file: string,
  opts: ReadDocumentOptions,
  signal?: AbortSignal,
): Promise<D> {
  try {
    return await task.promise;
  } catch (e) {
    throw openError(e, file, opts, signal);
  }
}

export function openError(e: unknown, file: string, opts: ReadDocumentOptions, signal?: AbortSignal): DocumentError {
  if (signal?.aborted) return cancelled(file);
  const name = (e as { name?: string })?.name;
  if (name === 'PasswordException')
    return opts.password === undefined
      ? new DocumentError('password-needed', file, 'is password-protected; a password is needed to read it')
      : new DocumentError('wrong-password', file, 'is password-protected and that password does not open it');
  if (name === 'InvalidPDFException')
    return new DocumentError('corrupt', file, 'is not a readable PDF (damaged or truncated)');
  return new DocumentError('corrupt', file, `cannot be read as a PDF (${plain(e)})`);
}

export function plain(e: unknown): string {
  return String((e as Error)?.message ?? e)
    .split('\n')[0]!
    .slice(0, 120);
}

export function summarise(pages: readonly number[]): string {
  const shown = pages.slice(0, 8).join(', ');
  return pages.length > 8 ? `pages ${shown}, …` : `page${pages.length > 1 ? 's' : ''} ${shown}`;
}

export interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

type Transform = (a: number[], b: number[]) => number[];

/** Items → rows → segments → lines in reading order (columns read one after the other). */
export function pageLines(raw: TextItemLike[], vt: number[], height: number, mul: Transform): PageLines {
  const items: Item[] = [];
  for (const it of raw) {
    if (typeof it.str !== 'string' || !it.transform || !it.str) continue;
    const [a, b, c, d, e, f] = mul(vt, it.transform) as [number, number, number, number, number, number];
    // rotated or vertical text (watermarks, margin notes) is not part of the reading flow
    if (Math.abs(b) > 0.1 * Math.abs(a) || a <= 0) continue;
    const size = Math.hypot(c, d) || it.height || 10;
    const scale = Math.hypot(vt[0]!, vt[1]!) || 1;
    items.push({ x: e, y: f, w: (it.width ?? 0) * scale, size, str: it.str });
  }
  if (!items.some((i) => /\S/.test(i.str))) return { lines: [], height };
  items.sort((p, q) => p.y - q.y || p.x - q.x);

  // rows: items whose baselines are within half an em (superscripts join their line)
  // and share a type size: a small footer on the same baseline as the body's last line is a line of its own
  const rows: Item[][] = [];
  for (const it of items) {
    let row: Item[] | undefined;
    for (let k = rows.length - 1; k >= Math.max(0, rows.length - 3) && !row; k--) {
      const head = rows[k]!.find((i) => /\S/.test(i.str)) ?? rows[k]![0]!;
      const near = Math.abs(it.y - head.y) <= 0.5 * Math.min(it.size, head.size);
      const ratio = Math.max(it.size, head.size) / Math.min(it.size, head.size);
      if (near && (ratio <= 1.3 || it.str.trim().length <= 3 || !/\S/.test(it.str))) row = rows[k];
    }
    if (row) row.push(it);
    else rows.push([it]);
  }
  const segRows = rows.map(toSegments).filter((r) => r.length);

  const gutter = findGutter(segRows);
  const lines: Line[] = [];
  if (!gutter) {
    for (const r of segRows) lines.push(rowLine(r, 0));
    return { lines, height };
  }
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    lines.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const r of segRows) {
    if (r.some((s) => s.x0 < gutter.mid && s.x1 > gutter.mid)) {
      flush();
      lines.push(rowLine(r, 0));
      continue;
    }
    const l = r.filter((s) => s.x1 <= gutter.mid);
    const rt = r.filter((s) => s.x0 >= gutter.mid);
    if (l.length) left.push(rowLine(l, 1));
    if (rt.length) right.push(rowLine(rt, 2));
  }
  flush();
  return { lines, height };
}

function rowLine(segs: Segment[], col: number): Line {
  const first = segs[0]!;
  const last = segs[segs.length - 1]!;
  return {
    text: segs.map((s) => s.text).join(' | '),
    x0: first.x0,
    x1: last.x1,
    y: Math.min(...segs.map((s) => s.y)),
    size: Math.max(...segs.map((s) => s.size)),
    col,
    table: segs.length > 1,
    cells: segs.map((s) => ({ x0: s.x0, text: s.text })),
  };
}

/** Splits a row at gaps wider than a justified word space; a lone list marker stays with its text. */
function toSegments(row: Item[]): Segment[] {
  row.sort((p, q) => p.x - q.x);
  const segs: Segment[] = [];
  let cur: Segment | undefined;
  let prevEnd = 0;
  let space = false;
  for (const it of row) {
    // pdf.js fills gaps with whitespace items as wide as the gap: a space, never a bridge over a gutter
    if (!/\S/.test(it.str)) {
      space = true;
      continue;
    }
    const gap = it.x - prevEnd;
    if (!cur || gap > 1.5 * Math.max(it.size, cur.size)) {
      if (cur && MARKER_ONLY.test(cur.text.trim()) && segs.length === 0 && gap < 6 * it.size) {
        cur.text = `${cur.text.trim()} `;
      } else {
        if (cur) segs.push(cur);
        cur = { x0: it.x, x1: it.x + it.w, y: it.y, size: it.size, text: '' };
      }
    } else if ((space || gap > 0.15 * it.size) && !/\s$/.test(cur.text) && !/^\s/.test(it.str)) cur.text += ' ';
    space = false;
    cur.text += it.str;
    cur.x1 = Math.max(cur.x1, it.x + it.w);
    cur.size = Math.max(cur.size, it.size);
    cur.y = Math.max(cur.y, it.y);
    prevEnd = Math.max(prevEnd, it.x + it.w);
  }
  if (cur) segs.push(cur);
  return segs
    .map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() }))
    .filter((s) => s.text && !/^\s*$/.test(s.text));
}

/**
 * A vertical gap that splits most rows into a left and a right half, with both halves filled like text
 * columns (lines reaching across most of their column) rather than like a table (short label cells).
 */
function findGutter(rows: Segment[][]): { mid: number } | undefined {
  if (rows.length < 6) return undefined;
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const r of rows)
    for (const s of r) {
      left = Math.min(left, s.x0);
      right = Math.max(right, s.x1);
    }
  const width = right - left;
  if (width < 100) return undefined;
  const lo = left + 0.3 * width;
  const hi = left + 0.7 * width;
  const bins = new Int32Array(Math.ceil(hi - lo));
  for (const r of rows)
    for (const s of r) {
      const a = Math.max(0, Math.floor(s.x0 - lo));
      const b = Math.min(bins.length, Math.ceil(s.x1 - lo));
      for (let k = a; k < b; k++) bins[k]!++;
    }
  // the emptiest stretch in the middle of the page
  const allowed = Math.max(1, Math.floor(rows.length * 0.15));
  let best: { a: number; b: number } | undefined;
  for (let k = 0; k < bins.length; k++) {
    if (bins[k]! > allowed) continue;
    let e = k;
    while (e + 1 < bins.length && bins[e + 1]! <= allowed) e++;
    if (!best || e - k > best.b - best.a) best = { a: k, b: e };
    k = e;
  }
  const sizes = rows.flatMap((r) => r.map((s) => s.size)).sort((a, b) => a - b);
  const em = sizes[sizes.length >> 1] ?? 10;
  if (!best || best.b - best.a + 1 < 0.8 * em) return undefined;
  const mid = lo + (best.a + best.b + 1) / 2;
  const lefts: number[] = [];
  const rights: number[] = [];
  let many = 0;
  for (const r of rows) {
    if (r.length > 2) many++;
    if (r.some((s) => s.x0 < mid && s.x1 > mid)) continue;
    for (const s of r) (s.x1 <= mid ? lefts : rights).push(s.x1 - s.x0);
  }
  if (many > rows.length * 0.1) return undefined;
  if (lefts.length < rows.length * 0.3 || rights.length < rows.length * 0.3) return undefined;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const colWidth = width / 2;
  if (median(lefts) < 0.6 * colWidth || median(rights) < 0.6 * colWidth) return undefined;
  return { mid };
}

const key = (t: string) => t.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Lines in the top or bottom tenth of a page that recur on other pages (digits aside): headers, footers, page numbers. */
function furniture(pages: PageLines[]): Set<string> {
  const seen = new Map<string, Set<number>>();
  pages.forEach((p, i) => {
    for (const l of zoneLines(p)) {
      const k = key(l.text);
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(i);
    }
  });
  const withText = pages.filter((p) => p.lines.length).length;
  const need = withText <= 3 ? 2 : 3;
  return new Set([...seen].filter(([, s]) => s.size >= need).map(([k]) => k));
}

function zoneLines(p: PageLines): Line[] {
  return p.lines.filter((l) => l.y < 0.12 * p.height || l.y > 0.88 * p.height);
}

/** The tightest recurring baseline-to-baseline distance of body lines: the page's leading. */
function leadingOf(lines: Line[]): number | undefined {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const gap = b.y - a.y;
    if (a.col !== b.col || Math.abs(a.size - b.size) > 0.5 || gap < 0.9 * a.size || gap > 3 * a.size) continue;
    const r = Math.round(gap * 2) / 2;
    counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  // the tightest spacing that recurs, not the commonest: on a page of one-line list items the commonest
  // gap is the space between paragraphs, and taking it as the leading would run every item together
  const top = Math.max(0, ...counts.values());
  let best: number | undefined;
  for (const [g, c] of counts) if (c >= Math.max(2, 0.25 * top) && (best === undefined || g < best)) best = g;
  return best;
}

const HYPHENATED = /[A-Za-z\u00c0-\u024f][-\u00ad\u2010]$/;
const TERMINAL = /[.!?:;]["'’”)]*$/;

function joinText(a: string, b: string): string {
  // "employ-" + "ment" is one word; "non-" + "Council" and "self-" + "employed" keep a hyphen only where capitals follow
  if (HYPHENATED.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

/** Whether the next line's first word, at the next line's average character width, fits after the previous line. */
function fitsAfter(prev: Line, next: Line, colRight: number): boolean {
  const word = /^\S+/.exec(next.text)?.[0] ?? '';
  const perChar = (next.x1 - next.x0) / Math.max(1, next.text.length);
  return prev.x1 + perChar * (word.length + 1) <= colRight;
}

function continues(prev: Line, next: Line, leading: number, colRight: number, colLeft: number): boolean {
  if (prev.table || next.table || prev.col !== next.col) return false;
  if (Math.abs(prev.size - next.size) > 0.6) return false;
  const gap = next.y - prev.y;
  if (gap <= 0 || gap > Math.max(leading, 1.25 * prev.size) * 1.3 + 0.5) return false;
  if (ITEM_START.test(next.text)) return false;
  const colWidth = colRight - colLeft;
  const short = prev.x1 < colRight - 0.2 * colWidth;
  if (/^[a-z]/.test(next.text)) return true;
  // a line cut short only because the next word would not fit on it (a long name, a web address) goes on
  const forced = short && !TERMINAL.test(prev.text) && !fitsAfter(prev, next, colRight);
  if (short && !forced && (TERMINAL.test(prev.text) || !/[,\-–]$/.test(prev.text))) return false;
  // a new paragraph's first line indented from the body (but hanging list text is not a new paragraph)
  if (next.x0 > prev.x0 + 1.5 * prev.size && !ITEM_START.test(prev.text)) return false;
  return true;
}

/**
 * A paragraph that fills the foot of the left column and stops mid-sentence runs on at the top of the
 * right one, whatever letter that starts with.
 */
function runsOnToColumn(prev: Line, next: Line, edges: Map<number, { l: number; r: number }>): boolean {
  if (prev.col !== 1 || next.col !== 2 || prev.table || next.table) return false;
  if (Math.abs(prev.size - next.size) > 0.6 || TERMINAL.test(prev.text) || ITEM_START.test(next.text)) return false;
  const e = edges.get(1)!;
  return prev.x1 >= e.r - 0.2 * (e.r - e.l);
}

/**
 * The next line carries on the cells of a table row: each of its pieces starts under one of the row's
 * cells (a cell's text wrapped onto a second line), it leaves some cell empty, and it follows at the
 * row's line spacing.
 */
function cellContinuation(row: Line, next: Line, leading: number): number[] | undefined {
  if (!row.table || row.col !== next.col) return undefined;
  const gap = next.y - row.y;
  if (gap <= 0 || gap > Math.max(leading, 1.25 * row.size) * 1.3 + 0.5) return undefined;
  const xs = row.cells.map((c) => c.x0);
  const slots: number[] = [];
  for (const piece of next.cells) {
    let k = -1;
    for (let j = 0; j < xs.length; j++) if (piece.x0 >= xs[j]! - 3) k = j;
    if (k < 0 || piece.x0 > xs[k]! + 3 * row.size || slots.includes(k)) return undefined;
    slots.push(k);
  }
  // a line that fills every cell is the next row, not a wrapped one
  return slots.length === xs.length ? undefined : slots;
}

/** Paragraphs of every page, furniture dropped, paragraphs that run over a page break joined. */
export function layOut(file: string, pages: PageLines[]): ReadDocumentResult {
  const drop = furniture(pages);
  const sizes = new Map<number, number>();
  for (const p of pages)
    for (const l of p.lines) sizes.set(Math.round(l.size), (sizes.get(Math.round(l.size)) ?? 0) + l.text.length);
  const body = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const out = new DocumentBuilder(file, 'pdf');
  let carry: { line: Line; open: boolean } | undefined;

  pages.forEach((p, i) => {
    out.startPage(i + 1);
    const zone = new Set(zoneLines(p));
    const ys = p.lines.map((l) => l.y);
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    const lines = p.lines.filter(
      (l) =>
        !(zone.has(l) && drop.has(key(l.text))) &&
        !(zone.has(l) && (l.y === top || l.y === bottom) && PAGE_NUMBER.test(l.text.trim())),
    );
    if (!lines.length) return;
    const leading = leadingOf(lines) ?? body * 1.45;
    const edges = new Map<number, { l: number; r: number }>();
    for (const l of lines) {
      const e = edges.get(l.col) ?? { l: l.x0, r: l.x1 };
      edges.set(l.col, { l: Math.min(e.l, l.x0), r: Math.max(e.r, l.x1) });
    }
    let para: string | undefined;
    let last: Line | undefined;
    let continuing = false;
    const emit = () => {
      if (para === undefined || !last) return;
      if (continuing) out.continueLast(para, HYPHENATED.test(out.lastBlock()!.text) && /^[a-z]/.test(para));
      else if (isHeading(para, last, body)) out.heading(para);
      else out.paragraph(para, last.table ? 'table-row' : ITEM_START.test(para) ? 'list-item' : 'paragraph');
      continuing = false;
      para = undefined;
    };
    for (const [k, l] of lines.entries()) {
      if (k === 0 && carry?.open && !l.table && /^[a-z]/.test(l.text) && !ITEM_START.test(l.text)) {
        // the previous page's last paragraph runs on here
        para = l.text;
        last = l;
        continuing = true;
        continue;
      }
      const e = edges.get(l.col)!;
      const slots = para !== undefined && last ? cellContinuation(last, l, leading) : undefined;
      if (slots && last) {
        // a table cell's text wrapped onto the next line: it stays in its cell
        const cells = last.cells.map((c) => ({ ...c }));
        slots.forEach((k, j) => {
          cells[k]!.text = joinText(cells[k]!.text, l.cells[j]!.text);
        });
        last = { ...last, y: l.y, cells };
        para = cells.map((c) => c.text).join(' | ');
        continue;
      }
      if (para !== undefined && last && (continues(last, l, leading, e.r, e.l) || runsOnToColumn(last, l, edges))) {
        para = joinText(para, l.text);
        last = l;
        continue;
      }
      emit();
      para = l.text;
      last = l;
    }
    const lastLine = last;
    emit();
    carry = lastLine ? { line: lastLine, open: !lastLine.table && !TERMINAL.test(lastLine.text) } : undefined;
  });
  return out.result();
}

function isHeading(text: string, line: Line, body: number): boolean {
  if (line.table || text.length > 120 || TERMINAL.test(text) || ITEM_START.test(text)) return false;
  if (line.size >= body * 1.15) return true;
  // a short capitalised line of its own, without a full stop: "Payment", "Annex A - Themes and Outcomes"
  if (text === line.text && /^[A-Z]/.test(text) && text.split(/\s+/).length <= 8 && !/[,]$/.test(text)) return true;
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && text.split(/\s+/).length <= 12;
}
