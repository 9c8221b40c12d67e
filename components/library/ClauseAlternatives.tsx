import type { LibraryClause } from '~/lib/library/types';
import './alternatives.css';

/** The other fitting clauses from the library, each one click from replacing the suggestion. */
export function ClauseAlternatives(props: { alternatives: LibraryClause[]; onChoose: (id: string) => void }) {
  return (
    <fieldset class="clause-alternatives">
      <legend>{props.alternatives.length ? 'Other wording from your library' : 'Your clause library'}</legend>
      {props.alternatives.map((c) => (
        <button key={c.id} type="button" class="link" onClick={() => props.onChoose(c.id)}>
          {c.title}
          {c.origin === 'user' ? ' (yours)' : ''}
        </button>
      ))}
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        Edit in the clause library
      </button>
    </fieldset>
  );
}
