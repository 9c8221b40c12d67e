import { useEffect, useState } from 'preact/hooks';
import type { ReviewsDb } from '~/lib/store/reviews-db';
import { DemoPicker } from './DemoPicker';
import { demoById } from './demos';
import { PresenterSession } from './PresenterSession';

const demoFromHash = () => new URLSearchParams(location.hash.slice(1)).get('demo') ?? '';

/** The presenter tab: the demo list, or one demo in presenter view (#demo=<id>, so a reload keeps the place). */
export function PresenterApp({ db }: { db: ReviewsDb }) {
  const [demoId, setDemoId] = useState(demoFromHash);
  useEffect(() => {
    const onHash = () => setDemoId(demoFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const demo = demoById(demoId);
  useEffect(() => {
    document.title = demo ? `${demo.title} · Tenderlight presenter` : 'Tenderlight demo tenders';
  }, [demo]);
  const open = (id: string) => {
    location.hash = id ? `demo=${id}` : '';
  };
  if (demoId && !demo)
    return (
      <main class="picker">
        <p role="alert">There is no demo called “{demoId}”.</p>
        <button type="button" onClick={() => open('')}>
          Show all demos
        </button>
      </main>
    );
  return demo ? (
    <PresenterSession key={demo.id} demo={demo} db={db} onExit={() => open('')} />
  ) : (
    <DemoPicker db={db} onOpen={open} />
  );
}
