import type { LegalSource } from '@/lib/checks/types';

/** The legal and policy sources for the document's jurisdiction, with their dates. */
export function LegalBasis({ sources, place }: { sources: readonly LegalSource[]; place: string }) {
  return (
    <div class="legal">
      <h4>Legal basis ({place})</h4>
      <ul>
        {sources.map((s) => (
          <li key={s.title}>
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.title}
            </a>
            <span class="muted"> — in force from {s.inForceFrom}</span>
            <p>{s.effect}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
