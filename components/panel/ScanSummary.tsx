import type { ScanResult, Status } from '@/lib/types';
import { StatusBadge } from './StatusBadge';

const ORDER: Status[] = ['missing', 'weak', 'strong', 'n/a'];

/** Counts of checks by status, worst first. */
export function ScanSummary({ result }: { result: ScanResult }) {
  return (
    <ul class="summary" aria-label="Summary">
      {ORDER.map((s) => (
        <li key={s} data-status={s}>
          <strong class="count">{result.checks.filter((c) => c.status === s).length}</strong> <StatusBadge status={s} />
        </li>
      ))}
    </ul>
  );
}
