import { describe, expect, it } from 'vitest';
import { analyseText, opensWithReference, passagesOf, refersBack } from './analyse';

const OPTS = { asOf: '2026-11-25', profile: { jurisdiction: 'england' } } as const;
const finding = (text: string, id: string, profile = {}) =>
  analyseText(text, { ...OPTS, profile: { ...OPTS.profile, ...profile } }).findings.find((f) => f.id === id)!;

describe('evidence a reader checks the verdict against', () => {
  it('a strong verdict quotes its most telling binding clause alone, not a second sentence restating it', () => {
    const f = finding(
      'The Contractor shall transfer every request for information it receives to the Council within two working days. The Contractor shall assist the Council to comply with its duties under the Freedom of Information Act 2000.',
      'foi',
      { type: 'terms' },
    );
    expect(f.status).toBe('strong');
    expect(f.evidence).toHaveLength(1);
    expect(f.evidence[0]!.text).toMatch(/^The Contractor shall transfer every request/);
  });

  it("a postal address that names the topic's body is a contact line, not a passage about the topic", () => {
    const f = finding(
      [
        'Definitions',
        'Living Wage Foundation means the following organisation:',
        'Living Wage Foundation, Example House, Units 4 and 5, Sample Court, Long Lane, SE1 9ZZ',
        'Real Living Wage means the hourly rates published by the Living Wage Foundation each year.',
      ].join('\n'),
      'living-wage',
      { type: 'terms' },
    );
    expect(f.status).toBe('weak');
    expect(f.evidence.map((e) => e.text).join(' ')).not.toMatch(/SE1 9ZZ/);
  });

  it('a weak verdict quotes up to two hedged passages: each shows a way the topic is left unsecured', () => {
    const f = finding(
      'Providers are encouraged to pay the Real Living Wage to their care workers.\nOur cleaning framework is separate.\nCleaning contractors are encouraged to pay the Real Living Wage to their cleaners.',
      'living-wage',
      { type: 'policy' },
    );
    expect(f.status).toBe('weak');
    expect(f.evidence).toHaveLength(2);
  });

  it('sentences next to each other about the check are quoted as one passage, up to two either side', () => {
    const f = finding(
      'Providers are encouraged to pay the Real Living Wage to their care workers. Cleaning contractors are encouraged to pay the Real Living Wage to their cleaners. The office is open on Mondays.',
      'living-wage',
      { type: 'policy' },
    );
    expect(f.evidence.map((e) => e.text)).toEqual([
      'Providers are encouraged to pay the Real Living Wage to their care workers. Cleaning contractors are encouraged to pay the Real Living Wage to their cleaners.',
    ]);
    const long = finding(
      [
        'The Real Living Wage is a voluntary rate.',
        'The Real Living Wage is higher than the legal minimum.',
        'The Real Living Wage rises each November.',
        'The Supplier shall pay all staff at least the Real Living Wage.',
        'The Supplier shall apply each new Real Living Wage rate within six months.',
        'The Real Living Wage helps retention.',
        'The Real Living Wage is set by the Foundation.',
        'The Real Living Wage is published online.',
      ].join(' '),
      'living-wage',
      { type: 'terms' },
    );
    expect(long.status).toBe('strong');
    expect(long.evidence[0]!.text.startsWith('The Real Living Wage is higher than the legal minimum.')).toBe(true);
    expect(long.evidence[0]!.text.endsWith('The Real Living Wage helps retention.')).toBe(true);
  });

  it('a quote runs on into the list items that go on with it, but not into the next paragraph', () => {
    const f = finding(
      [
        'Pay and conditions',
        '• The Supplier shall pay all staff at least the Real Living Wage;',
        '• each new Real Living Wage rate shall be paid within six months of its announcement.',
        'Campaigners will urge other councils to adopt the Real Living Wage too.',
      ].join('\n'),
      'living-wage',
      { type: 'terms' },
    );
    expect(f.status).toBe('strong');
    expect(f.evidence.map((e) => e.text)).toEqual([
      '• The Supplier shall pay all staff at least the Real Living Wage;\n• each new Real Living Wage rate shall be paid within six months of its announcement.',
    ]);
  });

  it('a missing verdict quotes nothing', () => {
    expect(finding('The contract covers grounds maintenance in the parks.', 'foi').evidence).toEqual([]);
  });

  it('the quote takes in the next sentence when it refers back: the hedge or duty it adds is part of the clause', () => {
    const f = finding(
      'Bidders who have used a blacklist of trade union members may be excluded from the competition. This is a discretionary ground of exclusion and the council may still award to them.',
      'blacklisting',
      { type: 'policy' },
    );
    expect(f.status).not.toBe('missing');
    expect(f.evidence[0]!.text).toMatch(/excluded from the competition\. This is a discretionary ground/);
  });

  it('a sentence whose subject points back ("This includes …") is quoted with the sentence it points to', () => {
    const f = finding(
      'Suppliers must comply with all employment law in the places they work. This includes the Modern Slavery Act 2015.',
      'modern-slavery',
      { type: 'terms' },
    );
    expect(f.status).not.toBe('missing');
    expect(f.evidence[0]!.text).toMatch(
      /^Suppliers must comply with all employment law.*This includes the Modern Slavery Act 2015\.$/,
    );
  });

  it('the two most telling passages shown in one quote fill the two places: a third is not added', () => {
    const text =
      'Providers are encouraged to pay the Real Living Wage. They are also encouraged to pay the Real Living Wage to agency staff.\nCleaning contractors are encouraged to pay the Real Living Wage to their cleaners.';
    const f = finding(text, 'living-wage', { type: 'policy' });
    expect(f.status).toBe('weak');
    expect(f.evidence.map((e) => e.text)).toEqual([
      'Providers are encouraged to pay the Real Living Wage. They are also encouraged to pay the Real Living Wage to agency staff.',
    ]);
  });

  it('a next sentence about something else is not quoted with it', () => {
    const f = finding(
      'The Supplier shall pay every worker on the contract at least the Real Living Wage. The Contract starts on 1 April 2027.',
      'living-wage',
      { type: 'terms' },
    );
    expect(f.evidence[0]!.text).toBe(
      'The Supplier shall pay every worker on the contract at least the Real Living Wage.',
    );
  });
});

describe('of passages that only mention the topic', () => {
  it('one that says something about it (a call still to be decided) is quoted before a headline that only names it', () => {
    const text = [
      'News: New fair work campaign launched to bring lasting change to home care across the region',
      'A group of care charities today launched a campaign calling on ministers to deliver fair work for home care staff by 2027.',
      'The group represents 80 organisations.',
    ].join('\n');
    const f = finding(text, 'fair-work', { type: 'other' });
    expect(f.status).toBe('weak');
    expect(f.evidence).toHaveLength(1);
    expect(f.evidence[0]!.text).toMatch(/^A group of care charities today launched a campaign calling on ministers/);
  });
});

describe('the section a heading gives to the topic', () => {
  it('of two equally telling passages, the one under the topic’s own heading is quoted first', () => {
    const text = [
      'Introduction',
      'Suppliers are encouraged to pay the Real Living Wage.',
      '',
      '7. Real Living Wage',
      'Contractors are encouraged to pay the Real Living Wage to cleaners.',
    ].join('\n');
    const f = finding(text, 'living-wage', { type: 'policy' });
    expect(f.status).toBe('weak');
    expect(f.evidence[0]!.text).toBe('Contractors are encouraged to pay the Real Living Wage to cleaners.');
  });
});

describe('a definition against the text that uses the term', () => {
  it('a passing use of the term in the text is quoted before its definition', () => {
    const text = [
      '"Social Value" means the economic, social and environmental benefits of the Services.',
      'The council reports each year on the social value its contracts bring to the borough.',
    ].join('\n');
    const f = finding(text, 'social-value', { type: 'policy' });
    expect(f.status).toBe('weak');
    expect(f.evidence.map((e) => e.text)).toEqual([
      'The council reports each year on the social value its contracts bring to the borough.',
    ]);
  });
});

describe('a contents page run together into one line', () => {
  const contents =
    'TERMS FOR CONTRACTORS: CONTENTS 1. Definitions 1 2. Term 5 3. Payment 6 4. Freedom of Information 9 5. Audit and records 11 6. Termination 12';

  it('quotes the entry that names the topic, not the whole run', () => {
    const f = finding(contents, 'foi', { type: 'terms' });
    expect(f.status).toBe('weak');
    expect(f.evidence.map((e) => e.text)).toEqual(['4. Freedom of Information 9']);
    expect(contents.slice(f.evidence[0]!.start, f.evidence[0]!.end)).toBe('4. Freedom of Information 9');
  });

  it('leaves prose with numbers in it as one sentence', () => {
    const prose =
      'The Supplier shall pay invoices within 30 days and keep records for 6 years after the end of the Contract.';
    expect(passagesOf({ id: 'b0', start: 0, end: prose.length, text: prose }).map((s) => s.text)).toEqual([prose]);
  });
});

describe("a table's rows, each read by itself", () => {
  const table = [
    'Risk | Likelihood | Mitigation',
    'Delay to the new depot | Medium | Temporary site leased',
    'Unrest during the transfer | Low | Monthly meetings with the recognised trade unions',
    'Operator insolvency | Low | Parent company guarantee; step-in rights',
  ].join('\n');

  it("one row's words lend another row neither a topic nor a duty, and the quote is the row", () => {
    const f = finding(table, 'fair-work', { type: 'policy' });
    expect(f.status).not.toBe('strong');
    for (const e of f.evidence) expect(e.text).not.toMatch(/\n/);
    expect(f.evidence.map((e) => e.text)).toContain(
      'Unrest during the transfer | Low | Monthly meetings with the recognised trade unions',
    );
  });

  it('wrapped lines of prose are still one sentence', () => {
    const prose = 'The Contractor shall recognise the trade unions\nfor collective bargaining | see Schedule 4.';
    expect(finding(prose, 'fair-work', { type: 'terms' }).evidence[0]!.text).toBe(prose);
  });
});

describe('a sentence that refers back to the one before it', () => {
  it('carries the topic into a next sentence that points back at it: the weighting "for it" is the topic’s', () => {
    const f = finding(
      'The council has adopted a social value policy. All tenders will now carry a 10% weighting for it.',
      'social-value',
      { type: 'policy' },
    );
    expect(f.status).toBe('strong');
    expect(f.evidence[0]!.text).toMatch(/policy\. All tenders will now carry a 10% weighting for it\.$/);
    // a next sentence about something else adds nothing: the weighting is price's
    expect(
      finding(
        'The council has adopted a social value policy. Price carries a 60% weighting in most tenders.',
        'social-value',
        {
          type: 'policy',
        },
      ).status,
    ).toBe('weak');
  });

  it.each([
    'It is a voluntary rate set each year.',
    'This is a condition of award.',
    'They must report on it every quarter.',
    'In addition, suppliers must make sure their subcontractors comply.',
    'We expect our suppliers to make the same commitment to their own staff.',
    'If any such cases are found, the council will act at the next retender.',
    'From April, grant recipients will also have to meet this condition.',
    'The council is also urging partners to take similar measures.',
  ])('refers back: %s', (s) => expect(refersBack(s)).toBe(true));

  it.each([
    ['It means that everything you send us is subject to the Act.', true],
    ['This includes the Modern Slavery Act 2015.', true],
    ['These commitments are key performance indicators.', true],
    ['This Contract is governed by English law.', false],
    ['In addition, suppliers must comply.', false],
    ['That the Cabinet approves the strategy.', false],
  ])('opens with a reference to the sentence before: %s', (s, expected) =>
    expect(opensWithReference(s)).toBe(expected),
  );

  it.each([
    'This Contract is governed by the law of England and Wales.',
    'New entrants are people with no work experience (such as school leavers) or the long-term unemployed.',
    'This year the council spent £2m on agency staff.',
    'That the Cabinet approves the new procurement strategy.',
    'The Contract starts on 1 April 2027.',
    'Suppliers must submit invoices within 30 days.',
    // an 'it' that only holds the place of the that-clause after it points nowhere
    'It is mandatory that the exclusion statement is included in the contract notice.',
    'It is expected that the contractor will take a positive approach to fair work.',
  ])('does not: %s', (s) => expect(refersBack(s)).toBe(false));

  it('a sentence a report repeats (summary and body, wrapped differently) is quoted once, leaving room for another', () => {
    const text = [
      'Providers are encouraged to pay the Real Living',
      '    Wage to their care workers.',
      '',
      '   Providers are encouraged to pay the Real Living Wage to',
      '    their care workers.',
      '',
      'Cleaning contractors are encouraged to pay the Real Living Wage to their cleaners.',
    ].join('\n');
    const f = finding(text, 'living-wage', { type: 'policy' });
    expect(f.status).toBe('weak');
    expect(f.evidence.map((e) => e.text.replace(/\s+/g, ' '))).toEqual([
      'Providers are encouraged to pay the Real Living Wage to their care workers.',
      'Cleaning contractors are encouraged to pay the Real Living Wage to their cleaners.',
    ]);
  });
});
