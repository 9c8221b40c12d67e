import { ocrCaution, statusCounts } from '~/lib/report/rows';
import { effectiveStatus, type Review } from '~/lib/reviews/review';
import { savedAtLabel } from './saved-at';

/** Saved reviews, newest first, each with its counts and actions. */
export function ReviewList({
  reviews,
  onOpen,
  onDelete,
}: {
  reviews: Review[];
  onOpen: (r: Review) => void;
  onDelete: (r: Review) => void;
}) {
  return (
    <ul class="review-list">
      {reviews.map((r) => {
        const c = statusCounts(r.result.checks.map((f) => ({ status: effectiveStatus(r, f.id) })));
        const notes = Object.keys(r.notes).length;
        return (
          <li key={r.id} data-review-id={r.id}>
            <h2>
              <button type="button" class="link" onClick={() => onOpen(r)}>
                {r.title}
              </button>
            </h2>
            <p class="muted review-url">{r.url}</p>
            <p>
              Saved {savedAtLabel(r.savedAt)} · <strong>{c.missing} missing</strong> · <strong>{c.weak} weak</strong> ·{' '}
              {c.strong} strong{notes ? ` · ${notes} note${notes === 1 ? '' : 's'}` : ''}
            </p>
            {ocrCaution(r) && <p class="muted ocr-note">{ocrCaution(r)}</p>}
            <button type="button" onClick={() => onOpen(r)}>
              Open
            </button>{' '}
            <button type="button" aria-label={`Delete the review of ${r.title}`} onClick={() => onDelete(r)}>
              Delete
            </button>
          </li>
        );
      })}
    </ul>
  );
}
