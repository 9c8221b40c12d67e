import type { DocumentBlock, DocumentFormat, ReadDocumentResult, SourceLocation } from './types';

/** "14.3 The Supplier shall…", "14.3. …", "7. …", "7) …", "Clause 14.3 …": the number a clause is cited by. */
const CLAUSE_NUMBER = /^(?:clause\s+)?(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|$)|^(?:clause\s+)?(\d{1,3})[.)](?=\s|$)/i;

export function clauseNumberOf(text: string): string | undefined {
  const m = CLAUSE_NUMBER.exec(text.trimStart());
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * Lays blocks out as the plain text the analysis reads (one block per paragraph, blank lines between),
 * recording for each where it came from: page, heading path and the clause it belongs to.
 */
export class DocumentBuilder {
  private parts: string[] = [];
  private length = 0;
  private readonly blocks: DocumentBlock[] = [];
  private readonly pageStarts: number[] = [];
  private headings: string[] = [];
  private clause: string | undefined;
  private page: number | undefined;

  constructor(
    private readonly file: string,
    private readonly format: DocumentFormat,
  ) {}

  /** Text added from now on is on this page; the page starts where its first text lands. */
  startPage(page: number): void {
    this.page = page;
  }

  private markPage(at: number) {
    if (this.page === undefined) return;
    while (this.pageStarts.length < this.page) this.pageStarts.push(at);
  }

  /** A heading of a Word/ODT outline (level 1 = top) or of a PDF (level undefined: kept as a single level). */
  heading(text: string, level = 1): void {
    const t = clean(text);
    if (!t) return;
    const own = clauseNumberOf(t);
    // An unnumbered heading starts a new part: what follows no longer belongs to the last clause.
    this.clause = own;
    // a heading sits under its parents, not under the sibling before it
    this.headings = this.headings.slice(0, Math.max(0, level - 1));
    this.push(t, 'heading');
    this.headings = [...this.headings, t];
  }

  paragraph(text: string, kind: 'paragraph' | 'list-item' | 'table-row' = 'paragraph'): void {
    const t = clean(text);
    if (!t) return;
    const own = clauseNumberOf(t);
    if (own) this.clause = own;
    this.push(t, kind);
  }

  /** Appends to the last block (a paragraph running on over a page break), joining a word hyphenated there. */
  continueLast(text: string, dehyphenate = false): boolean {
    const last = this.blocks[this.blocks.length - 1];
    if (!last) return false;
    let joiner = ' ';
    if (dehyphenate) {
      last.text = last.text.slice(0, -1);
      last.end -= 1;
      this.parts[this.parts.length - 1] = this.parts[this.parts.length - 1]!.slice(0, -1);
      this.length -= 1;
      joiner = '';
    }
    const t = clean(text);
    this.markPage(this.length + joiner.length);
    last.text += joiner + t;
    last.end += joiner.length + t.length;
    this.parts[this.parts.length - 1] += joiner + t;
    this.length += joiner.length + t.length;
    return true;
  }

  lastBlock(): DocumentBlock | undefined {
    return this.blocks[this.blocks.length - 1];
  }

  get blockCount(): number {
    return this.blocks.length;
  }

  private push(text: string, kind: DocumentBlock['kind']) {
    const start = this.length + (this.parts.length ? 2 : 0);
    this.markPage(start);
    const location: SourceLocation = { file: this.file };
    if (this.page !== undefined) location.page = this.page;
    if (this.headings.length) location.headings = [...this.headings];
    if (this.clause) location.clause = this.clause;
    this.parts.push(text);
    this.length = start + text.length;
    this.blocks.push({ id: `d${this.blocks.length}`, start, end: this.length, text, location, kind });
  }

  result(extra: Partial<ReadDocumentResult> = {}): ReadDocumentResult {
    const text = this.parts.join('\n\n');
    const out: ReadDocumentResult = { file: this.file, format: this.format, text, blocks: this.blocks, warnings: [] };
    if (this.page !== undefined) {
      this.markPage(text.length);
      out.pages = this.pageStarts.length;
      out.pageStarts = this.pageStarts.map((s) => Math.min(s, text.length));
    }
    return { ...out, ...extra };
  }
}

/** One line of text: no line breaks, no runs of spaces, no control characters. */
function clean(text: string): string {
  // most paragraphs (every PDF one) are clean already: one test instead of three replacements
  if (!/[\u0000-\u001f\u007f]|\s\s|^\s|\s$/.test(text)) return text;
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where an offset of the document's text came from: the block's location, with the exact page for a PDF. */
export function locationAt(doc: ReadDocumentResult, offset: number): SourceLocation | undefined {
  const { blocks } = doc;
  let lo = 0;
  let hi = blocks.length - 1;
  let found: DocumentBlock | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (b.start <= offset) {
      found = b;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (!found) return undefined;
  const loc: SourceLocation = { ...found.location };
  if (doc.pageStarts) {
    let page = 1;
    for (let i = 0; i < doc.pageStarts.length; i++) if (doc.pageStarts[i]! <= offset) page = i + 1;
    loc.page = page;
  }
  return loc;
}

/** "Terms.pdf, p. 14, clause 14.3" or "Terms.docx, under Payment › Wages, clause 7.2". */
export function citeLocation(loc: SourceLocation): string {
  const parts = [loc.file];
  if (loc.page !== undefined) parts.push(`p. ${loc.page}`);
  else if (loc.headings?.length) parts.push(`under ${loc.headings.join(' › ')}`);
  if (loc.clause) parts.push(`clause ${loc.clause}`);
  return parts.join(', ');
}
