// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { explain } from '~/lib/analysis/explain';
import { CHECKS } from '~/lib/checks/registry';
import { builtInClause } from '~/lib/clauses/library';
import { explainedText } from '~/lib/cli/explain';
import { fromHtml } from '~/lib/cli/read-input';
import { render as renderCli } from '~/lib/cli/scan';
import { legalBasisFor, plainFieldMessage, statusChangeText } from '~/lib/report/describe';
import { htmlReport } from '~/lib/report/html';
import { letterReport } from '~/lib/report/letter';
import { markdownReport } from '~/lib/report/markdown';
import type { Review } from '~/lib/reviews/review';
import { scanText } from '~/lib/scan';
import { ReviewsDb } from '~/lib/store/reviews-db';
import type { ScanResult } from '~/lib/types';
import { EvidenceList } from './panel/EvidenceList';
import { LegalBasis } from './panel/LegalBasis';
import { ProfileEditor } from './panel/ProfileEditor';
import { WhyThisVerdict } from './panel/WhyThisVerdict';
import { FindingSlide } from './presenter/FindingSlide';
import { ChangesBanner } from './review/ChangesBanner';
import { ReviewDetail } from './review/ReviewDetail';

/**
 * Internal identifiers a person must never read: check ids, status enum values in id form, sector, type, buyer
 * and editor codes, and field paths. Compounds that are also English ("fair-work provisions", "zero-hours contracts") are allowed.
 */
const INTERNAL = [
  /\b(?:sme-vcse|tupe-pensions|exit-insourcing|inclusive-employment|ethical-care)\b/,
  /\b(?:living-wage|social-value|foi|zero-hours|fair-work|training|open-book|modern-slavery|blacklisting|net-zero|equality)(?::|\/[a-z])/,
  /\b(?:strong|weak|missing|n\/a) →|→ (?:strong|weak|missing|n\/a)\b/,
  /\bn\/a\b/,
  /\b(?:social-care|itt)\b/,
  /\bsector (?:it|general|goods|facilities|homecare)\b/,
  /\bdevolved-government\b/,
  /\b(?:ckeditor5|contenteditable|tinymce|textarea)\b/,
  /\((?:[a-z]+\.)+[a-z-]+\)/,
  // a check id as a table's first column, and profile values in their stored form
  /^(?:living-wage|social-value|foi|zero-hours|fair-work|training|inclusive-employment|ethical-care|tupe-pensions|open-book|modern-slavery|blacklisting|sme-vcse|net-zero|equality|exit-insourcing)(?:\s|$)/m,
  /\((?:notice|itt|terms|specification|policy|other), /,
  /\b(?:england|wales|scotland)\b/,
];

function internalIdsIn(text: string): string[] {
  const found: string[] = [];
  for (const re of INTERNAL) {
    const m = re.exec(text);
    if (m) found.push(`${m[0]} … in "${text.slice(Math.max(0, m.index - 60), m.index + 60)}"`);
  }
  return found;
}

/** The text a person reads: no tags, no addresses (a URL may contain anything). */
const readable = (s: string) =>
  s
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+|tenderlight-demo:\S+|assets\/samples\/\S+/g, ' ');

async function sampleScan(): Promise<ScanResult> {
  const path = 'assets/samples/homecare-notice.html';
  const doc = await fromHtml(path, readFileSync(path, 'utf8'));
  return scanText('https://www.contractsfinder.service.gov.uk/notice/1', doc.text, doc.blocks, { asOf: '2026-06-01' });
}

const host = () => {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
};

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

async function until<T>(fn: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('plain words: no internal id in anything a person reads', async () => {
  const scan = await sampleScan();
  const review: Review = {
    url: scan.source,
    title: 'Home care and reablement services',
    savedAt: '2026-06-01T10:00:00.000Z',
    result: scan,
    notes: { 'ethical-care': 'Ask about travel time.' },
    overrides: { foi: { status: 'weak', reason: 'The FOI clause is only in the ITT.' } },
  };

  it('the letter, the Markdown and HTML reports', () => {
    for (const [name, text] of [
      ['letter', letterReport(review, {}, { asOf: '2026-06-01', only: scan.checks.map((c) => c.id) })],
      ['markdown', markdownReport(review, { asOf: '2026-06-01' })],
      ['html', htmlReport(review, { asOf: '2026-06-01' })],
    ] as const)
      expect([name, internalIdsIn(readable(text))]).toEqual([name, []]);
  });

  it('the CLI: table, Markdown, failures and --explain', async () => {
    const failure = { source: 'missing.txt', error: 'no such file' };
    const table = await renderCli([scan, failure], 'table');
    expect(table).toContain('Real Living Wage');
    const md = await renderCli([scan, failure], 'md');
    const path = 'assets/samples/homecare-notice.html';
    const { text } = await fromHtml(path, readFileSync(path, 'utf8'));
    const explained = explainedText({ source: path, checks: CHECKS.map((c) => explain(text, c.id)) });
    for (const [name, text] of [
      ['table', table],
      ['markdown', md],
      ['explain', explained],
    ] as const)
      expect([name, internalIdsIn(readable(text))]).toEqual([name, []]);
  });

  it('the side panel parts: profile, evidence, why this verdict, legal basis', () => {
    const el = host();
    render(
      <div>
        <ProfileEditor profile={scan.document} override={null} onChange={() => {}} />
        {scan.checks.map((f) => (
          <div key={f.id}>
            <EvidenceList evidence={f.evidence} inPage={true} onShow={() => {}} />
            <WhyThisVerdict finding={f} />
            <LegalBasis
              answer={legalBasisFor(CHECKS.find((c) => c.id === f.id)!, scan.document)}
              place="England"
              buyer="For local government (detected)"
            />
          </div>
        ))}
      </div>,
      el,
    );
    expect(internalIdsIn(readable(el.textContent ?? ''))).toEqual([]);
  });

  it('the presenter slide for every check, explanation revealed', () => {
    const el = host();
    render(
      <div>
        {scan.checks.map((f, i) => (
          <FindingSlide
            key={f.id}
            finding={f}
            profile={scan.document}
            position={i + 1}
            total={scan.checks.length}
            revealed={true}
            clause={f.suggestion ? builtInClause(f.suggestion) : undefined}
            onReveal={() => {}}
            onInsert={() => {}}
          />
        ))}
      </div>,
      el,
    );
    expect(el.textContent).toContain('Legal basis (England)');
    expect(internalIdsIn(readable(el.textContent ?? ''))).toEqual([]);
  });

  it('the changes banner says "Weak → Strong" with the check’s title', () => {
    const el = host();
    const later: ScanResult = {
      ...scan,
      checks: scan.checks.map((c) => (c.id === 'living-wage' ? { ...c, status: 'strong' as const } : c)),
    };
    render(<ChangesBanner saved={review} current={later} />, el);
    expect(el.textContent).toContain('Real Living Wage: Weak → Strong');
    expect(internalIdsIn(readable(el.textContent ?? ''))).toEqual([]);
    expect(statusChangeText({ id: 'foi', from: 'missing', to: 'strong' })).toBe(
      'Freedom of Information: Missing → Strong',
    );
  });

  it('the review page, exports and letter included', async () => {
    const db = new ReviewsDb(`plain-${Math.random()}`);
    const el = host();
    render(<ReviewDetail db={db} review={review} onBack={() => {}} onSaved={() => {}} />, el);
    const letter = await until(() => el.querySelector('textarea')?.value, 'the letter preview');
    expect(letter).toContain('Dear Commissioning Manager');
    expect(internalIdsIn(readable(`${el.textContent} ${letter}`))).toEqual([]);
  });

  it('a validation message names the field in words, never its path', () => {
    expect(plainFieldMessage('Give a reason for the change (overrides.foi.reason)')).toBe(
      'Give a reason for the change (Freedom of Information, status change: reason)',
    );
    expect(plainFieldMessage('Too long (notes.living-wage)')).toBe('Too long (Real Living Wage, note)');
    expect(plainFieldMessage('Odd (a.b.c)')).toBe('Odd');
  });
});
