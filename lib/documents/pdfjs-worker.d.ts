// pdf.js ships no types for its worker entry; we only hand the module to pdf.js's fake worker.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
