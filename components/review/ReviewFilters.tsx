import { checkById, STATUS_LABEL } from '~/lib/report/describe';
import type { ReviewFilter } from '~/lib/store/reviews-db';
import { CHECK_IDS, type CheckId, STATUSES, type Status } from '~/lib/types';

/** Search and filters above the list of saved reviews. */
export function ReviewFilters({ filter, onChange }: { filter: ReviewFilter; onChange: (f: ReviewFilter) => void }) {
  const set = (patch: Partial<ReviewFilter>) => onChange({ ...filter, ...patch });
  return (
    <search class="filters" aria-label="Find a saved review">
      <label>
        Search
        <input
          type="search"
          value={filter.text ?? ''}
          placeholder="title, address or note"
          onInput={(e) => set({ text: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        Check
        <select
          value={filter.check ?? ''}
          onChange={(e) => set({ check: ((e.target as HTMLSelectElement).value || undefined) as CheckId | undefined })}
        >
          <option value="">Any check</option>
          {CHECK_IDS.map((id) => (
            <option key={id} value={id}>
              {checkById(id).title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select
          value={filter.status ?? ''}
          onChange={(e) => set({ status: ((e.target as HTMLSelectElement).value || undefined) as Status | undefined })}
        >
          <option value="">{filter.check ? 'Missing or weak' : 'Any status'}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Saved from
        <input
          type="date"
          value={filter.from ?? ''}
          onInput={(e) => set({ from: (e.target as HTMLInputElement).value || undefined })}
        />
      </label>
      <label>
        to
        <input
          type="date"
          value={filter.to ?? ''}
          onInput={(e) => set({ to: (e.target as HTMLInputElement).value || undefined })}
        />
      </label>
    </search>
  );
}
