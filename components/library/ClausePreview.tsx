import { KNOWN_PLACEHOLDERS } from '~/lib/clauses/placeholders';
import type { ClausePreview as Preview } from '~/lib/library/placeholder-values';

/** The wording as it would be inserted, with any placeholder still in braces marked, and listed with the fix. */
export function ClausePreview({ preview, label = 'Preview' }: { preview: Preview; label?: string }) {
  const parts = preview.text.split(/(\{[^{}]*\})/);
  return (
    <section class="tl-preview" aria-label={label}>
      <p class="tl-preview-text" data-testid="clause-preview">
        {parts.map((part, i) =>
          i % 2 === 1 ? (
            <mark key={i} class="tl-unfilled">
              {part}
            </mark>
          ) : (
            part
          ),
        )}
      </p>
      <PlaceholderProblems preview={preview} />
    </section>
  );
}

function PlaceholderProblems({ preview }: { preview: Preview }) {
  if (!preview.unfilled.length && !preview.unknown.length) return null;
  return (
    <ul class="tl-placeholder-problems" data-testid="placeholder-problems">
      {preview.unfilled.map((name) => (
        <li key={name}>
          <code>{`{${name}}`}</code> is not filled yet: it comes from {KNOWN_PLACEHOLDERS[name] ?? 'nowhere'}.
        </li>
      ))}
      {preview.unknown.map((name) => (
        <li key={name}>
          <code>{`{${name}}`}</code> is not a placeholder Tenderlight knows; check the spelling (known:{' '}
          {Object.keys(KNOWN_PLACEHOLDERS)
            .map((k) => `{${k}}`)
            .join(', ')}
          ).
        </li>
      ))}
    </ul>
  );
}
