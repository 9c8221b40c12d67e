import { sealNetwork, serveDocumentWorker } from '@/lib/documents/worker';

// The reader page's Web Worker: documents are parsed and checked here, never on the page's main thread,
// with no way to reach the network.
sealNetwork(self);
serveDocumentWorker(self as unknown as Parameters<typeof serveDocumentWorker>[0]);
