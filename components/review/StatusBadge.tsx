import { STATUS_LABEL } from '~/lib/report/describe';
import type { Status } from '~/lib/types';

/** A status as a coloured word, so colour is never the only signal. */
export function StatusBadge({ status, large }: { status: Status; large?: boolean }) {
  const cls = status === 'n/a' ? 'na' : status;
  return (
    <span class={`tl-status tl-status-${cls}${large ? ' tl-status-large' : ''}`} data-status={status}>
      {STATUS_LABEL[status]}
    </span>
  );
}
