import { Component } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LocatedEvidence, LocatedScanResult } from '@/lib/documents/locate';
import type { ReadDocumentResult } from '@/lib/documents/types';
import { addToHighlight, highlight, lastBlockOf, rangeIn } from './text-ranges';

/**
 * Blocks per part: the text reaches the page one part per task, after the findings, so no task grows with
 * the document.
 */
export const PART = 40;

/** What the findings beside the text can ask of it. */
export interface DocumentTextHandle {
  /** scrolls to a passage and marks it as the one being looked at, bringing its part onto the page first */
  show(start: number, end: number): void;
}

interface PartProps {
  document: ReadDocumentResult;
  from: number;
  to: number;
}

/** One part of the document's text: its blocks as paragraphs, with a marker where a new page begins. */
class DocumentPart extends Component<PartProps> {
  // a part once on the page never changes: re-checking the document re-marks it, it does not re-render it
  override shouldComponentUpdate(next: PartProps) {
    return next.document !== this.props.document || next.from !== this.props.from || next.to !== this.props.to;
  }

  override render({ document, from, to }: PartProps) {
    const out = [];
    for (let i = from; i < to; i++) {
      const b = document.blocks[i]!;
      const page = b.location.page;
      if (page !== undefined && page !== document.blocks[i - 1]?.location.page)
        out.push(
          <p class="page-marker" key={`page-${page}`}>
            Page {page}
          </p>,
        );
      const kind = b.kind === 'heading' ? 'doc-heading' : b.kind === 'table-row' ? 'doc-row' : undefined;
      out.push(
        <p data-start={b.start} class={kind} key={b.id}>
          {document.text.slice(b.start, b.end)}
        </p>,
      );
    }
    return <section class="doc-part">{out}</section>;
  }
}

/** Which parts are on the page: all those before `upTo`, and any a "Show in document" asked for ahead of it. */
interface Shown {
  document: ReadDocumentResult;
  upTo: number;
  ahead: readonly number[];
}

/**
 * The document's text as read, page by page, with the evidence of every check marked. A long document is
 * put on the page part by part, one part per task, and each part is laid out only when scrolled to
 * (content-visibility), so a 1,000-page PDF never blocks the page; evidence is marked as its part arrives.
 */
export function DocumentText({
  document,
  result,
  handle,
}: {
  document: ReadDocumentResult;
  result: LocatedScanResult;
  handle: { current: DocumentTextHandle | null };
}) {
  const root = useRef<HTMLElement>(null);
  const parts = Math.ceil(document.blocks.length / PART);
  const [shown, setShown] = useState<Shown>({ document, upTo: 0, ahead: [] });
  const current = shown.document === document ? shown : { document, upTo: 0, ahead: [] };
  const isShown = (part: number) => part < current.upTo || current.ahead.includes(part);
  const unmarked = useRef<LocatedEvidence[]>([]);
  const focus = useRef<{ start: number; end: number } | undefined>(undefined);

  // the next part, after this one is painted
  useEffect(() => {
    if (current.upTo >= parts) return;
    const t = setTimeout(() => setShown({ ...current, upTo: current.upTo + 1 }), 0);
    return () => clearTimeout(t);
  }, [current.document, current.upTo, parts]);

  // a new result: every piece of evidence is to be marked again
  useEffect(() => {
    unmarked.current = result.checks.flatMap((c) => c.evidence);
    highlight('reader-strong', []);
    highlight('reader-weak', []);
    highlight('reader-focus', []);
    return () => {
      highlight('reader-strong', []);
      highlight('reader-weak', []);
      highlight('reader-focus', []);
    };
  }, [document, result]);

  // marks the evidence whose text has reached the page, and the passage asked for
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const marks: Record<'strong' | 'weak', Range[]> = { strong: [], weak: [] };
    unmarked.current = unmarked.current.filter((ev) => {
      const r = rangeIn(el, document.blocks, ev.start, ev.end);
      if (r) marks[ev.strength].push(r);
      return !r;
    });
    addToHighlight('reader-strong', marks.strong);
    addToHighlight('reader-weak', marks.weak);
    const f = focus.current;
    const r = f && rangeIn(el, document.blocks, f.start, f.end);
    if (!r) return;
    focus.current = undefined;
    highlight('reader-focus', [r]);
    (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
  });

  handle.current = {
    show(start, end) {
      focus.current = { start, end };
      const part = Math.floor(lastBlockOf(document.blocks, end) / PART);
      const first = Math.floor(lastBlockOf(document.blocks, start + 1) / PART);
      const missing = [first, part].filter((p) => !isShown(p));
      // a re-render runs the marking effect above, which scrolls to the passage
      setShown({ ...current, ahead: [...current.ahead, ...missing] });
    },
  };

  const sections = [];
  for (let p = 0; p < parts; p++)
    sections.push(
      isShown(p) ? (
        <DocumentPart
          key={p}
          document={document}
          from={p * PART}
          to={Math.min(document.blocks.length, (p + 1) * PART)}
        />
      ) : (
        <section key={p} class="doc-part doc-part-coming" aria-hidden="true" />
      ),
    );
  return (
    <article class="document-text" ref={root} aria-label={`Text of ${document.file}`}>
      {sections}
    </article>
  );
}
