/** Why a document could not be read; the UI acts on the kind (e.g. asks for a password). */
export type DocumentErrorKind =
  /** the PDF is encrypted and needs a password to open */
  | 'password-needed'
  /** a password was given but it does not open the PDF */
  | 'wrong-password'
  /** no page has a text layer (a scan): OCR would be needed */
  | 'no-text-layer'
  /** the bytes are damaged or truncated */
  | 'corrupt'
  /** the file, or what it unpacks to, is larger than we read */
  | 'too-large'
  /** not a format we read */
  | 'unsupported'
  /** the caller's AbortSignal stopped the reading */
  | 'cancelled';

/** A typed reading failure with a message worded for the person who chose the file. */
export class DocumentError extends Error {
  readonly kind: DocumentErrorKind;
  readonly file: string;
  /** for no-text-layer: how many pages have no text */
  readonly pages?: number;
  /** the message without the file name, for callers that name the file themselves */
  readonly reason: string;
  constructor(kind: DocumentErrorKind, file: string, message: string, pages?: number) {
    super(`${file}: ${message}`);
    this.reason = message;
    this.name = 'DocumentError';
    this.kind = kind;
    this.file = file;
    if (pages !== undefined) this.pages = pages;
  }
}

export function cancelled(file: string): DocumentError {
  return new DocumentError('cancelled', file, 'reading was cancelled');
}

export function throwIfAborted(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) throw cancelled(file);
}
