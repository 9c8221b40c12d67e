import { Inflate } from 'fflate';
import { DocumentError, throwIfAborted } from './errors';

/** What a ZIP may unpack to before we call it a bomb: real Word and OpenDocument XML is far below this. */
export interface ZipLimits {
  /** largest single entry, declared or actual, in bytes */
  maxEntryBytes: number;
  /** largest total of the entries we inflate */
  maxTotalBytes: number;
  /** most entries in the central directory */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 20_000,
};

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

/** A ZIP's table of contents, read without inflating anything. */
export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
    private readonly signal?: AbortSignal,
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEndOfDirectory(bytes, view);
    if (eocd < 0) throw this.corrupt('the ZIP container is truncated or damaged (no central directory)');
    const count = view.getUint16(eocd + 10, true);
    const cdOffset = view.getUint32(eocd + 16, true);
    if (count === 0xffff || cdOffset === 0xffffffff)
      throw new DocumentError('too-large', file, 'is a ZIP64 archive, which is larger than documents we read');
    if (count > limits.maxEntries)
      throw new DocumentError('too-large', file, `holds ${count} parts, more than a document has; not read`);
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50)
        throw this.corrupt('the ZIP container is damaged (bad directory entry)');
      const nameLen = view.getUint16(p + 28, true);
      const extraLen = view.getUint16(p + 30, true);
      const commentLen = view.getUint16(p + 32, true);
      const entry: ZipEntry = {
        flags: view.getUint16(p + 8, true),
        method: view.getUint16(p + 10, true),
        compressedSize: view.getUint32(p + 20, true),
        declaredSize: view.getUint32(p + 24, true),
        localOffset: view.getUint32(p + 42, true),
        name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      };
      this.entries.set(entry.name, entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Inflates one entry as UTF-8 text, stopping as soon as it outgrows the limits (declared or actual). */
  text(name: string): string | undefined {
    const bytes = this.read(name);
    return bytes && new TextDecoder().decode(bytes);
  }

  read(name: string): Uint8Array | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const { limits, file } = this;
    if (e.flags & 1)
      throw new DocumentError('password-needed', file, 'is password-protected; save an unprotected copy');
    if (e.declaredSize > limits.maxEntryBytes || this.inflated + e.declaredSize > limits.maxTotalBytes)
      throw bomb(file);
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const lo = e.localOffset;
    if (lo + 30 > this.bytes.length || view.getUint32(lo, true) !== 0x04034b50)
      throw this.corrupt('the ZIP container is damaged (bad local header)');
    const start = lo + 30 + view.getUint16(lo + 26, true) + view.getUint16(lo + 28, true);
    const end = start + e.compressedSize;
    if (end > this.bytes.length) throw this.corrupt('the file is truncated');
    const data = this.bytes.subarray(start, end);
    if (e.method === 0) {
      this.inflated += data.length;
      return data;
    }
    if (e.method !== 8) throw this.corrupt(`a part uses an unknown compression method (${e.method})`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    let over = false;
    let done = false;
    const inflate = new Inflate((chunk, final) => {
      size += chunk.length;
      if (size > limits.maxEntryBytes || this.inflated + size > limits.maxTotalBytes) over = true;
      else chunks.push(chunk);
      if (final) done = true;
    });
    // Small pushes bound how far one push can overshoot the limit (deflate expands at most ~1000×).
    const STEP = 16 * 1024;
    try {
      for (let p = 0; p < data.length && !over; p += STEP) {
        if ((p & 0xfffff) === 0) throwIfAborted(this.signal, file);
        inflate.push(data.subarray(p, Math.min(p + STEP, data.length)), p + STEP >= data.length);
      }
    } catch (err) {
      if (err instanceof DocumentError) throw err;
      throw this.corrupt('a compressed part is damaged');
    }
    if (over) throw bomb(file);
    if (!done) throw this.corrupt('a compressed part is truncated');
    this.inflated += size;
    const out = new Uint8Array(size);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }

  private corrupt(why: string): DocumentError {
    return new DocumentError('corrupt', this.file, `cannot be read: ${why}`);
  }
}

function bomb(file: string): DocumentError {
  return new DocumentError(
    'too-large',
    file,
    'unpacks to far more text than a document holds (a ZIP bomb, or a damaged file); not read',
  );
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= min; p--) if (view.getUint32(p, true) === 0x06054b50) return p;
  return -1;
}
