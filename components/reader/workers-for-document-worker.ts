import { ocrFilesAt } from '@/lib/documents/ocr-files';
import { hostRelayedWorkers, type RelayPort, type StandInWorker } from '@/lib/documents/worker-relay';

/**
 * The document worker, with the workers it asks for (only the OCR engine's, from the extension's own files)
 * started by this page rather than nested in it; stopping the document worker stops them too.
 */
export function withWorkersStartedHere(worker: Worker): Worker {
  const allowed = [ocrFilesAt(location.origin).workerPath];
  const host = hostRelayedWorkers(
    worker as unknown as RelayPort,
    allowed,
    (url) => new Worker(url) as unknown as StandInWorker,
  );
  const terminate = worker.terminate.bind(worker);
  worker.terminate = () => {
    terminate();
    host.stopAll();
  };
  return worker;
}
