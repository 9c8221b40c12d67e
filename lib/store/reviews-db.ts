import { Dexie, type Table } from 'dexie';
import { parseReview, type Review } from '../reviews/review';
import type { CheckId, Status } from '../types';

/** A trainer's edited copy of a demo tender, kept until they reset it. */
export interface DemoDraft {
  demoId: string;
  blocks: DraftBlock[];
  savedAt: string;
}

/** One paragraph of a draft: the presenter rebuilds it with textContent, never as markup. */
export interface DraftBlock {
  kind: 'h1' | 'h2' | 'h3' | 'p';
  text: string;
}

/** Small values the user typed once and should not retype (the letter's sender and organisation). */
export interface Setting {
  key: string;
  value: string;
}

export const REVIEWS_DB_NAME = 'tenderlight-reviews';

export class ReviewsDb extends Dexie {
  reviews!: Table<Review, number>;
  drafts!: Table<DemoDraft, string>;
  settings!: Table<Setting, string>;

  constructor(name = REVIEWS_DB_NAME) {
    super(name);
    this.version(1).stores({ reviews: '++id, url, savedAt', drafts: 'demoId', settings: 'key' });
  }
}

let shared: ReviewsDb | undefined;
/** The extension's one reviews database (extension pages only: never open it from a content script). */
export function reviewsDb(): ReviewsDb {
  shared ??= new ReviewsDb();
  return shared;
}

/** Validates and stores a review; returns its id. A review with an id replaces the stored one. */
export async function saveReview(db: ReviewsDb, review: Review): Promise<number> {
  const valid = parseReview(review);
  return db.reviews.put(valid);
}

/** Rows that fail validation (an older or damaged record) are skipped rather than breaking the list. */
function valid(rows: readonly unknown[]): Review[] {
  const out: Review[] = [];
  for (const row of rows) {
    try {
      out.push(parseReview(row));
    } catch {
      // a damaged row is left in the database untouched, so nothing is lost
    }
  }
  return out;
}

export async function getReview(db: ReviewsDb, id: number): Promise<Review | undefined> {
  const row = await db.reviews.get(id);
  return row ? valid([row])[0] : undefined;
}

/** The most recent review of a page, for "what changed since the saved review". */
export async function latestReviewFor(db: ReviewsDb, url: string): Promise<Review | undefined> {
  const rows = await db.reviews.where('url').equals(url).sortBy('savedAt');
  return valid(rows).at(-1);
}

export interface ReviewFilter {
  /** words matched in the title, address, notes and override reasons */
  text?: string;
  /** with `status`: only reviews where this check has that status; alone: where it is missing or weak */
  check?: CheckId;
  status?: Status;
  /** inclusive ISO dates (YYYY-MM-DD) */
  from?: string;
  to?: string;
}

function statusOf(r: Review, id: CheckId): Status | undefined {
  return r.overrides[id]?.status ?? r.result.checks.find((f) => f.id === id)?.status;
}

export function matchesFilter(r: Review, f: ReviewFilter): boolean {
  const day = r.savedAt.slice(0, 10);
  if (f.from && day < f.from) return false;
  if (f.to && day > f.to) return false;
  if (f.check) {
    const s = statusOf(r, f.check);
    if (f.status ? s !== f.status : s !== 'missing' && s !== 'weak') return false;
  } else if (f.status && !r.result.checks.some((c) => statusOf(r, c.id) === f.status)) return false;
  const words = f.text?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  if (words.length) {
    const hay = [r.title, r.url, ...Object.values(r.notes), ...Object.values(r.overrides).map((o) => o?.reason ?? '')]
      .join('\n')
      .toLowerCase();
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

/** Reviews matching a filter, newest first. */
export async function listReviews(db: ReviewsDb, filter: ReviewFilter = {}): Promise<Review[]> {
  const rows = await db.reviews.orderBy('savedAt').reverse().toArray();
  return valid(rows).filter((r) => matchesFilter(r, filter));
}

export async function deleteReview(db: ReviewsDb, id: number): Promise<void> {
  await db.reviews.delete(id);
}

export async function clearReviews(db: ReviewsDb): Promise<number> {
  const n = await db.reviews.count();
  await db.reviews.clear();
  return n;
}

export async function getSetting(db: ReviewsDb, key: string): Promise<string | undefined> {
  return (await db.settings.get(key))?.value;
}

export async function putSetting(db: ReviewsDb, key: string, value: string): Promise<void> {
  await db.settings.put({ key, value });
}

export async function getDraft(db: ReviewsDb, demoId: string): Promise<DemoDraft | undefined> {
  return db.drafts.get(demoId);
}

export async function putDraft(db: ReviewsDb, demoId: string, blocks: DraftBlock[]): Promise<void> {
  await db.drafts.put({ demoId, blocks, savedAt: new Date().toISOString() });
}

/** Forgets the trainer's edits to one demo, or to all of them. */
export async function resetDrafts(db: ReviewsDb, demoId?: string): Promise<void> {
  if (demoId) await db.drafts.delete(demoId);
  else await db.drafts.clear();
}
