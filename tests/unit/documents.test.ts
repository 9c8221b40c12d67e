import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  citeLocation,
  DocumentError,
  type DocumentErrorKind,
  locateEvidence,
  locationAt,
  type ReadDocumentResult,
  readDocument,
} from '../../lib/documents';
import { ZipArchive } from '../../lib/documents/zip';
import { scanText } from '../../lib/scan';
import {
  columnRunOnPdf,
  FIXTURE_DIR,
  LONG_ADDRESS,
  longAddressPdf,
  longPdf,
  SENTENCES,
  spacedListPdf,
} from '../tools/make-documents';

const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURE_DIR, name)));
const read = (name: string, opts = {}) => readDocument(fixture(name), name, opts);
const texts = (d: ReadDocumentResult) => d.blocks.map((b) => b.text);

async function failure(p: Promise<unknown>): Promise<DocumentError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DocumentError);
    return e as DocumentError;
  }
  throw new Error('expected the read to fail');
}

async function failsWith(p: Promise<unknown>, kind: DocumentErrorKind): Promise<DocumentError> {
  const e = await failure(p);
  expect(e.kind, e.message).toBe(kind);
  // a message for people: the file name and plain words, never a stack
  expect(e.message).not.toMatch(/\n\s+at /);
  return e;
}

describe('PDF reading order', () => {
  it('reads a two-column page column by column, the full-width title first', async () => {
    const d = await read('two-column.pdf');
    expect(texts(d)).toEqual([
      'Cleaning Services Contract: Summary of Terms',
      `1.1 ${SENTENCES.boiler1}`,
      `1.2 ${SENTENCES.wages}`,
      `1.3 ${SENTENCES.boiler5}`,
      `2.1 ${SENTENCES.foi}`,
      `2.2 ${SENTENCES.apprentices}`,
      `2.3 ${SENTENCES.boiler4}`,
    ]);
    expect(d.blocks[0]!.kind).toBe('heading');
  });

  it('keeps one-line paragraphs apart when the space between paragraphs is the commonest gap on the page', async () => {
    const d = await readDocument(await spacedListPdf(), 'spaced-list.pdf');
    expect(texts(d)).toEqual([
      '7.2 The Contractor shall in particular:',
      'pay every worker engaged on the Contract no less than the Real Living Wage;',
      'create at least four apprenticeships for local residents;',
      'report the steps it has taken on its supply chain each year; and',
      'keep the premises clean and tidy at all times.',
      `7.3 ${SENTENCES.foi} ${SENTENCES.boiler5}`,
      'invoices are paid within thirty days of receipt.',
      'meetings are held monthly with the Facilities Manager.',
    ]);
  });

  it('keeps a paragraph whole when a line is cut short only because a web address would not fit on it', async () => {
    const d = await readDocument(await longAddressPdf(), 'long-address.pdf');
    expect(texts(d)).toEqual([`${SENTENCES.boiler1} ${SENTENCES.boiler2}`, LONG_ADDRESS, SENTENCES.boiler5]);
  });

  it('joins a clause that runs on from the foot of the left column to the top of the right one', async () => {
    const d = await readDocument(await columnRunOnPdf(), 'column-run-on.pdf');
    expect(texts(d)).toEqual([
      `3.0 ${SENTENCES.boiler5}`,
      `3.1 ${SENTENCES.boiler1}`,
      `3.2 ${SENTENCES.wages}`,
      `3.3 ${SENTENCES.foi}`,
      `3.4 ${SENTENCES.boiler4}`,
    ]);
  });

  it('drops running headers, footers and page numbers, and keeps each clause on its page', async () => {
    const d = await read('headers-footers.pdf');
    expect(d.pages).toBe(5);
    expect(d.text).not.toMatch(/Conditions of Contract for Cleaning|OFFICIAL|Page \d of 5|Version 2\.1/);
    const wages = d.blocks.find((b) => b.text.includes('Real Living Wage'))!;
    expect(wages.text).toBe(`14.3 ${SENTENCES.wages}`);
    expect(wages.location).toEqual({ file: 'headers-footers.pdf', page: 4, clause: '14.3' });
    expect(citeLocation(locationAt(d, wages.start + 40)!)).toBe('headers-footers.pdf, p. 4, clause 14.3');
    expect(d.blocks.map((b) => b.location.clause)).toEqual([
      '12.1',
      '12.2',
      '12.3',
      '13.1',
      '13.2',
      '14.1',
      '14.2',
      '14.3',
      '14.4',
      '15.1',
      '15.2',
    ]);
  });

  it('joins words hyphenated at line ends and a paragraph that runs over a page break', async () => {
    const d = await read('hyphenation.pdf');
    expect(texts(d)[0]).toBe(SENTENCES.apprentices);
    expect(texts(d)[1]).toBe(
      'Responsibilities under the arrangements include accommodation, transportation and administration, with independent verification of performance.',
    );
    const across = `${SENTENCES.boiler4} ${SENTENCES.boiler6} The Contractor acknowledges that the specification describes the minimum requirements.`;
    expect(texts(d)[2]).toBe(across);
    // one block, cited by the page each part of it is on
    const block = d.blocks[2]!;
    expect(locationAt(d, block.start)!.page).toBe(1);
    expect(locationAt(d, block.end - 5)!.page).toBe(2);
  });

  it('keeps a table row by row, a wrapped cell in its row', async () => {
    const d = await read('table.pdf');
    expect(texts(d)).toEqual([
      'Schedule 3: Key Performance Indicators',
      'Before the table: the indicators below are reported monthly.',
      'Indicator | Target | Reported',
      'Cleaning audits passed | 95% | Monthly',
      'Staff paid the Real Living Wage | 100% | Quarterly',
      'Apprenticeships created | 4 | Yearly',
      'Complaints resolved within ten working days | 90% | Monthly',
      'After the table: failure to meet a target is a default under clause 20.',
    ]);
    expect(d.blocks.filter((b) => b.kind === 'table-row')).toHaveLength(5);
  });

  it('gives the analysis text whose evidence is cited by page and clause', async () => {
    const d = await read('headers-footers.pdf');
    const r = locateEvidence(scanText(d.file, d.text, d.blocks), d);
    expect(r.document.source).toEqual({ file: 'headers-footers.pdf', format: 'pdf', pages: 5 });
    const lw = r.checks.find((c) => c.id === 'living-wage')!;
    expect(lw.status).toBe('strong');
    const ev = lw.evidence[0]!;
    expect(d.text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(ev.location).toEqual({ file: 'headers-footers.pdf', page: 4, clause: '14.3' });
    const foi = r.checks.find((c) => c.id === 'foi')!;
    expect(foi.evidence[0]!.location).toMatchObject({ page: 5, clause: '15.1' });
  });
});

describe('hostile and broken PDFs', () => {
  it('asks for the password of an encrypted PDF, refuses a wrong one and reads with the right one', async () => {
    const e = await failsWith(read('encrypted.pdf'), 'password-needed');
    expect(e.message).toBe('encrypted.pdf: is password-protected; a password is needed to read it');
    await failsWith(read('encrypted.pdf', { password: 'wrong' }), 'wrong-password');
    const d = await read('encrypted.pdf', { password: 'tender-2026' });
    expect(d.text).toContain('Real Living Wage set by the Living Wage Foundation');
  });

  it('says a scan has no text layer, with the page count', async () => {
    const e = await failsWith(read('image-only.pdf'), 'no-text-layer');
    expect(e.pages).toBe(2);
    expect(e.message).toMatch(/no text layer on 2 pages/);
  });

  it('gives a typed error for truncated and damaged PDFs, never another exception', async () => {
    const whole = fixture('headers-footers.pdf');
    await failsWith(readDocument(whole.slice(0, 200), 'cut.pdf'), 'corrupt');
    const garbage = new Uint8Array(4000).map((_, i) => (i * 7919) % 251);
    garbage.set(new TextEncoder().encode('%PDF-1.7\n'));
    await failsWith(readDocument(garbage, 'garbage.pdf'), 'corrupt');
    // a file cut in half may still be partly readable; whatever happens, it is a result or a DocumentError
    const half = await readDocument(whole.slice(0, whole.length >> 1), 'half.pdf').catch((e: unknown) => e);
    if (!(half instanceof DocumentError)) expect((half as ReadDocumentResult).text).toBeTypeOf('string');
  });

  it('reports progress page by page and stops when cancelled', async () => {
    const bytes = await longPdf(12);
    const seen: number[] = [];
    const d = await readDocument(bytes, 'long.pdf', { onProgress: (done, total) => seen.push(done * 100 + total) });
    expect(d.pages).toBe(12);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => (i + 1) * 100 + 12));
    // the footer "Page N of 12" and the running header are furniture on every page
    expect(d.text).not.toMatch(/Page \d+ of 12|Terms and Conditions for Facilities Management/);

    const ctl = new AbortController();
    const e = await failsWith(
      readDocument(bytes, 'long.pdf', { signal: ctl.signal, onProgress: (done) => done === 3 && ctl.abort() }),
      'cancelled',
    );
    expect(e.message).toBe('long.pdf: reading was cancelled');
  });
});

describe('Word and OpenDocument', () => {
  it('reads a .docx with headings, Word list numbering and table rows', async () => {
    const d = await read('clauses.docx');
    expect(d.format).toBe('docx');
    expect(texts(d)).toEqual([
      'Conditions of Contract',
      SENTENCES.boiler1,
      'Workforce',
      `14.1 ${SENTENCES.boiler6}`,
      `14.2 ${SENTENCES.boiler4}`,
      `14.3 ${SENTENCES.wages}`,
      '(a) pay slips show the hourly rate;',
      '(b) the rate is reviewed every November.',
      'Information',
      SENTENCES.foi,
      'Indicator | Target',
      'Apprenticeships created | 4',
    ]);
    const wages = d.blocks[5]!;
    expect(wages.location).toEqual({
      file: 'clauses.docx',
      headings: ['Conditions of Contract', 'Workforce'],
      clause: '14.3',
    });
    expect(d.blocks[6]!.location.clause).toBe('14.3');
    expect(citeLocation(wages.location)).toBe('clauses.docx, under Conditions of Contract › Workforce, clause 14.3');
    expect(d.blocks[9]!.location.headings).toEqual(['Conditions of Contract', 'Information']);
    // a heading is located under its parents, not under the sibling heading before it
    expect(d.blocks[8]!.location.headings).toEqual(['Conditions of Contract']);
    expect(d.blocks[0]!.location.headings).toBeUndefined();
  });

  it('reads an .odt with outline headings, list numbers as shown, no footnote bodies', async () => {
    const d = await read('specification.odt');
    expect(d.format).toBe('odt');
    expect(texts(d)).toEqual([
      'Specification',
      SENTENCES.boiler2,
      'Social value',
      '1. General requirements',
      `1.1 ${SENTENCES.social}`,
      `1.2 ${SENTENCES.apprentices}`,
      '2. Living wage',
      `2.1 ${SENTENCES.wages}`,
      'Indicator | Target',
      'Staff paid the Real Living Wage | 100%',
    ]);
    expect(d.blocks[7]!.location).toEqual({
      file: 'specification.odt',
      headings: ['Specification', 'Social value'],
      clause: '2.1',
    });
  });

  it('reads a Word 97–2003 .doc (converted from clauses.docx by LibreOffice): paragraphs and table rows', async () => {
    const d = await read('clauses.doc');
    expect(d.format).toBe('doc');
    expect(texts(d)).toContain(SENTENCES.wages);
    expect(texts(d)).toContain(SENTENCES.foi);
    expect(texts(d).slice(-2)).toEqual(['Indicator | Target', 'Apprenticeships created | 4']);
    const r = locateEvidence(scanText(d.file, d.text, d.blocks), d);
    expect(r.checks.find((c) => c.id === 'living-wage')!.status).toBe('strong');
  });

  it('reads an .rtf body: paragraphs, escaped and Unicode quotes, table rows, no header', async () => {
    const d = await read('payment.rtf');
    expect(d.format).toBe('rtf');
    expect(texts(d)).toEqual([
      'Payment of staff',
      `7.2 ${SENTENCES.wages.replace('Living Wage Foundation', 'Living Wage Foundation’s published rate')}`,
      'The tenderer’s price shall include the “uplift” each November.',
      'Indicator | Target',
      'Staff paid the Real Living Wage | 100%',
    ]);
    expect(d.blocks[1]!.location.clause).toBe('7.2');
  });

  it('detects the format by content, not by name', async () => {
    const d = await readDocument(fixture('clauses.docx'), 'terms.pdf');
    expect(d.format).toBe('docx');
    const p = await readDocument(fixture('table.pdf'), 'table.docx');
    expect(p.format).toBe('pdf');
    await failsWith(readDocument(new TextEncoder().encode('plain words, not a document'), 'notes.pdf'), 'unsupported');
    await failsWith(readDocument(zipSync({ 'a.txt': strToU8('hello') }), 'archive.docx'), 'unsupported');
    await failsWith(readDocument(new Uint8Array(0), 'empty.docx'), 'corrupt');
  });

  it('gives a typed error for an OLE file that is not a readable Word 97–2003 document', async () => {
    const ole = new Uint8Array(2048).map((_, i) => (i * 31) % 256);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await failsWith(readDocument(ole, 'old.doc'), 'corrupt');
    expect(e.message).toMatch(/^old\.doc: cannot be read as a Word 97–2003 document/);
  });

  it('gives a typed error for a truncated .docx', async () => {
    const bytes = fixture('clauses.docx');
    await failsWith(readDocument(bytes.slice(0, bytes.length - 300), 'cut.docx'), 'corrupt');
  });
});

describe('zip bombs', () => {
  /** A .docx whose document.xml inflates to `mb` megabytes of one repeated paragraph. */
  function bomb(mb: number): Uint8Array {
    const para = strToU8(
      '<w:p><w:r><w:t>The Contractor shall pay the Real Living Wage.</w:t></w:r></w:p>'.repeat(12_000),
    );
    const reps = Math.ceil((mb * 1024 * 1024) / para.length);
    const body = new Uint8Array(para.length * reps);
    for (let i = 0; i < reps; i++) body.set(para, i * para.length);
    return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': [body, { level: 9 }] });
  }

  /** Rewrites the declared uncompressed size of word/document.xml (central directory and local header). */
  function declare(zip: Uint8Array, size: number): Uint8Array {
    const out = zip.slice();
    const view = new DataView(out.buffer);
    const name = (at: number) => new TextDecoder().decode(out.subarray(at, at + 17));
    for (let p = 0; p < out.length - 4; p++) {
      const sig = view.getUint32(p, true);
      if (sig === 0x02014b50 && name(p + 46) === 'word/document.xml') view.setUint32(p + 24, size, true);
      if (sig === 0x04034b50 && name(p + 30) === 'word/document.xml') view.setUint32(p + 22, size, true);
    }
    return out;
  }

  it('refuses an entry whose declared size is over the limit without inflating it', async () => {
    const e = await failsWith(readDocument(declare(bomb(1), 150 * 1024 * 1024), 'bomb.docx'), 'too-large');
    expect(e.message).toMatch(/ZIP bomb/);
  });

  it('stops inflating when an entry outgrows its declared size', () => {
    // declares 1,000 bytes, inflates to 3 MB
    const lie = declare(bomb(3), 1000);
    const limits = { maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024, maxEntries: 100 };
    expect(() => new ZipArchive(lie, 'lie.docx', limits).text('word/document.xml')).toThrow(/ZIP bomb/);
    // under generous limits the same bytes inflate fine: the limit, not the data, stopped it
    expect(new ZipArchive(lie, 'lie.docx').text('word/document.xml')!.length).toBeGreaterThan(3 * 1024 * 1024);
  });
});

describe('never anything but a result or a DocumentError', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads without touching the network', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network')));
    vi.stubGlobal('fetch', fetch);
    for (const name of ['two-column.pdf', 'clauses.docx', 'specification.odt']) await read(name);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('accepts the Buffer Node reads files into, and leaves the caller its bytes', async () => {
    const buf = readFileSync(join(FIXTURE_DIR, 'table.pdf'));
    const before = Buffer.from(buf);
    expect((await readDocument(buf, 'table.pdf')).blocks.length).toBe(8);
    expect(buf.equals(before)).toBe(true);
  });

  for (const name of ['clauses.docx', 'specification.odt', 'payment.rtf', 'headers-footers.pdf'])
    it(`survives ${name} cut short or with bytes changed`, async () => {
      const whole = fixture(name);
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: whole.length - 1 }),
          fc.array(fc.tuple(fc.nat(whole.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
          async (cut, flips) => {
            const bytes = whole.slice(0, cut);
            for (const [at, v] of flips) if (at < bytes.length) bytes[at] = v;
            const out = await readDocument(bytes, name).catch((e: unknown) => e);
            if (out instanceof Error) {
              expect(out).toBeInstanceOf(DocumentError);
              expect(out.message.startsWith(`${name}: `)).toBe(true);
            } else expect(typeof (out as ReadDocumentResult).text).toBe('string');
          },
        ),
        { numRuns: name.endsWith('.pdf') ? 25 : 60, seed: 9 },
      );
    }, 120_000);
});
