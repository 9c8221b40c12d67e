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
        return (
          <li key={`${ev.start}:${ev.end}`} class={`evidence-${ev.strength}`}>
            <blockquote>{ev.text.length > 400 ? `${ev.text.slice(0, 400)}…` : ev.text}</blockquote>
            <p class="why">
              <strong>{label.kind}: </strong>
              {label.why}
            </p>
            {inPage && (
              <button type="button" class="secondary" onClick={() => onShow(ev)}>
                Show in page
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
