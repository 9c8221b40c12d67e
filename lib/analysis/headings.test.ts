import { describe, expect, it } from 'vitest';
import { scanText } from '../scan';
import { blocksFromText } from '../text/segment';
import { AnalysisSession, analyseText } from './analyse';

const foi = (text: string) =>
  analyseText(text, { profile: { type: 'terms', jurisdiction: 'england' }, asOf: '2026-11-25' }).findings.find(
    (f) => f.id === 'foi',
  )!;

describe('document structure: a heading carries its topic to the duties under it', () => {
  it('a duty under a "Freedom of Information" heading that never repeats the words is the FOI clause', () => {
    const f = foi(
      'Freedom of Information\nThe Supplier shall assist the Authority to answer any request it receives about the Contract within the statutory time.',
    );
    expect(f.status).toBe('strong');
    expect(f.evidence[0]!.text).toMatch(/^The Supplier shall assist/);
    expect(f.evidence[0]!.why).toMatch(/under the heading/);
  });

  it("a clause number with a letter ('S2 Freedom of Information', 'S2.2 …') numbers a heading and its clauses", () => {
    const f = foi(
      [
        'S2 Freedom of Information',
        'S2.1 The Contractor acknowledges that the Employer may receive requests under the Freedom of Information Act 2000.',
        'S2.2 The Contractor shall provide all reasonable assistance to the Employer, within five Business Days, to enable it to respond to any such request.',
      ].join('\n'),
    );
    expect(f.status).toBe('strong');
    expect(f.evidence[0]!.text).toMatch(/^S2\.2 The Contractor shall provide/);
  });

  it("a table's row naming a topic ('Social Value | 0–10%') is a cell, not a heading over the clauses after it", () => {
    const text = [
      'Price | 40–70%',
      'Social Value | 0–10%',
      '3.4 The Supplier shall complete the Modern Slavery Assessment Tool annually.',
    ].join('\n');
    const sv = analyseText(text, {
      profile: { type: 'terms', jurisdiction: 'england' },
      asOf: '2026-11-25',
    }).findings.find((f) => f.id === 'social-value')!;
    expect(sv.status).toBe('weak');
  });

  it("a titled clause ('Clause 21 – Freedom of Information and …') is a heading too, and carries its topic", () => {
    const f = foi(
      'Clause 21 – Freedom of Information and Environmental Information\n21.1 The Contractor shall assist the Council in answering any request within the statutory time limits.',
    );
    expect(f.status).toBe('strong');
    expect(f.evidence[0]!.text).toMatch(/^21\.1 The Contractor shall assist/);
  });

  it('heading, lead-in and list read together: the topic from the heading, the duty from the lead-in', () => {
    const f = foi(
      [
        'Freedom of Information',
        'The Supplier shall:',
        '(a) assist and co-operate with the Authority in meeting its disclosure obligations;',
        '(b) keep every record for six years.',
      ].join('\n'),
    );
    expect(f.status).toBe('strong');
    expect(f.evidence[0]!.text).toMatch(/^\(a\) assist and co-operate/);
  });

  it('a heading reaches its own section only, not a later section under another heading', () => {
    const text = [
      'Freedom of Information',
      'This section explains how information is handled.',
      'Deliveries',
      'The Supplier shall assist the Authority to answer any request about delivery dates within two days.',
    ].join('\n');
    // the bare heading is page furniture, and the duty below the next heading is about deliveries
    expect(foi(text).status).toBe('missing');
  });

  it('a heading that is a false friend carries nothing ("Accessibility | Freedom of Information" footer)', () => {
    const text =
      'Accessibility | Cookies | Freedom of Information | Privacy notice\nThe Supplier shall assist the Authority to answer any request it receives.';
    expect(foi(text).status).toBe('missing');
  });
});

describe('a heading carries its topic only to duties whose holder is named', () => {
  it('a closing remark under the last heading ("Breaches of this Code will be discussed") is no equality clause', () => {
    const text = [
      'Supplier Code of Conduct',
      '',
      '6. Equality and inclusion',
      'We ask suppliers to support us in meeting our Public Sector Equality Duty.',
      '',
      'Breaches of this Code will be discussed with the supplier concerned.',
    ].join('\n');
    const equality = scanText('code.txt', text).checks.find((c) => c.id === 'equality')!;
    expect(equality.status).toBe('weak');
    expect(equality.evidence.map((e) => e.text).join(' ')).not.toMatch(/Breaches/);
  });

  it('the supplier named as the subject under the heading still carries it', () => {
    const text = [
      'Conditions of contract',
      '',
      '8. Equality',
      'The Contractor shall publish its gender pay gap figures each year.',
    ].join('\n');
    expect(scanText('terms.txt', text).checks.find((c) => c.id === 'equality')!.status).toBe('strong');
  });

  it('a heading joining two matters ("Accessibility and equality") heads duties about either: none is carried', () => {
    const text = [
      'Service specification',
      '',
      '5.3 Accessibility and equality',
      '5.3.1 The Operator shall provide low-floor buses on every route in the timetable.',
    ].join('\n');
    expect(scanText('spec.txt', text).checks.find((c) => c.id === 'equality')!.status).toBe('weak');
    // two names of one matter still carry it
    const foiText = [
      'Conditions of contract',
      '',
      '12 Freedom of Information and Environmental Information',
      '12.1 The Contractor shall help the Council answer any request within the statutory time limits.',
    ].join('\n');
    expect(scanText('terms.txt', foiText).checks.find((c) => c.id === 'foi')!.status).toBe('strong');
  });
});

describe('a run-in heading opening a paragraph carries its topic to the paragraph', () => {
  const page = (paragraph: string) =>
    ['Selling to the council', '', 'We buy goods and services worth £90 million a year.', '', paragraph].join('\n');
  const foiOf = (paragraph: string) => scanText('page.txt', page(paragraph)).checks.find((c) => c.id === 'foi')!;

  it('"Freedom of information." then a duty on suppliers to supply information for requests is a strong FOI clause', () => {
    const foi = foiOf(
      'Freedom of information. The council is subject to the Freedom of Information Act 2000. Our standard terms require suppliers to give us any information we ask for within five working days so that we can answer requests on time.',
    );
    expect(foi.status).toBe('strong');
    // the quote may take in the awareness sentence before it (one passage about FOI), but it holds the duty
    expect(foi.evidence[0]!.text).toMatch(/Our standard terms require suppliers/);
  });

  it('while the text above it is edited, the carried quote moves with the paragraph (a session keeps it per block)', () => {
    const paragraph =
      'Freedom of information. Our standard terms require suppliers to give us any information we ask for within five working days so that we can answer requests on time.';
    const session = new AnalysisSession();
    const first = page(paragraph);
    session.update(first, blocksFromText(first));
    const edited = page(paragraph).replace('worth £90 million', 'worth about £90 million in all');
    const quote = session.update(edited, blocksFromText(edited)).findings.find((f) => f.id === 'foi')!.evidence[0]!;
    expect(quote.text).toMatch(/Our standard terms require suppliers/);
    expect(edited.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('a run-in heading of another topic carries nothing to it', () => {
    const foi = foiOf(
      'Payment. The council is subject to the Freedom of Information Act 2000. Our standard terms require suppliers to give us any information we ask for within five working days.',
    );
    expect(foi.status).not.toBe('strong');
  });
});

describe('a heading carries its topic past a sentence that only mentions it', () => {
  it('"FOI applies to us" then "our contracts require suppliers to give us what we ask for" under an FOI heading', () => {
    const text = [
      'Information for suppliers',
      '',
      'Freedom of Information',
      'The council is subject to the Freedom of Information Act 2000. Our contracts require suppliers to give the council any information it asks for within five working days, so that we can answer requests about the contract on time.',
    ].join('\n');
    const foi = scanText('page.txt', text).checks.find((c) => c.id === 'foi')!;
    expect(foi.status).toBe('strong');
    expect(foi.evidence[0]!.text).toMatch(/Our contracts require suppliers/);
  });
});

describe("a section's own words for its topic count under its heading, weak or strong", () => {
  it('under "Freedom of information", telling suppliers their information may be disclosed is a weak FOI reading', () => {
    const text = [
      'Working with us',
      '',
      'We buy services from suppliers of every size.',
      '',
      'Freedom of information',
      'As a public body the Trust is subject to the Freedom of Information Act 2000. Suppliers should note that information they give us may be disclosed in response to a request.',
    ].join('\n');
    const foi = scanText('page.txt', text).checks.find((c) => c.id === 'foi')!;
    expect(foi.status).toBe('weak');
    expect(foi.evidence.map((e) => e.text).join(' ')).toMatch(/may be disclosed/);
  });

  it('the same words under another heading are not about FOI', () => {
    const text = ['Working with us', '', 'Payments', 'Information you give us may be disclosed to our auditors.'].join(
      '\n',
    );
    expect(scanText('page.txt', text).checks.find((c) => c.id === 'foi')!.status).toBe('missing');
  });
});

describe('a numbered clause that points back goes on with the clause before it', () => {
  const terms = (second: string) =>
    [
      'Part 7 - Records',
      '7.1 The Council is a Scottish public authority. Information about the Services may be requested under the Freedom of Information (Scotland) Act 2002.',
      second,
    ].join('\n');

  it('"7.2 The Provider shall pass any such request to the Council …" is the supplier’s FOI duty, quoted alone', () => {
    const f = foi(terms('7.2 The Provider shall pass any such request to the Council within two working days.'));
    expect(f.status).toBe('strong');
    expect(f.evidence[0]!.text).toBe(
      '7.2 The Provider shall pass any such request to the Council within two working days.',
    );
  });

  it('a next clause owed by no party ("It must be noted …") or naming no request goes on with nothing', () => {
    const fairWork = analyseText(
      [
        'Part 7 - Workforce',
        '7.1 Bidders may describe their approach to collective bargaining with trade unions.',
        '7.2 It must be noted that these time limits apply to every bid.',
      ].join('\n'),
      { profile: { type: 'itt', jurisdiction: 'england' }, asOf: '2026-11-25' },
    ).findings.find((f) => f.id === 'fair-work')!;
    expect(fairWork.status).toBe('weak');
    expect(foi(terms('7.2 The Provider shall keep its insurance in force.')).status).not.toBe('strong');
  });
});

describe('a numbered question of a clarification log or FAQ heads its answer', () => {
  const log = (answer: string, question = 'Q12 How will social value be evaluated?') =>
    [
      'Tender Clarification Log – Round 1',
      '',
      question,
      answer,
      '',
      'Q13 When is the deadline?',
      'A13 Noon on 3 May.',
    ].join('\n');
  const sv = (text: string) =>
    analyseText(text, { profile: { type: 'itt', jurisdiction: 'england' }, asOf: '2026-11-25' }).findings.find(
      (f) => f.id === 'social-value',
    )!;

  it('"A12 Through Method Statement 4, which carries 10% of the quality score." states the weighting it asks about', () => {
    const f = sv(log('A12 Through Method Statement 4, which carries 10% of the quality score.'));
    expect(f.status).toBe('strong');
    expect(f.evidence[0]!.text).toBe('A12 Through Method Statement 4, which carries 10% of the quality score.');
  });

  it('the same answer under another question says nothing about social value', () => {
    expect(
      sv(
        log(
          'A12 Through Method Statement 4, which carries 10% of the quality score.',
          'Q12 How will mobilisation be evaluated?',
        ),
      ).status,
    ).toBe('missing');
  });

  it('under an FOI question, the answer that the contract requires the supplier to pass requests on is the FOI clause', () => {
    const f = foi(
      log(
        'A12 Each request is considered on its merits. Clause 27 of the draft contract requires the Contractor to pass on any request it receives within two working days.',
        'Q12 Could our prices be released under Freedom of Information?',
      ),
    );
    expect(f.status).toBe('strong');
  });
});
