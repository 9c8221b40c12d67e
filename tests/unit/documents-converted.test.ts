/**
 * Real tender texts converted to the files people publish (issue 9): every text in ../shared/corpus
 * long, docs and dev is turned at test time into a PDF (one column, and two columns for a few), a .docx
 * and a Word 97 .doc, read back with readDocument and scanned; per format, the status of each check must
 * match the plain text's in at least 95% of (document, check) pairs, and every file must be read.
 * ../shared is read-only data resolved from the project root, as the scorer does; without it the suite skips.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/documents';
import { scanText } from '../../lib/scan';
import type { ScanResult } from '../../lib/types';
import { pdfText, textBlocks, textDoc, textDocx, textPdf } from '../tools/convert-text';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = resolve(ROOT, '../shared/corpus');
const SETS = ['long', 'docs', 'dev'];
const present = SETS.every((s) => existsSync(join(CORPUS, s)));
if (!present) console.log(`documents-converted: ${CORPUS} is absent; the converted-documents check is skipped`);

const FORMATS = ['pdf', 'pdf (two columns)', 'docx', 'doc'] as const;
type Format = (typeof FORMATS)[number];

interface Converted {
  name: string;
  format: Format;
  plain: ScanResult;
  /** the converted blocks scanned as text: what the reader should give back, layout changes and all */
  layout: ScanResult;
  read: ScanResult;
  blocks: number;
  /** paragraphs converted, and how many of them the reader gave back as one block, word for word */
  paragraphs: number;
  paragraphsKept: number;
}

const texts = present
  ? SETS.flatMap((set) =>
      readdirSync(join(CORPUS, set))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ name: `${set}/${f}`, text: readFileSync(join(CORPUS, set, f), 'utf8') })),
    )
  : [];

/** Two-column PDFs for the long and docs texts only: they are the ones that run over many pages. */
const twoColumns = (name: string) => !name.startsWith('dev/');

const converted: Converted[] = [];

const plainOf = (text: string) => text.replace(/\*\*/g, '');

describe.skipIf(!present)('real texts converted to PDF, DOCX and Word 97', () => {
  beforeAll(async () => {
    for (const { name, text } of texts) {
      const plain = scanText(name, text);
      const blocks = textBlocks(text);
      const laidOut = blocks.map((b) => plainOf(b.text)).join('\n\n');
      const layout = scanText(name, laidOut);
      const pdfLayout = scanText(name, pdfText(laidOut));
      const title = `Converted for testing - ${name}`;
      const files: [Format, Uint8Array, string][] = [
        ['pdf', await textPdf(title, blocks), 'x.pdf'],
        ['docx', await textDocx(title, blocks), 'x.docx'],
        ['doc', textDoc(blocks), 'x.doc'],
      ];
      if (twoColumns(name)) files.push(['pdf (two columns)', await textPdf(title, blocks, 2), 'x.pdf']);
      for (const [format, bytes, file] of files) {
        const doc = await readDocument(bytes, file);
        const pdfLike = format.startsWith('pdf');
        const got = new Set(doc.blocks.map((b) => b.text));
        const want = blocks.map((b) =>
          (pdfLike ? pdfText(plainOf(b.text)) : plainOf(b.text)).replace(/\s+/g, ' ').trim(),
        );
        converted.push({
          name,
          format,
          plain,
          layout: pdfLike ? pdfLayout : layout,
          read: scanText(name, doc.text, doc.blocks),
          blocks: doc.blocks.length,
          paragraphs: want.length,
          paragraphsKept: want.filter((w) => got.has(w)).length,
        });
      }
    }
  }, 600_000);

  it('reads every converted file into text', () => {
    expect(converted.length).toBe(texts.length * 3 + texts.filter((t) => twoColumns(t.name)).length);
    for (const c of converted) expect(c.blocks, `${c.name} as ${c.format}`).toBeGreaterThan(0);
  });

  it('gives the same status per check as the plain text in at least 95% of (document, check) pairs, per format', () => {
    const lines: string[] = [];
    const rates: Record<string, number> = {};
    for (const format of FORMATS) {
      let same = 0;
      let total = 0;
      let asLaidOut = 0;
      let paragraphs = 0;
      let kept = 0;
      const differ: string[] = [];
      for (const c of converted.filter((x) => x.format === format)) {
        paragraphs += c.paragraphs;
        kept += c.paragraphsKept;
        c.plain.checks.forEach((check, i) => {
          total++;
          const got = c.read.checks[i]!;
          const laidOut = c.layout.checks[i]!.status;
          if (got.status === laidOut) asLaidOut++;
          if (got.status === check.status) same++;
          else
            differ.push(
              `    ${c.name} ${check.id}: text ${check.status}, ${format} ${got.status} (the converted layout scanned as text: ${laidOut})`,
            );
        });
      }
      rates[format] = same / total;
      const pct = (n: number) => `${((100 * n) / total).toFixed(1)}%`;
      lines.push(
        `${format} ${same}/${total} = ${pct(same)} (same as its converted layout scanned as text: ${asLaidOut}/${total} = ${pct(asLaidOut)}; paragraphs read back word for word: ${kept}/${paragraphs})`,
        ...differ,
      );
    }
    console.log(['documents-converted:', ...lines].join('\n'));
    for (const format of FORMATS) expect(rates[format], format).toBeGreaterThanOrEqual(0.95);
  });
});
