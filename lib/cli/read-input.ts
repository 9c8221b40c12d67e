import { constants, promises as fsp } from 'node:fs';
import type { ReadDocumentResult } from '../documents/types';
import type { TextBlock } from '../text/segment';
import { readBinaryDocument, sniffDocument } from './documents';
import { InputError } from './input-error';
import { pageShape } from './page-shape';

export { InputError } from './input-error';

export interface InputDocument {
  source: string;
  text: string;
  blocks?: TextBlock[];
  warnings?: string[];
  /** a PDF, Word, OpenDocument or RTF file as read, for citing evidence by page and clause */
  read?: ReadDocumentResult;
}

/** Files, standard input and URL bodies alike: past this, reading stops (before buffering more). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** Deeper element nesting than this is not a page a person reads, and parsing it costs minutes. */
export const MAX_HTML_DEPTH = 5000;
/** More tags than this (a 20,000-row table has about 250,000) take linkedom's parser many seconds each 100,000. */
export const MAX_HTML_TAGS = 300_000;

export interface ReadOptions {
  maxBytes?: number;
  /** a URL fetch gives up after this long */
  timeoutMs?: number;
  /** the password for encrypted PDFs (--password) */
  password?: string;
  /** read a PDF with no text layer by OCR (--ocr), showing its pages' progress here when it is a terminal */
  ocr?: { progress?: { write(s: string): unknown; isTTY?: boolean } };
}

const MB = 1024 * 1024;
const size = (bytes: number) =>
  bytes >= MB ? `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB` : `${bytes} bytes`;
const tooLarge = (max: number) => `larger than the ${size(max)} limit; split it and scan the parts`;

/** Collects a stream's chunks, stopping with a clear reason as soon as it passes `max`. */
async function collect(chunks: AsyncIterable<Uint8Array | string>, max: number, stop: () => void): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > max) {
      stop();
      throw new InputError(`is ${tooLarge(max)} (stopped reading at ${size(max)})`);
    }
    parts.push(bytes);
  }
  return Buffer.concat(parts, total);
}

const OPEN_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a folder on its path is a file)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'is a symbolic link that points to itself',
  ENAMETOOLONG: 'the file name is too long',
  ENXIO: 'is not a file that can be read',
};

/**
 * Reads a file, refusing anything that is not a regular file. It opens without blocking (a FIFO
 * with no writer would otherwise hang) and checks what it opened, so a swapped path cannot slip by.
 */
export async function readFileBytes(path: string, opts: ReadOptions = {}): Promise<Uint8Array> {
  const max = opts.maxBytes ?? MAX_INPUT_BYTES;
  let file: fsp.FileHandle;
  try {
    file = await fsp.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'EISDIR') throw new InputError(`is a folder; pass the files inside it (e.g. ${path}/*.html)`);
    throw new InputError(OPEN_ERRORS[code] ?? `cannot be opened (${code || 'unknown error'})`);
  }
  try {
    const stat = await file.stat();
    if (stat.isDirectory()) throw new InputError(`is a folder; pass the files inside it (e.g. ${path}/*.html)`);
    if (stat.isFIFO())
      throw new InputError(
        'is a pipe (FIFO), not a file; to scan what a program writes, pipe it in: … | tenderlight scan -',
      );
    if (stat.isCharacterDevice() || stat.isBlockDevice()) throw new InputError('is a device, not a file');
    if (!stat.isFile()) throw new InputError('is not a regular file');
    if (stat.size > max) throw new InputError(`is ${size(stat.size)}, ${tooLarge(max)}`);
    const chunks = (async function* () {
      // Read to the end rather than trusting the size: a file can grow while it is read (or be in /proc).
      for (;;) {
        const { bytesRead, buffer } = await file.read(Buffer.alloc(MB), 0, MB, null);
        if (!bytesRead) return;
        yield buffer.subarray(0, bytesRead);
      }
    })();
    return await collect(chunks, max, () => {});
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'read error'})`);
  } finally {
    await file.close().catch(() => {});
  }
}

/** Reads standard input to its end, or stops at the limit and lets go of it. */
export async function readStreamBytes(
  stream: AsyncIterable<Uint8Array | string> & { destroy?: () => void },
  opts: ReadOptions = {},
): Promise<Uint8Array> {
  try {
    return await collect(stream, opts.maxBytes ?? MAX_INPUT_BYTES, () => stream.destroy?.());
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'read error'})`);
  }
}

/** Fetches a URL only because the user typed it on the command line; the extension itself never fetches. */
export async function readUrlBytes(url: string, opts: ReadOptions = {}): Promise<{ bytes: Uint8Array; type: string }> {
  const max = opts.maxBytes ?? MAX_INPUT_BYTES;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetch(url, { redirect: 'follow', signal: abort.signal });
    if (!res.ok) throw new InputError(`the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    const declared = Number(res.headers.get('content-length'));
    if (declared > max) {
      abort.abort();
      throw new InputError(`is ${size(declared)}, ${tooLarge(max)}`);
    }
    const bytes = res.body ? await collect(res.body, max, () => abort.abort()) : new Uint8Array();
    return { bytes, type: res.headers.get('content-type') ?? '' };
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (abort.signal.aborted) throw new InputError(`did not finish within ${Math.round(timeoutMs / 1000)} s`);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    if (e instanceof TypeError && !cause) throw new InputError('is not a valid web address');
    throw new InputError(`could not be fetched (${cause?.code ?? cause?.message ?? 'network error'})`);
  } finally {
    clearTimeout(timer);
  }
}

export function decodeUtf8(bytes: Uint8Array): string {
  // UTF-16 text is full of NUL bytes, but calling it binary would send the user looking for the wrong fix.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputError('is UTF-16 text; save it as UTF-8 and try again');
  if (bytes.includes(0))
    throw new InputError('looks like a binary file (it contains NUL bytes); give a .txt or .html file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8 text; save it as UTF-8 and try again');
  }
  if (!text.trim()) throw new InputError('is empty; there is nothing to scan');
  return text.replace(/^\uFEFF/, '');
}

const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
const ANY_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

/**
 * A page, by its content: it opens like one, or (named .html, or served as HTML) it holds a tag.
 * A plain-text file that happens to be called .html is read as text.
 */
export function looksLikeHtml(name: string, text: string, contentType = ''): boolean {
  const head = text.slice(0, 65_536);
  if (HTML_START.test(head)) return true;
  return (/\.x?html?$/i.test(name) || /html/i.test(contentType)) && ANY_TAG.test(head);
}

// What a browser keeps in <head>; anything else there, or outside <body>, is page content.
const HEAD_ONLY = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Gives linkedom's tree the <body> a browser builds. linkedom keeps `</head>` and `<body>` where the
 * HTML puts them (both may be left out): a page that never closes its head, or writes text before or
 * after its body, would otherwise lose that text (its head is skipped) or have its title read.
 */
function placeInBody(document: Document, root: Element): Element {
  // Not document.body: linkedom's getter makes an empty head and body at the top of <html>.
  const body =
    [...root.children].find((n) => n.nodeName === 'BODY') ?? root.appendChild(document.createElement('body'));
  let content = false;
  let before: Node | null = body.firstChild;
  // Document order: the head's content from its first non-head node, then what sits beside the body.
  const strays = [...root.childNodes].flatMap((n) => (n.nodeName === 'HEAD' ? [...n.childNodes] : [n]));
  for (const n of [...strays, ...[...document.childNodes].filter((n) => n !== root && n.nodeType !== 10)]) {
    if (n === body) {
      content = true;
      before = null;
      continue;
    }
    const blank = n.nodeType === 3 && !n.textContent?.trim();
    const headOnly = n.nodeType === 1 && HEAD_ONLY.has(n.nodeName.toUpperCase());
    content ||= !(blank || headOnly || n.nodeType === 8);
    if (content) body.insertBefore(n, before);
  }
  return body;
}

/** Extracts a page's visible text exactly as the content script does, over linkedom's DOM. */
export async function fromHtml(source: string, html: string): Promise<InputDocument> {
  const shape = pageShape(html, MAX_HTML_DEPTH, MAX_HTML_TAGS);
  if (shape.depth > MAX_HTML_DEPTH)
    throw new InputError(
      `the page nests its elements more than ${MAX_HTML_DEPTH.toLocaleString('en-GB')} deep, which no readable page does; save its text as a .txt file and scan that`,
    );
  if (shape.tags > MAX_HTML_TAGS)
    throw new InputError(
      `the page has more than ${MAX_HTML_TAGS.toLocaleString('en-GB')} tags, more than Tenderlight reads as a page; save its text as a .txt file and scan that`,
    );
  // Loaded only for pages: linkedom costs start-up time a text file should not pay.
  const [{ parseHTML }, { extractPage }] = await Promise.all([import('linkedom'), import('../extract/extract')]);
  // linkedom builds a broken tree for a fragment that never opens <html>: give it the root.
  const { document } = parseHTML(
    /<html[\s>]/i.test(html.slice(0, 65_536)) ? html : `<!doctype html><html>${html}</html>`,
  );
  const root = document.documentElement;
  if (!root) throw new InputError('could not be read as a web page');
  const body = placeInBody(document, root);
  // The CLI's input is already capped in bytes; scanText decides, visibly, how much of the text to check.
  const page = extractPage(body, { maxChars: Number.POSITIVE_INFINITY });
  if (!page.text.trim()) throw new InputError('the page has no visible text to scan');
  return { source, text: page.text, blocks: page.blocks };
}

/**
 * Turns an input's bytes into text to scan, by what the bytes are: a PDF or Word file goes to the
 * documents reader, a page to the extractor, anything else is read as UTF-8 text.
 */
export async function toDocument(
  source: string,
  bytes: Uint8Array,
  name: string,
  contentType = '',
  password?: string,
  ocr?: ReadOptions['ocr'],
): Promise<InputDocument> {
  const kind = sniffDocument(bytes);
  if (kind) {
    const doc = await readBinaryDocument(bytes, name, kind, password, ocr);
    if (!doc.text.trim()) throw new InputError('the document has no text to scan (is it a scanned image?)');
    return { source, ...doc };
  }
  const text = decodeUtf8(bytes);
  return looksLikeHtml(name, text, contentType) ? fromHtml(source, text) : { source, text };
}
