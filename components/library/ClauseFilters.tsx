import type { ClauseFilter } from '~/lib/library/clauses';
import { CHECK_IDS, DOCUMENT_TYPES, JURISDICTIONS } from '~/lib/types';
import { CHECK_TITLE, DOCUMENT_TYPE_LABEL, JURISDICTION_LABEL } from './labels';

/** Search box and the check, place, document-type and origin filters above the clause list. */
export function ClauseFilters({ filter, onChange }: { filter: ClauseFilter; onChange: (f: ClauseFilter) => void }) {
  const set = (patch: Partial<ClauseFilter>) => onChange({ ...filter, ...patch });
  return (
    <search class="tl-filters">
      <label>
        Search
        <input
          type="search"
          value={filter.text ?? ''}
          placeholder="words in the title or wording"
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </label>
      <Choice
        label="Check"
        value={filter.checkId ?? ''}
        options={CHECK_IDS.map((id) => [id, CHECK_TITLE[id]])}
        onChange={(checkId) => set({ checkId: checkId as ClauseFilter['checkId'] })}
      />
      <Choice
        label="Place"
        value={filter.jurisdiction ?? ''}
        options={JURISDICTIONS.map((j) => [j, JURISDICTION_LABEL[j]])}
        onChange={(jurisdiction) => set({ jurisdiction: jurisdiction as ClauseFilter['jurisdiction'] })}
      />
      <Choice
        label="Document type"
        value={filter.documentType ?? ''}
        options={DOCUMENT_TYPES.map((t) => [t, DOCUMENT_TYPE_LABEL[t]])}
        onChange={(documentType) => set({ documentType: documentType as ClauseFilter['documentType'] })}
      />
      <Choice
        label="Whose"
        value={filter.origin ?? ''}
        options={[
          ['user', 'Yours'],
          ['built-in', 'Built-in'],
        ]}
        onChange={(origin) => set({ origin: origin as ClauseFilter['origin'] })}
      />
    </search>
  );
}

function Choice(props: {
  label: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">All</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
