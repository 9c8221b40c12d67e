import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { ReadDocumentResult } from '../documents/types';
import type { TextBlock } from '../text/segment';
import { InputError } from './input-error';

/** The folder of the English OCR data installed with Tenderlight (its npm package): never downloaded. */
function englishDataDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz'));
}

/** A container format recognised by its first bytes, whatever the file is called. */
export type DocumentKind = 'pdf' | 'zip' | 'ole' | 'rtf';

/** PDF allows junk before the header; readers look in the first kilobyte, and so do we. */
const PDF_HEADER_WINDOW = 1024;

export function sniffDocument(bytes: Uint8Array): DocumentKind | undefined {
  const at = (offset: number, ...sig: number[]) => sig.every((b, i) => bytes[offset + i] === b);
  if (at(0, 0x50, 0x4b, 0x03, 0x04)) return 'zip'; // .docx, .odt (and any other ZIP)
  if (at(0, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole'; // .doc (Word 97–2003)
  if (at(0, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf'; // {\rtf: text, but all markup
  const end = Math.min(bytes.length - 4, PDF_HEADER_WINDOW);
  for (let i = bytes.indexOf(0x25); i >= 0 && i < end; i = bytes.indexOf(0x25, i + 1))
    if (at(i, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'; // %PDF-
  return undefined;
}

/** What reading a PDF or Word file gives the scanner: its text, its blocks, and where each block came from. */
export interface DocumentText {
  text: string;
  blocks?: TextBlock[];
  /** what the reader should know that did not stop the reading (each printed on stderr) */
  warnings?: string[];
  /** the document as read, so evidence can be cited by file, page and clause */
  read?: ReadDocumentResult;
}

/**
 * The one place the CLI hands binary documents to the reader (lib/documents). `name` is for messages
 * only: the format comes from the bytes. A document that cannot be read becomes an InputError with the
 * reader's plain reason.
 */
export async function readBinaryDocument(
  bytes: Uint8Array,
  name: string,
  _kind: DocumentKind,
  password?: string,
  ocr?: { progress?: { write(s: string): unknown; isTTY?: boolean } },
): Promise<DocumentText> {
  // pdf.js is large: loaded only when a document is scanned
  const { readDocument, DocumentError, tesseractEngine } = await import('../documents');
  const file = name.split(/[\\/]/).pop() || name;
  const tty = ocr?.progress?.isTTY ? ocr.progress : undefined;
  try {
    const read = await readDocument(bytes, name, {
      ...(password !== undefined ? { password } : {}),
      ...(ocr
        ? {
            ocr: { engine: tesseractEngine({ langPath: englishDataDir() }) },
            onProgress: (done: number, total: number) =>
              tty?.write(`\r\x1b[Kscan: ${file}: reading with OCR, page ${Math.min(done + 1, total)} of ${total}…`),
          }
        : {}),
    });
    tty?.write('\r\x1b[K');
    // the OCR note goes with the warnings, so it is printed beside the report
    return {
      text: read.text,
      blocks: read.blocks,
      warnings: [
        ...(read.ocr ? [read.ocr] : []),
        ...read.warnings,
        ...(!ocr && read.scannedPages?.length
          ? ['run again with --ocr to read the scanned pages with OCR (offline)']
          : []),
      ],
      read,
    };
  } catch (e) {
    tty?.write('\r\x1b[K');
    if (!(e instanceof DocumentError)) throw e;
    if (e.kind === 'no-text-layer' && !ocr)
      throw new InputError(
        `${e.reason.replace(/; it can be read with OCR$/, '')}; run again with --ocr to read it with OCR (offline, a few seconds a page)`,
      );
    // the reasons name the option, never the password itself
    if (e.kind === 'password-needed')
      throw new InputError('this PDF is protected by a password: run again with --password');
    if (e.kind === 'wrong-password') throw new InputError('the password given with --password does not open this PDF');
    throw new InputError(e.reason);
  }
}
