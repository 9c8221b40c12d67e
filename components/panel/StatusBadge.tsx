import { STATUS_LABEL } from '@/lib/report/describe';
import type { Status } from '@/lib/types';

const ICON: Record<Status, string> = { strong: '✔', weak: '◐', missing: '✖', 'n/a': '–' };

/** A status shown by word and shape as well as colour. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span class={`status status-${status === 'n/a' ? 'na' : status}`}>
      <span aria-hidden="true">{ICON[status]} </span>
      {STATUS_LABEL[status]}
    </span>
  );
}
