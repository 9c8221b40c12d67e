import { serveDocumentWorker } from '@/lib/documents/worker';

// The reader page's Web Worker: documents are parsed and checked here, never on the page's main thread.
serveDocumentWorker(self as unknown as Parameters<typeof serveDocumentWorker>[0]);
