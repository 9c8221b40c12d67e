import { useState } from 'preact/hooks';
import { demoIdFromUrl } from '~/components/presenter/demos';
import { JURISDICTION_LABEL, plainFieldMessage, SECTOR_LABEL, TYPE_LABEL } from '~/lib/report/describe';
import { ocrCaution } from '~/lib/report/rows';
import { type Review, ReviewInvalid } from '~/lib/reviews/review';
import { type ReviewsDb, saveReview } from '~/lib/store/reviews-db';
import type { CheckId } from '~/lib/types';
import { CheckReviewRow } from './CheckReviewRow';
import { ExportPanel } from './ExportPanel';
import { PackDocuments } from './PackDocuments';
import { savedAtLabel } from './saved-at';

interface Props {
  db: ReviewsDb;
  review: Review;
  onBack: () => void;
  onSaved: (r: Review) => void;
}

/** One saved review: notes and overrides per check, and its exports. */
export function ReviewDetail({ db, review, onBack, onSaved }: Props) {
  const [draft, setDraft] = useState<Review>(review);
  const [message, setMessage] = useState<{ text: string; error?: boolean }>({ text: '' });
  const dirty = JSON.stringify(draft) !== JSON.stringify(review);

  const save = async (): Promise<boolean> => {
    if (!dirty) return true;
    try {
      await saveReview(db, draft);
      onSaved(draft);
      setMessage({ text: 'Changes saved.' });
      return true;
    } catch (e) {
      setMessage({
        text: `Not saved: ${e instanceof ReviewInvalid ? plainFieldMessage(e.message) : (e as Error).message}`,
        error: true,
      });
      return false;
    }
  };
  const setNote = (id: CheckId, note: string) => setDraft((d) => ({ ...d, notes: { ...d.notes, [id]: note } }));
  const setOverride = (id: CheckId, o: Review['overrides'][CheckId]) =>
    setDraft((d) => {
      const overrides = { ...d.overrides };
      if (o) overrides[id] = o;
      else delete overrides[id];
      return { ...d, overrides };
    });
  const { document: doc } = review.result;
  const isWeb = /^https?:\/\//.test(review.url);
  const demoId = demoIdFromUrl(review.url);
  const ocr = ocrCaution(review);

  return (
    <main class="history detail">
      <p>
        <button type="button" class="link" onClick={onBack}>
          ← All saved reviews
        </button>
      </p>
      <h1>{review.title}</h1>
      <p class="muted">
        {isWeb ? (
          <a href={review.url} target="_blank" rel="noreferrer">
            {review.url}
          </a>
        ) : demoId ? (
          <a href={`/presenter.html#demo=${demoId}`}>Open this demo in presenter view</a>
        ) : (
          review.url
        )}
        <br />
        Saved {savedAtLabel(review.savedAt)} · {TYPE_LABEL[doc.type]} · {JURISDICTION_LABEL[doc.jurisdiction]} ·{' '}
        {SECTOR_LABEL[doc.sector]}
      </p>
      {ocr && (
        <p class="ocr-note" role="note">
          {ocr}
        </p>
      )}
      {review.pack?.length ? <PackDocuments pack={review.pack} /> : null}
      <ExportPanel db={db} review={draft} beforeExport={save} />
      <section aria-labelledby="checks-title">
        <h2 id="checks-title">Checks, notes and status changes</h2>
        <ol class="review-rows">
          {draft.result.checks.map((f) => (
            <CheckReviewRow
              key={f.id}
              finding={f}
              note={draft.notes[f.id] ?? ''}
              override={draft.overrides[f.id]}
              onNote={(n) => setNote(f.id, n)}
              onOverride={(o) => setOverride(f.id, o)}
              showEvidence
            />
          ))}
        </ol>
      </section>
      <div class="sticky-save">
        <button type="button" class="primary" onClick={save} disabled={!dirty}>
          Save changes
        </button>
        <span role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
          {message.text}
        </span>
      </div>
    </main>
  );
}
