import { nodeOffsetFor, type TextPiece } from '../extract/extract';

/** Part of a passage inside one form control (textarea or input), as offsets into its value. */
export interface ControlSpan {
  el: HTMLTextAreaElement | HTMLInputElement;
  start: number;
  end: number;
}

/** Where a passage of the extracted text lies in the page: DOM ranges, and spans inside form controls. */
export interface PassageLocation {
  ranges: Range[];
  controls: ControlSpan[];
}

function firstPieceAt(pieces: readonly TextPiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  let best = pieces.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.start + pieces[mid]!.text.length > offset) {
      best = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return best;
}

const isControl = (n: Node): n is HTMLTextAreaElement | HTMLInputElement =>
  n.nodeType === 1 && ((n as Element).tagName === 'TEXTAREA' || (n as Element).tagName === 'INPUT');

/**
 * Maps [start, end) of the extracted text back to the page. Consecutive text pieces in the same
 * document or shadow root share one Range; a piece in another root or a form control starts a new one.
 */
export function locate(pieces: readonly TextPiece[], start: number, end: number): PassageLocation {
  const out: PassageLocation = { ranges: [], controls: [] };
  let open: { range: Range; root: Node } | undefined;
  for (let i = firstPieceAt(pieces, start); i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.start >= end) break;
    const s = Math.max(start, p.start);
    const e = Math.min(end, p.start + p.text.length);
    if (e <= s) continue;
    const node = p.node;
    if (isControl(node)) {
      open = undefined;
      out.controls.push({ el: node, start: nodeOffsetFor(p, s), end: nodeOffsetFor(p, e) });
      continue;
    }
    if (!node.isConnected) continue;
    const root = node.getRootNode();
    const from = nodeOffsetFor(p, s);
    const to = Math.min(nodeOffsetFor(p, e), (node as Text).data.length);
    try {
      if (open && open.root === root) {
        open.range.setEnd(node, to);
      } else {
        const range = (node.ownerDocument as Document).createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        out.ranges.push(range);
        open = { range, root };
      }
    } catch {
      open = undefined; // the node changed under us; the next extraction will place it
    }
  }
  return out;
}
