import { DocumentBuilder } from './assemble';
import { DocumentError } from './errors';
import type { ReadDocumentOptions, ReadDocumentResult } from './types';
import { WordBinaryError, word97Characters, word97Paragraphs } from './word97';

/**
 * Reads a Word 97–2003 file's body text (lib/documents/word97.ts: plain TypeScript, no Node API, so the
 * browser's document worker reads it as the CLI does). The binary format's headings and list numbers live
 * in styles and list tables this reader does not follow, so blocks carry the file and any typed clause number.
 */
export async function readDoc(bytes: Uint8Array, file: string, opts: ReadDocumentOptions): Promise<ReadDocumentResult> {
  let paragraphs: ReturnType<typeof word97Paragraphs>;
  try {
    paragraphs = word97Paragraphs(word97Characters(bytes));
  } catch (e) {
    if (!(e instanceof WordBinaryError)) throw e;
    if (e.encrypted)
      throw new DocumentError(
        'unsupported',
        file,
        'is a Word 97–2003 document protected with a password, which Tenderlight cannot open: save a copy without the password (or as .docx) and scan that',
      );
    throw new DocumentError('corrupt', file, `cannot be read as a Word 97–2003 document (${e.message})`);
  }
  opts.onProgress?.(1, 1);
  const out = new DocumentBuilder(file, 'doc');
  for (const p of paragraphs) out.paragraph(p.text, p.row ? 'table-row' : 'paragraph');
  return out.result();
}
