import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SENTENCES } from '../../tests/tools/make-documents';
import { compoundFile, word97Doc } from '../../tests/tools/make-word97';
import { CompoundFile } from './cfb';
import { readDocument } from './index';
import { word97Characters, word97Paragraphs } from './word97';

const DOCS = join(__dirname, '../../tests/fixtures/documents');
const texts = (blocks: { text?: string; start: number; end: number }[], text: string) =>
  blocks.map((b) => text.slice(b.start, b.end));

describe('Word 97–2003 (.doc) without Node: the compound file and its piece table', () => {
  it('reads the .doc LibreOffice made from clauses.docx: the same paragraphs and table rows as the .docx', async () => {
    const doc = await readDocument(new Uint8Array(readFileSync(join(DOCS, 'clauses.doc'))), 'clauses.doc');
    const docx = await readDocument(new Uint8Array(readFileSync(join(DOCS, 'clauses.docx'))), 'clauses.docx');
    const strip = (t: string) => t.replace(/^(\d+(\.\d+)*|\([a-z]\))\s+|^[•–-]\s*/, '');
    // .docx keeps list numbers ("14.3") as text; the binary format keeps them in list tables this reader does not follow
    expect(texts(doc.blocks, doc.text)).toEqual(texts(docx.blocks, docx.text).map(strip));
    expect(doc.blocks.at(-1)).toMatchObject({ kind: 'table-row' });
    expect(texts(doc.blocks, doc.text)).toContain(SENTENCES.wages);
  });

  it('follows the piece table whatever order the pieces are stored in, 8-bit and UTF-16 alike', async () => {
    const blocks = [
      'Conditions of Contract',
      `14.3 ${SENTENCES.wages}`,
      ['Indicator', 'Target'],
      ['Apprenticeships created', '4'],
      `15.1 ${SENTENCES.foi}`,
    ];
    for (const opts of [{}, { pieces: 5 }, { pieces: 3, unicode: true }]) {
      const d = await readDocument(word97Doc(blocks, opts), 'terms.doc');
      expect(texts(d.blocks, d.text), JSON.stringify(opts)).toEqual([
        'Conditions of Contract',
        `14.3 ${SENTENCES.wages}`,
        'Indicator | Target',
        'Apprenticeships created | 4',
        `15.1 ${SENTENCES.foi}`,
      ]);
      expect(d.blocks[1]!.location).toEqual({ file: 'terms.doc', clause: '14.3' });
    }
    // text outside Windows-1252 (Welsh ŵ, a euro sign in 8-bit) comes through
    const welsh = await readDocument(word97Doc(['Gŵyl y Contract: £5 or €6 an hour’s pay.']), 'cy.doc');
    expect(welsh.text).toBe('Gŵyl y Contract: £5 or €6 an hour’s pay.');
  });

  it('shows a field’s result, not its code, and drops anchors, soft hyphens and breaks into paragraphs', () => {
    const chars =
      'See \x13 HYPERLINK "http://example.org" \x14the \x13 REF x \x14Terms\x15\x15 now\x01.\rLine one\x0bline\x1ftwo\x1ewide\x0cNext page\r';
    expect(word97Paragraphs(chars)).toEqual([
      { text: 'See the Terms now.', row: false },
      { text: 'Line one', row: false },
      { text: 'linetwo-wide', row: false },
      { text: 'Next page', row: false },
    ]);
    // 300,000 unclosed fields cost one pass, not a scan of the open fields per character
    const hostile = `${'\x13\x14'.repeat(300_000)}${'y'.repeat(300_000)}`;
    expect(word97Paragraphs(hostile)).toEqual([{ text: 'y'.repeat(300_000), row: false }]);
  });

  it('gives typed, plain errors for damaged, hostile and password-protected files, never a hang', async () => {
    const good = word97Doc([SENTENCES.wages]);
    // a FAT whose chain loops back on itself (sector 2 → 2), with the stream's size still to fill
    const looped = good.slice();
    new DataView(looped.buffer).setUint32(512 + 2 * 4, 2, true);
    const a = await readDocument(looped, 'loop.doc').catch((e) => e);
    expect(a).toMatchObject({ kind: 'corrupt' });
    expect(a.message).toMatch(
      /^loop\.doc: cannot be read as a Word 97–2003 document \(a sector chain is broken or loops\)/,
    );
    // a stream claiming more bytes than the file has
    const huge = good.slice();
    new DataView(huge.buffer).setUint32(1024 + 128 + 0x78, 0x7fffffff, true);
    expect(await readDocument(huge, 'huge.doc').catch((e) => e)).toMatchObject({ kind: 'corrupt' });
    // cut short
    expect(await readDocument(good.slice(0, 1500), 'cut.doc').catch((e) => e)).toMatchObject({ kind: 'corrupt' });
    // a compound file that is not a Word document (e.g. an old Excel file)
    const xls = compoundFile({ Workbook: new Uint8Array(4096) });
    const x = await readDocument(xls, 'book.xls').catch((e) => e);
    expect(x.message).toBe('book.xls: cannot be read as a Word 97–2003 document (it has no WordDocument stream)');
    const locked = await readDocument(word97Doc([SENTENCES.wages], { encrypted: true }), 'locked.doc').catch((e) => e);
    expect(locked).toMatchObject({ kind: 'unsupported' });
    expect(locked.message).toMatch(/protected with a password.*save a copy without the password/);
  });

  it('survives a thousand damaged copies of a real .doc: a document or a typed error, every time', async () => {
    const original = new Uint8Array(readFileSync(join(DOCS, 'clauses.doc')));
    let seed = 9;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 1000; i++) {
      const bytes = original.slice();
      // a few bytes overwritten anywhere after the signature: headers, tables, directory or text
      for (let k = 0; k < 1 + (i % 4); k++) bytes[8 + Math.floor(random() * (bytes.length - 8))] = random() * 256;
      const out = await readDocument(bytes, 'damaged.doc').catch((e) => e);
      if (out instanceof Error) expect(out.name, out.message).toBe('DocumentError');
      else expect(out.format).toBe('doc');
    }
  });

  it('reads only the top-level streams, in the mini stream or in full sectors', () => {
    const cfb = new CompoundFile(new Uint8Array(readFileSync(join(DOCS, 'clauses.doc'))));
    expect([...cfb.topLevelStreams().keys()]).toEqual(expect.arrayContaining(['WordDocument', '1Table']));
    // LibreOffice's small streams sit in the mini stream; the generated file's in full sectors
    expect(word97Characters(word97Doc(['Short.']))).toBe('Short.\r');
    expect(cfb.stream('no such stream')).toBeUndefined();
  });
});
