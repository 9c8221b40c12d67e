import { citeLocation } from '@/lib/documents/assemble';
import type { SourceLocation } from '@/lib/documents/types';
import { evidenceLabel } from '@/lib/report/describe';
import type { Evidence } from '@/lib/types';

interface Props {
  evidence: readonly Evidence[];
  /** false when the passages are not in the page (a checked selection) */
  inPage: boolean;
  onShow(ev: Evidence): void;
}

/** The passages a verdict rests on; each one scrolls the page to it. */
export function EvidenceList({ evidence, inPage, onShow }: Props) {
  if (!evidence.length) return <p class="muted">No passage in this page addresses it.</p>;
  return (
    <ol class="evidence">
      {evidence.map((ev) => {
        const label = evidenceLabel(ev);
        // evidence from a read document says where it is: "terms.pdf, p. 14, clause 14.3"
        const where = (ev as Evidence & { location?: SourceLocation }).location;
        return (
          <li key={`${ev.start}:${ev.end}`} class={`evidence-${ev.strength}`}>
            {where && <p class="where">{citeLocation(where)}</p>}
            <blockquote>{ev.text.length > 400 ? `${ev.text.slice(0, 400)}…` : ev.text}</blockquote>
            <p class="why">
              <strong>{label.kind}: </strong>
              {label.why}
            </p>
            {inPage && (
              <button type="button" class="secondary" onClick={() => onShow(ev)}>
                {where ? 'Show in document' : 'Show in page'}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
