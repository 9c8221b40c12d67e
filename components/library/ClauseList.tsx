import type { LibraryClause } from '~/lib/library/types';
import { CHECK_TITLE } from './labels';

/** The clauses that pass the filters; choosing one shows it beside the list. */
export function ClauseList(props: {
  clauses: LibraryClause[];
  selectedId: string | null;
  offeredIds: Set<string>;
  onSelect: (id: string) => void;
}) {
  if (!props.clauses.length) return <p class="tl-empty">No clause matches these filters.</p>;
  return (
    <ul class="tl-clause-list" aria-label="Clauses">
      {props.clauses.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            class="tl-clause-item"
            aria-current={c.id === props.selectedId ? 'true' : undefined}
            onClick={() => props.onSelect(c.id)}
          >
            <span class="tl-clause-title">{c.title}</span>
            <span class="tl-clause-meta">
              {CHECK_TITLE[c.checkId]} ·{' '}
              <span class={`tl-origin tl-origin-${c.origin}`}>{c.origin === 'user' ? 'yours' : 'built-in'}</span>
              {props.offeredIds.has(c.id) ? <span class="tl-offer-badge"> · newer built-in wording</span> : null}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
