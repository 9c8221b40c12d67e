import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OCR_NOTE, readDocument, tesseractEngine } from '../documents/index';
import { checkDocument } from '../documents/worker';
import { combinePack } from '../pack/verdict';
import { htmlReport } from '../report/html';
import { jsonReport } from '../report/json';
import { letterReport } from '../report/letter';
import { markdownReport } from '../report/markdown';
import { packMemberLine } from '../report/pack';
import { scanText } from '../scan';
import { getReview, ReviewsDb, saveReview } from '../store/reviews-db';
import { newReview, parseReview, type Review } from './review';

const DOCS = join(__dirname, '../../tests/fixtures/documents');
// English data from its npm package, on disk: nothing is downloaded
const tesseract = tesseractEngine({
  langPath: join(__dirname, '../../node_modules/@tesseract.js-data/eng/4.0.0_best_int'),
});
const CAUTION = 'Text read from a scanned PDF with OCR: check quotes against the original.';
const opts = { asOf: '2026-12-06' };

let db: ReviewsDb;
let n = 0;
beforeEach(() => {
  db = new ReviewsDb(`ocr-review-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('a review of a scanned PDF read with OCR', () => {
  // the reader's own path: the scanned fixture read by the real engine, then checked with its locations
  let scanned: ReturnType<typeof checkDocument>;
  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(join(DOCS, 'scanned.pdf')));
    const doc = await readDocument(bytes, 'scanned.pdf', { ocr: { engine: tesseract } });
    scanned = checkDocument(doc, {});
  }, 120_000);

  it('keeps the OCR note through save and load, and every report and the letter say so in plain words', async () => {
    expect(scanned.document.source.ocr).toBe(OCR_NOTE);
    const id = await saveReview(db, newReview(scanned, 'scanned.pdf', 'scanned.pdf', new Date('2026-12-06T09:00:00Z')));
    const loaded = (await getReview(db, id))!;
    expect(loaded.ocr).toBe(OCR_NOTE);

    expect(markdownReport(loaded, opts)).toContain(
      'Text read from a scanned PDF with OCR: check quotes against the original.',
    );
    expect(htmlReport(loaded, opts)).toContain(CAUTION);
    expect(letterReport(loaded, {}, opts)).toContain(
      'Text read from a scanned PDF with OCR, so please check our quotations against the original.',
    );
    expect(JSON.parse(jsonReport(loaded)).review.ocr).toBe(OCR_NOTE);
  });

  it('in a tender pack, names the document that was read with OCR', async () => {
    const page = scanText('https://buyer.example/notice', 'Contract notice for cleaning services.', undefined, opts);
    const { result, members } = combinePack([
      { name: 'Cleaning notice', kind: 'page', url: 'https://buyer.example/notice', result: page },
      { name: 'scanned.pdf', kind: 'document', result: scanned, source: scanned.document.source },
    ]);
    const id = await saveReview(db, newReview(result, 'https://buyer.example/notice', 'Cleaning', new Date(), members));
    const loaded = (await getReview(db, id))!;
    const doc = loaded.pack!.find((m) => m.name === 'scanned.pdf')!;
    expect(doc.source?.ocr).toBe(OCR_NOTE);
    expect(packMemberLine(doc)).toBe('scanned.pdf (PDF, 2 pages, read with OCR)');
    const note = 'Text of scanned.pdf read from a scanned PDF with OCR: check quotes against the original.';
    expect(markdownReport(loaded, opts)).toContain(note);
    expect(htmlReport(loaded, opts)).toContain(note);
    expect(letterReport(loaded, {}, opts)).toContain('Text of scanned.pdf read from a scanned PDF with OCR, so please');
  });
});

describe('a review saved before OCR notes were kept', () => {
  const old = (): Review => ({
    url: 'https://buyer.example/notice',
    title: 'Cleaning',
    savedAt: '2026-11-01T10:00:00Z',
    result: scanText('https://buyer.example/notice', 'Suppliers are encouraged to pay the Real Living Wage.'),
    notes: {},
    overrides: {},
  });

  it('still loads, and its reports say nothing of OCR', async () => {
    // stored as an older version wrote it: straight into the table, with no `ocr` field at all
    const id = await db.reviews.put(old());
    const loaded = (await getReview(db, id))!;
    expect(loaded.title).toBe('Cleaning');
    expect('ocr' in loaded).toBe(false);
    expect(markdownReport(loaded, opts)).not.toMatch(/OCR/);
    expect(htmlReport(loaded, opts)).not.toMatch(/OCR/);
    expect(letterReport(loaded, {}, opts)).not.toMatch(/OCR/);
  });

  it('a page scan gets no OCR note, and a note that is not text is refused', () => {
    expect(newReview(old().result, 'https://buyer.example/notice', 'Cleaning').ocr).toBeUndefined();
    expect(() => parseReview({ ...old(), ocr: 42 })).toThrow();
  });
});
