import { liveQuery } from 'dexie';
import { type Inputs, useEffect, useState } from 'preact/hooks';

export type Live<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

/** Follows a Dexie query: re-runs when the data changes, here or in another extension page. */
export function useLiveQuery<T>(query: () => Promise<T>, inputs: Inputs): Live<T> {
  const [live, setLive] = useState<Live<T>>({ state: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setLive({ state: 'ready', value }),
      error: (e: unknown) => setLive({ state: 'failed', message: e instanceof Error ? e.message : String(e) }),
    });
    return () => subscription.unsubscribe();
  }, inputs);
  return live;
}
