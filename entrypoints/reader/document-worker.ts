import { tesseractEngine } from '@/lib/documents/ocr';
import { ocrFilesAt } from '@/lib/documents/ocr-files';
import { sealNetwork, serveDocumentWorker } from '@/lib/documents/worker';
import { type RelayPort, relayedWorkerClass } from '@/lib/documents/worker-relay';

// The reader page's Web Worker: documents are parsed and checked here, never on the page's main thread,
// with no way to reach the network. The OCR engine's own worker is started by the page (worker-relay.ts).
sealNetwork(self);
Object.defineProperty(self, 'Worker', { value: relayedWorkerClass(self as unknown as RelayPort) });
serveDocumentWorker(
  self as unknown as Parameters<typeof serveDocumentWorker>[0],
  tesseractEngine(ocrFilesAt(self.location.origin)),
);
