import type { DocumentFormat } from './types';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

/** The raw kind of container the bytes are, before looking inside a ZIP. */
export type Container = 'pdf' | 'zip' | 'ole' | 'rtf' | 'unknown';

export function sniffContainer(bytes: Uint8Array): Container {
  // PDF readers accept the header anywhere in the first kilobyte (some files carry a preamble).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-') || /^[\s\S]{0,1019}%PDF-/.test(head)) return 'pdf';
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  if (head.startsWith('{\\rtf')) return 'rtf';
  return 'unknown';
}

/** Which document format a ZIP holds, from its entry names (and ODT's mimetype entry). */
export function zipFormat(names: ReadonlySet<string>, mimetype: string | undefined): DocumentFormat | undefined {
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('content.xml') && (mimetype === undefined || /opendocument\.text/.test(mimetype))) return 'odt';
  return undefined;
}
