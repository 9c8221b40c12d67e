/** Names of the CSS custom highlights Tenderlight registers; the e2e suite reads them back. */
export const HIGHLIGHTS = {
  strong: 'tenderlight-strong',
  weak: 'tenderlight-weak',
  focus: 'tenderlight-focus',
} as const;
export type HighlightKind = keyof typeof HIGHLIGHTS;

// Okabe–Ito blue and vermilion, told apart by line style as well as colour; focus is yellow with black text.
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHTS.strong}) { background-color: rgba(86, 180, 233, 0.28); text-decoration: underline solid #0072B2 2px; }
::highlight(${HIGHLIGHTS.weak}) { background-color: rgba(230, 159, 0, 0.3); text-decoration: underline dashed #D55E00 2px; }
::highlight(${HIGHLIGHTS.focus}) { background-color: #F0E442; color: #000; text-decoration: underline solid #000 2px; }
`;

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
  private styled = new WeakSet<Document | ShadowRoot>();
  private docs = new Set<Document>();

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
      this.adoptStyle(r.startContainer.getRootNode() as Document | ShadowRoot);
    }
    for (const doc of this.docs) if (!byDoc.has(doc)) this.registry(doc)?.delete(HIGHLIGHTS[kind]);
    for (const [doc, list] of byDoc) {
      const win = pageWindow(doc);
      if (!win || !Highlighter.supported(win)) continue;
      this.docs.add(doc);
      this.adoptStyle(doc);
      const hl = new win.Highlight(...list);
      if (kind === 'focus') hl.priority = 2;
      else if (kind === 'weak') hl.priority = 1;
      win.CSS.highlights.set(HIGHLIGHTS[kind], hl);
    }
  }

  clear() {
    for (const doc of this.docs) {
      const reg = this.registry(doc);
      for (const name of Object.values(HIGHLIGHTS)) reg?.delete(name);
    }
  }

  private registry(doc: Document): HighlightRegistry | undefined {
    return pageWindow(doc)?.CSS?.highlights;
  }

  /** Adds the highlight style as a constructed sheet: it changes no element and no attribute. */
  private adoptStyle(root: Document | ShadowRoot) {
    if (this.styled.has(root)) return;
    this.styled.add(root);
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    const win = doc?.defaultView as Win | null;
    if (!win) return;
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch (e) {
      console.warn('[tenderlight] could not add the highlight style', e);
    }
  }
}
