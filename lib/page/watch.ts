/**
 * Collects page changes (DOM mutations and input events) into one callback per animation frame,
 * then waits until the changes settle for `debounceMs` before calling `onSettled`.
 */
const MAX_WAIT_MS = 2000;

export class ChangeWatcher {
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observers: MutationObserver[] = [];
  private watched = new WeakSet<Node>();
  /** when the current run of changes began: a page that never stops changing is still scanned every MAX_WAIT_MS */
  private since = 0;

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
    root.addEventListener('input', () => this.schedule(), { capture: true, signal: this.signal });
  }

  schedule() {
    if (this.frame || this.signal.aborted) return;
    const win = globalThis;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      const now = Date.now();
      if (!this.since) this.since = now;
      clearTimeout(this.timer);
      const wait = now - this.since >= MAX_WAIT_MS ? 0 : this.debounceMs;
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
