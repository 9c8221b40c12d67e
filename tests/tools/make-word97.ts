/**
 * Writes minimal Word 97–2003 (.doc) files from the project's own sentences, for the reader's tests: a
 * compound file (512-byte sectors, one FAT sector) holding a WordDocument stream (a File Information Block,
 * then the text) and a 1Table stream (the piece table). LibreOffice is not needed; clauses.doc, converted
 * by LibreOffice, stays the real-world check.
 */

/** A body paragraph, or a table row given as its cells. */
export type Word97Block = string | string[];

export interface Word97Options {
  /** the text as this many pieces, stored last piece first, as a fast-saved file can */
  pieces?: number;
  /** store every piece as UTF-16 (Word does so for text outside Windows-1252) */
  unicode?: boolean;
  /** set the FIB's "encrypted" flag */
  encrypted?: boolean;
}

const SECTOR = 512;
const END = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;
const NONE = 0xffffffff;

/** The characters Word stores for the blocks: \r after a paragraph, \x07 after a cell and after a row. */
export function word97Chars(blocks: readonly Word97Block[]): string {
  return blocks.map((b) => (typeof b === 'string' ? `${b}\r` : `${b.map((c) => `${c}\x07`).join('')}\x07`)).join('');
}

const cp1252 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf16 = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};

function u32(b: Uint8Array, at: number, v: number) {
  new DataView(b.buffer, b.byteOffset).setUint32(at, v >>> 0, true);
}
function u16(b: Uint8Array, at: number, v: number) {
  new DataView(b.buffer, b.byteOffset).setUint16(at, v, true);
}

/** The WordDocument and 1Table streams for `chars`. */
function wordStreams(chars: string, opts: Word97Options): { word: Uint8Array; table: Uint8Array } {
  const n = Math.max(1, opts.pieces ?? 1);
  const cuts = Array.from({ length: n + 1 }, (_, i) => Math.round((chars.length * i) / n));
  const TEXT_AT = 1024;
  const bodies: Uint8Array[] = [];
  const fcs: number[] = [];
  let at = TEXT_AT;
  // pieces are written to the stream in reverse order: the piece table, not the stream, gives the order
  for (let i = n - 1; i >= 0; i--) {
    const text = chars.slice(cuts[i], cuts[i + 1]);
    const wide = opts.unicode || [...text].some((c) => c.charCodeAt(0) > 0xff);
    const bytes = wide ? utf16(text) : cp1252(text);
    fcs[i] = wide ? at : (at * 2) | 0x40000000;
    bodies.push(bytes);
    at += bytes.length + (bytes.length % 2);
  }
  const word = new Uint8Array(Math.max(at, 4096));
  let w = TEXT_AT;
  for (const b of bodies) {
    word.set(b, w);
    w += b.length + (b.length % 2);
  }
  // FIB: base, 14 words, 22 longs (ccpText at 0x0C), 93 fc/lcb pairs (fcClx is pair 33)
  u16(word, 0, 0xa5ec);
  u16(word, 2, 0xc1);
  u16(word, 0x0a, 0x0200 | (opts.encrypted ? 0x0100 : 0));
  u16(word, 0x20, 14);
  u16(word, 0x3e, 22);
  u32(word, 0x40 + 0x0c, chars.length);
  u16(word, 0x98, 93);
  const clx = new Uint8Array(1 + 4 + (n + 1) * 4 + n * 8);
  clx[0] = 0x02;
  u32(clx, 1, clx.length - 5);
  for (const [i, cp] of cuts.entries()) u32(clx, 5 + i * 4, cp);
  for (const [i, fc] of fcs.entries()) u32(clx, 5 + (n + 1) * 4 + i * 8 + 2, fc);
  const table = new Uint8Array(4096);
  const CLX_AT = 16;
  table.set(clx, CLX_AT);
  u32(word, 0x9a + 33 * 8, CLX_AT);
  u32(word, 0x9a + 33 * 8 + 4, clx.length);
  return { word, table };
}

/** A compound file of top-level streams (each at least 4,096 bytes, so none is in the mini stream), of any size up to about 7 MB. */
export function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const names = Object.keys(streams);
  const sectorsOf = (b: Uint8Array) => Math.ceil(b.length / SECTOR);
  const data = names.reduce((a, k) => a + sectorsOf(streams[k]!), 0);
  // FAT sectors first, then the directory, then the streams; the header lists up to 109 FAT sectors
  let fats = 1;
  while (fats * (SECTOR / 4) < fats + 1 + data) fats++;
  if (fats > 109 || names.length > 3) throw new Error("too large for the header's FAT list or one directory sector");
  const total = fats + 1 + data;
  const out = new Uint8Array((total + 1) * SECTOR);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  u16(out, 0x18, 0x3e);
  u16(out, 0x1a, 3);
  u16(out, 0x1c, 0xfffe);
  u16(out, 0x1e, 9);
  u16(out, 0x20, 6);
  u32(out, 0x2c, fats);
  u32(out, 0x30, fats); // the directory follows the FAT sectors
  u32(out, 0x38, 4096);
  u32(out, 0x3c, END);
  u32(out, 0x44, END);
  for (let i = 0; i < 109; i++) u32(out, 0x4c + i * 4, i < fats ? i : FREE);
  const fat = new Uint32Array(fats * (SECTOR / 4)).fill(FREE);
  for (let i = 0; i < fats; i++) fat[i] = FAT_SECTOR;
  fat[fats] = END;
  const dir = out.subarray((fats + 1) * SECTOR, (fats + 2) * SECTOR);
  const entry = (i: number, name: string, type: number, start: number, size: number, child = NONE, right = NONE) => {
    const at = i * 128;
    for (let k = 0; k < name.length; k++) u16(dir, at + k * 2, name.charCodeAt(k));
    u16(dir, at + 0x40, (name.length + 1) * 2);
    dir[at + 0x42] = type;
    dir[at + 0x43] = 1;
    u32(dir, at + 0x44, NONE);
    u32(dir, at + 0x48, right);
    u32(dir, at + 0x4c, child);
    u32(dir, at + 0x74, start);
    u32(dir, at + 0x78, size);
  };
  entry(0, 'Root Entry', 5, END, 0, 1);
  let next = fats + 1;
  names.forEach((name, i) => {
    const data = streams[name]!;
    const count = sectorsOf(data);
    for (let s = 0; s < count; s++) fat[next + s] = s === count - 1 ? END : next + s + 1;
    out.set(data, (next + 1) * SECTOR);
    // the streams are one chain of right siblings under the root
    entry(i + 1, name, 2, next, data.length, NONE, i + 2 <= names.length ? i + 2 : NONE);
    next += count;
  });
  for (const [i, v] of fat.entries()) u32(out, SECTOR + i * 4, v);
  return out;
}

/** A .doc of these paragraphs and table rows. */
export function word97Doc(blocks: readonly Word97Block[], opts: Word97Options = {}): Uint8Array {
  const { word, table } = wordStreams(word97Chars(blocks), opts);
  return compoundFile({ WordDocument: word, '1Table': table });
}
