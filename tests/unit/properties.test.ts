import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type AnalyseOptions, AnalysisSession, analyseText, type DocumentAnalysis } from '../../lib/analysis/analyse';
import { extractPage } from '../../lib/extract/extract';
import { scanText } from '../../lib/scan';
import { blocksFromText, type TextBlock } from '../../lib/text/segment';
import { CHECK_IDS, type ClauseFinding, STATUSES } from '../../lib/types';
import { paragraph, rng } from '../bench/procurement-text';

// A fixed date keeps wage-rate judgements identical between the runs being compared.
const OPTS: AnalyseOptions = { asOf: '2026-06-01' };

/** Every finding is well formed and every evidence slice is exactly the text it claims to quote. */
function expectExactEvidence(text: string, findings: readonly ClauseFinding[]) {
  expect(findings.map((f) => f.id)).toEqual([...CHECK_IDS]);
  expectExactSlices(text, findings);
}

function expectExactSlices(text: string, findings: readonly ClauseFinding[]) {
  for (const f of findings) {
    expect(STATUSES).toContain(f.status);
    for (const e of f.evidence) {
      expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThan(e.start);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(e.text).toBe(text.slice(e.start, e.end));
    }
  }
}

function expectExactBlocks(text: string, blocks: readonly TextBlock[]) {
  for (const b of blocks) expect(b.text).toBe(text.slice(b.start, b.end));
}

const char = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((c) => String.fromCharCode(c));
const loneSurrogate = char(0xd800, 0xdfff);
const rtlChar = fc.oneof(
  char(0x0590, 0x05ff),
  char(0x0600, 0x06ff),
  fc.constantFrom('\u202b', '\u202e', '\u200f', '\u061c'),
);
const specialChar = fc.constantFrom(
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\u0085',
  '\v',
  '\f',
  '\t',
  '\u00a0',
  '\u3000',
  '.',
  '. ',
  '?!',
  '£',
  '•',
  '“',
  '’',
  '\u0301',
  '\u{1f600}',
);
const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const noiseChar = fc.oneof(anyCodePoint, loneSurrogate, rtlChar, specialChar);
const noise = fc.string({ unit: noiseChar, maxLength: 40 });

/** Hand-written clause-like sentences, hedged and binding, with abbreviations and figures that trip splitters. */
const CLAUSE_FIXTURES = [
  'The Contractor shall pay every worker on the contract the Real Living Wage (currently £13.45 per hour).',
  'Suppliers are encouraged to consider paying the London Living Wage where possible.',
  'Staff shall be paid at least the National Minimum Wage, i.e. the legal floor.',
  'The Supplier shall assist the Authority with requests for information under FOIA 2000 (see cl. 4.2).',
  'Read our Freedom of Information page.',
  'Social value: 10% of the quality score.',
  '1.1 The Provider shall not use zero-hours contracts; no. 5 of Sch. 2 applies.',
  'Care workers shall be paid for travel time between visits, e.g. at £14.80 p/h in London.',
  'The Supplier may wish to offer apprenticeships, training and skills support.',
  'TUPE applies and the Contractor shall secure LGPS admitted body status.',
  // a run-in heading carries its topic into the paragraph (the session keeps what it carried per block)
  'Freedom of information. The Contractor shall pass each request it receives to the Council within two working days.',
  // a paragraph that goes on with the one before it (read with it, so re-read when it changes)
  'The Supplier shall pass any such request to the Council within two working days.',
];
const topicSentence = fc.oneof(
  fc.constantFrom(...CLAUSE_FIXTURES),
  fc.integer().map((seed) => paragraph(rng(seed), { clauseShare: 0.6 }, true)),
);
/** A topic sentence with noise pushed in at arbitrary places: inside words, at stops, around figures. */
const mangledTopic = fc
  .tuple(topicSentence, fc.array(fc.tuple(fc.nat(), noiseChar), { maxLength: 6 }))
  .map(([s, inserts]) => {
    let out = s;
    for (const [at, c] of inserts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + c + out.slice(i);
    }
    return out;
  });
const fragment = fc.oneof(topicSentence, mangledTopic, noise, fc.string({ unit: rtlChar, maxLength: 30 }));
const separator = fc.constantFrom('', ' ', '\n', '\n\n', '\r\n', '\u2029', '\n\n\n\n\n\n', '\t', '\u200b\n');
const documentText = fc
  .array(fc.tuple(fragment, separator), { maxLength: 10 })
  .map((parts) => parts.map(([f, s]) => f + s).join(''));

describe('analysis of arbitrary text', () => {
  it('never throws and quotes every evidence exactly, on any mix of clauses and hostile Unicode', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const result = analyseText(text, OPTS);
        expectExactEvidence(text, result.findings);
      }),
      { numRuns: 100 },
    );
  });

  it('copes with huge lines: many clauses and no line break at all', () => {
    fc.assert(
      fc.property(fc.array(topicSentence, { minLength: 50, maxLength: 300 }), noiseChar, (sentences, glue) => {
        const text = sentences.join(` ${glue}`);
        expectExactEvidence(text, analyseText(text, OPTS).findings);
      }),
      { numRuns: 8 },
    );
  });

  it('copes with a half-megabyte line, a wall of newlines and a text of nothing but format characters', () => {
    const clause = CLAUSE_FIXTURES[0]!;
    const cases = [
      `${clause} ${'x'.repeat(500_000)} ${clause}`,
      `${'\n'.repeat(100_000)}${clause}${'\r\n'.repeat(50_000)}${CLAUSE_FIXTURES[1]}${'\u2029'.repeat(10_000)}`,
      '\u200b\u200d\u202e\ufeff'.repeat(20_000),
      `${'\ud800'.repeat(1000)}${clause}${'\udfff'.repeat(1000)}`,
    ];
    for (const text of cases) expectExactEvidence(text, analyseText(text, OPTS).findings);
  });

  it('finds the binding clause through zero-width and RTL noise around it', () => {
    const text = `\u202e\u200b${CLAUSE_FIXTURES[0]}\u200b\u202c\n\u0645\u0631\u062d\u0628\u0627`;
    const lw = analyseText(text, OPTS).findings.find((f) => f.id === 'living-wage')!;
    expect(lw.status).toBe('strong');
    expectExactSlices(text, [lw]);
  });
});

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ENTITY = fc.constantFrom(
  '&nbsp;',
  '&amp;',
  '&#x202E;',
  '&#0;',
  '&#xD800;',
  '&pound;13.45',
  '&#8203;',
  '<!-- c -->',
);
const htmlText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fragment.map(escapeHtml) }, { weight: 1, arbitrary: ENTITY }), {
    maxLength: 4,
  })
  .map((xs) => xs.join(''));
const ATTRS = [
  '',
  '',
  '',
  ' hidden',
  ' aria-hidden="true"',
  ' style="display:none"',
  ' class="cookie-banner"',
  ' role="navigation"',
  ' data-tenderlight="off"',
  ' dir="rtl"',
];
const TAGS = ['p', 'div', 'span', 'b', 'li', 'td', 'h2', 'section', 'main', 'script', 'style', 'nav', 'footer', 'pre'];
const { html: htmlNode } = fc.letrec((tie) => ({
  html: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    htmlText,
    fc.constant('<br>'),
    htmlText.map((t) => `<textarea>${t}</textarea>`),
    htmlText.map((t) => `<input type="text" value="${t.replace(/"/g, '&quot;')}">`),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('html'), { maxLength: 4 }))
      .map(([tag, attr, kids]) => `<${tag}${attr}>${kids.join('')}</${tag}>`),
  ),
}));
const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

/** The scan CLI's HTML path: linkedom's DOM, the content script's extraction, then the analysis. */
function scanHtml(html: string) {
  const { document } = parseHTML(html);
  const extracted = extractPage(document);
  expectExactBlocks(extracted.text, extracted.blocks);
  const result = scanText('page.html', extracted.text, extracted.blocks, OPTS);
  expectExactEvidence(extracted.text, result.checks);
  return { extracted, result };
}

describe('the HTML path (linkedom → extractPage → scanText)', () => {
  it('never throws and quotes evidence exactly from the extracted text, for arbitrary pages', () => {
    fc.assert(
      fc.property(fc.array(htmlNode, { maxLength: 6 }), (nodes) => {
        scanHtml(page(nodes.join('')));
      }),
      { numRuns: 80 },
    );
  });

  it('never throws on unescaped noise taken as markup', () => {
    fc.assert(
      fc.property(documentText, noise, (a, b) => {
        scanHtml(`<body><p>${a}</p><${b}>${a}</body>`);
      }),
      { numRuns: 60 },
    );
  });
});

function fresh(text: string, blocks: readonly TextBlock[]): DocumentAnalysis {
  return new AnalysisSession(OPTS).update(text, blocks);
}

/** Profile-changing lines, so that edits also switch jurisdiction, sector and document type. */
const profileLine = fc.constantFrom(
  'Published on Public Contracts Scotland under Fair Work First.',
  'Cardiff Council, Sell2Wales notice.',
  'Domiciliary care at home for older people.',
  'CPV 45000000 construction works on site.',
  'TERMS AND CONDITIONS OF CONTRACT',
  'Invitation to Tender',
  'Published 3 March 2019 under the 2018 pay policy.',
);
const line = fc.oneof({ weight: 4, arbitrary: fragment }, { weight: 1, arbitrary: profileLine });
type Edit = { kind: 'replace' | 'insert' | 'delete' | 'noise' | 'append'; at: number; with: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('replace', 'insert', 'delete', 'noise', 'append'),
  at: fc.nat(),
  with: line,
});

function applyEdit(lines: string[], e: Edit): string[] {
  const out = [...lines];
  const i = lines.length ? e.at % lines.length : 0;
  if (e.kind === 'replace' && out.length) out[i] = e.with;
  else if (e.kind === 'insert' || !out.length) out.splice(i, 0, e.with);
  else if (e.kind === 'delete') out.splice(i, 1);
  else if (e.kind === 'noise') out[i] = `${out[i]!.slice(0, e.at % 7)}${e.with.slice(0, 5)}${out[i]!.slice(e.at % 7)}`;
  else out[i] = `${out[i]} ${e.with}`;
  return out;
}

describe('incremental AnalysisSession.update', () => {
  it('gives, after every edit of a plain-text document, the same findings as a fresh analysis', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 12 }),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        // without a date the session judges figures at the date the text speaks from, which edits can move
        fc.constantFrom(OPTS, {}),
        (initial, edits, opts) => {
          const session = new AnalysisSession(opts);
          let lines = initial;
          let text = lines.join('\n');
          session.update(text, blocksFromText(text));
          for (const e of edits) {
            lines = applyEdit(lines, e);
            text = lines.join('\n');
            const blocks = blocksFromText(text);
            const incremental = session.update(text, blocks);
            expect(incremental).toEqual(analyseText(text, opts));
            expectExactEvidence(text, incremental.findings);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('gives, after editing one paragraph of a page, the same findings as a fresh analysis of the page', () => {
    const paragraphs = fc.array(fc.oneof(topicSentence, mangledTopic, profileLine), { minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(paragraphs, fc.array(edit, { minLength: 1, maxLength: 4 }), (initial, edits) => {
        const render = (ps: string[]) => page(`<main>${ps.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</main>`);
        const session = new AnalysisSession(OPTS);
        let ps = initial;
        const first = extractPage(parseHTML(render(ps)).document);
        session.update(first.text, first.blocks);
        for (const e of edits) {
          ps = applyEdit(ps, e);
          const { extracted } = scanHtml(render(ps));
          const incremental = session.update(extracted.text, extracted.blocks);
          expect(incremental).toEqual(fresh(extracted.text, extracted.blocks));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('shifts the offsets of unchanged blocks when an earlier block grows', () => {
    const before = `Intro.\n${CLAUSE_FIXTURES[0]}`;
    const after = `A much longer introduction than before.\n${CLAUSE_FIXTURES[0]}`;
    const session = new AnalysisSession(OPTS);
    session.update(before, blocksFromText(before));
    const result = session.update(after, blocksFromText(after));
    const lw = result.findings.find((f) => f.id === 'living-wage')!;
    expect(lw.evidence.length).toBeGreaterThan(0);
    expectExactEvidence(after, result.findings);
    expect(result).toEqual(analyseText(after, OPTS));
  });
});
