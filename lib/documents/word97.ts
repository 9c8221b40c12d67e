/**
 * The main text of a Word 97–2003 document: the File Information Block names the piece table (in the
 * 0Table or 1Table stream), whose pieces say where each run of characters sits in the WordDocument
 * stream, 8-bit (Windows-1252) or UTF-16. Only the body is taken: footnotes, headers and comments follow
 * it in the same character positions and are left out, as word-extractor's body was.
 */
import { CompoundFile, CompoundFileError } from './cfb';

const WORD_IDENT = 0xa5ec;
const FLAG_WHICH_TABLE = 0x0200;
const FLAG_ENCRYPTED = 0x0100;
/** fcClx is the 34th pair of FibRgFcLcb97 */
const CLX_INDEX = 33;

/** Why the body text could not be had: `encrypted` is a file saved with a password to open it. */
export class WordBinaryError extends Error {
  constructor(
    message: string,
    readonly encrypted = false,
  ) {
    super(message);
  }
}

const fail = (why: string): never => {
  throw new WordBinaryError(why);
};

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) fail('the file information block is cut short');
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) fail('the piece table is cut short');
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** Where the body's characters end, and where the piece table (Clx) is in the table stream. */
function readFib(word: Uint8Array): { ccpText: number; fcClx: number; lcbClx: number; table: string } {
  if (u16(word, 0) !== WORD_IDENT) fail('it is not a Word document (no Word file information block)');
  const flags = u16(word, 0x0a);
  if (flags & FLAG_ENCRYPTED) throw new WordBinaryError('it is protected with a password', true);
  let at = 0x20;
  at += 2 + u16(word, at) * 2; // fibRgW
  const lw = at + 2;
  const ccpText = u32(word, lw + 0x0c);
  at += 2 + u16(word, at) * 4; // fibRgLw
  if (u16(word, at) <= CLX_INDEX) fail('its file information block has no piece table');
  const pair = at + 2 + CLX_INDEX * 8;
  return {
    ccpText,
    fcClx: u32(word, pair),
    lcbClx: u32(word, pair + 4),
    table: flags & FLAG_WHICH_TABLE ? '1Table' : '0Table',
  };
}

const cp1252 = new TextDecoder('windows-1252');
const utf16 = new TextDecoder('utf-16le');

/** The body's characters as Word stores them, control characters (fields, cells, breaks) included. */
export function word97Characters(bytes: Uint8Array): string {
  try {
    return bodyOf(new CompoundFile(bytes));
  } catch (e) {
    if (e instanceof CompoundFileError) fail(e.message);
    throw e;
  }
}

function bodyOf(cfb: CompoundFile): string {
  const word = cfb.stream('WordDocument') ?? fail('it has no WordDocument stream');
  const fib = readFib(word);
  const table = cfb.stream(fib.table) ?? fail(`it has no ${fib.table} stream`);
  if (fib.fcClx + fib.lcbClx > table.length) fail('its piece table is outside the table stream');
  const clx = table.subarray(fib.fcClx, fib.fcClx + fib.lcbClx);
  let at = 0;
  // formatting (Prc) entries come first; the piece table (Pcdt) follows
  while (at < clx.length && clx[at] === 0x01) at += 3 + (u16(clx, at + 1) & 0x7fff);
  if (clx[at] !== 0x02) fail('it has no piece table');
  const lcb = u32(clx, at + 1);
  const plc = clx.subarray(at + 5, at + 5 + lcb);
  if (plc.length < lcb || (lcb - 4) % 12 !== 0) fail('its piece table is damaged');
  const pieces = (lcb - 4) / 12;
  const parts: string[] = [];
  for (let i = 0; i < pieces; i++) {
    const from = u32(plc, i * 4);
    const to = Math.min(u32(plc, (i + 1) * 4), fib.ccpText);
    if (from >= fib.ccpText) break;
    if (to <= from) continue;
    const raw = u32(plc, (pieces + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    const start = compressed ? fc / 2 : fc;
    const end = start + (to - from) * (compressed ? 1 : 2);
    if (end > word.length) fail('a piece of its text is outside the document');
    parts.push((compressed ? cp1252 : utf16).decode(word.subarray(start, end)));
  }
  return parts.join('');
}

/** A body paragraph or a table row (cells joined with " | "), in order. */
export interface Word97Paragraph {
  text: string;
  row: boolean;
}

/**
 * Splits the body into paragraphs and table rows: \r ends a paragraph (\v and page breaks too), \x07 ends
 * a table cell and a second one the row; a field shows its result, not its code (\x13 code \x14 result \x15).
 */
export function word97Paragraphs(chars: string): Word97Paragraph[] {
  const out: Word97Paragraph[] = [];
  let text = '';
  let cells: string[] = [];
  let cellJustEnded = false;
  // for each open field: is its code still being read (before \x14)? and how many are (so no scan per character)
  const fields: boolean[] = [];
  let inCode = 0;
  for (const ch of chars) {
    const code = ch.charCodeAt(0);
    if (code === 0x13) {
      fields.push(true);
      inCode++;
    } else if (code === 0x14) {
      if (fields.at(-1)) {
        fields[fields.length - 1] = false;
        inCode--;
      }
    } else if (code === 0x15) {
      if (fields.pop()) inCode--;
    } else if (inCode > 0) continue;
    else if (code === 0x07) {
      if (cellJustEnded && !text.trim()) {
        out.push({ text: cells.join(' | '), row: true });
        cells = [];
        cellJustEnded = false;
      } else {
        cells.push(text.trim());
        cellJustEnded = true;
      }
      text = '';
      continue;
    } else if (code === 0x0d || code === 0x0b || code === 0x0c || code === 0x0e) {
      if (text.trim()) out.push({ text, row: false });
      text = '';
    } else if (code === 0x1e) text += '-';
    else if (code === 0x09 || code === 0xa0) text += ' ';
    // other control characters are anchors (pictures, footnote marks, soft hyphens): no text
    else if (code >= 0x20) text += ch;
    if (code !== 0x07) cellJustEnded = false;
  }
  if (cells.length) out.push({ text: cells.join(' | '), row: true });
  if (text.trim()) out.push({ text, row: false });
  return out;
}
