import { readSettings } from '~/lib/library/settings';
import type { Settings } from '~/lib/library/types';
import type { LibraryDb } from '~/lib/store/library-db';
import { type Live, useLiveQuery } from '../library/useLiveQuery';

/** The user's settings, kept current when another page saves them. */
export function useSettings(db: LibraryDb): Live<Settings> {
  return useLiveQuery(() => readSettings(db), [db]);
}
