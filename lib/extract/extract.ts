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
  /** true when the page held more text than `maxChars`: only the first `maxChars` were read */
  truncated: boolean;
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

/** An extraction in progress: `run` walks until done (or until `budgetMs` is spent) and says whether it finished. */
export interface Extraction {
  run(budgetMs?: number): boolean;
  result(): ExtractedPage;
}

/** Stack marker: close the current block here. */
const END_BLOCK = Symbol('end-block');
/** Stack item: the rest of a long text node, from `from` on. */
interface TextRest {
  node: Node;
  data: string;
  from: number;
}
/** A text node is collapsed and appended this many characters at a time (about a millisecond's work). */
const TEXT_SLICE = 32_768;

/**
 * Walks a document (and same-origin iframes and open shadow roots) into blocks of visible text. The walk
 * is iterative, so the browser can run it in slices between frames (see extractPageSliced).
 */
export function startExtraction(root: Document | Element, opts: ExtractOptions = {}): Extraction {
  const maxChars = opts.maxChars ?? 5_000_000;
  const pieces: TextPiece[] = [];
  const blocks: TextBlock[] = [];
  // Text is kept as a list of parts with its length and last character: reading a char or slicing a
  // growing concatenated string flattens it each time, which made extraction quadratic on long pages.
  const out: string[] = [];
  let cur: string[] = [];
  let len = 0;
  let last = '';
  let blockStart = 0;
  let full = false;
  // Cuts a run at the size cap (never inside a surrogate pair), so no single 10 MB text node slips past it.
  const toCap = (str: string): string => {
    const room = maxChars - len;
    if (str.length <= room) return str;
    full = true;
    let cut = Math.max(0, room);
    const code = str.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    return str.slice(0, cut);
  };
  const append = (str: string) => {
    if (!str) return;
    out.push(str);
    cur.push(str);
    len += str.length;
    last = str[str.length - 1]!;
    if (len >= maxChars) full = true;
  };
  const atBreak = () => last === ' ' || last === '\n' || last === '';

  // Ids come from the block's own text (and which repeat of it this is), so an edit elsewhere leaves them alone.
  const seen = new Map<string, number>();
  const endBlock = () => {
    const raw = cur.length === 1 ? cur[0]! : cur.join('');
    if (/\S/.test(raw)) {
      let s = 0;
      let e = raw.length;
      while (s < e && /\s/.test(raw[s]!)) s++;
      while (e > s && /\s/.test(raw[e - 1]!)) e--;
      const body = raw.slice(s, e);
      const h = hash(body);
      const n = seen.get(h) ?? 0;
      seen.set(h, n + 1);
      blocks.push({ id: n ? `${h}.${n}` : h, start: blockStart + s, end: blockStart + e, text: body });
    }
    if (len && last !== '\n') append('\n');
    cur = [];
    blockStart = len;
  };
  /**
   * Adds a text node's data from `from` on, one slice at a time: a slice is collapsed and appended, and the
   * rest of the node goes back on the stack, so a 10 MB node is read in steps the walk can pause between.
   */
  const addText = (node: Node, data: string, from: number) => {
    if (full) return;
    // Collapsing only shortens, so twice the room left is enough of a huge node to fill the cap.
    const limit = Math.min(data.length, from + 2 * (maxChars - len) + 2);
    let to = Math.min(limit, from + TEXT_SLICE);
    // a slice never ends between the halves of a surrogate pair
    if (to < limit && to - from > 1) {
      const code = data.charCodeAt(to - 1);
      if (code >= 0xd800 && code <= 0xdbff) to--;
    }
    if (to < limit) stack.push({ node, data, from: to });
    else if (limit < data.length) full = true;
    const slice = from === 0 && to === data.length ? data : data.slice(from, to);
    const collapsed = slice.replace(/\s+/g, ' ');
    if (!collapsed.trim() && atBreak()) return;
    // Whitespace is collapsed; nodeOffset maps only the piece's start, which is enough for ranges (see nodeOffsetFor).
    const trimmed = atBreak() ? collapsed.replace(/^ /, '') : collapsed;
    const lead = collapsed.length - trimmed.length;
    const piece = toCap(trimmed);
    pieces.push({ start: len, text: piece, node, nodeOffset: from + (lead ? leadingSpace(slice) : 0) });
    append(piece);
  };

  const stack: (Node | typeof END_BLOCK | TextRest)[] = ['body' in root && root.body ? root.body : root];
  const pushChildren = (node: Node) => {
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      addText(node, (node as Text).data, 0);
      return;
    }
    if (node.nodeType === 9 || node.nodeType === 11) {
      pushChildren(node);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkipped(el, opts)) {
      if (el.tagName === 'IFRAME') {
        const body = frameBody(el as HTMLIFrameElement);
        if (body) stack.push(END_BLOCK, body, END_BLOCK);
      }
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
          const part = toCap(line);
          pieces.push({ start: len, text: part, node: el, nodeOffset: from });
          append(part);
        }
        endBlock();
        from += line.length + 1;
      }
      return;
    }
    if (block) stack.push(END_BLOCK);
    pushChildren(el);
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) stack.push(shadow);
  };

  let done = false;
  return {
    run(budgetMs) {
      const until = budgetMs === undefined ? Number.POSITIVE_INFINITY : now() + budgetMs;
      let n = 0;
      while (stack.length && !full) {
        const item = stack.pop()!;
        const slice = item !== END_BLOCK && 'from' in item;
        if (item === END_BLOCK) endBlock();
        else if (slice) addText(item.node, item.data, item.from);
        else visit(item);
        // after every text slice, and every 8 nodes: one node can be costly (the first computed style of a frame)
        if ((slice || ++n % 8 === 0) && now() > until) return false;
      }
      if (!done) {
        endBlock();
        done = true;
      }
      return true;
    },
    result: () => ({ text: out.join(''), blocks, pieces, truncated: full }),
  };
}

/** Extracts a whole page in one go (the CLI, tests). */
export function extractPage(root: Document | Element, opts: ExtractOptions = {}): ExtractedPage {
  const x = startExtraction(root, opts);
  x.run();
  return x.result();
}

/**
 * Resolves in a new task. The timer calls a function of ours (not the promise's resolver directly), so the
 * task that resumes the caller is one the browser's profiler, and the e2e suite's trace, name as ours.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(() => resolve(), 0));

/**
 * Extracts in slices of `sliceMs`, yielding to the page between them, so a long page never holds the
 * main thread. Resolves undefined if `signal` aborts first.
 */
export async function extractPageSliced(
  root: Document | Element,
  opts: ExtractOptions,
  sliceMs: number,
  signal?: AbortSignal,
): Promise<ExtractedPage | undefined> {
  const x = startExtraction(root, opts);
  while (!x.run(sliceMs)) {
    await nextTask();
    if (signal?.aborted) return undefined;
  }
  return x.result();
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function frameBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    return frame.contentDocument?.body ?? null;
  } catch {
    return null; // cross-origin: not ours to read
  }
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
