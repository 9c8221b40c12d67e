import { describe, expect, it } from 'vitest';
import { CHECK_IDS, type Jurisdiction } from '../types';
import {
  BUYER_KINDS,
  type BuyerKind,
  INSTRUMENTS,
  LEGAL_BASIS,
  legalBasisFor,
  NATIONS,
  type Nation,
  NOT_COVERED_MESSAGE,
} from './legal-basis';

/** Instruments that are English policy only. */
const ENGLISH_ONLY = /National Procurement Policy Statement|Sourcing Playbook|Best Value Authorities|Care Act 2014/;
/** The Procurement Act 2023 and the Cabinet Office notes made under it. */
const PA23_FAMILY =
  /Procurement Act 2023|^PPN \d{3}|^PPN \d{2}\/\d{2}|National Procurement Policy Statement|Sourcing Playbook/;
/** Notes that bind only UK central government. */
const CENTRAL_ONLY_NOTES = /^PPN (?:001|002|004|006|009|14\/15)\b|Sourcing Playbook/;
/** Words meant for the team, never for users. */
const TEAM_NOTES = /to be checked|TODO|UNVERIFIED|commencement of each|\?\?|secondary\)/i;

const SCOTTISH_DEVOLVED: BuyerKind[] = ['local-government', 'nhs', 'devolved-government', 'other'];

describe('legal basis: every (check × nation × buyer) citation', () => {
  for (const checkId of CHECK_IDS)
    for (const nation of NATIONS)
      for (const buyer of BUYER_KINDS)
        it(`${checkId} · ${nation} · ${buyer}`, () => {
          const answer = legalBasisFor(checkId, nation, buyer);
          expect(answer.covered).toBe(true);
          if (!answer.covered) return;
          expect(answer.sources.length).toBeGreaterThan(0);
          for (const s of answer.sources) {
            expect(s.url).toMatch(
              /^https:\/\/(?:www\.)?(?:legislation\.gov\.uk|gov\.uk|gov\.scot|gov\.wales|finance-ni\.gov\.uk|procurementjourney\.scot|unison\.org\.uk|bills\.parliament\.uk)\//,
            );
            expect(s.inForceFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(s.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(`${s.title} ${s.effect}`).not.toMatch(TEAM_NOTES);
            expect(s.title).not.toMatch(/Directive|Regulation \(EU\)/);
            if (nation !== 'england') expect(s.title).not.toMatch(ENGLISH_ONLY);
            if (nation === 'scotland' && SCOTTISH_DEVOLVED.includes(buyer)) expect(s.title).not.toMatch(PA23_FAMILY);
            if (nation !== 'scotland') expect(s.title).not.toMatch(/\(Scotland\)|SPPN|Fair Work First/);
            if (nation !== 'wales') expect(s.title).not.toMatch(/\(Wales\)|WPPN|Welsh/);
            if (nation !== 'ni') expect(s.title).not.toMatch(/Northern Ireland/);
            // a note binding only central government is offered to others as good practice, in those words
            if (CENTRAL_ONLY_NOTES.test(s.title) && buyer !== 'central-government') {
              expect(s.goodPractice).toBe(true);
              expect(s.effect).toMatch(/^Good practice for this buyer/);
            }
            if (s.goodPractice) expect(s.effect).toMatch(/good practice/i);
          }
          // binding sources are listed before good practice, so a letter's one citation binds this buyer
          const kinds = answer.sources.map((s) => s.goodPractice);
          expect(kinds).toEqual([...kinds].sort((a, b) => Number(a) - Number(b)));
        });
});

describe('legal basis: places and buyers', () => {
  it('the Procurement Act 2023 reaches UK central government buying in Scotland, not the Scottish authorities', () => {
    const central = legalBasisFor('inclusive-employment', 'scotland', 'central-government');
    const council = legalBasisFor('inclusive-employment', 'scotland', 'local-government');
    expect(central.covered && central.sources.some((s) => /Procurement Act 2023/.test(s.title))).toBe(true);
    expect(council.covered && council.sources.map((s) => s.title).join(' ')).toMatch(/Public Contracts \(Scotland\)/);
  });

  it('PPN 002 binds central government and is good practice for a county council', () => {
    const central = legalBasisFor('social-value', 'england', 'central-government');
    const county = legalBasisFor('social-value', 'england', 'local-government');
    const ppn = (a: typeof central) => (a.covered ? a.sources.find((s) => s.title.startsWith('PPN 002')) : undefined);
    expect(ppn(central)?.goodPractice).toBe(false);
    expect(ppn(county)?.goodPractice).toBe(true);
    expect(ppn(county)?.effect).toContain('Good practice for this buyer (it binds UK central government only)');
  });

  it('Scottish FOI law for Scottish bodies; the UK Act for UK government in Scotland', () => {
    const titles = (b: BuyerKind) => {
      const a = legalBasisFor('foi', 'scotland', b);
      return a.covered ? a.sources.map((s) => s.title).join(' | ') : '';
    };
    expect(titles('nhs')).toMatch(/Freedom of Information \(Scotland\) Act 2002/);
    expect(titles('nhs')).not.toMatch(/Freedom of Information Act 2000/);
    expect(titles('central-government')).toMatch(/Freedom of Information Act 2000/);
  });

  it('a UK-wide text is read under the law that covers England; the EU gets the Directive; elsewhere is not covered', () => {
    const uk = legalBasisFor('living-wage', 'uk', 'central-government');
    const eng = legalBasisFor('living-wage', 'england', 'central-government');
    expect(uk).toEqual(eng);
    const eu = legalBasisFor('living-wage', 'eu', 'other');
    expect(eu.covered && eu.sources.every((s) => /Directive/.test(s.title))).toBe(true);
    const other = legalBasisFor('living-wage', 'other' as Jurisdiction, 'other');
    expect(other).toEqual({ covered: false, message: NOT_COVERED_MESSAGE });
  });

  it('each instrument is defined once, with one in-force date, and every citation names a defined instrument', () => {
    const titles = Object.values(INSTRUMENTS).map((i) => i.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const citations of Object.values(LEGAL_BASIS))
      for (const c of citations) {
        expect(INSTRUMENTS[c.instrument]).toBeDefined();
        for (const n of c.nations) expect([...NATIONS, 'eu']).toContain(n as Nation);
      }
    // the Welsh 2023 Act's procurement duties, cited from every check, all carry the one commencement date
    const dates = new Set(
      CHECK_IDS.flatMap((id) => {
        const a = legalBasisFor(id, 'wales', 'local-government');
        return a.covered ? a.sources.filter((s) => s.instrument === 'spppwa').map((s) => s.inForceFrom) : [];
      }),
    );
    expect([...dates]).toEqual(['2026-03-25']);
  });
});
