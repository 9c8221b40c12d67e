import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractPage } from '../extract/extract';
import type { TextBlock } from '../text/segment';

export interface InputDocument {
  source: string;
  text: string;
  blocks?: TextBlock[];
}

/** A problem with one input, worded for the person who typed the command. */
export class InputError extends Error {}

const MAX_BYTES = 50 * 1024 * 1024;

export function decodeUtf8(source: string, bytes: Uint8Array): string {
  // UTF-16 text is full of NUL bytes, but calling it binary would send the user looking for the wrong fix.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputError(`${source}: is UTF-16 text; save it as UTF-8 and try again`);
  if (bytes.includes(0))
    throw new InputError(`${source}: looks like a binary file (it contains NUL bytes); give a .txt or .html file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${source}: is not valid UTF-8 text; save it as UTF-8 and try again`);
  }
  if (!text.trim()) throw new InputError(`${source}: is empty; there is nothing to scan`);
  return text.replace(/^\uFEFF/, '');
}

export function looksLikeHtml(source: string, text: string): boolean {
  return /\.x?html?$/i.test(source) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}

/** Extracts a page's visible text exactly as the content script does, over linkedom's DOM. */
export function fromHtml(source: string, html: string): InputDocument {
  const { document } = parseHTML(html);
  const page = extractPage(document);
  if (!page.text.trim()) throw new InputError(`${source}: the page has no visible text to scan`);
  return { source, text: page.text, blocks: page.blocks };
}

export function readPath(path: string): InputDocument {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (stat.isDirectory())
    throw new InputError(`${path}: is a directory; pass the files inside it (e.g. ${path}/*.html)`);
  if (stat.size > MAX_BYTES) throw new InputError(`${path}: is larger than 50 MB; split it first`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const text = decodeUtf8(path, bytes);
  return looksLikeHtml(path, text) ? fromHtml(path, text) : { source: path, text };
}

export async function readStdin(): Promise<InputDocument> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const text = decodeUtf8('standard input', Buffer.concat(chunks));
  return looksLikeHtml('-', text) ? fromHtml('-', text) : { source: '-', text };
}

/** Fetches a URL only because the user typed it on the command line; the extension itself never fetches. */
export async function readUrl(url: string): Promise<InputDocument> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow' });
  } catch (e) {
    throw new InputError(`${url}: could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new InputError(`${url}: the server answered ${res.status}`);
  const text = decodeUtf8(url, new Uint8Array(await res.arrayBuffer()));
  return /html/i.test(res.headers.get('content-type') ?? '') || looksLikeHtml(url, text)
    ? fromHtml(url, text)
    : { source: url, text };
}
