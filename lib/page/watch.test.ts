// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeWatcher } from './watch';

/** Runs a watcher on this document and counts how often it asks for a re-read. */
function watching() {
  const calls: number[] = [];
  const abort = new AbortController();
  const watcher = new ChangeWatcher(
    () => calls.push(Date.now()),
    abort.signal,
    () => false,
  );
  watcher.watch(document);
  return { calls, stop: () => abort.abort() };
}

/** `times` steps `everyMs` apart, each doing `step`, with the clock run on between them. */
async function every(everyMs: number, times: number, step: () => void) {
  for (let i = 0; i < times; i++) {
    step();
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

describe('when the page is read again after it changes', () => {
  let field: HTMLTextAreaElement;
  let start: number;
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'Date'],
    });
    document.body.innerHTML = '<textarea id="draft"></textarea><div id="ticker"></div>';
    field = document.getElementById('draft') as HTMLTextAreaElement;
    start = Date.now();
  });
  afterEach(() => vi.useRealTimers());

  const typeKey = () => {
    field.value += 'a';
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('someone typing without a break is read once they pause, not every two seconds mid-stream', async () => {
    const w = watching();
    // four seconds of keys 40 ms apart: a fast typist's sentence
    await every(40, 100, typeKey);
    expect(w.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(w.calls).toHaveLength(1);
    w.stop();
  });

  it('typing that never pauses is still read every ten seconds, so a page firing input events without end is followed', async () => {
    const w = watching();
    await every(40, 300, typeKey);
    expect(w.calls).toHaveLength(1);
    expect(w.calls[0]! - start).toBeGreaterThanOrEqual(10_000);
    expect(w.calls[0]! - start).toBeLessThan(10_200);
    w.stop();
  });

  it('a page that changes by itself on every frame is read at least every two seconds', async () => {
    const w = watching();
    const ticker = document.getElementById('ticker')!;
    await every(40, 150, () => {
      ticker.textContent = String(Date.now());
    });
    expect(w.calls.length).toBeGreaterThanOrEqual(2);
    expect(w.calls[0]! - start).toBeLessThan(2_200);
    w.stop();
  });

  it('a short burst of typing is read a moment after the last key', async () => {
    const w = watching();
    await every(40, 5, typeKey);
    await vi.advanceTimersByTimeAsync(400);
    expect(w.calls).toHaveLength(1);
    expect(w.calls[0]! - start).toBeLessThan(200 + 300 + 100);
    w.stop();
  });
});
