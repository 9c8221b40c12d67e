import { useState } from 'preact/hooks';
import { type ReviewsDb, resetDrafts } from '~/lib/store/reviews-db';
import { DEMOS } from './demos';

/** The trainer's start page: the bundled demo tenders, each opened in presenter view. */
export function DemoPicker({ db, onOpen }: { db: ReviewsDb; onOpen: (id: string) => void }) {
  const [message, setMessage] = useState('');
  return (
    <main class="picker">
      <h1>Tenderlight demo tenders</h1>
      <p class="picker-lead">
        Tenders written by the Tenderlight project for training, for fictional authorities. Open one to present it: step
        through the findings with the arrow keys, reveal the explanation, and insert model wording to watch the status
        change. Everything works offline.
      </p>
      <ul class="demo-list">
        {DEMOS.map((d) => (
          <li key={d.id}>
            <h2>{d.title}</h2>
            <p>{d.teaches}</p>
            <button type="button" class="primary" onClick={() => onOpen(d.id)} aria-label={`Present ${d.title}`}>
              Present
            </button>
          </li>
        ))}
      </ul>
      <p>
        <button
          type="button"
          onClick={async () => {
            await resetDrafts(db);
            setMessage('All demos are back to their original text.');
          }}
        >
          Reset all demos
        </button>{' '}
        <a href="/reviews.html">Saved reviews</a>
      </p>
      <p role="status">{message}</p>
    </main>
  );
}
