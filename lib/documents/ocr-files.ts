/**
 * The OCR engine's files, copied from node_modules into the extension at build time (wxt.config.ts) and
 * loaded from there by the document worker: nothing is downloaded.
 */
export const OCR_DIR = 'ocr';

/** Where each file comes from in node_modules, by its name in the extension's OCR folder. */
export const OCR_FILES = {
  // the worker tesseract.js starts; it loads the core and the language data from the paths it is given
  'worker.min.js': 'tesseract.js/dist/worker.min.js',
  // one core only: WebAssembly SIMD (every browser the extension supports), LSTM recogniser; the module
  // beside its loader rather than inlined as base64, which zips a third larger
  'tesseract-core-simd-lstm.js': 'tesseract.js-core/tesseract-core-simd-lstm.js',
  'tesseract-core-simd-lstm.wasm': 'tesseract.js-core/tesseract-core-simd-lstm.wasm',
  // English, the integer LSTM model (the smaller one tesseract.js itself defaults to), gzipped
  'eng.traineddata.gz': '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
} as const;

/** The engine's files at an origin (the extension's own), as tesseractEngine takes them. */
export function ocrFilesAt(origin: string) {
  const at = (name: string) => new URL(`/${OCR_DIR}/${name}`, origin).href;
  return {
    workerPath: at('worker.min.js'),
    corePath: at('tesseract-core-simd-lstm.js'),
    langPath: at('').replace(/\/$/, ''),
  };
}
