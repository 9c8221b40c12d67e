import { useState } from 'preact/hooks';
import { KNOWN_PLACEHOLDERS, type PlaceholderValues } from '~/lib/clauses/placeholders';
import { previewClause } from '~/lib/library/placeholder-values';
import type { ClauseSource, LibraryClause } from '~/lib/library/types';
import { CHECK_IDS, DOCUMENT_TYPES, JURISDICTIONS, SECTORS } from '~/lib/types';
import { ClausePreview } from './ClausePreview';
import { CHECK_TITLE, DOCUMENT_TYPE_LABEL, JURISDICTION_LABEL, SECTOR_LABEL } from './labels';

/** The form for the user's own clause, with the wording previewed live as it will be inserted. */
export function ClauseEditor(props: {
  initial: LibraryClause;
  values: PlaceholderValues;
  problems: string[];
  onSave: (draft: LibraryClause) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(props.initial);
  const set = (patch: Partial<LibraryClause>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      class="tl-clause-editor"
      noValidate
      aria-label="Edit clause"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(draft);
      }}
    >
      <label>
        Title
        <input value={draft.title} required onInput={(e) => set({ title: e.currentTarget.value })} />
      </label>
      <label>
        Check
        <select
          value={draft.checkId}
          onChange={(e) => set({ checkId: e.currentTarget.value as LibraryClause['checkId'] })}
        >
          {CHECK_IDS.map((id) => (
            <option key={id} value={id}>
              {CHECK_TITLE[id]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Wording
        <textarea rows={9} value={draft.body} required onInput={(e) => set({ body: e.currentTarget.value })} />
      </label>
      <p class="tl-hint">
        Placeholders you can use:{' '}
        {Object.entries(KNOWN_PLACEHOLDERS).map(([name, from]) => (
          <code key={name} title={from}>{`{${name}} `}</code>
        ))}
      </p>
      <ClausePreview preview={previewClause(draft.body, props.values)} label="Live preview" />
      <TagChoice
        legend="Places (none ticked = any)"
        all={JURISDICTIONS}
        labels={JURISDICTION_LABEL}
        chosen={draft.jurisdictions}
        onChange={(jurisdictions) => set({ jurisdictions })}
      />
      <TagChoice
        legend="Document types (none ticked = any)"
        all={DOCUMENT_TYPES}
        labels={DOCUMENT_TYPE_LABEL}
        chosen={draft.documentTypes}
        onChange={(documentTypes) => set({ documentTypes })}
      />
      <TagChoice
        legend="Sectors (none ticked = any)"
        all={SECTORS}
        labels={SECTOR_LABEL}
        chosen={draft.sectors}
        onChange={(sectors) => set({ sectors })}
      />
      <label>
        Implements (the statute or policy, in one line)
        <input value={draft.implements} onInput={(e) => set({ implements: e.currentTarget.value })} />
      </label>
      <LegalSourcesEditor sources={draft.legalBasis} onChange={(legalBasis) => set({ legalBasis })} />
      <label>
        Notes
        <textarea rows={3} value={draft.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
      </label>
      <label>
        Licence
        <input value={draft.licence} onInput={(e) => set({ licence: e.currentTarget.value })} />
      </label>
      <label>
        Attribution
        <input value={draft.attribution} onInput={(e) => set({ attribution: e.currentTarget.value })} />
      </label>
      {props.problems.length ? (
        <div role="alert" class="tl-error">
          <p>Not saved:</p>
          <ul>
            {props.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="tl-actions">
        <button type="submit">Save clause</button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function TagChoice<T extends string>(props: {
  legend: string;
  all: readonly T[];
  labels: Record<T, string>;
  chosen: T[];
  onChange: (chosen: T[]) => void;
}) {
  return (
    <fieldset class="tl-tags">
      <legend>{props.legend}</legend>
      {props.all.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={props.chosen.includes(value)}
            onChange={(e) =>
              props.onChange(
                e.currentTarget.checked
                  ? props.all.filter((v) => v === value || props.chosen.includes(v))
                  : props.chosen.filter((v) => v !== value),
              )
            }
          />
          {props.labels[value]}
        </label>
      ))}
    </fieldset>
  );
}

function LegalSourcesEditor({ sources, onChange }: { sources: ClauseSource[]; onChange: (s: ClauseSource[]) => void }) {
  const update = (i: number, patch: Partial<ClauseSource>) =>
    onChange(sources.map((s, j) => (j === i ? dropEmpty({ ...s, ...patch }) : s)));
  return (
    <fieldset class="tl-sources">
      <legend>Legal basis (dated sources)</legend>
      {sources.map((s, i) => (
        <div class="tl-source-row" key={i}>
          <label>
            Source title
            <input value={s.title} onInput={(e) => update(i, { title: e.currentTarget.value })} />
          </label>
          <label>
            Web address
            <input type="url" value={s.url ?? ''} onInput={(e) => update(i, { url: e.currentTarget.value })} />
          </label>
          <label>
            In force from
            <input
              type="date"
              value={s.inForceFrom ?? ''}
              onInput={(e) => update(i, { inForceFrom: e.currentTarget.value })}
            />
          </label>
          <label>
            Checked on
            <input
              type="date"
              value={s.checkedOn ?? ''}
              onInput={(e) => update(i, { checkedOn: e.currentTarget.value })}
            />
          </label>
          <button type="button" onClick={() => onChange(sources.filter((_, j) => j !== i))}>
            Remove source
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...sources, { title: '' }])}>
        Add a source
      </button>
    </fieldset>
  );
}

/** An emptied optional field is left out, so it is not saved as an invalid empty date or address. */
function dropEmpty(source: ClauseSource): ClauseSource {
  return Object.fromEntries(
    Object.entries(source).filter(([k, v]) => k === 'title' || (v !== '' && v !== undefined)),
  ) as ClauseSource;
}
