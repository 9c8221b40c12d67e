import { statusChangeText } from '~/lib/report/describe';
import { isImprovement, statusChanges } from '~/lib/reviews/diff';
import type { Review } from '~/lib/reviews/review';
import type { ScanResult } from '~/lib/types';
import { savedAtLabel } from './saved-at';

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
            {savedAtLabel(saved.savedAt)}:
          </p>
          <ul>
            {changes.map((c) => (
              <li key={c.id} class={isImprovement(c) ? 'tl-better' : 'tl-worse'}>
                {statusChangeText(c)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No check has changed since your review saved {savedAtLabel(saved.savedAt)}.</p>
      )}
    </section>
  );
}
