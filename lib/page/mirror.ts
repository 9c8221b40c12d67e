import type { HighlightKind } from './highlight';

/** A marked span inside a textarea or input value. */
export interface MirrorMark {
  start: number;
  end: number;
  kind: HighlightKind;
}

const COPIED = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontStretch',
  'fontVariant',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textAlign',
  'textIndent',
  'textTransform',
  'tabSize',
  'direction',
] as const;

/** how long after the last key the marks are drawn again: longer than the gap between keys of a typist */
const TYPING_PAUSE_MS = 400;

const MARK_STYLE: Record<HighlightKind, string> = {
  strong: 'background: rgba(86,180,233,.35); border-bottom: 2px solid #0072B2;',
  weak: 'background: rgba(230,159,0,.35); border-bottom: 2px dashed #D55E00;',
  focus: 'background: #F0E442; border-bottom: 2px solid #000;',
};

/**
 * The Highlight API cannot paint inside a textarea, so a transparent copy of its text is laid over it
 * in a shadow root, with the marked passages tinted. It follows the control's scroll, size and font.
 */
export class TextareaMirror {
  readonly host: HTMLElement;
  private box: HTMLDivElement;
  private marks: MirrorMark[] = [];
  /** the value and per-line keys last rendered, so an edit re-renders only the lines it touched */
  private value = '';
  private keys: string[] = [];
  private frame = 0;
  /** while the user types the overlay is hidden and redrawn once they pause: a redraw per key costs Firefox a frame */
  private quiet = 0;
  /** the control's box and font as last copied onto the overlay */
  private geometry = '';
  private ro: ResizeObserver;
  private abort = new AbortController();

  constructor(readonly el: HTMLTextAreaElement | HTMLInputElement) {
    const doc = el.ownerDocument;
    this.host = doc.createElement('tenderlight-mirror');
    this.host.setAttribute('data-tenderlight', 'off');
    this.host.setAttribute('aria-hidden', 'true');
    this.host.style.cssText = 'position:absolute;top:0;left:0;pointer-events:none;z-index:2147483646;contain:layout;';
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.box = doc.createElement('div');
    this.box.className = 'mirror';
    shadow.append(this.box);
    doc.documentElement.append(this.host);
    const signal = this.abort.signal;
    const schedule = () => this.schedule();
    el.addEventListener('scroll', () => this.syncScroll(), { signal, passive: true });
    el.addEventListener('input', () => this.follow(), { signal });
    doc.addEventListener('scroll', schedule, { signal, capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', schedule, { signal, passive: true });
    this.ro = new ResizeObserver(schedule);
    this.ro.observe(el);
  }

  setMarks(marks: readonly MirrorMark[]) {
    this.marks = [...marks].sort((a, b) => a.start - b.start);
    this.schedule();
  }

  /** The marked element for a kind, for scrolling a focused passage into view. */
  markElement(kind: HighlightKind): HTMLElement | null {
    return this.box.querySelector(`[data-kind="${kind}"]`);
  }

  dispose() {
    this.abort.abort();
    this.ro.disconnect();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.quiet);
    this.host.remove();
  }

  private schedule() {
    if (this.frame || this.quiet) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Moves marks with the text typed before them until the next analysis replaces them. */
  private follow() {
    const prev = this.value;
    const next = this.el.value;
    let i = 0;
    const n = Math.min(prev.length, next.length);
    while (i < n && prev.charCodeAt(i) === next.charCodeAt(i)) i++;
    const delta = next.length - prev.length;
    this.marks = this.marks
      .map((m) => ({ ...m, start: m.start >= i ? m.start + delta : m.start, end: m.end > i ? m.end + delta : m.end }))
      .filter((m) => m.end > m.start);
    this.pauseWhileTyping();
  }

  /** Hides the overlay (a repaint, no layout) and redraws it once no key has been typed for a moment. */
  private pauseWhileTyping() {
    if (!this.quiet) this.host.style.visibility = 'hidden';
    clearTimeout(this.quiet);
    const win = this.el.ownerDocument.defaultView;
    this.quiet = win
      ? win.setTimeout(() => {
          this.quiet = 0;
          this.host.style.visibility = '';
          this.schedule();
        }, TYPING_PAUSE_MS)
      : 0;
    if (!win) this.schedule();
  }

  /** the scroll offsets last given to the overlay: setting one lays the overlay out, so only a change is set */
  private scrolled = { top: -1, left: -1 };

  private syncScroll(top = this.el.scrollTop, left = this.el.scrollLeft) {
    if (top !== this.scrolled.top) this.box.scrollTop = top;
    if (left !== this.scrolled.left) this.box.scrollLeft = left;
    this.scrolled = { top, left };
  }

  render() {
    const el = this.el;
    if (!el.isConnected) return this.dispose();
    const doc = el.ownerDocument;
    const win = doc.defaultView!;
    // Everything is read before anything is written: a read after a write would lay out the overlay (a
    // 20k-word draft's worth of text) again on every keystroke.
    const cs = win.getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    // The textarea's scrollbar narrows its text; the mirror has none, so it is padded by the same width.
    const bars = el.offsetWidth - el.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    const copied = COPIED.map((p) => cs[p]);
    const at = [rect.top + win.scrollY, rect.left + win.scrollX, rect.width, rect.height, bars, el.tagName];
    const geometry = `${copied.join('|')}|${at.join('|')}`;
    const { scrollTop, scrollLeft } = el;
    // typing changes the text, seldom the box: the overlay's style is written only when the box changed
    if (geometry !== this.geometry) {
      this.geometry = geometry;
      const s = this.box.style;
      COPIED.forEach((p, i) => {
        s[p] = copied[i]!;
      });
      s.position = 'absolute';
      s.top = `${at[0]}px`;
      s.left = `${at[1]}px`;
      s.width = `${rect.width}px`;
      s.height = `${rect.height}px`;
      s.boxSizing = 'border-box';
      s.borderColor = 'transparent';
      s.color = 'transparent';
      s.overflow = 'hidden';
      s.whiteSpace = el.tagName === 'INPUT' ? 'pre' : 'pre-wrap';
      s.overflowWrap = 'break-word';
      s.margin = '0';
      if (bars > 0) s.paddingRight = `${parseFloat(cs.paddingRight) + bars}px`;
    }
    this.renderLines(doc, el.value);
    this.syncScroll(scrollTop, scrollLeft);
  }

  /** One block per line of the value; only the lines between the unchanged head and tail are rebuilt. */
  private renderLines(doc: Document, value: string) {
    this.value = value;
    const lines = value.split('\n');
    const perLine: MirrorMark[][] = lines.map(() => []);
    let lineStart = 0;
    let li = 0;
    const starts = lines.map((l) => {
      const s = lineStart;
      lineStart += l.length + 1;
      return s;
    });
    for (const m of this.marks) {
      while (li < lines.length - 1 && starts[li + 1]! <= m.start) li++;
      for (let j = li; j < lines.length && starts[j]! < m.end; j++) {
        const s = Math.max(m.start, starts[j]!) - starts[j]!;
        const e = Math.min(m.end, starts[j]! + lines[j]!.length) - starts[j]!;
        if (e > s) perLine[j]!.push({ start: s, end: e, kind: m.kind });
      }
    }
    const keys = lines.map((l, j) => `${perLine[j]!.map((m) => `${m.start}-${m.end}${m.kind}`).join(',')}|${l}`);
    const old = this.keys;
    let head = 0;
    while (head < keys.length && head < old.length && keys[head] === old[head]) head++;
    let tail = 0;
    while (
      tail < keys.length - head &&
      tail < old.length - head &&
      keys[keys.length - 1 - tail] === old[old.length - 1 - tail]
    )
      tail++;
    const fresh: Node[] = [];
    for (let j = head; j < keys.length - tail; j++) fresh.push(this.line(doc, lines[j]!, perLine[j]!));
    const children = this.box.children;
    for (let j = old.length - tail - 1; j >= head; j--) children[j]?.remove();
    const before = children[head] ?? null;
    for (const node of fresh) this.box.insertBefore(node, before);
    this.keys = keys;
  }

  private line(doc: Document, text: string, marks: readonly MirrorMark[]): HTMLElement {
    const div = doc.createElement('div');
    if (!text) {
      div.append(doc.createElement('br'));
      return div;
    }
    let at = 0;
    for (const m of [...marks].sort((a, b) => a.start - b.start)) {
      if (m.start < at) continue;
      if (m.start > at) div.append(doc.createTextNode(text.slice(at, m.start)));
      const span = doc.createElement('span');
      span.dataset.kind = m.kind;
      span.style.cssText = MARK_STYLE[m.kind];
      span.textContent = text.slice(m.start, m.end);
      div.append(span);
      at = m.end;
    }
    if (at < text.length) div.append(doc.createTextNode(text.slice(at)));
    return div;
  }
}
