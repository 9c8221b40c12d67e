import type { ClauseSource } from '~/lib/library/types';

/** The statutes and policies a clause implements, with the dates that show how current they are. */
export function LegalBasisList({ sources, implementsText }: { sources: ClauseSource[]; implementsText: string }) {
  if (!sources.length && !implementsText) return <p class="tl-muted">No legal basis recorded.</p>;
  return (
    <ul class="tl-legal-basis">
      {sources.length === 0 ? <li>{implementsText}</li> : null}
      {sources.map((s) => (
        <li key={s.title}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {s.effect ? <span class="tl-muted"> — {s.effect}</span> : null}
          {s.inForceFrom || s.checkedOn ? (
            <span class="tl-dates">
              {s.inForceFrom ? ` In force from ${s.inForceFrom}.` : ''}
              {s.checkedOn ? ` Checked ${s.checkedOn}.` : ''}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
