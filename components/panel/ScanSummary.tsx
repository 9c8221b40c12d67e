import type { ScanResult, Status } from '@/lib/types';
import { StatusBadge } from './StatusBadge';

const ORDER: Status[] = ['missing', 'weak', 'strong', 'n/a'];

/** Counts of checks by status, worst first; says so when only the start of a very large page was checked. */
export function ScanSummary({ result, checkedWords }: { result: ScanResult; checkedWords?: number }) {
  return (
    <>
      {checkedWords !== undefined && (
        <p class="too-large" role="note">
          Too large: checked the first {checkedWords.toLocaleString('en-GB')} words of this page. Passages after them
          are not checked.
        </p>
      )}
      <ul class="summary" aria-label="Summary">
        {ORDER.map((s) => (
          <li key={s} data-status={s}>
            <strong class="count">{result.checks.filter((c) => c.status === s).length}</strong>{' '}
            <StatusBadge status={s} />
          </li>
        ))}
      </ul>
    </>
  );
}
