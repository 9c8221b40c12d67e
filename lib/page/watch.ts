/** a page that never stops changing by itself is still re-read this often */
const MAX_WAIT_MS = 2000;
/**
 * Someone typing is re-read when they pause, as a spell-checker does: a re-read mid-stream (extraction here,
 * analysis beside it) competes with their keys for a slow machine's CPU. Past this much unbroken typing, it is
 * re-read anyway, so a page that fires input events without end is still followed.
 */
const TYPING_MAX_WAIT_MS = 10_000;

/**
 * Collects page changes (DOM mutations and input events) into one callback per animation frame,
 * then waits until the changes settle for `debounceMs` before calling `onSettled`.
 */
export class ChangeWatcher {
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observers: MutationObserver[] = [];
  private watched = new WeakSet<Node>();
  /** when the current run of changes began: a page that never stops changing is still scanned every MAX_WAIT_MS */
  private since = 0;
  /** when the last input event came: within `debounceMs` of it, someone is typing */
  private typed = 0;

  constructor(
    private onSettled: () => void,
    private signal: AbortSignal,
    private ignore: (node: Node) => boolean,
    private debounceMs = 300,
  ) {
    signal.addEventListener('abort', () => {
      for (const o of this.observers) o.disconnect();
      cancelAnimationFrame(this.frame);
      clearTimeout(this.timer);
    });
  }

  /** Watches a document or shadow root (idempotent). */
  watch(root: Document | ShadowRoot) {
    if (this.watched.has(root) || this.signal.aborted) return;
    this.watched.add(root);
    const win = (root.nodeType === 9 ? (root as Document) : root.ownerDocument)?.defaultView;
    if (!win) return;
    const mo = new win.MutationObserver((records) => {
      if (records.some((r) => !this.ignore(r.target) && !onlyIgnored(r, this.ignore))) this.schedule();
    });
    mo.observe(root, { subtree: true, childList: true, characterData: true });
    this.observers.push(mo);
    root.addEventListener(
      'input',
      () => {
        this.typed = Date.now();
        this.schedule();
      },
      { capture: true, signal: this.signal },
    );
  }

  schedule() {
    if (this.frame || this.signal.aborted) return;
    const win = globalThis;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      const now = Date.now();
      if (!this.since) this.since = now;
      clearTimeout(this.timer);
      const typing = now - this.typed < this.debounceMs;
      const wait = now - this.since >= (typing ? TYPING_MAX_WAIT_MS : MAX_WAIT_MS) ? 0 : this.debounceMs;
      this.timer = setTimeout(() => {
        this.since = 0;
        this.onSettled();
      }, wait);
    });
  }
}

function onlyIgnored(r: MutationRecord, ignore: (n: Node) => boolean): boolean {
  if (r.type !== 'childList') return false;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every(ignore);
}
