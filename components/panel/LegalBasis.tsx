import type { LegalBasisAnswer } from '@/lib/data/legal-basis';

/** The legal and policy sources for the document's place and buyer, with their dates; outside the UK, says so. */
export function LegalBasis({ answer, place, buyer }: { answer: LegalBasisAnswer; place: string; buyer?: string }) {
  return (
    <div class="legal">
      <h4>Legal basis ({place})</h4>
      {buyer && answer.covered && <p class="muted">{buyer}</p>}
      {!answer.covered ? (
        <p class="legal-not-covered">{answer.message}</p>
      ) : (
        <ul>
          {answer.sources.map((s) => (
            <li key={s.title} class={s.goodPractice ? 'legal-good-practice' : undefined}>
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {s.title}
              </a>
              <span class="muted"> — in force from {s.inForceFrom}</span>
              <p>{s.effect}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
