import type { DocumentBlock } from '@/lib/documents/types';

/** The index of the block holding document offset `at` (the last block starting at or before it), by binary search. */
export function blockAt(blocks: readonly DocumentBlock[], at: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The index of the last block a passage [start, end) reaches into. */
export function lastBlockOf(blocks: readonly DocumentBlock[], end: number): number {
  return blockAt(blocks, Math.max(0, end - 1));
}

/** The text node of a rendered block, or undefined while its part of the document is not yet on the page. */
function blockText(root: HTMLElement, block: DocumentBlock): Text | undefined {
  const node = root.querySelector(`p[data-start="${block.start}"]`)?.firstChild;
  return node instanceof Text ? node : undefined;
}

/**
 * The DOM range of document text [start, end): found through the two blocks holding its ends (binary search
 * over the blocks, then one lookup each), so marking evidence costs the same on page 1 and page 1,000.
 */
export function rangeIn(
  root: HTMLElement,
  blocks: readonly DocumentBlock[],
  start: number,
  end: number,
): Range | undefined {
  if (!blocks.length || end <= start) return undefined;
  const a = blocks[blockAt(blocks, start)]!;
  const b = blocks[lastBlockOf(blocks, end)]!;
  const first = blockText(root, a);
  const last = blockText(root, b);
  if (!first || !last) return undefined;
  const r = new Range();
  r.setStart(first, Math.min(first.length, Math.max(0, start - a.start)));
  r.setEnd(last, Math.min(last.length, Math.max(0, end - b.start)));
  return r.collapsed ? undefined : r;
}

type HighlightRegistry = Map<string, unknown>;
type HighlightCtor = new (...r: Range[]) => { add(r: Range): void };

/** Sets (or clears) a named CSS highlight; browsers without the API just show no marks. */
export function highlight(name: string, ranges: Range[]): void {
  const reg = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const Hl = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  if (!reg || !Hl) return;
  if (ranges.length) reg.set(name, new Hl(...ranges));
  else reg.delete(name);
}

/** Adds ranges to a named CSS highlight (made if missing), as more of the document reaches the page. */
export function addToHighlight(name: string, ranges: Range[]): void {
  const reg = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const Hl = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  if (!reg || !Hl || !ranges.length) return;
  const existing = reg.get(name) as { add(r: Range): void } | undefined;
  if (existing) for (const r of ranges) existing.add(r);
  else reg.set(name, new Hl(...ranges));
}
