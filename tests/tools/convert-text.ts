/**
 * Converts a plain-text document into the files people publish it as: a PDF (A4, running header and
 * footer with page numbers, wrapped and hyphenated paragraphs, one or two columns), a .docx (headings,
 * paragraphs, bold runs) and a Word 97 .doc. Used at test time on texts read from ../shared, so no
 * corpus text is ever stored in the project.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { type Doc, pdf, wrap } from './make-documents';
import { word97Doc } from './make-word97';

export interface TextBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** A line that starts a list item or clause of its own, so it is not joined to the line above. */
const ITEM = /^(?:[•●▪◦·\-*–\uf0a7\uf0b7\uf076\uf0d8]\s|\(?[0-9ivxa-z]{1,4}[.)]\s|\d+(?:\.\d+)+\.?\s|\|)/i;

const MARKDOWN_HEADING = /^#{1,6}\s+/;

/** Short lines without closing punctuation, in capitals or numbered like "4.2 Payment", read as headings. */
function looksLikeHeading(line: string): boolean {
  if (MARKDOWN_HEADING.test(line)) return true;
  if (line.length > 80 || /[.,;:]$/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 10) return false;
  if (/^\d+(?:\.\d+)*\.?\s+[A-Z]/.test(line)) return true;
  return /[A-Z]/.test(line) && line === line.toUpperCase();
}

/**
 * Blocks of a plain text as a converter would lay them out: blank lines end a paragraph; within one,
 * wrapped lines are joined, while list items, clauses and table rows start a paragraph of their own.
 */
export function textBlocks(text: string): TextBlock[] {
  const out: TextBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (lines.length === 1 && looksLikeHeading(lines[0]!)) {
      out.push({ kind: 'heading', text: lines[0]!.replace(MARKDOWN_HEADING, '') });
      continue;
    }
    const longest = Math.max(...lines.map((l) => l.length));
    let cur: string[] = [];
    const flush = () => {
      if (cur.length) out.push({ kind: 'paragraph', text: cur.join(' ') });
      cur = [];
    };
    for (const l of lines) {
      if (MARKDOWN_HEADING.test(l)) {
        flush();
        out.push({ kind: 'heading', text: l.replace(MARKDOWN_HEADING, '') });
        continue;
      }
      if (ITEM.test(l) || endsParagraph(cur[cur.length - 1], longest)) flush();
      cur.push(l);
    }
    flush();
  }
  return out;
}

/**
 * A line that closes its paragraph: it ends a clause with ':' or ';', or ends a sentence well short of the
 * width the text is wrapped at (a hard-wrapped sentence that fills its line goes on).
 */
function endsParagraph(prev: string | undefined, longest: number): boolean {
  if (!prev) return false;
  if (/[:;]$/.test(prev)) return true;
  return /[.!?]["'’”)]?$/.test(prev) && (longest > 100 || prev.length < 0.75 * longest);
}

/** Markdown bold markers as runs: "a **b** c" → [a, b(bold), c]. */
function runs(text: string): { text: string; bold: boolean }[] {
  return text
    .split(/\*\*/)
    .map((t, i) => ({ text: t, bold: i % 2 === 1 }))
    .filter((r) => r.text);
}

const plainOf = (text: string) => text.replace(/\*\*/g, '');

/** Characters Helvetica's WinAnsi encoding holds beyond Latin-1. */
const WIN_ANSI = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Text as a PDF in a standard font shows it: a Symbol- or Wingdings-font bullet (U+F0B7, ●, ➤) is drawn
 * as a bullet, and a character the font lacks as "?" (a real PDF embeds its font; pdfkit's standard
 * fonts cannot, and would write a stray byte instead).
 */
export function pdfText(text: string): string {
  return text.replace(/[^\u0000-\u00ff]/g, (c) =>
    WIN_ANSI.has(c) ? c : /[\uf0a7\uf0b7\uf076\uf0d8●➤▪◦]/.test(c) ? '•' : '?',
  );
}

interface Placed {
  page: number;
  x: number;
  y: number;
  text: string;
  bold: boolean;
}

/** A4 PDF of the blocks with a running header and a "Page n of N" footer on every page. */
export async function textPdf(title: string, blocks: TextBlock[], columns: 1 | 2 = 1): Promise<Uint8Array> {
  const { doc, done } = pdf({ autoFirstPage: false, margins: { top: 72, bottom: 72, left: 72, right: 72 } });
  const gap = 24;
  const colW = columns === 1 ? 451 : (451 - gap) / 2;
  const top = 80;
  const bottom = 760;
  const placed: Placed[] = [];
  let page = 0;
  let col = 0;
  let y = top;
  const nextColumn = () => {
    if (col + 1 < columns) col++;
    else {
      page++;
      col = 0;
    }
    y = top;
  };
  const place = (lines: string[], bold: boolean, leading: number) => {
    for (const l of lines) {
      if (y + leading > bottom) nextColumn();
      placed.push({ page, x: 72 + col * (colW + gap), y, text: l, bold });
      y += leading;
    }
  };
  for (const b of blocks) {
    const bold = b.kind === 'heading';
    setFont(doc, bold);
    const lines = wrap(doc, breakLongWords(doc, pdfText(plainOf(b.text)), colW), colW, !bold).filter(Boolean);
    // a heading is never left alone at the foot of a column
    if (bold && y + 3 * 13 > bottom) nextColumn();
    place(lines, bold, bold ? 16 : 13);
    y += bold ? 4 : 7;
  }
  const pages = page + 1;
  for (let p = 0; p < pages; p++) {
    doc.addPage();
    doc.font('Helvetica').fontSize(8);
    doc.text(title, 72, 40, { lineBreak: false });
    doc.text(`Page ${p + 1} of ${pages}`, 72, 790, { lineBreak: false });
    for (const l of placed) {
      if (l.page !== p) continue;
      setFont(doc, l.bold);
      doc.text(l.text, l.x, l.y, { lineBreak: false });
    }
  }
  doc.end();
  return done;
}

/** A word wider than the column (a web address) is broken where the column ends, as word processors do. */
function breakLongWords(doc: Doc, text: string, width: number): string {
  return text.replace(/\S{30,}/g, (word) => {
    if (doc.widthOfString(word) <= width) return word;
    const parts: string[] = [];
    let cur = '';
    for (const ch of word) {
      if (cur && doc.widthOfString(cur + ch) > width) {
        parts.push(cur);
        cur = '';
      }
      cur += ch;
    }
    return [...parts, cur].join(' ');
  });
}

function setFont(doc: Doc, bold: boolean) {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(bold ? 12 : 10);
}

/** A .docx of the blocks: headings in Heading 2 style, bold runs where the text marks them. */
export async function textDocx(title: string, blocks: TextBlock[]): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Tenderlight tests',
    title,
    sections: [
      {
        children: blocks.map((b) =>
          b.kind === 'heading'
            ? new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })
            : new Paragraph({ children: runs(b.text).map((r) => new TextRun({ text: r.text, bold: r.bold })) }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A Word 97 .doc of the blocks, one paragraph each (stored as UTF-16 where the text needs it). */
export function textDoc(blocks: TextBlock[]): Uint8Array {
  const paras = blocks.map((b) => plainOf(b.text));
  return word97Doc(paras, { unicode: paras.some((p) => /[^\x20-\x7e]/.test(p)) });
}
