import { DocumentBuilder } from './assemble';
import { DocumentError } from './errors';
import type { ReadDocumentOptions, ReadDocumentResult } from './types';

/**
 * Reads a Word 97–2003 file's body text with word-extractor (pure JavaScript, no network). The binary
 * format keeps no heading styles that word-extractor exposes, so blocks carry the file and clause only.
 * It needs Node's Buffer: in an extension page it must be bundled with a Buffer shim.
 */
export async function readDoc(bytes: Uint8Array, file: string, opts: ReadDocumentOptions): Promise<ReadDocumentResult> {
  const { default: WordExtractor } = await import('word-extractor');
  const { Buffer } = await import('node:buffer');
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = doc.getBody();
  } catch (e) {
    throw new DocumentError(
      'corrupt',
      file,
      `cannot be read as a Word 97–2003 document (${String((e as Error)?.message ?? e).slice(0, 100)})`,
    );
  }
  opts.onProgress?.(1, 1);
  const out = new DocumentBuilder(file, 'doc');
  for (const para of body.split(/\r?\n|\r/)) {
    // word-extractor ends each table cell with a tab
    if (!para.includes('\t')) out.paragraph(para);
    else
      out.paragraph(
        para
          .split('\t')
          .map((c) => c.trim())
          .filter(Boolean)
          .join(' | '),
        'table-row',
      );
  }
  return out.result();
}
