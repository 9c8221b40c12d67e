import type { ClauseSource } from '~/lib/library/types';
import { linkTarget } from '~/lib/library/web-address';

/** The statutes and policies a clause implements, with the dates that show how current they are. */
export function LegalBasisList({ sources, implementsText }: { sources: ClauseSource[]; implementsText: string }) {
  if (!sources.length && !implementsText) return <p class="tl-muted">No legal basis recorded.</p>;
  return (
    <ul class="tl-legal-basis">
      {sources.length === 0 ? <li>{implementsText}</li> : null}
      {sources.map((s, i) => (
        <li key={i}>
          <SourceTitle source={s} />
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

/**
 * A link only to an ordinary web address. Anything else a stored clause may carry (a `javascript:` or `data:`
 * address from an import made before imports checked them) is shown as text, so it can be seen and removed.
 */
function SourceTitle({ source }: { source: ClauseSource }) {
  const href = linkTarget(source.url);
  if (href)
    return (
      <a href={href} target="_blank" rel="noreferrer noopener">
        {source.title}
      </a>
    );
  if (!source.url) return <>{source.title}</>;
  return (
    <>
      {source.title}{' '}
      <span class="tl-muted" data-testid="unlinked-address">
        (address not shown as a link, as it is not a web page: {source.url.slice(0, 120)})
      </span>
    </>
  );
}
