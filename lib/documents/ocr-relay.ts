/**
 * OCR for the document worker, run by the page that started the worker. In Firefox a worker that starts a
 * worker of its own (the OCR engine's) can be blocked for good while doing so — seen about once in five
 * reads on a loaded machine, with even the worker's timers stopped — so the engine is started by the page,
 * whose workers are never nested, and the document worker asks it for each picture over its message port.
 * No DOM, no extension API: the two ends are any pair of message ports.
 */
import type { OcrEngine, OcrLine, StartOcrEngine } from './ocr';

/** What the document worker asks of the page: start an engine, read one picture with it, stop it. */
export type OcrRequest =
  | { type: 'ocr-request'; call: number; op: 'start' }
  | { type: 'ocr-request'; call: number; op: 'recognise'; engine: number; picture: ArrayBuffer }
  | { type: 'ocr-request'; call: number; op: 'stop'; engine: number };

/** The page's answer to one call: the lines read, or why not; a start's answer names nothing else. */
export interface OcrAnswer {
  type: 'ocr-answer';
  call: number;
  lines?: OcrLine[];
  error?: string;
}

/** One end of the worker's message channel: `self` in the worker, the Worker object on the page. */
export interface RelayPort {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n > 0;
const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

function isOcrLine(raw: unknown): raw is OcrLine {
  if (typeof raw !== 'object' || raw === null) return false;
  const l = raw as Record<string, unknown>;
  return (
    typeof l.text === 'string' &&
    [l.x0, l.y0, l.x1, l.y1].every(isNumber) &&
    (l.baseline === undefined || isNumber(l.baseline)) &&
    (l.rowHeight === undefined || isNumber(l.rowHeight))
  );
}

/** A request from the worker is well formed (the worker is ours, but the boundary is checked). */
export function isOcrRequest(raw: unknown): raw is OcrRequest {
  if (typeof raw !== 'object' || raw === null) return false;
  const m = raw as Record<string, unknown>;
  if (m.type !== 'ocr-request' || !isCount(m.call)) return false;
  if (m.op === 'start') return true;
  if (m.op === 'stop') return isCount(m.engine);
  return m.op === 'recognise' && isCount(m.engine) && m.picture instanceof ArrayBuffer;
}

/** An answer from the page is well formed: its lines, if any, are all lines. */
export function isOcrAnswer(raw: unknown): raw is OcrAnswer {
  if (typeof raw !== 'object' || raw === null) return false;
  const m = raw as Record<string, unknown>;
  return (
    m.type === 'ocr-answer' &&
    isCount(m.call) &&
    (m.error === undefined || typeof m.error === 'string') &&
    (m.lines === undefined || (Array.isArray(m.lines) && m.lines.every(isOcrLine)))
  );
}

/**
 * The worker's end: an engine whose every call is answered by the page. Starting it starts one engine there;
 * each picture is sent as a copy (a stalled read is asked again with the same picture).
 */
export function relayedOcrEngine(port: RelayPort): StartOcrEngine {
  let calls = 0;
  const waiting = new Map<number, (answer: OcrAnswer) => void>();
  port.addEventListener('message', (e) => {
    if (!isOcrAnswer(e.data)) return;
    const settle = waiting.get(e.data.call);
    waiting.delete(e.data.call);
    settle?.(e.data);
  });
  const ask = (request: Record<string, unknown>, transfer?: ArrayBuffer[]): Promise<OcrAnswer> => {
    const call = ++calls;
    return new Promise((resolve) => {
      waiting.set(call, resolve);
      port.postMessage({ type: 'ocr-request', call, ...request }, transfer);
    });
  };
  return async () => {
    const started = await ask({ op: 'start' });
    if (started.error !== undefined) throw new Error(started.error);
    const engine = started.call;
    return {
      async recognise(image) {
        const picture = image.slice().buffer;
        const read = await ask({ op: 'recognise', engine, picture }, [picture]);
        if (read.error !== undefined) throw new Error(read.error);
        return read.lines ?? [];
      },
      async terminate() {
        port.postMessage({ type: 'ocr-request', call: ++calls, op: 'stop', engine });
      },
    };
  };
}

const reason = (e: unknown) => String((e as Error)?.message ?? e).slice(0, 200);

/**
 * The page's end: starts an engine when the worker asks, reads its pictures and stops it; `stopAll` stops
 * every engine it started (the worker was stopped, or the page is closing).
 */
export function ocrHost(startEngine: StartOcrEngine, answer: (a: OcrAnswer) => void) {
  const engines = new Map<number, Promise<OcrEngine>>();
  const stop = (engine: Promise<OcrEngine> | undefined) => void engine?.then((e) => e.terminate()).catch(() => {});
  return {
    async handle(request: OcrRequest): Promise<void> {
      const { call } = request;
      if (request.op === 'stop') {
        stop(engines.get(request.engine));
        engines.delete(request.engine);
        return;
      }
      if (request.op === 'start') {
        const starting = startEngine();
        engines.set(call, starting);
        try {
          await starting;
          answer({ type: 'ocr-answer', call });
        } catch (e) {
          engines.delete(call);
          answer({ type: 'ocr-answer', call, error: reason(e) });
        }
        return;
      }
      const engine = engines.get(request.engine);
      if (!engine) {
        answer({ type: 'ocr-answer', call, error: 'the OCR engine was stopped' });
        return;
      }
      try {
        const lines = await (await engine).recognise(new Uint8Array(request.picture));
        answer({ type: 'ocr-answer', call, lines });
      } catch (e) {
        answer({ type: 'ocr-answer', call, error: reason(e) });
      }
    },
    stopAll(): void {
      for (const engine of engines.values()) stop(engine);
      engines.clear();
    },
  };
}

/** Joins a host to the page's end of the worker's port: requests are answered there, and nothing else is touched. */
export function serveOcrRequests(port: RelayPort, startEngine: StartOcrEngine): ReturnType<typeof ocrHost> {
  const host = ocrHost(startEngine, (a) => port.postMessage(a));
  port.addEventListener('message', (e) => {
    if (isOcrRequest(e.data)) void host.handle(e.data);
  });
  return host;
}
