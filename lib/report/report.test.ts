import { describe, expect, it } from 'vitest';
import { builtInClause } from '../clauses/library';
import { scanText } from '../scan';
import { CHECK_IDS, type ClauseFinding, type ScanResult } from '../types';
import { csvCell, csvReport } from './csv';
import { escapeHtml, htmlReport } from './html';
import { jsonReport } from './json';
import { letterConcerns, letterReport } from './letter';
import { markdownReport } from './markdown';
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
    expect(md).toContain(`> ${HOLLOW}`);
    expect(md).toContain("**Reviewer's note:** Raise at the JCC on 3 December.");
    expect(md).toContain('## Real Living Wage — Weak');
    expect(md).toContain('National Procurement Policy Statement');
    expect(md).toContain('Northbridge Borough Council not less than the Real Living Wage');
    expect(md).not.toContain('{authority}');
    expect(md.indexOf('— Missing')).toBeLessThan(md.indexOf('— Weak'));
  });

  it('shows an override with its reason and the scanned status', () => {
    const md = markdownReport(
      review({ overrides: { foi: { status: 'strong', reason: 'the clause is in the attached ITT, section 14' } } }),
    );
    expect(md).toMatch(/Freedom of Information[^\n]*— Strong \(scanned as Missing\)/);
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
      'check_id,check,status,scanned_status,override_reason,note,evidence,evidence_why,suggestion_id,suggested_wording',
    );
    expect(lines).toHaveLength(1 + CHECK_IDS.length);
    expect(lines[1]).toMatch(/^living-wage,Real Living Wage,weak,weak,,,/);
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
    expect(html).toMatch(/<section id="foi">[\s\S]*Nothing in the document secures this/);
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
    expect(letter).toContain('2 provisions are missing or too weak');
    expect(letter).toContain(`"${HOLLOW}"`);
    expect(letter).toContain('Why it matters: The Real Living Wage is calculated by the Living Wage Foundation');
    expect(letter).toContain('National Procurement Policy Statement (2025)');
    expect(letter).toContain('for Northbridge Borough Council not less than the Real Living Wage');
    expect(letter).toContain('Our comment: Raise at the JCC on 3 December.');
    expect(letter).toContain('reply by 9 December 2026');
    expect(letter).not.toMatch(/Social value[^\n]*\(strong\)/i);
    expect(letter).not.toMatch(/\{[a-z_]+\}/);
    expect(letter.trimEnd().endsWith('Sam Reid\nUNISON Northbridge branch')).toBe(true);
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
    expect(letter).toContain('One provision is missing or too weak');
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
    for (const e of lw.evidence) expect(letter).toContain(e.text);
    expect(csvReport({ result: scan }).split('\r\n')[1]).toContain('living-wage,Real Living Wage,weak');
    expect(builtInClause(lw.suggestion!)).toBeDefined();
  });
});
