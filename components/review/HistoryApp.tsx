import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Review } from '~/lib/reviews/review';
import {
  clearReviews,
  deleteReview,
  getReview,
  listReviews,
  type ReviewFilter,
  type ReviewsDb,
  saveReview,
} from '~/lib/store/reviews-db';
import { ReviewDetail } from './ReviewDetail';
import { ReviewFilters } from './ReviewFilters';
import { ReviewList } from './ReviewList';

const reviewFromHash = () => {
  const n = Number(new URLSearchParams(location.hash.slice(1)).get('review'));
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The history page: saved reviews to search, open, export and delete (#review=<id> opens one). */
export function HistoryApp({ db }: { db: ReviewsDb }) {
  const [openId, setOpenId] = useState(reviewFromHash);
  const [open, setOpen] = useState<Review | null | undefined>();
  const [filter, setFilter] = useState<ReviewFilter>({});
  const [reviews, setReviews] = useState<Review[]>([]);
  const [total, setTotal] = useState(0);
  const [deleted, setDeleted] = useState<Review[]>([]);
  const [confirmClear, setConfirmClear] = useState(false);
  const [message, setMessage] = useState('');

  const refresh = useCallback(async () => {
    setReviews(await listReviews(db, filter));
    setTotal(await db.reviews.count());
  }, [db, filter]);

  useEffect(() => {
    refresh();
  }, [refresh]);
  useEffect(() => {
    const onHash = () => setOpenId(reviewFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (openId === undefined) setOpen(undefined);
    else getReview(db, openId).then((r) => setOpen(r ?? null));
  }, [db, openId]);

  const show = (id?: number) => {
    location.hash = id ? `review=${id}` : '';
  };
  const remove = async (r: Review) => {
    await deleteReview(db, r.id!);
    setDeleted([r]);
    setMessage(`Deleted the review of “${r.title}”.`);
    refresh();
  };
  const clearAll = async () => {
    const all = await listReviews(db);
    const n = await clearReviews(db);
    setDeleted(all);
    setConfirmClear(false);
    setMessage(`Deleted ${n} saved review${n === 1 ? '' : 's'}.`);
    refresh();
  };
  const undo = async () => {
    for (const r of deleted) await saveReview(db, r);
    setMessage(deleted.length === 1 ? 'The review is back.' : `${deleted.length} reviews are back.`);
    setDeleted([]);
    refresh();
  };

  if (openId !== undefined) {
    if (open === undefined) return <main class="history">Opening the review…</main>;
    if (open === null)
      return (
        <main class="history">
          <p role="alert">This review is no longer saved (it may have been deleted).</p>
          <button type="button" onClick={() => show()}>
            All saved reviews
          </button>
        </main>
      );
    return (
      <ReviewDetail
        key={open.id}
        db={db}
        review={open}
        onBack={() => show()}
        onSaved={(r) => {
          setOpen(r);
          refresh();
        }}
      />
    );
  }

  return (
    <main class="history">
      <h1>Saved reviews</h1>
      <p class="muted">
        Reviews stay on this computer. Save one from the side panel on a notice, or from a demo in presenter view.{' '}
        <a href="/presenter.html">Demo tenders</a>
      </p>
      <ReviewFilters filter={filter} onChange={setFilter} />
      <p role="status" class="history-status">
        {message}{' '}
        {deleted.length > 0 && (
          <button type="button" class="link" onClick={undo}>
            Undo
          </button>
        )}
      </p>
      {total === 0 ? (
        <p>No saved reviews yet.</p>
      ) : reviews.length === 0 ? (
        <p>No saved review matches. Clear the search or filters to see all {total}.</p>
      ) : (
        <>
          <p class="muted">
            Showing {reviews.length} of {total}
          </p>
          <ReviewList reviews={reviews} onOpen={(r) => show(r.id)} onDelete={remove} />
        </>
      )}
      {total > 0 &&
        (confirmClear ? (
          <p class="confirm" role="alert">
            Delete all {total} saved reviews?{' '}
            <button type="button" class="danger" onClick={clearAll}>
              Yes, delete all
            </button>{' '}
            <button type="button" onClick={() => setConfirmClear(false)}>
              Keep them
            </button>
          </p>
        ) : (
          <p>
            <button type="button" onClick={() => setConfirmClear(true)}>
              Clear all reviews
            </button>
          </p>
        ))}
    </main>
  );
}
