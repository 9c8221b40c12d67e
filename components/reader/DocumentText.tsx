import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { LocatedScanResult } from '@/lib/documents/locate';
import type { ReadDocumentResult } from '@/lib/documents/types';

/** The range of document text [start, end) inside the block elements rendered below. */
function rangeIn(root: HTMLElement, start: number, end: number): Range | undefined {
  const blocks = root.querySelectorAll<HTMLElement>('p[data-start]');
  let first: { node: Text; offset: number } | undefined;
  let last: { node: Text; offset: number } | undefined;
  for (const el of blocks) {
    const bStart = Number(el.dataset.start);
    const node = el.firstChild;
    if (!(node instanceof Text)) continue;
    const bEnd = bStart + node.length;
    if (bEnd <= start || bStart >= end) continue;
    first ??= { node, offset: Math.max(0, start - bStart) };
    last = { node, offset: Math.min(node.length, end - bStart) };
  }
  if (!first || !last) return undefined;
  const r = new Range();
  r.setStart(first.node, first.offset);
  r.setEnd(last.node, last.offset);
  return r;
}

/** Sets (or clears) a named CSS highlight; browsers without the API just show no marks. */
function highlight(name: string, ranges: Range[]) {
  const reg = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const Hl = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!reg || !Hl) return;
  if (ranges.length) reg.set(name, new Hl(...ranges));
  else reg.delete(name);
}

/** Scrolls the document text to a passage and marks it as the one being looked at. */
export function showPassage(root: HTMLElement | null, start: number, end: number): boolean {
  if (!root) return false;
  const r = rangeIn(root, start, end);
  if (!r) return false;
  highlight('reader-focus', [r]);
  (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
  return true;
}

/** The document's text as read, page by page, with the evidence of every check marked. */
export function DocumentText({
  document,
  result,
  rootRef,
}: {
  document: ReadDocumentResult;
  result: LocatedScanResult;
  rootRef: { current: HTMLElement | null };
}) {
  const local = useRef<HTMLElement>(null);
  useEffect(() => {
    const root = local.current;
    rootRef.current = root;
    if (!root) return;
    const marks: Record<'strong' | 'weak', Range[]> = { strong: [], weak: [] };
    for (const check of result.checks)
      for (const ev of check.evidence) {
        const r = rangeIn(root, ev.start, ev.end);
        if (r) marks[ev.strength].push(r);
      }
    highlight('reader-strong', marks.strong);
    highlight('reader-weak', marks.weak);
    highlight('reader-focus', []);
    return () => {
      highlight('reader-strong', []);
      highlight('reader-weak', []);
      highlight('reader-focus', []);
    };
  }, [document, result, rootRef]);

  let page: number | undefined;
  return (
    <article class="document-text" ref={local} aria-label={`Text of ${document.file}`}>
      {document.blocks.map((b) => {
        const marker = b.location.page !== undefined && b.location.page !== page;
        page = b.location.page;
        const text = document.text.slice(b.start, b.end);
        return (
          <Fragment key={b.id}>
            {marker && <p class="page-marker">Page {b.location.page}</p>}
            {b.kind === 'heading' ? (
              <p data-start={b.start} class="doc-heading">
                {text}
              </p>
            ) : (
              <p data-start={b.start} class={b.kind === 'table-row' ? 'doc-row' : undefined}>
                {text}
              </p>
            )}
          </Fragment>
        );
      })}
    </article>
  );
}
