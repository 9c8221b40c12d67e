import type { TextBlock } from '../text/segment';

/** The document formats read by content; the file name is never trusted. */
export type DocumentFormat =
  /** Portable Document Format (starts with %PDF-) */
  | 'pdf'
  /** Word 2007+ (a ZIP holding word/document.xml) */
  | 'docx'
  /** OpenDocument text (a ZIP holding mimetype and content.xml) */
  | 'odt'
  /** Word 97–2003 (an OLE compound file) */
  | 'doc'
  /** Rich Text Format (starts with {\rtf) */
  | 'rtf';

/** Where a passage came from, precise enough to cite ("Terms.pdf, p. 14, clause 14.3"). */
export interface SourceLocation {
  file: string;
  /** 1-based page of a PDF */
  page?: number;
  /** the headings the passage sits under in a Word or OpenDocument file, outermost first */
  headings?: string[];
  /** the numbered clause the passage belongs to ("14.3") */
  clause?: string;
}

/** A paragraph, heading, list item or table row of a document, with its offsets into the document's text. */
export interface DocumentBlock extends TextBlock {
  location: SourceLocation;
  /** what kind of block it is: a table row's cells are joined with " | " */
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-row';
}

export interface ReadDocumentOptions {
  signal?: AbortSignal;
  /** called after each page (PDF) or part (Word, OpenDocument) is read */
  onProgress?: (done: number, total: number) => void;
  /** the user's password for an encrypted PDF */
  password?: string;
}

export interface ReadDocumentResult {
  file: string;
  format: DocumentFormat;
  /** the plain text the analysis reads: blocks separated by blank lines */
  text: string;
  blocks: DocumentBlock[];
  /** page count of a PDF */
  pages?: number;
  /** offsets in `text` where each PDF page begins (index 0 is page 1) */
  pageStarts?: number[];
  /** things the reader should know that did not stop the reading (e.g. pages with no text layer) */
  warnings: string[];
  /** set when the text was read from pictures by OCR: a note for people (quotes may differ from the original) */
  ocr?: string;
  /** the pages OCR read, when the others were read from their text layer (a scan among typed pages) */
  ocrPages?: number[];
  /** pages of a PDF with no text layer that were not read (a scan among typed pages): OCR can read them */
  scannedPages?: number[];
}
