// The walk-through of issue 10 as a test: a short document from each UK nation and one from Canada, scanned as
// the CLI and the extension scan them, and every legal citation in the report, the letter and the HTML export
// must belong to that nation and buyer; outside the UK nothing cites UK law without saying it does not apply.
import { describe, expect, it } from 'vitest';
import { scanText } from '../scan';
import { htmlReport } from './html';
import { letterReport } from './letter';
import { markdownReport, tableReport } from './markdown';

const DOCUMENTS = {
  england: `Northshire County Council
Invitation to Tender: Home Care Services
The Council is a local authority in England. This procurement is conducted under the Procurement Act 2023.
Providers are encouraged to pay the Real Living Wage where possible.
The Provider should consider offering guaranteed hours to care workers.`,
  wales: `Glanyrafon County Council
Invitation to Tender: Cleaning Services for council buildings in Wales
The Council is subject to the Social Partnership and Public Procurement (Wales) Act 2023 and the Well-being of Future Generations (Wales) Act 2015.
Suppliers are encouraged to pay the Real Living Wage where possible.`,
  scotland: `Glenmore Council
Invitation to Tender: Catering Services
This procurement is carried out under the Procurement Reform (Scotland) Act 2014 and the Public Contracts (Scotland) Regulations 2015.
Bidders are encouraged to pay the real Living Wage and to adopt Fair Work First practices where possible.`,
  ni: `Department for Infrastructure (Northern Ireland)
Invitation to Tender: Grounds Maintenance Services
This tender is issued by a Northern Ireland Civil Service department in line with Northern Ireland Public Procurement Policy.
Contractors are encouraged to pay the Real Living Wage where possible.`,
  other: `Province of Manitoba
Request for Proposals: Janitorial Services for provincial offices in Winnipeg
Proponents are encouraged to pay a living wage to their employees where possible. Prices are in Canadian dollars (CAD).`,
} as const;

/** Law that must never be cited for a document from this place. */
const NEVER: Record<keyof typeof DOCUMENTS, RegExp[]> = {
  england: [/Scotland\) Act|Wales\) Act|Northern Ireland Procurement Policy Note/],
  wales: [/National Procurement Policy Statement|Sourcing Playbook|Best Value Authorities|Care Act 2014|Scotland\)/],
  scotland: [
    /Procurement Act 2023|National Procurement Policy Statement|Sourcing Playbook|Best Value Authorities|PPN 0\d\d/,
    /Care Act 2014|Wales\) Act|Freedom of Information Act 2000/,
  ],
  ni: [
    /National Procurement Policy Statement|Sourcing Playbook|Best Value Authorities|Care Act 2014|Equality Act 2010/,
  ],
  other: [],
};

const ASOF = '2026-12-05';
const scanOf = (nation: keyof typeof DOCUMENTS) =>
  scanText(`${nation}.txt`, DOCUMENTS[nation], undefined, { asOf: ASOF });

/** The lines of a Markdown report that cite law: legal-basis entries and the suggested wording. */
const citedIn = (md: string) =>
  md
    .split('\n')
    .filter(
      (l) => /^- .*\(in force from /.test(l) || /^\*\*Legal basis:\*\*/.test(l) || /^> .*\b(?:shall|must)\b/.test(l),
    )
    .join('\n');
/** The letter's legal-basis lines and its annex of model wording. */
const citedInLetter = (letter: string) =>
  letter
    .split('\n')
    .filter((l) => l.startsWith('Legal basis:') || l.startsWith('   "'))
    .join('\n');

/** "Why it matters" may compare the nations, but English-only law is always named as English. */
const UNQUALIFIED_ENGLISH =
  /(?<!English |In England the )(?:National Procurement Policy Statement|Best Value Authorities)/;

describe('every citation applies to the document’s nation and buyer', () => {
  it.each(['england', 'wales', 'scotland', 'ni'] as const)('%s', (nation) => {
    const result = scanOf(nation);
    expect(result.document.jurisdiction).toBe(nation);
    const md = markdownReport(result, { asOf: ASOF });
    const letter = letterReport({ result }, {}, { asOf: ASOF, only: result.checks.map((c) => c.id) });
    const html = htmlReport({ result }, { asOf: ASOF });
    const htmlCited = html
      .split('\n')
      .filter((l) => l.startsWith('<li>') || l.includes('class="wording"'))
      .join('\n');
    expect(htmlCited).toContain('in force from');
    // evidence is introduced as the panel and the Markdown report introduce it, never by its stored strength
    expect(html).toContain('<p class="why">Hollow: ');
    expect(html).not.toMatch(/<p class="why">(?:weak|strong): /);
    expect(citedInLetter(letter)).toContain('Legal basis:');
    for (const [name, text] of [
      ['markdown', citedIn(md)],
      ['letter', citedInLetter(letter)],
      ['html', htmlCited],
    ] as const)
      for (const re of NEVER[nation]) expect([name, text.match(re)?.[0]]).toEqual([name, undefined]);
    // a Cabinet Office note cited to a council is labelled good practice, never as a duty it "can require"
    if (nation === 'england')
      for (const line of md.split('\n').filter((l) => /^- PPN \d/.test(l)))
        expect(line).toContain('Good practice for this buyer');
    expect(md).not.toContain('not covered');
    const why = md.split('\n').filter((l) => l.startsWith('**Why it matters.**'));
    expect(why.length).toBeGreaterThan(3);
    for (const line of why) expect(line).not.toMatch(UNQUALIFIED_ENGLISH);
    if (nation === 'scotland') for (const line of why) expect(line).not.toMatch(/Procurement Act 2023|PPN 0\d\d/);
  });

  it('a Canadian document: legal basis not covered, and UK law in model wording is named as not applying', () => {
    const result = scanOf('other');
    expect(result.document.jurisdiction).toBe('other');
    const md = markdownReport(result, { asOf: ASOF });
    expect(md).not.toMatch(/^\*\*Legal basis:\*\*$/m);
    expect(md.match(/\*\*Legal basis:\*\* The legal basis for this place is not covered/g)?.length).toBeGreaterThan(3);
    // each suggested wording that names a UK statute is followed by the caution that names it
    const blocks = md.split('**Suggested wording**').slice(1);
    expect(blocks.length).toBeGreaterThan(3);
    let cautioned = 0;
    for (const block of blocks) {
      const wording = block.split('\n').find((l) => l.startsWith('> ')) ?? '';
      const named = wording.match(/Equality Act 2010|Modern Slavery Act 2015|Freedom of Information Act 2000/)?.[0];
      if (named) {
        expect(block).toMatch(new RegExp(`This wording was written for the UK: [^*]*${named}`));
        cautioned++;
      }
    }
    expect(cautioned).toBeGreaterThan(0);
    const letter = letterReport({ result }, {}, { asOf: ASOF, only: result.checks.map((c) => c.id) });
    expect(letter).toContain('Legal basis: The legal basis for this place is not covered');
    expect(letter).toMatch(/\(This wording was written for the UK: .*Equality Act 2010/);
    expect(htmlReport({ result }, { asOf: ASOF })).toContain('This wording was written for the UK');
    expect(tableReport(result)).toContain('(Invitation to tender · Elsewhere (detected)');
  });

  it('the caution is never given in the UK, where the wording’s law applies', () => {
    for (const nation of ['england', 'wales', 'scotland', 'ni'] as const)
      expect(markdownReport(scanOf(nation), { asOf: ASOF })).not.toContain('written for the UK');
  });
});

describe('a Real Living Wage from a table more than a year old', () => {
  const announced = '2025-10-22';
  it('is flagged wherever the wording is shown, and not while the table is current', () => {
    const result = scanOf('england');
    const stale = markdownReport(result, { asOf: '2026-12-05' });
    expect(stale).toContain(`is the 2025-26 rate, announced ${announced}, and is probably out of date`);
    const letter = letterReport({ result }, {}, { asOf: '2026-12-05' });
    expect(letter).toMatch(/\(The Real Living Wage in this wording is the 2025-26 rate.*probably out of date/);
    expect(htmlReport({ result }, { asOf: '2026-12-05' })).toContain('probably out of date');
    // the day before the anniversary the table is current: nothing is said
    expect(markdownReport(result, { asOf: '2026-10-22' })).not.toContain('probably out of date');
  });
});
