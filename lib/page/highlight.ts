/** Names of the CSS custom highlights Tenderlight registers; the e2e suite reads them back. */
export const HIGHLIGHTS = {
  strong: 'tenderlight-strong',
  weak: 'tenderlight-weak',
  focus: 'tenderlight-focus',
} as const;
export type HighlightKind = keyof typeof HIGHLIGHTS;

/**
 * Okabe–Ito blue and vermilion, told apart by line style as well as colour; focus is yellow with black text.
 * `!important` keeps a page's own `::highlight` rules from repainting a passage's style.
 * `at` is the element the rules hang on: `:root` where highlight styles inherit (Chromium), so the rules
 * style one element instead of every element of a 20,000-row table; `` (every element) elsewhere.
 */
export const highlightCss = (at: string) => `
${at}::highlight(${HIGHLIGHTS.strong}) { background-color: rgba(86, 180, 233, 0.28) !important; text-decoration: underline solid #0072B2 2px !important; color: inherit !important; }
${at}::highlight(${HIGHLIGHTS.weak}) { background-color: rgba(230, 159, 0, 0.3) !important; text-decoration: underline dashed #D55E00 2px !important; color: inherit !important; }
${at}::highlight(${HIGHLIGHTS.focus}) { background-color: #F0E442 !important; color: #000 !important; text-decoration: underline solid #000 2px !important; }
`;
export const HIGHLIGHT_CSS = highlightCss('');

/**
 * The highlight style, shipped beside the content script and listed with it in the manifest, so the browser
 * applies it with the page's first style. Adding a `::highlight` rule to a loaded page restyles every
 * element (Chromium: 0.5–1.3 s on a 20,000-row table, in one task); present from the start it costs nothing.
 * Neither the page's `document.styleSheets` nor its `adoptedStyleSheets` show it, so a page cannot remove it.
 */
export const HIGHLIGHT_STYLE_FILE = 'content-scripts/highlight.css';
export const highlightStyleFor = (browser: string) => highlightCss(browser === 'firefox' ? '' : ':root');

/** Chromium gives ::highlight styles highlight inheritance (into shadow trees too); Gecko is not relied on for it. */
function inheritsHighlights(win: Window): boolean {
  return !/\bGecko\/\d/.test(win.navigator.userAgent) || /\bChrom(e|ium)\//.test(win.navigator.userAgent);
}

type Win = Window & typeof globalThis;

/**
 * The document's own window. Firefox's content-script view of a frame's window resolves CSS.highlights
 * and Highlight to the top document, so there the frame's unwrapped window is used.
 */
function pageWindow(doc: Document): Win | null {
  const win = doc.defaultView as (Win & { wrappedJSObject?: Win }) | null;
  if (!win) return null;
  return doc !== globalThis.document && win.wrappedJSObject ? win.wrappedJSObject : win;
}

/**
 * Paints ranges with the CSS Custom Highlight API: no node is added to the page, so editors and the
 * page's own scripts never see Tenderlight. Ranges in iframes go to that frame's registry, and the
 * style is adopted by every document and shadow root that holds a highlighted range.
 */
export class Highlighter {
  /** @param styledByManifest the document the extension's highlight style file already applies to (the top one) */
  constructor(private styledByManifest?: Document) {}

  private styled = new WeakMap<Document | ShadowRoot, CSSStyleSheet>();
  private docs = new Set<Document>();
  /** what is painted, per document and kind, so a page that removes or repaints it can be put right */
  private painted = new Map<Document, Map<HighlightKind, { hl: Highlight; ranges: Range[] }>>();

  static supported(win: Window): boolean {
    return typeof (win as Win).Highlight === 'function' && !!(win as Win).CSS?.highlights;
  }

  set(kind: HighlightKind, ranges: readonly Range[]) {
    const byDoc = new Map<Document, Range[]>();
    for (const r of ranges) {
      const doc = r.startContainer.ownerDocument;
      if (!doc) continue;
      const list = byDoc.get(doc) ?? [];
      list.push(r);
      byDoc.set(doc, list);
      const root = r.startContainer.getRootNode() as Document | ShadowRoot;
      if (root.nodeType === 11 && !inheritsHighlights(doc.defaultView ?? window)) this.adoptStyle(root);
    }
    for (const doc of this.docs) {
      if (byDoc.has(doc)) continue;
      this.registry(doc)?.delete(HIGHLIGHTS[kind]);
      this.painted.get(doc)?.delete(kind);
    }
    for (const [doc, list] of byDoc) this.paint(doc, kind, list);
  }

  private paint(doc: Document, kind: HighlightKind, ranges: Range[]) {
    const win = pageWindow(doc);
    if (!win || !Highlighter.supported(win)) return;
    this.docs.add(doc);
    this.adoptStyle(doc);
    const hl = new win.Highlight(...ranges);
    if (kind === 'focus') hl.priority = 2;
    else if (kind === 'weak') hl.priority = 1;
    win.CSS.highlights.set(HIGHLIGHTS[kind], hl);
    const kinds = this.painted.get(doc) ?? new Map<HighlightKind, { hl: Highlight; ranges: Range[] }>();
    kinds.set(kind, { hl, ranges });
    this.painted.set(doc, kinds);
  }

  /**
   * The highlight registry and adopted sheets are shared with the page: puts back what a page script
   * removed, replaced, emptied or restyled. Cheap (no range is read), so it can run often.
   */
  restore(): number {
    let fixed = 0;
    for (const [doc, kinds] of this.painted) {
      const reg = this.registry(doc);
      if (!reg) continue;
      const sheet = this.styled.get(doc);
      if (doc !== this.styledByManifest && sheet && !doc.adoptedStyleSheets.includes(sheet)) {
        this.styled.delete(doc);
        this.adoptStyle(doc);
        fixed++;
      }
      for (const [kind, { hl, ranges }] of kinds) {
        const want = kind === 'focus' ? 2 : kind === 'weak' ? 1 : 0;
        if (
          reg.get(HIGHLIGHTS[kind]) === hl &&
          hl.size === ranges.length &&
          hl.priority === want &&
          hl.type === 'highlight'
        )
          continue;
        this.paint(doc, kind, ranges);
        fixed++;
      }
    }
    return fixed;
  }

  clear() {
    for (const doc of this.docs) {
      const reg = this.registry(doc);
      for (const name of Object.values(HIGHLIGHTS)) reg?.delete(name);
    }
    this.painted.clear();
  }

  private registry(doc: Document): HighlightRegistry | undefined {
    return pageWindow(doc)?.CSS?.highlights;
  }

  /**
   * Adds the highlight style as a constructed sheet (it changes no element and no attribute) to frames and,
   * where highlight styles do not inherit, shadow roots: the manifest's style file reaches neither.
   */
  private adoptStyle(root: Document | ShadowRoot) {
    if (this.styled.has(root) || root === this.styledByManifest) return;
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    const win = doc?.defaultView as Win | null;
    if (!win) return;
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(highlightCss(root.nodeType === 9 && inheritsHighlights(win) ? ':root' : ''));
      this.styled.set(root, sheet);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch (e) {
      console.warn('[tenderlight] could not add the highlight style', e);
    }
  }
}
