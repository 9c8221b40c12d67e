import { tesseractEngine } from '@/lib/documents/ocr';
import { ocrFilesAt } from '@/lib/documents/ocr-files';
import { sealNetwork, serveDocumentWorker } from '@/lib/documents/worker';

// The reader page's Web Worker: documents are parsed and checked here, never on the page's main thread,
// with no way to reach the network. OCR runs in a worker of its own, from the extension's own files.
sealNetwork(self);
serveDocumentWorker(
  self as unknown as Parameters<typeof serveDocumentWorker>[0],
  tesseractEngine(ocrFilesAt(self.location.origin)),
);
