import { describe, expect, it } from 'vitest';
import { analyseText, layoutOf } from './analyse';

const PROFILE = { type: 'policy', sector: 'homecare', jurisdiction: 'england' } as const;
const statusOf = (text: string, id: string) =>
  analyseText(text, { profile: PROFILE, asOf: '2026-11-25' }).findings.find((f) => f.id === id)!;

describe('a hedged lead-in governs the list under it', () => {
  it("'we expect providers to work towards the following:' downgrades the list's will-items to weak", () => {
    const text = [
      'We expect every provider on the framework to work towards the standards below:',
      'Provider standards',
      '• Care workers will be paid for their travel time between visits',
      '• Zero-hours contracts will not be used in place of permanent contracts',
    ].join('\n');
    const finding = statusOf(text, 'zero-hours');
    expect(finding.status).toBe('weak');
    expect(finding.evidence[0]!.why).toMatch(/lead-in hedges every item/);
    expect(statusOf(text, 'ethical-care').status).toBe('weak');
  });

  it("a motion's own lead-in, quoted under 'It was moved by …:', keeps the motion's hedge; a resolution's does not", () => {
    const moved = [
      'It was moved by Councillor Ann Reed and seconded by Councillor Tom Nash:',
      '"This Council resolves:',
      '(1) to require all contractors delivering council services to pay their staff at least the Real Living Wage;',
      '(2) to publish the costs and profits of every service contract each year."',
      'RESOLVED that the motion be referred to the Scrutiny Committee.',
    ].join('\n');
    expect(statusOf(moved, 'living-wage').status).toBe('weak');
    expect(statusOf(moved, 'living-wage').evidence[0]!.why).toMatch(/lead-in hedges every item/);
    const adopted = [
      'The motion was carried.',
      'This Council resolves:',
      '(1) to require all contractors delivering council services to pay their staff at least the Real Living Wage;',
    ].join('\n');
    expect(statusOf(adopted, 'living-wage').status).toBe('strong');
  });

  it('a motion recorded as moved governs the quoted text and items after it, until the minutes record it carried', () => {
    const moved = [
      'Special Motion 4 - Fair Work Charter',
      'Councillor Ann Reed moved, seconded by Councillor Tom Nash, the special motion in their names.',
      '“This Council supports the Fair Work Charter.',
      'It will....',
      '1. Require its contractors to pay their staff at least the Real Living Wage.',
      '2. Review its contract spending each year.”',
    ];
    expect(statusOf(moved.join('\n'), 'living-wage').status).toBe('weak');
    const carried = [
      ...moved,
      'Councillor Joe Bell moved an amendment to add "where affordable". On being put to the vote the amendment was LOST.',
      'The motion was put to the vote and carried.',
    ];
    expect(statusOf(carried.join('\n'), 'living-wage').status).toBe('strong');
    const lost = [...moved, 'The motion was put to the vote and lost.'];
    expect(statusOf(lost.join('\n'), 'living-wage').status).toBe('weak');
    expect(statusOf([...moved, 'The motion was not carried.'].join('\n'), 'living-wage').status).toBe('weak');
    // an outcome word inside the motion's own text is not the minutes recording its outcome
    const quoting = [
      ...moved.slice(0, 3),
      'It notes the pay award agreed by the employers in 2023.',
      ...moved.slice(3),
    ];
    expect(statusOf(quoting.join('\n'), 'living-wage').status).toBe('weak');
  });

  it('a mover and seconder named before "RESOLVED" record a decision; named alone, a motion', () => {
    const item =
      '(a) all new service contracts will require contractors to pay their staff at least the real Living Wage.';
    const resolved = [
      'Proposed by Councillor Ann Reed, seconded by Councillor Tom Nash, and RESOLVED - that the Council adopts the Fair Work Policy with immediate effect, and that:',
      item,
    ].join('\n');
    expect(statusOf(resolved, 'living-wage').status).toBe('strong');
    const moved = ['Proposed by Councillor Ann Reed and seconded by Councillor Tom Nash:', item].join('\n');
    expect(statusOf(moved, 'living-wage').status).toBe('weak');
  });

  it("a heading that says whose duty its list is ('What suppliers must do') makes its imperative items that duty", () => {
    const page = (heading: string) =>
      [
        heading,
        '- Pay the Real Living Wage to all staff working on the contract, including agency staff.',
        '- Not use zero-hours contracts for staff working on the contract.',
      ].join('\n');
    for (const heading of ['What suppliers must do', 'Contractor obligations', 'Requirements for providers']) {
      expect(statusOf(page(heading), 'living-wage').status).toBe('strong');
      expect(statusOf(page(heading), 'zero-hours').status).toBe('strong');
    }
    // a heading that names no duty leaves imperative items as they are
    expect(statusOf(page('Good employment'), 'living-wage').status).toBe('weak');
    // ...and the next heading ends the section the duty heading began
    const twoSections = [
      'What suppliers must do',
      '- Not use zero-hours contracts for staff working on the contract.',
      'What we would like to see',
      '- Pay the Real Living Wage to all staff working on the contract.',
    ].join('\n');
    expect(statusOf(twoSections, 'zero-hours').status).toBe('strong');
    expect(statusOf(twoSections, 'living-wage').status).toBe('weak');
  });

  it("a heading that calls its list demands ('What we are asking for') makes its items demands, until the next heading", () => {
    const page = (heading: string) =>
      [
        heading,
        '- The council to require the Real Living Wage in every cleaning contract, subcontractors included.',
        '- The contractor to guarantee minimum hours for every cleaner.',
      ].join('\n');
    for (const heading of [
      'What we are asking for',
      'Our demands',
      'What the union wants',
      'What we are asking the council to do',
    ]) {
      expect(statusOf(page(heading), 'living-wage').status).toBe('weak');
      expect(statusOf(page(heading), 'zero-hours').status).toBe('weak');
    }
    expect(statusOf(page('Contract terms'), 'living-wage').status).toBe('strong');
    const twoSections = [
      'Our demands',
      '- The council to require the Real Living Wage in every cleaning contract.',
      'What the contract already says',
      '- The contractor shall not use zero-hours contracts for staff on the contract.',
    ].join('\n');
    expect(statusOf(twoSections, 'living-wage').status).toBe('weak');
    expect(statusOf(twoSections, 'zero-hours').status).toBe('strong');
  });

  it('a lead-in that says what a campaign wants bodies to do ("We want every council in Wales to:") hedges its items', () => {
    const page = (leadIn: string) =>
      [
        leadIn,
        '• write clauses into each contract that let the council see the provider’s staff costs, overheads and profit;',
        '• make payment of the real Living Wage a condition of every homecare contract.',
      ].join('\n');
    for (const leadIn of ['We want every council in Wales to:', 'The branch is asking all local authorities to:']) {
      expect(statusOf(page(leadIn), 'living-wage').status).toBe('weak');
      expect(statusOf(page(leadIn), 'open-book').status).toBe('weak');
    }
  });

  it('the sentence that introduces the list decides, not a hedge in the sentence before it', () => {
    const page = (leadIn: string) =>
      [leadIn, '- pay their own subcontractors within 30 days of receiving a valid invoice.'].join('\n');
    expect(
      statusOf(page('We expect everyone who works for us to share our values. All contractors must:'), 'sme-vcse')
        .status,
    ).toBe('strong');
    expect(statusOf(page('We expect all contractors to do the following:'), 'sme-vcse').status).toBe('weak');
  });

  it('a motion quoted in a paragraph of its own under "moved the following motion:" is still the motion', () => {
    const minutes = [
      'Councillor Devlin moved the following motion, seconded by Councillor Quinn:',
      '"That this Council will require all contractors delivering services to the Council to pay their staff at least the Real Living Wage."',
      'It was agreed that the motion be referred to Full Council for debate.',
    ].join('\n');
    expect(statusOf(minutes, 'living-wage').status).toBe('weak');
    const adopted = [
      'The following motion was carried:',
      '"That this Council will require all contractors delivering services to the Council to pay their staff at least the Real Living Wage."',
    ].join('\n');
    expect(statusOf(adopted, 'living-wage').status).toBe('strong');
  });

  it('a binding lead-in leaves the items strong', () => {
    const text = [
      'The Provider shall meet the following standards:',
      '• Zero-hours contracts will not be used in place of permanent contracts',
    ].join('\n');
    expect(statusOf(text, 'zero-hours').status).toBe('strong');
  });

  it('an ordinary paragraph after the list ends the lead-in', () => {
    const text = [
      'Providers are encouraged to adopt the following:',
      '• staff meetings each month',
      'Separately, the Provider shall keep a record of every visit and share it with the Council each month.',
      '• Zero-hours contracts will not be used in place of permanent contracts',
    ].join('\n');
    expect(statusOf(text, 'zero-hours').status).toBe('strong');
  });

  it("a binding lead-in completes each item's sentence: the item states what the supplier owes", () => {
    const text = [
      'On requests for information about this Contract, the Contractor shall:',
      '(a) pass each request to the Council within two working days;',
      '(b) give the Council the information it holds within five working days.',
    ].join('\n');
    const foi = statusOf(text, 'foi');
    expect(foi.status).toBe('strong');
    // the quote is the clause: the lead-in with the items that complete it
    expect(foi.evidence[0]!.text).toMatch(/the Contractor shall:\n\(a\) pass each request[\s\S]*five working days\.$/);
    expect(foi.evidence[0]!.why).toMatch(/under the lead-in/);
  });

  it('only the sentence that introduces the list governs it, and a duty only to consider governs nothing', () => {
    const earlier = [
      'The Contractor shall keep the Council informed. Examples of good practice can include:',
      '• a Real Living Wage for all staff',
    ].join('\n');
    expect(statusOf(earlier, 'living-wage').status).toBe('weak');
    const consider = [
      'The officer must prepare an options appraisal and consider the following:',
      '• the Real Living Wage for the workforce;',
    ].join('\n');
    expect(statusOf(consider, 'living-wage').status).toBe('weak');
  });

  it('tells list items, headings and lead-ins apart', () => {
    expect(layoutOf('• pay travel time').role).toBe('list-item');
    expect(layoutOf('3. Sick pay').role).toBe('list-item');
    expect(layoutOf('Provider commitments').role).toBe('heading');
    expect(layoutOf('Providers should, where possible, meet these:').leadInHedge).toBeDefined();
    expect(layoutOf('The Provider shall meet these:').leadInHedge).toBeUndefined();
    expect(layoutOf('The Provider shall meet these:').leadInDuty).toBe(true);
    expect(layoutOf('These initiatives can include:').leadInDuty).toBe(false);
  });
});

describe('numbered clauses that continue a lead-in', () => {
  it('a sub-clause opening in lower case ("21.1 transfer …") completes the lead-in; one opening a sentence does not', () => {
    expect(layoutOf('21.1 transfer to the Trust any request it receives within two working days;').role).toBe(
      'list-item',
    );
    expect(layoutOf('21.1 The Contractor shall keep records.').role).toBe('paragraph');
    const text = [
      'Under clause 21 of our conditions of contract, the Contractor shall:',
      '21.1 pass to the Trust any Request for Information under the Freedom of Information Act 2000 it receives, within two Working Days;',
      '21.2 keep accurate records of the service.',
    ].join('\n');
    expect(statusOf(text, 'foi').status).toBe('strong');
  });
});

describe("a contract's table of targets", () => {
  const TERMS = { type: 'terms', sector: 'general', jurisdiction: 'england' } as const;
  const statusIn = (text: string, id: string, type: 'terms' | 'policy' = 'terms') =>
    analyseText(text, { profile: { ...TERMS, type }, asOf: '2026-11-25' }).findings.find((f) => f.id === id)!;
  const table = [
    'Schedule 6 - Key Performance Indicators',
    'KPI | Measure | Target | Review',
    'KPI 1 | Apprentices employed on the Contract | 6 apprentices | Quarterly',
    'KPI 2 | Real Living Wage: the Contractor to work towards accreditation | Progress update | Annual',
  ].join('\n');

  it('a row naming the topic with a target is a measured term; a hedged row is not', () => {
    const training = statusIn(table, 'training');
    expect(training.status).toBe('strong');
    expect(training.evidence[0]!.why).toMatch(/table of KPIs or commitments/);
    expect(statusIn(table, 'living-wage').status).toBe('weak');
  });

  it('outside contract documents, or below a row that is not a header of targets, a row stays a mention', () => {
    expect(statusIn(table, 'training', 'policy').status).toBe('weak');
    const plain = table.replace('KPI | Measure | Target | Review', 'Year | Scheme | Notes | Owner');
    expect(statusIn(plain, 'training').status).toBe('weak');
  });
});

describe("a binding lead-in's list ends at the next numbered section", () => {
  it("'13. Transfer of staff' after the lettered items of section 12 is a section title, not item (e) of its lead-in", () => {
    const text = [
      '12. Contract terms',
      '',
      'Every written contract shall include clauses which:',
      '(a) give the Authority access to the contractor’s records;',
      '(b) allow the Authority to terminate for a serious breach.',
      '',
      '13. Transfer of staff',
      '',
      'Officers may seek advice from HR on the application of TUPE before the tender is issued.',
    ].join('\n');
    const tupeStatus = (doc: string, type: 'policy' | 'terms') =>
      analyseText(doc, { profile: { type, jurisdiction: 'england' }, asOf: '2026-11-25' }).findings.find(
        (f) => f.id === 'tupe-pensions',
      )!.status;
    expect(tupeStatus(text, 'policy')).toBe('weak');
    // an item numbered as the list goes on stays under its lead-in
    const items = [
      '4. Reporting',
      '',
      'The Contractor shall provide:',
      '1. quarterly Social Value reports against the agreed KPIs;',
      '2. Staff Transfer information for every worker on the contract.',
    ].join('\n');
    expect(tupeStatus(items, 'terms')).toBe('strong');
  });
});
