/** The kinds of editor Tenderlight can insert into; each has a fixture page and an e2e spec. */
export type EditorKind = 'textarea' | 'input' | 'contenteditable' | 'ckeditor5' | 'tinymce' | 'quill';

export interface EditorTarget {
  kind: EditorKind;
  /** the element that takes focus and input: the control, or the editable root */
  el: HTMLElement;
}

export interface InsertResult {
  ok: boolean;
  editor?: EditorKind;
  reason?: string;
}

function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && /^(?:text|search|)$/i.test(el.getAttribute('type') ?? '');
}

/** Which editor an element belongs to, or undefined when the element cannot take text. */
export function editorFor(node: Element | null): EditorTarget | undefined {
  if (!node) return undefined;
  if (isTextControl(node)) {
    if (node.readOnly || node.disabled) return undefined;
    return { kind: node.tagName === 'TEXTAREA' ? 'textarea' : 'input', el: node };
  }
  const host = node as HTMLElement;
  if (!host.isContentEditable) return undefined;
  const ck = host.closest<HTMLElement>('.ck-editor__editable');
  if (ck) return { kind: 'ckeditor5', el: ck };
  const ql = host.closest<HTMLElement>('.ql-editor');
  if (ql) return { kind: 'quill', el: ql };
  const body = host.ownerDocument.body;
  if (body && (body.id === 'tinymce' || body.classList.contains('mce-content-body')) && body.contains(host))
    return { kind: 'tinymce', el: body };
  let root = host;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return { kind: 'contenteditable', el: root };
}

/** A selection remembered while the user is in the side panel. */
export interface SavedSelection {
  target: EditorTarget;
  /** for a text control: its selection; for a rich editor: a Range */
  control?: { start: number; end: number };
  range?: Range;
}

export function saveSelection(target: EditorTarget): SavedSelection {
  const el = target.el;
  if (isTextControl(el)) return { target, control: { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 } };
  const sel = el.ownerDocument.getSelection();
  const range = sel?.rangeCount ? sel.getRangeAt(0) : undefined;
  return { target, range: range && el.contains(range.commonAncestorContainer) ? range.cloneRange() : undefined };
}

function isGecko(win: Window): boolean {
  return /\bGecko\/\d/.test(win.navigator.userAgent) && !/\bChrom(e|ium)\//.test(win.navigator.userAgent);
}

/** Offers text as a paste; true if the editor took it (cancelled the event to handle it itself). */
function pasteText(win: Window & typeof globalThis, el: HTMLElement, text: string): boolean {
  try {
    const data = new win.DataTransfer();
    data.setData('text/plain', text);
    const ev = new win.ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    el.dispatchEvent(ev);
    return ev.defaultPrevented;
  } catch {
    return false;
  }
}

const BLOCK = 'p,div,li,h1,h2,h3,h4,h5,h6,td,th,blockquote,pre';

/** The text of the cursor's own paragraph before and after it (a rich editor), or of the whole control. */
function around(target: EditorTarget, saved: SavedSelection): { before: string; after: string } {
  const el = target.el;
  if (isTextControl(el)) {
    const c = saved.control ?? { start: el.value.length, end: el.value.length };
    return { before: el.value.slice(0, c.start), after: el.value.slice(c.end) };
  }
  const range = saved.range ?? el.ownerDocument.getSelection()?.getRangeAt(0);
  if (!range || !el.contains(range.startContainer)) return { before: '', after: '' };
  const start = range.startContainer;
  const startEl = start.nodeType === 1 ? (start as Element) : start.parentElement;
  const block = startEl?.closest(BLOCK);
  const scope = block && el.contains(block) && block !== el ? block : el;
  const pre = el.ownerDocument.createRange();
  pre.selectNodeContents(scope);
  pre.setEnd(range.startContainer, range.startOffset);
  const post = el.ownerDocument.createRange();
  post.selectNodeContents(scope);
  post.setStart(range.endContainer, range.endOffset);
  return { before: pre.toString(), after: post.toString() };
}

/**
 * The text with a space on either side where it would otherwise run into the words around the cursor
 * ("…guaranteed hours.The Supplier shall…"), so the checker and the reader see separate sentences.
 * At the start or end of a paragraph, or beside existing space, nothing is added.
 */
export function separated(text: string, before: string, after: string): string {
  const lead = /\S$/.test(before) && !/^\s/.test(text) ? ' ' : '';
  const trail = /^\S/.test(after) && !/\s$/.test(text) ? ' ' : '';
  return `${lead}${text}${trail}`;
}

function snapshot(t: EditorTarget): string {
  return isTextControl(t.el) ? t.el.value : (t.el.textContent ?? '');
}

/**
 * Puts text at the remembered cursor (or over the remembered selection) through the editor's own input
 * path: a `beforeinput` the editor may take over (CKEditor 5 does), else the browser's insertText
 * command, which every editor observes and which the browser's and the editor's undo both record.
 */
export function insertText(saved: SavedSelection, text: string): InsertResult {
  const { target } = saved;
  const el = target.el;
  if (!el.isConnected) return { ok: false, reason: 'the field you were editing is no longer on the page' };
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  if (!win) return { ok: false, reason: 'the field is not in a live document' };
  const before = snapshot(target);
  const context = around(target, saved);
  text = separated(text, context.before, context.after);
  win.focus();
  el.focus({ preventScroll: true });
  if (isTextControl(el)) {
    const c = saved.control ?? { start: el.value.length, end: el.value.length };
    el.setSelectionRange(c.start, c.end);
  } else if (saved.range?.startContainer.isConnected) {
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(saved.range);
  }
  // TinyMCE keeps its own undo history and records a step only on keys, commands, pastes and replacements, not
  // on the browser's insertText; a replacement `input` before and after makes the insertion exactly one step.
  const tinyMceStep = () =>
    target.kind === 'tinymce' &&
    el.dispatchEvent(new win.InputEvent('input', { inputType: 'insertReplacementText', bubbles: true }));
  tinyMceStep();
  const result = insertThroughEditor(win, doc, target, text, before);
  if (result.ok) tinyMceStep();
  return result;
}

function insertThroughEditor(
  win: Window & typeof globalThis,
  doc: Document,
  target: EditorTarget,
  text: string,
  before: string,
): InsertResult {
  const el = target.el;
  if (!isTextControl(el)) {
    const ev = new win.InputEvent('beforeinput', {
      inputType: 'insertText',
      data: text,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    el.dispatchEvent(ev);
    if (ev.defaultPrevented) return { ok: true, editor: target.kind };
    // CKEditor 5 in Firefox syncs native insertText into its model without an undo step; a paste gets one.
    if (target.kind === 'ckeditor5' && isGecko(win) && pasteText(win, el, text))
      return { ok: true, editor: target.kind };
  }
  let done = false;
  try {
    done = doc.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  if (done && snapshot(target) !== before) return { ok: true, editor: target.kind };
  if (isTextControl(el)) {
    const c = { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 };
    el.setRangeText(text, c.start, c.end, 'end');
    el.dispatchEvent(new win.InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }));
    return { ok: true, editor: target.kind };
  }
  return { ok: false, reason: 'the editor did not accept the text' };
}
