import type { TextBlock } from '../text/segment';

/**
 * Extraction of the visible text of a page, shared by the content script (the browser's Document)
 * and the scan CLI (linkedom's). It records, for every block, the DOM text nodes it came from so that
 * analysis offsets map back to DOM ranges.
 */

/** One run of extracted text and where it came from. */
export interface TextPiece {
  /** offset of this piece in the extracted text */
  start: number;
  text: string;
  /** a Text node, or a form control whose value was read */
  node: Node;
  /** offset inside the node's data/value where this piece begins */
  nodeOffset: number;
}

export interface ExtractedPage {
  text: string;
  blocks: TextBlock[];
  pieces: TextPiece[];
}

export interface ExtractOptions {
  /** extra hiddenness test (the browser passes one using computed style) */
  isHidden?: (el: Element) => boolean;
  /** stop after this many characters, so a hostile page cannot exhaust memory */
  maxChars?: number;
}

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BUTTON',
  'SELECT',
  'OPTION',
  'META',
  'LINK',
]);
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'TEXTAREA',
  'INPUT',
  'CAPTION',
  'SUMMARY',
  'DETAILS',
]);
const LANDMARK_ROLES =
  /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog|toolbar|menubar|menu|tooltip)$/;
const COOKIE = /cookie|consent|gdpr|onetrust|cookiebot/i;

export function isSkipped(el: Element, opts: ExtractOptions): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.getAttribute('data-tenderlight') === 'off') return true;
  const role = el.getAttribute('role');
  if (role && LANDMARK_ROLES.test(role)) return true;
  const idClass = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  if (idClass.trim() && COOKIE.test(idClass) && !el.closest('main, article')) return true;
  if (el.tagName === 'INPUT' && !/^(?:text|search|)$/i.test(el.getAttribute('type') ?? '')) return true;
  // A browser's computed style wins over the inline style (stylesheets can override it with !important).
  if (opts.isHidden) return opts.isHidden(el);
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Walks a document (and same-origin iframes and open shadow roots) into blocks of visible text. */
export function extractPage(root: Document | Element, opts: ExtractOptions = {}): ExtractedPage {
  const maxChars = opts.maxChars ?? 5_000_000;
  const pieces: TextPiece[] = [];
  const blocks: TextBlock[] = [];
  let text = '';
  let blockStart = 0;
  let full = false;

  // Ids come from the block's own text (and which repeat of it this is), so an edit elsewhere leaves them alone.
  const seen = new Map<string, number>();
  const endBlock = () => {
    const raw = text.slice(blockStart);
    if (/\S/.test(raw)) {
      let s = blockStart;
      let e = text.length;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      const body = text.slice(s, e);
      const h = hash(body);
      const n = seen.get(h) ?? 0;
      seen.set(h, n + 1);
      blocks.push({ id: n ? `${h}.${n}` : h, start: s, end: e, text: body });
    }
    if (text.length && !text.endsWith('\n')) text += '\n';
    blockStart = text.length;
  };
  const addText = (node: Node, data: string) => {
    if (full) return;
    const collapsed = data.replace(/\s+/g, ' ');
    if (!collapsed.trim() && (text.endsWith(' ') || text.endsWith('\n') || !text)) return;
    // Whitespace is collapsed; nodeOffset maps only the piece's start, which is enough for ranges (see rangeFor).
    const piece = text.endsWith(' ') || text.endsWith('\n') || !text ? collapsed.replace(/^ /, '') : collapsed;
    const lead = collapsed.length - piece.length;
    pieces.push({
      start: text.length,
      text: piece,
      node,
      nodeOffset: leadingSpace(data) > 0 && lead ? leadingSpace(data) : 0,
    });
    text += piece;
    if (text.length > maxChars) full = true;
  };

  const walk = (node: Node) => {
    if (full) return;
    if (node.nodeType === 3) {
      addText(node, (node as Text).data);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkipped(el, opts)) {
        if (el.tagName === 'IFRAME') walkFrame(el as HTMLIFrameElement);
        return;
      }
      const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
      if (block) endBlock();
      if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
        const value = (el as HTMLTextAreaElement).value ?? el.textContent ?? '';
        // One block per line, so typing in a long draft re-checks only the line being edited.
        let from = 0;
        for (const line of value.split('\n')) {
          if (full) break;
          if (line.trim()) {
            pieces.push({ start: text.length, text: line, node: el, nodeOffset: from });
            text += line;
            if (text.length > maxChars) full = true;
          }
          endBlock();
          from += line.length + 1;
        }
        return;
      }
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) walk(shadow);
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
      if (block) endBlock();
      return;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  const walkFrame = (frame: HTMLIFrameElement) => {
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      doc = null; // cross-origin: not ours to read
    }
    if (doc?.body) {
      endBlock();
      walk(doc.body);
      endBlock();
    }
  };

  walk('body' in root && root.body ? root.body : root);
  endBlock();
  return { text, blocks, pieces };
}

function leadingSpace(s: string): number {
  const m = /^\s*/.exec(s);
  return m ? m[0].length : 0;
}

/** Finds the piece that holds an offset of the extracted text. */
export function pieceAt(pieces: readonly TextPiece[], offset: number): TextPiece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.start + p.text.length) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/**
 * Maps an offset in a piece's collapsed text to an offset in its node's raw data, walking both so
 * collapsed whitespace runs are accounted for.
 */
export function nodeOffsetFor(piece: TextPiece, offset: number): number {
  if (piece.node.nodeType !== 3) return piece.nodeOffset + offset - piece.start;
  const raw = (piece.node as Text).data;
  let want = offset - piece.start;
  let i = piece.nodeOffset;
  while (i < raw.length && want > 0) {
    if (/\s/.test(raw[i]!)) {
      while (i < raw.length && /\s/.test(raw[i]!)) i++;
    } else i++;
    want--;
  }
  return i;
}

/** FNV-1a over the text, as a short base-36 id. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `b${(h >>> 0).toString(36)}${s.length.toString(36)}`;
}
