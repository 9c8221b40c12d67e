import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newReview, ReviewInvalid } from '../reviews/review';
import { scanText } from '../scan';
import {
  clearReviews,
  deleteReview,
  getDraft,
  getReview,
  latestReviewFor,
  listReviews,
  putDraft,
  ReviewsDb,
  resetDrafts,
  saveReview,
} from './reviews-db';

const HOLLOW = 'Contract notice.\nProviders are encouraged to pay the Real Living Wage where possible.';
const STRONG =
  'Contract notice.\nThe Supplier shall pay every worker on the contract at least the Real Living Wage set by the Living Wage Foundation.';

let db: ReviewsDb;
let n = 0;
beforeEach(() => {
  db = new ReviewsDb(`reviews-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const scan = (text: string) => scanText('https://portal.example/n/1', text, undefined, { asOf: '2026-11-25' });

describe('reviews database', () => {
  it('saves a review with notes and overrides and reads it back', async () => {
    const r = newReview(
      scan(HOLLOW),
      'https://portal.example/n/1',
      'Homecare notice',
      new Date('2026-11-20T09:00:00Z'),
    );
    r.notes['living-wage'] = 'Ask for LWF rate';
    r.overrides.foi = { status: 'strong', reason: 'clause is in the attached ITT' };
    const id = await saveReview(db, r);
    const back = await getReview(db, id);
    expect(back?.notes['living-wage']).toBe('Ask for LWF rate');
    expect(back?.overrides.foi).toEqual({ status: 'strong', reason: 'clause is in the attached ITT' });
    expect(back?.result.checks).toHaveLength(16);
  });

  it('refuses an override without a reason, with a message that says what to do, and stores nothing', async () => {
    const r = newReview(scan(HOLLOW), 'https://portal.example/n/1', 'x');
    r.overrides.foi = { status: 'strong', reason: '   ' };
    await expect(saveReview(db, r)).rejects.toThrow(ReviewInvalid);
    await expect(saveReview(db, r)).rejects.toThrow(/Give a reason/);
    expect(await db.reviews.count()).toBe(0);
  });

  it('finds the latest review of a page, and filters by words, check, status and date', async () => {
    const a = newReview(
      scan(HOLLOW),
      'https://portal.example/n/1',
      'Homecare framework',
      new Date('2026-10-01T09:00:00Z'),
    );
    a.notes.foi = 'Raise with the branch secretary';
    await saveReview(db, a);
    await saveReview(
      db,
      newReview(scan(STRONG), 'https://portal.example/n/1', 'Homecare framework', new Date('2026-11-01T09:00:00Z')),
    );
    await saveReview(
      db,
      newReview(scan(HOLLOW), 'https://portal.example/n/2', 'Cleaning contract', new Date('2026-11-10T09:00:00Z')),
    );

    const latest = await latestReviewFor(db, 'https://portal.example/n/1');
    expect(latest?.savedAt).toBe('2026-11-01T09:00:00.000Z');
    expect(latest?.result.checks[0]?.status).toBe('strong');

    expect((await listReviews(db)).map((r) => r.title)).toEqual([
      'Cleaning contract',
      'Homecare framework',
      'Homecare framework',
    ]);
    expect((await listReviews(db, { text: 'branch SECRETARY' })).map((r) => r.savedAt)).toEqual([
      '2026-10-01T09:00:00.000Z',
    ]);
    expect((await listReviews(db, { check: 'living-wage', status: 'strong' })).map((r) => r.savedAt)).toEqual([
      '2026-11-01T09:00:00.000Z',
    ]);
    expect(await listReviews(db, { check: 'living-wage' })).toHaveLength(2);
    expect((await listReviews(db, { from: '2026-11-05', to: '2026-11-30' })).map((r) => r.title)).toEqual([
      'Cleaning contract',
    ]);
  });

  it('deletes one review and clears all', async () => {
    const id = await saveReview(db, newReview(scan(HOLLOW), 'https://a.example/', 'A'));
    await saveReview(db, newReview(scan(HOLLOW), 'https://b.example/', 'B'));
    await deleteReview(db, id);
    expect((await listReviews(db)).map((r) => r.title)).toEqual(['B']);
    expect(await clearReviews(db)).toBe(1);
    expect(await listReviews(db)).toEqual([]);
  });

  it('skips a damaged record in the list without deleting it', async () => {
    await saveReview(db, newReview(scan(HOLLOW), 'https://a.example/', 'A'));
    await db.reviews.add({ url: 'https://b.example/', title: 'broken' } as never);
    expect((await listReviews(db)).map((r) => r.title)).toEqual(['A']);
    expect(await db.reviews.count()).toBe(2);
  });

  it('keeps a demo draft until it is reset', async () => {
    await putDraft(db, 'homecare', [{ kind: 'p', text: 'edited' }]);
    await putDraft(db, 'it-services', [{ kind: 'p', text: 'edited too' }]);
    expect((await getDraft(db, 'homecare'))?.blocks).toEqual([{ kind: 'p', text: 'edited' }]);
    await resetDrafts(db, 'homecare');
    expect(await getDraft(db, 'homecare')).toBeUndefined();
    expect(await getDraft(db, 'it-services')).toBeDefined();
    await resetDrafts(db);
    expect(await db.drafts.count()).toBe(0);
  });
});
