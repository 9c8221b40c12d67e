import { useEffect, useState } from 'preact/hooks';
import type { PackMember } from '~/lib/pack/verdict';
import { plainFieldMessage } from '~/lib/report/describe';
import { newReview, type Review, type StatusOverride } from '~/lib/reviews/review';
import { latestReviewFor, type ReviewsDb, saveReview } from '~/lib/store/reviews-db';
import type { CheckId, ScanResult } from '~/lib/types';
import { ChangesBanner } from './ChangesBanner';
import { CheckReviewRow } from './CheckReviewRow';
import './review.css';

interface Props {
  db: ReviewsDb;
  url: string;
  title: string;
  result: ScanResult;
  /** a tender pack's parts: the review then covers the page and every document read with it */
  pack?: readonly PackMember[];
  /** where the saved review opens (the history page), given its id */
  historyHref: (id: number) => string;
}

/**
 * For the side panel: what changed since this page's saved review, and saving a review with a note and
 * a status override per check. Notes and overrides of the last review are carried forward.
 */
export function SaveReviewSection({ db, url, title, result, pack, historyHref }: Props) {
  const [previous, setPrevious] = useState<Review | undefined>();
  const [notes, setNotes] = useState<Review['notes']>({});
  const [overrides, setOverrides] = useState<Review['overrides']>({});
  const [savedId, setSavedId] = useState<number>();
  const [message, setMessage] = useState<{ text: string; error?: boolean }>({ text: '' });

  useEffect(() => {
    let live = true;
    setSavedId(undefined);
    setMessage({ text: '' });
    latestReviewFor(db, url).then((r) => {
      if (!live) return;
      setPrevious(r);
      setNotes(r?.notes ?? {});
      setOverrides(r?.overrides ?? {});
    });
    return () => {
      live = false;
    };
  }, [db, url]);

  const save = async () => {
    const review = { ...newReview(result, url, title, new Date(), pack), notes, overrides };
    try {
      const id = await saveReview(db, review);
      setPrevious({ ...review, id });
      setSavedId(id);
      setMessage({ text: 'Review saved.' });
    } catch (e) {
      setMessage({ text: `Not saved: ${plainFieldMessage((e as Error).message)}`, error: true });
    }
  };
  const setOverride = (id: CheckId, o: StatusOverride | undefined) =>
    setOverrides((all) => {
      const next = { ...all };
      if (o) next[id] = o;
      else delete next[id];
      return next;
    });

  return (
    <section class="save-review" aria-label="Saved review">
      <ChangesBanner saved={previous} current={result} currentIsPack={!!pack?.length} />
      <details>
        <summary>Save review: notes and status changes</summary>
        <ol class="review-rows">
          {result.checks.map((f) => (
            <CheckReviewRow
              key={f.id}
              finding={f}
              note={notes[f.id] ?? ''}
              override={overrides[f.id]}
              onNote={(n) => setNotes((all) => ({ ...all, [f.id]: n }))}
              onOverride={(o) => setOverride(f.id, o)}
            />
          ))}
        </ol>
      </details>
      <p class="save-review-actions">
        <button type="button" class="primary" onClick={save}>
          Save review
        </button>{' '}
        <span role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
          {message.text}
        </span>{' '}
        {savedId !== undefined && (
          <a href={historyHref(savedId)} target="_blank" rel="noreferrer">
            Export a report or write the letter
          </a>
        )}
      </p>
    </section>
  );
}
