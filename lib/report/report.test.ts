import { describe, expect, it } from 'vitest';
import { CHECKS } from '../checks/registry';
import { builtInClause } from '../clauses/library';
import { scanText } from '../scan';
import { CHECK_IDS, type ClauseFinding, type ScanResult } from '../types';
import { csvCell, csvReport } from './csv';
import { escapeHtml, htmlReport } from './html';
import { jsonReport } from './json';
import { letterConcerns, letterReport } from './letter';
import { escapeMarkdown, markdownReport } from './markdown';
import type { ReportInput } from './rows';

const HOLLOW = 'Providers are encouraged to pay the Real Living Wage where possible.';
const SV = 'Social value accounts for 10% of the score and the Provider shall report its commitments quarterly.';

function result(): ScanResult {
  const checks: ClauseFinding[] = CHECK_IDS.map((id) => ({ id, status: 'n/a', evidence: [], suggestion: null }));
  const set = (f: ClauseFinding) => {
    checks[checks.findIndex((c) => c.id === f.id)] = f;
  };
  set({
    id: 'living-wage',
    status: 'weak',
    evidence: [{ text: HOLLOW, start: 0, end: HOLLOW.length, strength: 'weak', why: "aspirational: 'encouraged to'" }],
    suggestion: 'living-wage/standard',
  });
  set({
    id: 'social-value',
    status: 'strong',
    evidence: [{ text: SV, start: 80, end: 80 + SV.length, strength: 'strong', why: 'binding duty' }],
    suggestion: null,
  });
  set({ id: 'foi', status: 'missing', evidence: [], suggestion: 'foi/standard' });
  return {
    source: 'https://portal.example/notice/1',
    document: { type: 'notice', sector: 'homecare', jurisdiction: 'england' },
    checks,
  };
}

const review = (extra: Partial<ReportInput> = {}): ReportInput => ({
  result: result(),
  title: 'Care at Home <Framework> & "Lots"',
  url: 'https://portal.example/notice/1',
  savedAt: '2026-11-20T10:00:00.000Z',
  notes: { 'living-wage': 'Raise at the JCC on 3 December.' },
  overrides: {},
  ...extra,
});

describe('markdown report', () => {
  it('quotes weak evidence, gives the legal basis and the filled model wording, and carries the note', () => {
    const md = markdownReport(review(), { asOf: '2026-11-25', values: { authority: 'Northbridge Borough Council' } });
    expect(md).toContain(`> ${escapeMarkdown(HOLLOW)}`);
    expect(md).toContain("**Reviewer's note:** Raise at the JCC on 3 December.");
    expect(md).toContain('### Real Living Wage: Weak');
    expect(md).toContain('National Procurement Policy Statement');
    expect(md).toContain('Northbridge Borough Council not less than the Real Living Wage');
    expect(md).not.toContain('{authority}');
    expect(md.indexOf(': Missing')).toBeLessThan(md.indexOf(': Weak'));
  });

  it('leads with a one-screen summary: what needs action and what is secured, before the details', () => {
    const md = markdownReport(review(), { asOf: '2026-11-25' });
    const summary = md.slice(0, md.indexOf('## Details'));
    expect(summary.split('\n').length).toBeLessThan(25);
    expect(summary).toMatch(
      /## Needs action\n\n- \*\*Freedom of Information\*\*: Missing[^\n]*\n- \*\*Real Living Wage\*\*: Weak/,
    );
    expect(summary).toContain('**Secured:** Social value');
    expect(md.indexOf('## Details')).toBeGreaterThan(0);
  });

  it('makes page text inert: no links, images or raw HTML come out of it, and only http(s) addresses are links', () => {
    const hostile = 'See ![](http://tracker/x) and [x](javascript:alert(1)) <img src=x onerror=alert(1)> **bold**';
    const r = result();
    r.checks[0]!.evidence[0]!.text = hostile;
    const md = markdownReport({ result: r, title: hostile, url: 'javascript:alert(1)', notes: { foi: hostile } });
    expect(md).not.toMatch(/(?<!\\)!(?<!\\)\[/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('**bold**');
    expect(md).not.toMatch(/<javascript:/);
    expect(md).toContain(String.raw`\!\[\](http://tracker/x)`);
    expect(md).toContain(String.raw`\[x\](javascript:alert(1))`);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const linked = markdownReport({ result: result(), url: 'https://portal.example/notice/1?a=1', title: 'T' });
    expect(linked).toContain('Page: <https://portal.example/notice/1?a=1>');
  });

  it('shows an override with its reason and the scanned status', () => {
    const md = markdownReport(
      review({ overrides: { foi: { status: 'strong', reason: 'the clause is in the attached ITT, section 14' } } }),
    );
    expect(md).toMatch(/Freedom of Information: Strong \(scanned as Missing\)/);
    expect(md).toContain('**Status changed by the reviewer:** the clause is in the attached ITT, section 14');
  });

  it('still prints a bare scan the way the CLI calls it', () => {
    const md = markdownReport(result());
    expect(md).toContain('# Tenderlight review: https://portal.example/notice/1');
    expect(md).toContain('**1 missing · 1 weak · 1 strong · 13 not applicable**');
  });
});

describe('csv report', () => {
  it('has a header and one row per check with quoted multi-line cells', () => {
    const csv = csvReport(review({ notes: { foi: 'Ask for "open book", too' } }));
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'check_id,check,status,scanned_status,override_reason,note,evidence,evidence_why,suggestion_id,suggested_wording,evidence_where,evidence_read_by_ocr',
    );
    expect(lines).toHaveLength(1 + CHECK_IDS.length);
    expect(lines[1]).toMatch(/^living-wage,Real Living Wage,weak,weak,,,/);
    // a page's text was not read by OCR: the last column stays empty for its evidence
    expect(lines[1]).toMatch(/,$/);
    expect(csv).toContain('"Ask for ""open book"", too"');
  });

  it('neutralises a cell that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('json report', () => {
  it('is the scan contract object with a note and override on each check', () => {
    const parsed = JSON.parse(
      jsonReport(review({ overrides: { foi: { status: 'weak', reason: 'FOI only in the ITT' } } })),
    );
    expect(parsed.source).toBe('https://portal.example/notice/1');
    expect(parsed.document).toEqual({ type: 'notice', sector: 'homecare', jurisdiction: 'england' });
    expect(parsed.checks.map((c: { id: string }) => c.id)).toEqual([...CHECK_IDS]);
    const lw = parsed.checks[0];
    expect(lw.evidence[0].text).toBe(HOLLOW);
    expect(lw.note).toBe('Raise at the JCC on 3 December.');
    expect(parsed.checks.find((c: { id: string }) => c.id === 'foi').override).toEqual({
      status: 'weak',
      reason: 'FOI only in the ITT',
    });
    expect(parsed.review.savedAt).toBe('2026-11-20T10:00:00.000Z');
  });
});

describe('printable html report', () => {
  it('escapes page text and notes and carries a print stylesheet', () => {
    const html = htmlReport(review({ notes: { 'living-wage': '<img src=x onerror=alert(1)>' } }), {
      asOf: '2026-11-25',
    });
    expect(html).toContain('<title>Tenderlight review: Care at Home &lt;Framework&gt; &amp; &quot;Lots&quot;</title>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('@media print');
    expect(html).toContain(`<blockquote>${escapeHtml(HOLLOW)}</blockquote>`);
    expect(html).toMatch(/<section id="foi">[\s\S]*The document does not address this/);
  });

  it('links only http(s) addresses', () => {
    const html = htmlReport(review({ url: 'javascript:alert(1)' }));
    expect(html).not.toContain('href="javascript:');
  });
});

describe('letter to the commissioner', () => {
  it('raises each missing or weak check with evidence, why, legal basis and wording, and nothing strong', () => {
    const letter = letterReport(
      review(),
      {
        recipient: 'Ms R. Okafor',
        authority: 'Northbridge Borough Council',
        sender: 'Sam Reid',
        organisation: 'UNISON Northbridge branch',
      },
      { asOf: '2026-11-25' },
    );
    expect(letter.startsWith('25 November 2026\n')).toBe(true);
    expect(letter).toContain('Dear Ms R. Okafor,');
    expect(letter).toContain('on behalf of UNISON Northbridge branch');
    expect(letter).toContain('Two points need your attention');
    expect(letter).toContain(`The document says: "${HOLLOW}"`);
    expect(letter).toContain('We ask that the contract secures this: every worker on the contract');
    // one legal basis per point, the one that applies to this buyer (an English council: the NPPS binds it)
    expect(letter).toContain('Legal basis: National Procurement Policy Statement (2025)');
    expect(letter.match(/^Legal basis: /gm)).toHaveLength(2);
    expect(letter).toContain('Our comment: Raise at the JCC on 3 December.');
    expect(letter).toContain('reply by 9 December 2026');
    expect(letter).not.toMatch(/Social value[^\n]*\(strong\)/i);
    expect(letter).not.toMatch(/\{[a-z_]+\}/);
    // the full model wording is an annex after the signature
    const signed = letter.indexOf('Sam Reid\nUNISON Northbridge branch');
    const annex = letter.indexOf('Annex: model wording');
    expect(signed).toBeGreaterThan(0);
    expect(annex).toBeGreaterThan(signed);
    expect(letter.slice(annex)).toContain('for Northbridge Borough Council not less than the Real Living Wage');
  });

  it('follows the reviewer: an override to strong drops the check, an override to weak adds it', () => {
    const r = review({
      overrides: {
        foi: { status: 'strong', reason: 'FOI clause is in the attached ITT' },
        'social-value': { status: 'weak', reason: 'the weighting is only 2%' },
      },
    });
    const ids = letterConcerns(r).map((row) => row.check.id);
    expect(ids).toEqual(['living-wage', 'social-value']);
    expect(letterReport(r)).toContain('Our assessment: the weighting is only 2%');
  });

  it('cites the law of the place: Fair Work First for a Scottish notice', () => {
    const r = result();
    r.document.jurisdiction = 'scotland';
    const letter = letterReport({ result: r }, { authority: 'Glenmorven Council' });
    expect(letter).toContain('Fair Work First (SPPN 1/2024)');
    expect(letter).not.toMatch(/Procurement Act 2023|National Procurement Policy Statement|PPN 00\d/);
    expect(letter).not.toMatch(/\{[a-z_]+\}/);
  });

  it('greets the named person, or the role when no one is named', () => {
    expect(letterReport(review(), { recipient: 'Ms R. Okafor, Head of Commissioning' })).toMatch(
      /To: Ms R\. Okafor, Head of Commissioning\n[\s\S]*\nDear Ms R\. Okafor,\n/,
    );
    expect(letterReport(review())).toContain('\nDear Commissioning Manager,\n');
  });

  it('raises only the checks the rep chose, headline checks first', () => {
    const all = letterConcerns(review()).map((r) => r.check.id);
    expect(all).toEqual(['living-wage', 'foi']);
    const letter = letterReport(review(), {}, { only: ['foi'] });
    expect(letter).toContain('One point needs your attention');
    expect(letter).toContain('1. Freedom of Information (missing)');
    expect(letter).not.toContain(HOLLOW);
    expect(letterReport(review(), {}, { only: [] })).not.toContain('found each of them secured');
  });

  it('thanks the authority when nothing is missing or weak', () => {
    const r = result();
    for (const c of r.checks) if (c.status !== 'n/a') Object.assign(c, { status: 'strong', suggestion: null });
    expect(letterReport({ result: r })).toContain('found each of them secured');
  });
});

describe('reports of a real scan', () => {
  it('quote exactly what the analysis found in the sample notice', () => {
    const text =
      'Contract notice: Care and Support at Home.\nProviders are encouraged to pay care workers the Real Living Wage where possible.\nThe Provider shall pay all care workers at least the National Living Wage of £12.21 per hour.';
    const scan = scanText('sample', text, undefined, { asOf: '2026-11-25' });
    const lw = scan.checks.find((c) => c.id === 'living-wage')!;
    expect(lw.status).toBe('weak');
    const letter = letterReport({ result: scan });
    expect(letter).toContain(lw.evidence[0]!.text);
    expect(csvReport({ result: scan }).split('\r\n')[1]).toContain('living-wage,Real Living Wage,weak');
    expect(builtInClause(lw.suggestion!)).toBeDefined();
  });
});

describe('letter from the bundled homecare notice', () => {
  it('is under 1,200 words and raises the headline points, each with one quote, one ask and one legal basis', async () => {
    const { readFileSync } = await import('node:fs');
    const { fromHtml } = await import('../cli/read-input');
    const path = 'assets/samples/homecare-notice.html';
    const doc = await fromHtml(path, readFileSync(path, 'utf8'));
    const scan = scanText(doc.source, doc.text, doc.blocks, { asOf: '2026-06-01' });
    const input = { result: scan, title: 'Home care and reablement services: contract notice' };
    const letter = letterReport(input, { authority: 'Eastholm County Council' }, { asOf: '2026-06-01' });
    const words = letter.split(/\s+/).filter(Boolean).length;
    expect(words).toBeLessThan(1200);
    const headline = scan.checks.filter((c) => ['living-wage', 'social-value', 'foi'].includes(c.id));
    const raised = headline.filter((c) => c.status === 'weak' || c.status === 'missing');
    expect(raised.length).toBeGreaterThan(0);
    for (const c of raised) expect(letter).toMatch(new RegExp(`\\d\\. ${checkTitle(c.id)} \\((?:weak|missing)\\)`));
    expect(letter.match(/^The document (?:says|does not address)/gm)).toHaveLength(raised.length);
    expect(letter.match(/^Legal basis: /gm)).toHaveLength(raised.length);
    // points that are neither headline nor marked by the rep are left for the rep to tick
    const others = scan.checks.filter((c) => !headline.includes(c) && (c.status === 'weak' || c.status === 'missing'));
    for (const c of others) expect(letter).not.toContain(`. ${checkTitle(c.id)} (`);
    expect(letter).not.toMatch(/\{[a-z_]+\}|Nothing in the document secures/);
  });
});

function checkTitle(id: string): string {
  return CHECKS.find((c) => c.id === id)!.title.replace(/[()]/g, '\\$&');
}
