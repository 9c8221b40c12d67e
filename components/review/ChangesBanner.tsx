import { statusChangeText } from '~/lib/report/describe';
import { isImprovement, statusChanges } from '~/lib/reviews/diff';
import type { Review } from '~/lib/reviews/review';
import type { ScanResult } from '~/lib/types';
import { savedAtLabel } from './saved-at';

/** "What changed since the saved review": shown when the page open now was reviewed before. */
export function ChangesBanner({
  saved,
  current,
  currentIsPack = false,
}: {
  saved: Review | undefined;
  current: ScanResult | null;
  /** the panel holds the page and its documents now, not the page alone */
  currentIsPack?: boolean;
}) {
  if (!saved || !current) return null;
  const documents = saved.pack?.filter((m) => m.kind === 'document' && !m.error).map((m) => m.name) ?? [];
  // a pack's verdict against the page alone would show every clause found in a document as "changed"
  if (documents.length && !currentIsPack)
    return (
      <section class="tl-changes" role="status" aria-label="Changes since the saved review">
        <p>
          Your review saved {savedAtLabel(saved.savedAt)} covered this page and its documents ({documents.join(', ')}).
          Scan the documents again to see what changed.
        </p>
      </section>
    );
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
