import { type ExtractedPage, extractPageSliced, nextTask, type TextPiece } from '../extract/extract';
import type { OutgoingPage } from '../messages/page-transfer';
import type { Analysis } from '../messages/schemas';
import { editorFor, type InsertResult, insertText, type SavedSelection, saveSelection } from './editors';
import { Highlighter, type HighlightKind } from './highlight';
import { type MirrorMark, TextareaMirror } from './mirror';
import { locate } from './ranges';
import { ChangeWatcher } from './watch';

/** How the page talks to the extension: the content script supplies it, so this module uses no extension API. */
export interface PageTransport {
  /** sends the page's text for analysis; resolves with the analysis (or undefined) */
  analyse(page: OutgoingPage): Promise<Analysis | undefined>;
}

/** About 160,000 words, a 300-page contract; beyond it the panel says only the first part was checked. */
const MAX_CHARS = 1_000_000;
/** Extraction yields to the page after this long, so no task of ours nears the 50 ms long-task mark. */
const SLICE_MS = 6;
const FLASH_MS = 2500;
const RESTORE_MS = 500;
const EDITABLE =
  'textarea:not([readonly]):not([disabled]), input[type="text"]:not([readonly]), [contenteditable=""], [contenteditable="true"]';
const OWN = 'TENDERLIGHT-MIRROR';

function ownNode(n: Node): boolean {
  const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  return !!el && (el.tagName === OWN || !!el.closest?.(OWN));
}

/** Is the element rendered? Computed style catches stylesheet-hidden content the attributes do not show. */
function isHidden(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const cs = win.getComputedStyle(el);
  return cs.display === 'none' || cs.visibility === 'hidden' || cs.contentVisibility === 'hidden';
}

/**
 * Everything the content script does in a page: extract, send for analysis, paint the answer, follow
 * edits, scroll to a passage, insert text. It holds no NLP: analysis happens in the extension.
 */
export class PageController {
  private version = 0;
  private page: ExtractedPage | undefined;
  private sentText = '';
  private last: Analysis | undefined;
  private highlighter: Highlighter;
  private mirrors = new Map<Element, TextareaMirror>();
  private watcher: ChangeWatcher;
  private editor: SavedSelection | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private hooked = new WeakSet<Document>();
  private focusMark: { start: number; end: number } | undefined;

  constructor(
    private doc: Document,
    private transport: PageTransport,
    private signal: AbortSignal,
  ) {
    this.highlighter = new Highlighter(doc);
    this.watcher = new ChangeWatcher(() => void this.scan(), signal, ownNode);
    signal.addEventListener('abort', () => this.dispose());
  }

  /** False when the page opted out with data-tenderlight="off" on <html> or <body>. */
  get enabled(): boolean {
    const off = (el: Element | null) => el?.getAttribute('data-tenderlight') === 'off';
    return !off(this.doc.documentElement) && !off(this.doc.body);
  }

  start() {
    if (!this.enabled) return;
    this.hookDocument(this.doc);
    // The page shares the highlight registry: what its scripts remove or repaint is put back within a moment.
    const timer = setInterval(() => this.highlighter.restore(), RESTORE_MS);
    this.signal.addEventListener('abort', () => clearInterval(timer));
    void this.scan();
  }

  private scanning: Promise<void> | undefined;
  private again = false;

  /** Extracts the page and sends it for analysis unless the text is unchanged; one scan at a time. */
  async scan(force = false): Promise<void> {
    if (this.signal.aborted || !this.enabled) return;
    if (this.scanning) {
      this.again = true;
      return this.scanning;
    }
    this.scanning = (async () => {
      do {
        this.again = false;
        await this.scanOnce(force);
      } while (this.again && !this.signal.aborted);
    })();
    try {
      await this.scanning;
    } finally {
      this.scanning = undefined;
    }
  }

  /** Settles once the page has painted its first frame (see afterFirstPaint). */
  private painted: Promise<void> | undefined;

  private async scanOnce(force: boolean) {
    // The page's first style and layout (425 ms for a 10,000-deep tree) are its own: they happen in its first
    // frame, never in a task of ours, because the first extraction waits until that frame is painted.
    this.painted ??= afterFirstPaint(this.doc);
    await this.painted;
    // Later, the page's style of a big change (0.3–0.6 s for a 20,000-row table) happens in its own frame,
    // not in the extraction's first computed-style read.
    await afterRenderedFrame();
    if (this.signal.aborted) return;
    const page = await extractPageSliced(this.doc, { isHidden, maxChars: MAX_CHARS }, SLICE_MS, this.signal);
    if (!page) return;
    // Each step over a whole page's text (joining it, encoding its blocks, sending it) gets a task of its own.
    await nextTask();
    this.page = page;
    const version = ++this.version;
    await this.hookRoots(page.pieces);
    if (!force && page.text === this.sentText && this.last) {
      this.paint({ ...this.last, version });
      return;
    }
    this.sentText = page.text;
    if (this.signal.aborted || version !== this.version) return;
    const answer = await this.transport.analyse({
      version,
      title: this.doc.title ?? '',
      text: page.text,
      blocks: page.blocks,
      editable: this.hasEditable(),
      ...(page.truncated ? { truncated: true } : {}),
    });
    if (answer) this.apply(answer);
  }

  /** Paints an analysis if it belongs to the text currently extracted; a newer scan is on its way otherwise. */
  apply(analysis: Analysis) {
    if (analysis.version !== this.version || this.signal.aborted) return;
    this.last = analysis;
    this.paint(analysis);
    if (analysis.focus) this.focus(analysis.focus.start, analysis.focus.end);
  }

  private paint(analysis: Analysis) {
    const pieces = this.page?.pieces ?? [];
    const ranges: Record<'strong' | 'weak', Range[]> = { strong: [], weak: [] };
    const marks = new Map<Element, MirrorMark[]>();
    const seen = new Set<string>();
    for (const check of analysis.checks) {
      for (const ev of check.evidence) {
        const key = `${ev.start}:${ev.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const where = locate(pieces, ev.start, ev.end);
        ranges[ev.strength].push(...where.ranges);
        for (const c of where.controls) {
          const list = marks.get(c.el) ?? [];
          list.push({ start: c.start, end: c.end, kind: ev.strength });
          marks.set(c.el, list);
        }
      }
    }
    this.highlighter.set('strong', ranges.strong);
    this.highlighter.set('weak', ranges.weak);
    this.paintMirrors(marks);
  }

  private paintMirrors(marks: Map<Element, MirrorMark[]>) {
    for (const [el, mirror] of this.mirrors) {
      if (!marks.has(el)) {
        mirror.dispose();
        this.mirrors.delete(el);
      }
    }
    for (const [el, list] of marks) {
      let mirror = this.mirrors.get(el);
      if (!mirror) {
        mirror = new TextareaMirror(el as HTMLTextAreaElement);
        this.mirrors.set(el, mirror);
      }
      mirror.setMarks(list);
    }
  }

  /** Scrolls to a passage of the last extraction and flashes it. Returns false if it is no longer there. */
  focus(start: number, end: number): boolean {
    if (!this.page) return false;
    const where = locate(this.page.pieces, start, end);
    clearTimeout(this.flashTimer);
    this.highlighter.set('focus', where.ranges);
    const first = where.ranges[0];
    if (first) {
      const el = first.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    const control = where.controls[0];
    if (control) {
      const mirror = this.mirrors.get(control.el);
      if (mirror) {
        this.focusMark = { start: control.start, end: control.end };
        const marks = this.marksOf(control.el).map(
          (m): MirrorMark => (m.start === control.start && m.end === control.end ? { ...m, kind: 'focus' } : m),
        );
        mirror.setMarks(marks);
        mirror.render();
        const mark = mirror.markElement('focus');
        if (mark) control.el.scrollTop = Math.max(0, mark.offsetTop - control.el.clientHeight / 2);
      }
      control.el.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    this.flashTimer = setTimeout(() => {
      this.highlighter.set('focus', []);
      if (this.focusMark && this.last) {
        this.focusMark = undefined;
        this.paint(this.last);
      }
    }, FLASH_MS);
    return where.ranges.length > 0 || where.controls.length > 0;
  }

  private marksOf(el: Element): MirrorMark[] {
    const out: MirrorMark[] = [];
    for (const check of this.last?.checks ?? []) {
      for (const ev of check.evidence) {
        for (const c of locate(this.page?.pieces ?? [], ev.start, ev.end).controls)
          if (c.el === el) out.push({ start: c.start, end: c.end, kind: ev.strength as HighlightKind });
      }
    }
    return out;
  }

  /** Inserts at the cursor of the editor the user last worked in. */
  insert(text: string): InsertResult {
    const saved = this.currentEditor();
    if (!saved) {
      return {
        ok: false,
        reason: 'there is no editable field here to insert into; click into the draft where the clause should go',
      };
    }
    const result = insertText(saved, text);
    if (result.ok) {
      this.editor = saveSelection(saved.target);
      this.watcher.schedule();
    }
    return result;
  }

  private currentEditor(): SavedSelection | undefined {
    const active = this.deepActive();
    const target = active ? editorFor(active) : undefined;
    if (target && target.el !== this.editor?.target.el) return saveSelection(target);
    if (this.editor?.target.el.isConnected) return this.editor;
    return undefined;
  }

  private deepActive(): Element | null {
    let el: Element | null = this.doc.activeElement;
    for (;;) {
      if (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      else if (el?.tagName === 'IFRAME') {
        try {
          const inner: Element | null | undefined = (el as HTMLIFrameElement).contentDocument?.activeElement;
          if (!inner || inner === el) return el;
          el = inner;
        } catch {
          return el;
        }
      } else return el;
    }
  }

  /** Set while the frames are hooked (see hookRoots), so a page of many frames is not walked twice. */
  private editableFrame = false;

  private hasEditable(): boolean {
    return this.editableFrame || !!this.doc.querySelector(EDITABLE);
  }

  /** Follows focus and selection in a document, so Insert knows where the cursor was. */
  private hookDocument(doc: Document) {
    if (this.hooked.has(doc)) return;
    this.hooked.add(doc);
    this.watcher.watch(doc);
    const remember = () => {
      const active = doc.activeElement;
      const target = active ? editorFor(deepIn(active)) : undefined;
      if (target) this.editor = saveSelection(target);
    };
    doc.addEventListener('focusin', remember, { capture: true, signal: this.signal });
    doc.addEventListener('selectionchange', remember, { signal: this.signal });
    doc.addEventListener('keyup', remember, { capture: true, signal: this.signal });
    doc.addEventListener('mouseup', remember, { capture: true, signal: this.signal });
    // A frame that (re)loads gets a new document (TinyMCE writes its editor this way): scan and watch it.
    doc.addEventListener(
      'load',
      (e) => {
        if ((e.target as Element | null)?.tagName === 'IFRAME') this.watcher.schedule();
      },
      { capture: true, signal: this.signal },
    );
  }

  /**
   * Watches every iframe document and shadow root the extraction walked into, in slices: the first touch
   * of a frame's document from the content script costs a few milliseconds, and a page may have hundreds.
   */
  private async hookRoots(pieces: readonly TextPiece[]) {
    let until = performance.now() + SLICE_MS;
    const breathe = async () => {
      if (performance.now() < until) return;
      await nextTask();
      until = performance.now() + SLICE_MS;
    };
    let prev: Node | undefined;
    for (const p of pieces) {
      const root = p.node.getRootNode();
      if (root === prev) continue;
      prev = root;
      if (root.nodeType === 9 && root !== this.doc) this.hookDocument(root as Document);
      else if (root.nodeType === 11) this.watcher.watch(root as ShadowRoot);
      await breathe();
      if (this.signal.aborted) return;
    }
    let editable = false;
    for (const f of this.doc.querySelectorAll('iframe')) {
      try {
        const d = f.contentDocument;
        if (d) {
          this.hookDocument(d);
          // attributes only: isContentEditable would force each frame's style
          editable ||= d.designMode === 'on' || !!d.querySelector(EDITABLE);
        }
      } catch {
        // cross-origin frame: not ours
      }
      await breathe();
      if (this.signal.aborted) return;
    }
    this.editableFrame = editable;
  }

  dispose() {
    this.highlighter.clear();
    for (const m of this.mirrors.values()) m.dispose();
    this.mirrors.clear();
    clearTimeout(this.flashTimer);
  }
}

/** A page that paints nothing (no text, no image) reports no paint: it is read this long after its load event. */
const NO_PAINT_MS = 5000;

/**
 * Resolves once the page has painted its first frame, told by the browser's paint timing: the observer's
 * callback runs in a task of its own, so no code of ours runs in the frame task that does the page's first
 * style and layout (a frame callback would, and a profiler would count that frame as the extension's).
 * Browsers without paint timing, and pages that paint nothing, go on at once or NO_PAINT_MS after load.
 */
function afterFirstPaint(doc: Document): Promise<void> {
  // the content script's own globals: the top document's window (Firefox's Xray view of it has no observers)
  const win = globalThis;
  const Observer = win.PerformanceObserver;
  if (!Observer?.supportedEntryTypes?.includes('paint')) return Promise.resolve();
  if (win.performance.getEntriesByType('paint').length) return Promise.resolve();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      win.removeEventListener('load', afterLoad);
      resolve();
    };
    const observer = new Observer(done);
    const afterLoad = () => {
      timer = setTimeout(done, NO_PAINT_MS);
    };
    observer.observe({ type: 'paint', buffered: true });
    if (doc.readyState === 'complete') afterLoad();
    else win.addEventListener('load', afterLoad, { once: true });
  });
}

/**
 * Resolves in an idle period, which the browser starts only once the frame it has pending is rendered: the
 * page's style and layout of what changed are done in its frame, not in our first computed-style read. An
 * idle callback runs in a task of its own (a frame callback would run inside the frame's task, and a
 * profiler would count that whole frame, 60 ms of the page's layout of a 10 MB text node, as ours).
 */
function afterRenderedFrame(): Promise<void> {
  return new Promise((resolve) => {
    // a hidden tab renders no frame; 2 s is long enough for a loaded machine's frame of a 10,000-deep page
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: 2000 });
      return;
    }
    let frame = 0;
    const done = () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      setTimeout(() => resolve(), 0);
    };
    const timer = setTimeout(done, 2000);
    frame = requestAnimationFrame(done);
  });
}

function deepIn(el: Element): Element {
  let cur = el;
  while (cur.shadowRoot?.activeElement) cur = cur.shadowRoot.activeElement;
  return cur;
}
