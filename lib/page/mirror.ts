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
  private frame = 0;
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
    el.addEventListener('input', schedule, { signal });
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
    this.host.remove();
  }

  private schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private syncScroll() {
    this.box.scrollTop = this.el.scrollTop;
    this.box.scrollLeft = this.el.scrollLeft;
  }

  render() {
    const el = this.el;
    if (!el.isConnected) return this.dispose();
    const doc = el.ownerDocument;
    const win = doc.defaultView!;
    const cs = win.getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const s = this.box.style;
    for (const p of COPIED) s[p] = cs[p];
    s.position = 'absolute';
    s.top = `${rect.top + win.scrollY}px`;
    s.left = `${rect.left + win.scrollX}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    s.boxSizing = 'border-box';
    s.borderColor = 'transparent';
    s.color = 'transparent';
    s.overflow = 'hidden';
    s.whiteSpace = el.tagName === 'INPUT' ? 'pre' : 'pre-wrap';
    s.overflowWrap = 'break-word';
    s.margin = '0';
    // The textarea's scrollbar narrows its text; the mirror has none, so pad by the same width.
    const bars = el.offsetWidth - el.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    if (bars > 0) s.paddingRight = `${parseFloat(cs.paddingRight) + bars}px`;
    const value = el.value;
    const parts: Node[] = [];
    let at = 0;
    for (const m of this.marks) {
      if (m.start < at || m.end > value.length) continue;
      if (m.start > at) parts.push(doc.createTextNode(value.slice(at, m.start)));
      const span = doc.createElement('span');
      span.dataset.kind = m.kind;
      span.style.cssText = MARK_STYLE[m.kind];
      span.textContent = value.slice(m.start, m.end);
      parts.push(span);
      at = m.end;
    }
    parts.push(doc.createTextNode(`${value.slice(at)}\n`));
    this.box.replaceChildren(...parts);
    this.syncScroll();
  }
}
