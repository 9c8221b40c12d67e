import type { CitedSource, LegalBasisAnswer } from '@/lib/data/legal-basis';
import { linkTarget } from '@/lib/library/web-address';

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
              <SourceTitle source={s} />
              <span class="muted"> — in force from {s.inForceFrom}</span>
              <p>{s.effect}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A link only to an ordinary web address (the library's rule); any other address is not made a link. */
function SourceTitle({ source }: { source: Pick<CitedSource, 'title' | 'url'> }) {
  const href = linkTarget(source.url);
  if (!href) return <span class="legal-title">{source.title}</span>;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {source.title}
    </a>
  );
}
