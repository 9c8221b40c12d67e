import {
  encodeBlock,
  MAX_BLOCK_CHARS,
  MAX_TEXT,
  PAGE_PART_CHARS,
  type PagePart,
  type PageText,
  type PageTextMessage,
} from './schemas';

/**
 * A page's text on its way from the content script to the background: cut into messages of at most
 * PAGE_PART_CHARS characters (text and block lines together), sent one per task, and put together again
 * by the background for the one tab that sent them.
 */

/** What the content script sends: the extraction, with its blocks still as records (encoded a part at a time). */
export interface OutgoingPage {
  version: number;
  title: string;
  text: string;
  blocks: readonly { id: string; start: number; end: number }[];
  editable: boolean;
  truncated?: boolean;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The pieces of a page, each with at most `size` characters of text and block lines. Each step does work in
 * proportion to one piece, so a caller that yields between steps never holds the thread for the whole page.
 */
function* pieces(page: OutgoingPage, size: number): Generator<{ text: string; blocks: string }> {
  const { text, blocks } = page;
  let t = 0;
  let b = 0;
  while (t < text.length || b < blocks.length) {
    let end = Math.min(text.length, t + size);
    // never between the halves of a surrogate pair: a lone half may not survive the message's encoding
    if (end < text.length && end - t > 1 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    const part = text.slice(t, end);
    t = end;
    let room = size - part.length;
    const lines: string[] = [];
    while (b < blocks.length) {
      const line = `${encodeBlock(blocks[b]!)}\n`;
      // a piece takes at least one line, so a tiny `size` (tests) still moves on
      if (line.length > room && (part || lines.length)) break;
      lines.push(line);
      room -= line.length;
      b++;
    }
    yield { text: part, blocks: lines.join('') };
  }
}

/**
 * The messages that carry a page: one page-text when it fits one message, otherwise page-part messages
 * (index 0, 1, …) and a page-text that says how many came before it. Lazy: each message is built when asked for.
 */
export function* pageMessages(
  page: OutgoingPage,
  size = PAGE_PART_CHARS,
): Generator<PagePart | PageTextMessage, void, undefined> {
  const meta = {
    type: 'page-text' as const,
    version: page.version,
    title: page.title,
    editable: page.editable,
    ...(page.truncated ? { truncated: true } : {}),
  };
  const all = pieces(page, size);
  const first = all.next();
  if (first.done) {
    yield { ...meta, text: '', blocks: '' };
    return;
  }
  let next = all.next();
  if (next.done) {
    yield { ...meta, ...first.value };
    return;
  }
  let index = 0;
  yield { type: 'page-part', version: page.version, index: index++, ...first.value };
  while (!next.done) {
    yield { type: 'page-part', version: page.version, index: index++, ...next.value };
    next = all.next();
  }
  yield { ...meta, text: '', blocks: '', parts: index };
}

/** A task boundary: the content script passes one that yields to the page, tests one that does not. */
export type Yield = () => Promise<void>;

/**
 * Sends a page as pageMessages() cuts it, each message built and sent in a task of its own, and answers the
 * background's reply to the final page-text (its analysis), or undefined if any part was refused or lost.
 * Parts are sent without waiting for each answer in turn, and all answers are in before the final message.
 */
export async function sendPage(
  page: OutgoingPage,
  send: (message: PagePart | PageTextMessage) => Promise<unknown>,
  nextTask: Yield,
  size = PAGE_PART_CHARS,
): Promise<unknown> {
  const acks: Promise<unknown>[] = [];
  const messages = pageMessages(page, size);
  for (;;) {
    await nextTask();
    const step = messages.next();
    if (step.done) return undefined;
    const message = step.value;
    if (message.type === 'page-part') {
      acks.push(send(message));
      continue;
    }
    const answers = await Promise.all(acks);
    if (!answers.every(isAccepted)) return undefined;
    await nextTask();
    return send(message);
  }
}

const isAccepted = (a: unknown) => typeof a === 'object' && a !== null && (a as { ok?: unknown }).ok === true;

/** What one tab has sent so far of one extraction. */
interface Pending {
  version: number;
  text: string[];
  blocks: string[];
  received: number;
  chars: number;
  /** a part was malformed, duplicated or over the limits: this version cannot be put together */
  broken: boolean;
}

export interface AssemblerLimits {
  text: number;
  blocks: number;
  /** characters held for all tabs together: beyond it the tab that started sending longest ago is dropped */
  total: number;
}

const LIMITS: AssemblerLimits = {
  text: MAX_TEXT,
  blocks: MAX_BLOCK_CHARS,
  total: 2 * (MAX_TEXT + MAX_BLOCK_CHARS),
};

/**
 * Puts pages sent in parts together again, per tab. The caller has authorised the sender and takes the tab
 * from it: a part is only ever joined to parts its own tab sent, for the same extraction. Anything out of
 * place (a missing, repeated or stale part, or one past the limits) fails that page, never another's.
 */
export class PageAssembler {
  private pending = new Map<number, Pending>();
  private held = 0;

  constructor(private limits: AssemblerLimits = LIMITS) {}

  /** Takes one part from tab `tabId`'s content script; false when it was refused. */
  part(tabId: number, msg: PagePart): boolean {
    let p = this.pending.get(tabId);
    // an extraction starts with its first part: a lower version there is a content script started afresh in
    // this tab (re-injected), whose counter began again; any other part of an older extraction is stale
    if (p && msg.version < p.version && msg.index !== 0) return false;
    if (!p || msg.version !== p.version) {
      this.forget(tabId);
      p = { version: msg.version, text: [], blocks: [], received: 0, chars: 0, broken: false };
      this.pending.set(tabId, p);
    }
    if (p.broken) return false;
    if (p.text[msg.index] !== undefined) return this.fail(p, 'a part came twice');
    const chars = msg.text.length + msg.blocks.length;
    p.text[msg.index] = msg.text;
    p.blocks[msg.index] = msg.blocks;
    p.received++;
    p.chars += chars;
    this.held += chars;
    if (p.chars > this.limits.text + this.limits.blocks) return this.fail(p, 'its parts are over the size limit');
    this.makeRoom(tabId);
    return true;
  }

  /**
   * The whole page, once its final page-text arrives from the same tab: undefined when a part is missing,
   * repeated or from another extraction, or the page is over the limits.
   */
  finish(tabId: number, msg: PageTextMessage): Omit<PageText, 'url'> | undefined {
    const parts = msg.parts ?? 0;
    const p = this.pending.get(tabId);
    if (p && p.version <= msg.version) this.forget(tabId);
    let text = msg.text;
    let blocks = msg.blocks;
    if (parts > 0) {
      if (!p || p.version !== msg.version || p.broken) return undefined;
      if (p.received !== parts || p.text.length !== parts) return undefined;
      // received === parts with nothing at or past index `parts` means every index below it is filled
      text = p.text.join('') + text;
      blocks = p.blocks.join('') + blocks;
    }
    if (text.length > this.limits.text || blocks.length > this.limits.blocks) return undefined;
    return {
      version: msg.version,
      title: msg.title,
      text,
      blocks,
      editable: msg.editable,
      ...(msg.truncated ? { truncated: true } : {}),
    };
  }

  /** Drops what a tab sent (it closed, navigated, or started a newer extraction). */
  forget(tabId: number) {
    const p = this.pending.get(tabId);
    if (!p) return;
    this.held -= p.chars;
    this.pending.delete(tabId);
  }

  /** Drops every tab's transfer (so each background test case starts from none, whatever a fuzzed one left). */
  clear() {
    this.pending.clear();
    this.held = 0;
  }

  /** How many characters are held for all tabs (for tests). */
  get heldChars(): number {
    return this.held;
  }

  private fail(p: Pending, why: string): false {
    console.warn(`[tenderlight] background: dropped a page sent in parts: ${why}`);
    this.held -= p.chars;
    p.broken = true;
    p.text = [];
    p.blocks = [];
    p.chars = 0;
    return false;
  }

  /** Keeps the characters held for all tabs under the limit, dropping the oldest transfers of other tabs. */
  private makeRoom(keep: number) {
    for (const [tabId] of this.pending) {
      if (this.held <= this.limits.total) return;
      if (tabId !== keep) this.forget(tabId);
    }
  }
}
