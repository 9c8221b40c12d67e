import { type RelayPort, relayedOcrEngine } from '@/lib/documents/ocr-relay';
import { sealNetwork, serveDocumentWorker } from '@/lib/documents/worker';

// The reader page's Web Worker: documents are parsed and checked here, never on the page's main thread,
// with no way to reach the network. OCR is asked of the page that started this worker (see ocr-relay.ts).
sealNetwork(self);
serveDocumentWorker(
  self as unknown as Parameters<typeof serveDocumentWorker>[0],
  relayedOcrEngine(self as unknown as RelayPort),
);
