import { describeChange, isImprovement, statusChanges } from '~/lib/reviews/diff';
import type { Review } from '~/lib/reviews/review';
import type { ScanResult } from '~/lib/types';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** "What changed since the saved review": shown when the page open now was reviewed before. */
export function ChangesBanner({ saved, current }: { saved: Review | undefined; current: ScanResult | null }) {
  if (!saved || !current) return null;
  const changes = statusChanges(saved, current);
  return (
    <section class="tl-changes" role="status" aria-label="Changes since the saved review">
      {changes.length ? (
        <>
          <p>
            {changes.length === 1 ? 'One check has' : `${changes.length} checks have`} changed since your review saved{' '}
            {when(saved.savedAt)}:
          </p>
          <ul>
            {changes.map((c) => (
              <li key={c.id} class={isImprovement(c) ? 'tl-better' : 'tl-worse'}>
                {describeChange(c)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No check has changed since your review saved {when(saved.savedAt)}.</p>
      )}
    </section>
  );
}
