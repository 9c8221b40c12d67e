/** The largest file we read: far above real tender documents, well below what exhausts a browser tab. */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;
