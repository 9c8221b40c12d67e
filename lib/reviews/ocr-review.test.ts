import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { csvRows } from '../../tests/tools/csv-rows';
import { OCR_NOTE, readDocument, tesseractEngine } from '../documents/index';
import { checkDocument } from '../documents/worker';
import { combinePack } from '../pack/verdict';
import { csvReport } from '../report/csv';
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

/** The living-wage row of a CSV report (rows end with CRLF; cells may hold LF). */
const livingWageRow = (csv: string) => csv.split('\r\n').find((l) => l.startsWith('living-wage,')) ?? '';

/** Each quoted passage's place and its OCR mark, from the CSV report. */
const placesAndMarks = (csv: string) =>
  csvRows(csv)
    .filter((r) => r[0] !== 'check_id' && r.at(-2))
    .flatMap((r) =>
      r
        .at(-2)!
        .split('\n')
        .map((where, i) => [where, r.at(-1)!.split('\n')[i] ?? ''] as const),
    );

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
    // the spreadsheet marks each quoted passage as read by OCR
    const csv = csvReport(loaded, opts);
    expect(csv.split('\r\n')[0]).toMatch(/,evidence_read_by_ocr$/);
    expect(livingWageRow(csv)).toMatch(/,(yes|"yes(\nyes)+")$/);
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
    expect(livingWageRow(csvReport(loaded, opts))).toMatch(/,(yes|"yes(\nyes)+")$/);
    // the page's own passages were not read by OCR; the scanned document's were
    const onThePage = scanText(
      'https://buyer.example/notice',
      'Contract notice. The supplier shall pay all staff at least the Real Living Wage.',
      undefined,
      opts,
    );
    const mixed = combinePack([
      { name: 'Cleaning notice', kind: 'page', url: 'https://buyer.example/notice', result: onThePage },
      { name: 'scanned.pdf', kind: 'document', result: scanned, source: scanned.document.source },
    ]);
    const marked = placesAndMarks(csvReport({ result: mixed.result, pack: mixed.members }, opts));
    expect(marked.filter(([where]) => where === 'the page').map(([, ocr]) => ocr)).toContain('');
    expect(new Set(marked.filter(([where]) => where === 'the page').map(([, ocr]) => ocr))).toEqual(new Set(['']));
    const fromScan = marked.filter(([where]) => where.startsWith('scanned.pdf'));
    expect(fromScan.length).toBeGreaterThan(0);
    expect(new Set(fromScan.map(([, ocr]) => ocr))).toEqual(new Set(['yes']));
  });
});

describe('a review of a typed PDF with one scanned page, that page read with OCR', () => {
  let partly: ReturnType<typeof checkDocument>;
  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(join(DOCS, 'partly-scanned.pdf')));
    const doc = await readDocument(bytes, 'partly-scanned.pdf', { ocr: { engine: tesseract } });
    partly = checkDocument(doc, {});
  }, 120_000);

  it('the reports name the page OCR read, not the whole document, and the CSV marks only its quotes', async () => {
    expect(partly.document.source).toMatchObject({
      ocr: 'page 2 read with OCR: check quotes from it against the original',
      ocrPages: [2],
    });
    const id = await saveReview(db, newReview(partly, 'partly-scanned.pdf', 'partly-scanned.pdf'));
    const loaded = (await getReview(db, id))!;
    const note =
      'Text of page 2 read from a scanned picture with OCR (the other pages from their text layer): check quotes from it against the original.';
    expect(markdownReport(loaded, opts)).toContain(note);
    expect(htmlReport(loaded, opts)).toContain(note);
    expect(letterReport(loaded, {}, opts)).toContain(
      '(the other pages from their text layer), so please check our quotations from it against the original.',
    );
    expect(markdownReport(loaded, opts)).not.toContain(CAUTION);
    expect(loaded.ocrPages).toEqual([2]);

    // the saved review's CSV, and the CLI's: page 1's quotes are from the text layer, page 2's from OCR
    for (const input of [loaded, { result: partly, ocr: partly.document.source.ocr }]) {
      const marks = placesAndMarks(csvReport(input, opts));
      const onPage = (p: number) => new Set(marks.filter(([w]) => w.includes(`p. ${p},`)).map(([, ocr]) => ocr));
      expect(onPage(1)).toEqual(new Set(['']));
      expect(onPage(2)).toEqual(new Set(['yes']));
    }
  });

  it('in a tender pack, names the page and the document, and marks only that page’s quotes', async () => {
    const page = scanText('https://buyer.example/notice', 'Contract notice for cleaning services.', undefined, opts);
    const { result, members } = combinePack([
      { name: 'Cleaning notice', kind: 'page', url: 'https://buyer.example/notice', result: page },
      { name: 'partly-scanned.pdf', kind: 'document', result: partly, source: partly.document.source },
    ]);
    const id = await saveReview(db, newReview(result, 'https://buyer.example/notice', 'Cleaning', new Date(), members));
    const loaded = (await getReview(db, id))!;
    const doc = loaded.pack!.find((m) => m.name === 'partly-scanned.pdf')!;
    expect(doc.source?.ocrPages).toEqual([2]);
    expect(packMemberLine(doc)).toBe('partly-scanned.pdf (PDF, 2 pages, page 2 read with OCR)');
    const note = 'Text of page 2 of partly-scanned.pdf read with OCR: check quotes from it against the original.';
    expect(markdownReport(loaded, opts)).toContain(note);
    expect(htmlReport(loaded, opts)).toContain(note);
    const marks = placesAndMarks(csvReport(loaded, opts));
    const onPage = (p: number) =>
      new Set(marks.filter(([w]) => w.startsWith(`partly-scanned.pdf, p. ${p},`)).map(([, ocr]) => ocr));
    expect(onPage(1)).toEqual(new Set(['']));
    expect(onPage(2)).toEqual(new Set(['yes']));
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
