/**
 * Workers the document worker needs (the OCR engine's), started for it by the page that started it. In Firefox
 * a worker that starts a worker of its own can be blocked for good while doing so — seen about once in five
 * OCR reads on a loaded machine, with even the document worker's timers stopped — so the document worker's
 * `Worker` is a stand-in whose worker the page starts (pages' workers are never nested) and whose messages
 * the page passes both ways. tesseract.js stays in the document worker, which has no network. No DOM, no
 * extension API: the two ends are any pair of message ports.
 */

/** One end of the document worker's message channel: `self` in the worker, the Worker object on the page. */
export interface RelayPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}

/** What the document worker asks of the page for one stand-in worker. */
export type WorkerRequest =
  | { type: 'worker-start'; worker: number; url: string }
  | { type: 'worker-post'; worker: number; data: unknown }
  | { type: 'worker-stop'; worker: number };

/** What the page passes back: a message from the started worker, or why it failed. */
export type WorkerNews =
  | { type: 'worker-said'; worker: number; data: unknown }
  | { type: 'worker-failed'; worker: number; message: string };

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n > 0;

/** A request from the document worker is well formed (the worker is ours, but the boundary is checked). */
export function isWorkerRequest(raw: unknown): raw is WorkerRequest {
  if (typeof raw !== 'object' || raw === null) return false;
  const m = raw as Record<string, unknown>;
  if (!isCount(m.worker)) return false;
  if (m.type === 'worker-start') return typeof m.url === 'string';
  return (m.type === 'worker-post' && 'data' in m) || m.type === 'worker-stop';
}

/** News from the page is well formed. */
export function isWorkerNews(raw: unknown): raw is WorkerNews {
  if (typeof raw !== 'object' || raw === null) return false;
  const m = raw as Record<string, unknown>;
  if (!isCount(m.worker)) return false;
  return (m.type === 'worker-said' && 'data' in m) || (m.type === 'worker-failed' && typeof m.message === 'string');
}

/** The part of a Worker that tesseract.js uses: construct, post, hear, hear of failure, terminate. */
export interface StandInWorker {
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: { message: string }) => void) | null;
  postMessage(data: unknown): void;
  terminate(): void;
}

/**
 * The document worker's end: a `Worker` class whose instances are started by the page. Messages posted
 * before the page has started the worker wait there, in order, as a real worker's would.
 */
export function relayedWorkerClass(port: RelayPort): new (url: string | URL) => StandInWorker {
  let started = 0;
  const live = new Map<number, StandInWorker>();
  port.addEventListener('message', (e) => {
    if (!isWorkerNews(e.data)) return;
    const worker = live.get(e.data.worker);
    if (!worker) return;
    if (e.data.type === 'worker-said') worker.onmessage?.({ data: e.data.data });
    else {
      live.delete(e.data.worker);
      worker.onerror?.({ message: e.data.message });
    }
  });
  return class RelayedWorker implements StandInWorker {
    onmessage: StandInWorker['onmessage'] = null;
    onerror: StandInWorker['onerror'] = null;
    readonly #id = ++started;
    constructor(url: string | URL) {
      live.set(this.#id, this);
      port.postMessage({ type: 'worker-start', worker: this.#id, url: String(url) });
    }
    postMessage(data: unknown): void {
      port.postMessage({ type: 'worker-post', worker: this.#id, data });
    }
    terminate(): void {
      live.delete(this.#id);
      port.postMessage({ type: 'worker-stop', worker: this.#id });
    }
  };
}

/** A worker as the page starts it: the real Worker, or a stand-in for tests. */
export type StartWorker = (url: string) => StandInWorker;

/**
 * The page's end: starts the workers the document worker asks for — only at the addresses allowed (the
 * extension's own OCR worker) — and passes messages both ways; `stopAll` stops every one (the document
 * worker was stopped, or the page is closing).
 */
export function hostRelayedWorkers(port: RelayPort, allowed: readonly string[], start: StartWorker) {
  const workers = new Map<number, StandInWorker>();
  const tell = (news: WorkerNews) => port.postMessage(news);
  port.addEventListener('message', (e) => {
    const m = e.data;
    if (!isWorkerRequest(m)) return;
    if (m.type === 'worker-post') workers.get(m.worker)?.postMessage(m.data);
    else if (m.type === 'worker-stop') {
      workers.get(m.worker)?.terminate();
      workers.delete(m.worker);
    } else if (workers.has(m.worker)) return;
    else if (!allowed.includes(m.url))
      tell({ type: 'worker-failed', worker: m.worker, message: 'the extension starts no worker from that address' });
    else {
      let worker: StandInWorker;
      try {
        worker = start(m.url);
      } catch (err) {
        tell({
          type: 'worker-failed',
          worker: m.worker,
          message: String((err as Error)?.message ?? err).slice(0, 200),
        });
        return;
      }
      worker.onmessage = (said) => tell({ type: 'worker-said', worker: m.worker, data: said.data });
      worker.onerror = (failed) => {
        workers.delete(m.worker);
        tell({ type: 'worker-failed', worker: m.worker, message: failed.message || 'the worker stopped' });
      };
      workers.set(m.worker, worker);
    }
  });
  return {
    stopAll(): void {
      for (const worker of workers.values()) worker.terminate();
      workers.clear();
    },
  };
}
