import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_SENTENCES, SENTENCES } from '../../tests/tools/make-documents';
import { readDocument } from '../documents';
import { locateEvidence } from '../documents/locate';
import { scanText } from '../scan';
import type { CheckId, ScanResult, Status } from '../types';
import { citeDecider, combinePack, MAX_PACK_EVIDENCE, type PackPart } from './verdict';

const PACK = join(__dirname, '../../tests/fixtures/documents/pack');

const notice = [PACK_SENTENCES.noticeIntro, PACK_SENTENCES.noticeWage, PACK_SENTENCES.noticeDocs].join('\n\n');
const page = (text: string): PackPart => ({
  name: 'Homecare services',
  kind: 'page',
  url: 'https://in-tendhost.co.uk/notice/1',
  result: scanText('https://in-tendhost.co.uk/notice/1', text),
});

async function read(file: string): Promise<PackPart> {
  const doc = await readDocument(new Uint8Array(readFileSync(join(PACK, file))), file);
  const result = locateEvidence(scanText(file, doc.text, doc.blocks), doc);
  return { name: file, kind: 'document', result, source: result.document.source };
}

const find = (r: ScanResult, id: CheckId) => r.checks.find((c) => c.id === id)!;

describe('the tender pack verdict', () => {
  it('a clause secured in the terms wins over the notice’s hedge, and names the document, page and clause', async () => {
    const parts = [page(notice), await read('Terms.pdf'), await read('Specification.docx')];
    expect(find(parts[0]!.result, 'living-wage').status).toBe('weak');
    const { result, members } = combinePack(parts);
    const lw = result.checks.find((c) => c.id === 'living-wage')!;
    expect(lw.status).toBe('strong');
    expect(lw.byPart).toEqual(['weak', 'strong', 'missing']);
    expect(citeDecider(lw.decidedBy!)).toBe('Terms.pdf, p. 3, clause 9.2');
    // the deciding passage leads; the notice's hedge is still quoted after it
    expect(lw.evidence[0]!.text).toContain('Real Living Wage set by the Living Wage Foundation');
    expect(lw.evidence.some((e) => e.strength === 'weak' && e.text.includes('encouraged'))).toBe(true);
    expect(lw.suggestion).toBeNull();
    const foi = result.checks.find((c) => c.id === 'foi')!;
    expect([foi.status, citeDecider(foi.decidedBy!)]).toEqual(['strong', 'Terms.pdf, p. 4, clause 11.1']);
    // weak in the specification and nowhere stronger: weak, with its wording to put right
    const sv = result.checks.find((c) => c.id === 'social-value')!;
    expect(sv.status).toBe('weak');
    expect(citeDecider(sv.decidedBy!)).toBe('Specification.docx, under Service Specification › Quality');
    expect(sv.suggestion).toMatch(/^social-value\//);
    // missing everywhere: missing, decided by nothing
    const slavery = result.checks.find((c) => c.id === 'modern-slavery')!;
    expect([slavery.status, slavery.decidedBy]).toEqual(['missing', undefined]);
    // the pack is the page's: its profile (homecare) and its address
    expect(result.source).toBe('https://in-tendhost.co.uk/notice/1');
    expect(result.document.sector).toBe('homecare');
    expect(members.map((m) => [m.name, m.kind, m.statuses['living-wage']])).toEqual([
      ['Homecare services', 'page', 'weak'],
      ['Terms.pdf', 'document', 'strong'],
      ['Specification.docx', 'document', 'missing'],
    ]);
    expect(members[1]!.source).toEqual({ file: 'Terms.pdf', format: 'pdf', pages: 4 });
  });

  it('not applicable only where the check applies nowhere: homecare in the notice keeps the Ethical Care Charter', async () => {
    const parts = [page(notice), await read('Terms.pdf')];
    expect(find(parts[1]!.result, 'ethical-care').status).toBe('n/a');
    expect(find(parts[0]!.result, 'ethical-care').status).toBe('missing');
    expect(combinePack(parts).result.checks.find((c) => c.id === 'ethical-care')!.status).toBe('missing');
    // a pack of two non-care documents: still not applicable
    const docsOnly = combinePack([await read('Terms.pdf'), await read('Specification.docx')]);
    expect(docsOnly.result.checks.find((c) => c.id === 'ethical-care')!.status).toBe('n/a');
  });

  it('the page decides when its own text is the strongest, and is cited as the page', () => {
    const strongPage = page(`${PACK_SENTENCES.noticeIntro}\n\n${SENTENCES.wages}`);
    const hedged: PackPart = { ...page(notice), name: 'Terms.docx', kind: 'document' };
    const lw = combinePack([strongPage, hedged]).result.checks.find((c) => c.id === 'living-wage')!;
    expect(lw.status).toBe('strong');
    expect(citeDecider(lw.decidedBy!)).toBe('the page');
  });

  it('an unreadable page adds nothing, failures are listed with their reason, and evidence is bounded', async () => {
    const empty: PackPart = { ...page(''), result: { ...page('').result, checks: [] } };
    const terms = await read('Terms.pdf');
    const { result, members } = combinePack([empty, terms], [{ name: 'Pricing.pdf', error: 'too large' }]);
    // with no verdicts on the page, the pack's profile is the first document's
    expect(result.document.type).toBe('terms');
    expect(result.checks.find((c) => c.id === 'living-wage')!.byPart).toEqual(['strong']);
    expect(members.at(-1)).toEqual({ name: 'Pricing.pdf', kind: 'document', statuses: {}, error: 'too large' });
    const many = Array.from({ length: 12 }, (_, i) => ({ ...terms, name: `T${i}.pdf` }));
    for (const c of combinePack(many).result.checks) expect(c.evidence.length).toBeLessThanOrEqual(MAX_PACK_EVIDENCE);
  });

  it('every check keeps the contract’s order and statuses', async () => {
    const { result } = combinePack([page(notice), await read('Terms.pdf')]);
    const statuses: Status[] = ['strong', 'weak', 'missing', 'n/a'];
    expect(result.checks.map((c) => c.id)).toEqual(page(notice).result.checks.map((c) => c.id));
    for (const c of result.checks) expect(statuses).toContain(c.status);
  });
});
