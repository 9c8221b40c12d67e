import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_SENTENCES } from '../../tests/tools/make-documents';
import { readDocument } from '../documents';
import { locateEvidence } from '../documents/locate';
import { combinePack, type PackPart } from '../pack/verdict';
import { csvReport } from '../report/csv';
import { htmlReport } from '../report/html';
import { reviewJson } from '../report/json';
import { letterReport } from '../report/letter';
import { markdownReport } from '../report/markdown';
import { scanText } from '../scan';
import { newReview, parseReview } from './review';

const PACK = join(__dirname, '../../tests/fixtures/documents/pack');
const URL = 'https://in-tendhost.co.uk/notice/homecare';
const opts = { asOf: '2026-12-06' };

async function document(file: string): Promise<PackPart> {
  const doc = await readDocument(new Uint8Array(readFileSync(join(PACK, file))), file);
  const result = locateEvidence(scanText(file, doc.text, doc.blocks, opts), doc);
  return {
    name: file,
    kind: 'document',
    url: `https://in-tendhost.co.uk/docs/${file}`,
    result,
    source: result.document.source,
  };
}

async function packReview() {
  const text = [PACK_SENTENCES.noticeIntro, PACK_SENTENCES.noticeWage, PACK_SENTENCES.noticeDocs].join('\n\n');
  const page: PackPart = {
    name: 'Homecare services',
    kind: 'page',
    url: URL,
    result: scanText(URL, text, undefined, opts),
  };
  const { result, members } = combinePack(
    [page, await document('Terms.pdf'), await document('Specification.docx')],
    [
      {
        name: 'Pricing.pdf',
        url: 'https://in-tendhost.co.uk/docs/pricing',
        error: 'the site sent a web page instead of the document',
      },
    ],
  );
  return newReview(result, URL, 'Homecare services', new Date('2026-12-06T10:00:00Z'), members);
}

describe('a saved tender pack', () => {
  it('keeps every part, its source and statuses, each failure, and every evidence location', async () => {
    const before = await packReview();
    const saved = parseReview(structuredClone(before));
    expect(saved.pack?.map((m) => [m.name, m.kind, m.source?.format, m.source?.pages, m.error])).toEqual([
      ['Homecare services', 'page', undefined, undefined, undefined],
      ['Terms.pdf', 'document', 'pdf', 4, undefined],
      ['Specification.docx', 'document', 'docx', undefined, undefined],
      ['Pricing.pdf', 'document', undefined, undefined, 'the site sent a web page instead of the document'],
    ]);
    expect(saved.pack?.[1]?.statuses['living-wage']).toBe('strong');
    const lw = saved.result.checks.find((c) => c.id === 'living-wage')!;
    expect(lw.status).toBe('strong');
    expect(lw.evidence[0]!.location).toEqual({ file: 'Terms.pdf', page: 3, clause: '9.2' });
  });

  it('a review saved before packs (no pack field) still loads, and a damaged pack is refused with a reason', async () => {
    const { pack: _, ...old } = await packReview();
    expect(parseReview(structuredClone(old)).pack).toBeUndefined();
    const bad = {
      ...(await packReview()),
      pack: [{ name: 'x.pdf', kind: 'document', statuses: { 'no-such-check': 'strong' } }],
    };
    expect(() => parseReview(bad)).toThrow(/pack/);
  });

  it('the reports cover the whole pack, citing document and page', async () => {
    const review = parseReview(structuredClone(await packReview()));
    const md = markdownReport(review, opts);
    expect(md).toContain('## Tender pack');
    expect(md).toContain('- Terms.pdf (PDF, 4 pages)');
    expect(md).toContain('- Pricing.pdf: not read (the site sent a web page instead of the document)');
    expect(md).toContain('— Terms.pdf, p. 3, clause 9.2');
    expect(md).toContain('*In each part:* the page: Weak · Terms.pdf: Strong · Specification.docx: Missing');
    expect(md).toContain('None of the tender documents read (the page, Terms.pdf, Specification.docx) addresses this.');
    const html = htmlReport(review, opts);
    expect(html).toContain('<li>Terms.pdf (PDF, 4 pages)</li>');
    expect(html).toContain('— Terms.pdf, p. 3, clause 9.2</p>');
    const csv = csvReport(review, opts);
    expect(csv.split('\r\n')[0]).toMatch(/,evidence_where,evidence_read_by_ocr$/);
    expect(csv).toContain('Terms.pdf, p. 3, clause 9.2');
    expect(reviewJson(review).pack?.map((m) => m.name)).toEqual([
      'Homecare services',
      'Terms.pdf',
      'Specification.docx',
      'Pricing.pdf',
    ]);
  });

  it('the letter names the documents read and cites where the hedged wording is', async () => {
    const letter = letterReport(parseReview(structuredClone(await packReview())), {}, opts);
    expect(letter).toContain('about the tender above and its documents (Terms.pdf, Specification.docx)');
    expect(letter).toContain(
      'The tender says (Specification.docx, under Service Specification › Quality): "Bidders may',
    );
    // the Real Living Wage is secured in the terms, so the letter does not ask for it
    expect(letter).not.toMatch(/Real Living Wage \((weak|missing)\)/);
  });
});
