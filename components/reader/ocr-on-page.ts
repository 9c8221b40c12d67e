import type { StartOcrEngine } from '@/lib/documents/ocr';
import { type RelayPort, serveOcrRequests } from '@/lib/documents/ocr-relay';

/**
 * The document worker with its OCR engine run by this page (a worker the page starts, never one nested in
 * the document worker); stopping the document worker stops the engines it asked for too.
 */
export function withOcrOnPage(worker: Worker, startEngine: StartOcrEngine): Worker {
  const host = serveOcrRequests(worker as unknown as RelayPort, startEngine);
  const terminate = worker.terminate.bind(worker);
  worker.terminate = () => {
    terminate();
    host.stopAll();
  };
  return worker;
}
