/**
 * A reader for the OLE compound file (CFB) container of Word 97–2003 files: the streams named at its top
 * level, read through the sector chains of its allocation tables. Every chain, table and size is checked
 * against the file, so a damaged or hostile file gives an error, never a hang or an out-of-bounds read.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_REGULAR = 0xfffffffa;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT = 109;

/** A compound file that cannot be read; the caller words it for people. */
export class CompoundFileError extends Error {}

const fail = (why: string): never => {
  throw new CompoundFileError(why);
};

interface Entry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export class CompoundFile {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly fat: Uint32Array;
  private readonly entries: Entry[];
  private readonly miniFat: Uint32Array;
  private readonly miniStream: Uint8Array;
  private readonly miniCutoff: number;

  constructor(private readonly bytes: Uint8Array) {
    if (bytes.length < 512 || !SIGNATURE.every((b, i) => bytes[i] === b)) fail('not a compound file');
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const shift = this.u16(0x1e);
    if (shift !== 9 && shift !== 12) fail(`unknown sector size 2^${shift}`);
    this.sectorSize = 1 << shift;
    if (this.u16(0x20) !== 6) fail('unknown mini sector size');
    this.fat = this.readFat();
    this.entries = this.readDirectory(this.u32(0x30));
    const root = this.entries[0];
    if (root?.type !== 5) fail('no root entry');
    this.miniCutoff = this.u32(0x38);
    const miniFatBytes = this.chain(this.u32(0x3c), this.u32(0x40) * this.sectorSize);
    this.miniFat = new Uint32Array(miniFatBytes.length >> 2).map((_, i) => this.le32(miniFatBytes, i * 4));
    this.miniStream = root!.start === END_OF_CHAIN ? new Uint8Array(0) : this.chain(root!.start, root!.size);
  }

  private u16(at: number): number {
    return this.view.getUint16(at, true);
  }

  private u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  private le32(b: Uint8Array, at: number): number {
    return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
  }

  private sector(n: number): Uint8Array {
    const at = (n + 1) * this.sectorSize;
    if (n > MAX_REGULAR || at + this.sectorSize > this.bytes.length) {
      // the last sector of a file may be cut short by writers that do not pad it
      if (n <= MAX_REGULAR && at < this.bytes.length) return this.bytes.subarray(at);
      fail(`sector ${n} is outside the file`);
    }
    return this.bytes.subarray(at, at + this.sectorSize);
  }

  /** The FAT: its sectors are listed in the header (109) and then in a chain of DIFAT sectors. */
  private readFat(): Uint32Array {
    const count = this.u32(0x2c);
    const perSector = this.sectorSize / 4;
    if (count > this.bytes.length / this.sectorSize + 1) fail('more FAT sectors than the file holds');
    const where: number[] = [];
    for (let i = 0; i < Math.min(count, HEADER_DIFAT); i++) where.push(this.u32(0x4c + i * 4));
    let next = this.u32(0x44);
    const seen = new Set<number>();
    while (where.length < count && next <= MAX_REGULAR) {
      if (seen.has(next)) fail('the DIFAT chain loops');
      seen.add(next);
      const s = this.sector(next);
      for (let i = 0; i < perSector - 1 && where.length < count; i++) where.push(this.le32(s, i * 4));
      next = this.le32(s, (perSector - 1) * 4);
    }
    if (where.length < count) fail('the FAT is incomplete');
    const fat = new Uint32Array(count * perSector);
    where.forEach((n, k) => {
      const s = this.sector(n);
      for (let i = 0; i < perSector && i * 4 + 3 < s.length; i++) fat[k * perSector + i] = this.le32(s, i * 4);
    });
    return fat;
  }

  /** The bytes of a chain of sectors from `start`, cut to `size`; a loop or a chain too short is an error. */
  private chain(start: number, size: number, table = this.fat, unit = this.sectorSize, mini = false): Uint8Array {
    if (size === 0) return new Uint8Array(0);
    const limit = mini ? this.miniStream.length : this.bytes.length;
    if (size > limit) fail('a stream is larger than the file');
    const out = new Uint8Array(size);
    let n = start;
    let at = 0;
    // a chain visits each sector once: a sector met again means a loop
    const seen = new Uint8Array(table.length);
    while (at < size) {
      if (n > MAX_REGULAR || n >= table.length || seen[n]) fail('a sector chain is broken or loops');
      seen[n] = 1;
      const part = mini ? this.miniSector(n) : this.sector(n);
      const take = Math.min(unit, size - at, part.length);
      out.set(part.subarray(0, take), at);
      at += take;
      if (take < unit && at < size) fail('a stream runs past the end of the file');
      n = table[n] ?? FREE;
    }
    return out;
  }

  private miniSector(n: number): Uint8Array {
    const at = n * 64;
    if (at + 64 > this.miniStream.length) fail(`mini sector ${n} is outside the mini stream`);
    return this.miniStream.subarray(at, at + 64);
  }

  private readDirectory(start: number): Entry[] {
    const entries: Entry[] = [];
    const seen = new Set<number>();
    for (let n = start; n <= MAX_REGULAR; n = this.fat[n] ?? FREE) {
      if (seen.has(n)) fail('the directory chain loops');
      seen.add(n);
      const s = this.sector(n);
      for (let at = 0; at + 128 <= s.length; at += 128) {
        const nameBytes = Math.min(64, s[at + 0x40]! | (s[at + 0x41]! << 8));
        let name = '';
        for (let i = 0; i + 1 < nameBytes - 1; i += 2) name += String.fromCharCode(s[at + i]! | (s[at + i + 1]! << 8));
        entries.push({
          name,
          type: s[at + 0x42]!,
          left: this.le32(s, at + 0x44),
          right: this.le32(s, at + 0x48),
          child: this.le32(s, at + 0x4c),
          start: this.le32(s, at + 0x74),
          // version 3 files may leave junk in the high half of the size: only the low 32 bits count
          size: this.le32(s, at + 0x78),
        });
      }
    }
    return entries;
  }

  /** The names of the streams at the top level of the file (not those inside embedded objects). */
  topLevelStreams(): Map<string, Entry> {
    const out = new Map<string, Entry>();
    const stack = [this.entries[0]!.child];
    const seen = new Set<number>();
    while (stack.length) {
      const id = stack.pop()!;
      if (id === NO_STREAM || id >= this.entries.length || seen.has(id)) continue;
      seen.add(id);
      const e = this.entries[id]!;
      if (e.type === 2 && !out.has(e.name)) out.set(e.name, e);
      stack.push(e.left, e.right);
    }
    return out;
  }

  /** The bytes of a top-level stream, or undefined if the file has none by that name. */
  stream(name: string): Uint8Array | undefined {
    const e = this.topLevelStreams().get(name);
    if (!e) return undefined;
    if (e.size < this.miniCutoff) return this.chain(e.start, e.size, this.miniFat, 64, true);
    return this.chain(e.start, e.size);
  }
}
