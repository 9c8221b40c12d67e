import { type ExtractedPage, extractPage, nodeOffsetFor, pieceAt } from '~/lib/extract/extract';
import type { DraftBlock } from '~/lib/store/reviews-db';
import type { Evidence } from '~/lib/types';

/** Replaces the draft's content with plain paragraphs built by textContent: no demo or stored text is parsed as markup. */
export function renderDraft(editor: HTMLElement, blocks: readonly DraftBlock[]) {
  editor.replaceChildren(
    ...blocks.map((b) => {
      const el = editor.ownerDocument.createElement(b.kind);
      el.textContent = b.text;
      return el;
    }),
  );
}

/** The draft as the trainer left it, to store and restore. */
export function serialiseDraft(editor: HTMLElement): DraftBlock[] {
  const out: DraftBlock[] = [];
  for (const node of editor.childNodes) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName : '';
    out.push({ kind: tag === 'H1' ? 'h1' : tag === 'H2' ? 'h2' : tag === 'H3' ? 'h3' : 'p', text });
  }
  return out;
}

export function readDraft(editor: HTMLElement): ExtractedPage {
  return extractPage(editor);
}

/** DOM ranges of a passage of the extracted text, one per text node it spans. */
export function rangesFor(page: ExtractedPage, e: Pick<Evidence, 'start' | 'end'>): Range[] {
  const out: Range[] = [];
  for (const piece of page.pieces) {
    const pEnd = piece.start + piece.text.length;
    if (pEnd <= e.start || piece.start >= e.end || piece.node.nodeType !== 3) continue;
    const doc = piece.node.ownerDocument!;
    const r = doc.createRange();
    r.setStart(piece.node, nodeOffsetFor(piece, Math.max(e.start, piece.start)));
    r.setEnd(piece.node, nodeOffsetFor(piece, Math.min(e.end, pEnd)));
    out.push(r);
  }
  return out;
}

/** The draft paragraph a passage sits in, so wording can be inserted right after it. */
export function blockElementAt(editor: HTMLElement, page: ExtractedPage, offset: number): Element | undefined {
  let node: Node | null = pieceAt(page.pieces, offset)?.node ?? null;
  while (node && node.parentNode !== editor) node = node.parentNode;
  return node && node.nodeType === 1 ? (node as Element) : undefined;
}

/**
 * Pasted or dropped content goes into the draft as plain text only: copied portal HTML can carry
 * `<img>` and other elements that would make the extension page fetch them (a network request).
 */
export function pasteAsText(e: ClipboardEvent | DragEvent) {
  const data = e.type === 'drop' ? (e as DragEvent).dataTransfer : (e as ClipboardEvent).clipboardData;
  e.preventDefault();
  const text = data?.getData('text/plain') ?? '';
  if (!text) return;
  const doc = (e.currentTarget as Node | null)?.ownerDocument ?? document;
  if (e.type === 'drop') {
    const d = e as DragEvent;
    const at = doc.caretRangeFromPoint?.(d.clientX, d.clientY);
    if (at) doc.getSelection()?.removeAllRanges();
    if (at) doc.getSelection()?.addRange(at);
  }
  // insertText keeps the browser's undo and fires the input event the draft already listens to.
  doc.execCommand('insertText', false, text);
}

/** Makes the draft take pasted and dropped content as plain text; returns the undo. */
export function pasteOnlyText(editor: HTMLElement): () => void {
  editor.addEventListener('paste', pasteAsText);
  editor.addEventListener('drop', pasteAsText);
  return () => {
    editor.removeEventListener('paste', pasteAsText);
    editor.removeEventListener('drop', pasteAsText);
  };
}
