import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  hostRelayedWorkers,
  isWorkerNews,
  isWorkerRequest,
  type RelayPort,
  relayedWorkerClass,
  type StandInWorker,
} from './worker-relay';

const OCR_WORKER = 'moz-extension://tenderlight/ocr/worker.min.js';

const open: { close(): void }[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

/** The document worker's end and the page's end of one channel. */
function channel() {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  return { inWorker: port1 as unknown as RelayPort, onPage: port2 as unknown as RelayPort };
}

/** A worker the page starts, as the OCR engine's: answers each job with its id, and can fail or be stopped. */
class EngineWorker implements StandInWorker {
  onmessage: StandInWorker['onmessage'] = null;
  onerror: StandInWorker['onerror'] = null;
  received: unknown[] = [];
  stopped = false;
  constructor(readonly url: string) {}
  postMessage(data: unknown) {
    this.received.push(data);
    const { jobId } = data as { jobId: string };
    queueMicrotask(() => this.onmessage?.({ data: { jobId, status: 'resolve', data: `done ${jobId}` } }));
  }
  terminate() {
    this.stopped = true;
  }
}

function setUp() {
  const { inWorker, onPage } = channel();
  const started: EngineWorker[] = [];
  const host = hostRelayedWorkers(onPage, [OCR_WORKER], (url) => {
    const w = new EngineWorker(url);
    started.push(w);
    return w;
  });
  const Worker = relayedWorkerClass(inWorker);
  return { Worker, host, started };
}

/** What a stand-in worker hears, in order. */
function listen(w: StandInWorker) {
  const heard: unknown[] = [];
  const failures: string[] = [];
  w.onmessage = (e) => heard.push(e.data);
  w.onerror = (e) => failures.push(e.message);
  return { heard, failures };
}

describe('a worker the document worker needs, started by the page', () => {
  it('is started by the page at its address, and messages pass both ways in order, even ones sent at once', async () => {
    const { Worker, started } = setUp();
    const w = new Worker(new URL(OCR_WORKER));
    const { heard } = listen(w);
    // posted before the page has started it: delivered once it has, in order
    w.postMessage({ jobId: 'load-1', action: 'load', payload: { options: {} } });
    w.postMessage({ jobId: 'recognize-2', action: 'recognize', payload: { image: new Uint8Array([1, 2, 3]) } });
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    expect(started.map((s) => s.url)).toEqual([OCR_WORKER]);
    expect(started[0]!.received).toEqual([
      { jobId: 'load-1', action: 'load', payload: { options: {} } },
      { jobId: 'recognize-2', action: 'recognize', payload: { image: new Uint8Array([1, 2, 3]) } },
    ]);
    expect(heard).toEqual([
      { jobId: 'load-1', status: 'resolve', data: 'done load-1' },
      { jobId: 'recognize-2', status: 'resolve', data: 'done recognize-2' },
    ]);
  });

  it('keeps two workers apart, and terminate stops only its own on the page', async () => {
    const { Worker, started } = setUp();
    const a = new Worker(OCR_WORKER);
    const b = new Worker(OCR_WORKER);
    const heardA = listen(a).heard;
    const heardB = listen(b).heard;
    a.postMessage({ jobId: 'a' });
    b.postMessage({ jobId: 'b' });
    await vi.waitFor(() => expect([heardA.length, heardB.length]).toEqual([1, 1]));
    expect([heardA, heardB]).toEqual([
      [expect.objectContaining({ jobId: 'a' })],
      [expect.objectContaining({ jobId: 'b' })],
    ]);
    a.terminate();
    await vi.waitFor(() => expect(started.map((s) => s.stopped)).toEqual([true, false]));
  });

  it('stopping the document worker stops every worker the page started for it', async () => {
    const { Worker, host, started } = setUp();
    new Worker(OCR_WORKER);
    new Worker(OCR_WORKER);
    await vi.waitFor(() => expect(started).toHaveLength(2));
    host.stopAll();
    expect(started.map((s) => s.stopped)).toEqual([true, true]);
  });

  it('starts nothing from any other address, and says why as the worker’s error', async () => {
    const { Worker, started } = setUp();
    for (const url of ['https://tracker.example/worker.js', 'blob:moz-extension://tenderlight/1', `${OCR_WORKER}?x`]) {
      const { failures } = listen(new Worker(url));
      await vi.waitFor(() => expect(failures).toEqual(['the extension starts no worker from that address']));
    }
    expect(started).toEqual([]);
  });

  it('passes a worker that could not start, or that failed, as its error; it then hears nothing more', async () => {
    const { inWorker, onPage } = channel();
    let fail = true;
    const failing: EngineWorker[] = [];
    hostRelayedWorkers(onPage, [OCR_WORKER], (url) => {
      if (fail) throw new Error('Worker scripts are blocked here');
      const w = new EngineWorker(url);
      failing.push(w);
      return w;
    });
    const Worker = relayedWorkerClass(inWorker);
    const first = listen(new Worker(OCR_WORKER));
    await vi.waitFor(() => expect(first.failures).toEqual(['Worker scripts are blocked here']));

    fail = false;
    const second = new Worker(OCR_WORKER);
    const heard = listen(second);
    await vi.waitFor(() => expect(failing).toHaveLength(1));
    failing[0]!.onerror?.({ message: '' });
    await vi.waitFor(() => expect(heard.failures).toEqual(['the worker stopped']));
    failing[0]!.onmessage?.({ data: { jobId: 'late' } });
    second.postMessage({ jobId: 'after' });
    // a third worker's answer comes after everything sent before it, on the same channel
    const third = new Worker(OCR_WORKER);
    const sentinel = listen(third);
    third.postMessage({ jobId: 'sentinel' });
    await vi.waitFor(() => expect(sentinel.heard).toHaveLength(1));
    expect(heard.heard).toEqual([]);
    expect(failing[0]!.received).toEqual([]);
  });

  it('checks both sides of the boundary: malformed requests and news are dropped', () => {
    expect(isWorkerRequest({ type: 'worker-start', worker: 1, url: OCR_WORKER })).toBe(true);
    expect(isWorkerRequest({ type: 'worker-post', worker: 1, data: { jobId: 'x' } })).toBe(true);
    expect(isWorkerRequest({ type: 'worker-stop', worker: 1 })).toBe(true);
    for (const bad of [
      null,
      'worker-start',
      { type: 'worker-start', worker: 0, url: OCR_WORKER },
      { type: 'worker-start', worker: 1.5, url: OCR_WORKER },
      { type: 'worker-start', worker: 1, url: new URL(OCR_WORKER) },
      { type: 'worker-post', worker: 1 },
      { type: 'worker-eval', worker: 1, data: '1' },
    ])
      expect(isWorkerRequest(bad)).toBe(false);
    expect(isWorkerNews({ type: 'worker-said', worker: 2, data: null })).toBe(true);
    expect(isWorkerNews({ type: 'worker-failed', worker: 2, message: 'no' })).toBe(true);
    for (const bad of [
      { type: 'worker-said', worker: 2 },
      { type: 'worker-failed', worker: 2, message: 42 },
      { type: 'worker-said', worker: -2, data: 1 },
      { type: 'read', worker: 2, data: 1 },
    ])
      expect(isWorkerNews(bad)).toBe(false);
  });

  it('ignores news of a worker it never started', async () => {
    const { inWorker, onPage } = channel();
    const Worker = relayedWorkerClass(inWorker);
    onPage.postMessage({ type: 'worker-said', worker: 7, data: { jobId: 'forged' } });
    hostRelayedWorkers(onPage, [OCR_WORKER], (url) => new EngineWorker(url));
    const w = new Worker(OCR_WORKER);
    const { heard } = listen(w);
    w.postMessage({ jobId: 'real' });
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard).toEqual([{ jobId: 'real', status: 'resolve', data: 'done real' }]);
  });
});
