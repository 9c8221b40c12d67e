import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import { smeVcse } from './sme-vcse';
import { statusOf } from './testing';

const status = (text: string, type: 'notice' | 'terms' = 'terms') => statusOf(smeVcse, text, { type });

describe('sme-vcse', () => {
  it('service credits paid to the buyer are not payment down the supply chain', () => {
    expect(
      statusOf(
        smeVcse,
        'The Subcontractor shall keep records of its performance against the Service Levels and the payment of Service Credits.',
      ),
    ).toBe('missing');
    expect(statusOf(smeVcse, 'The Contractor shall pay its subcontractors within 30 days of a valid invoice.')).toBe(
      'strong',
    );
  });

  it("subcontracted workers' wages are not the prime contractor paying its subcontractors", () => {
    expect(
      status('The Supplier must pay the Real Living Wage to all staff, including those of its subcontractors.'),
    ).toBe('missing');
    expect(status('Contractors and their subcontractors will be required to pay at least £13.45 an hour.')).toBe(
      'missing',
    );
    expect(status('The Contractor shall pay its subcontractors within 30 days of a valid invoice.')).toBe('strong');
    expect(status('The Contractor shall advertise subcontract opportunities and pay the living wage.')).toBe('strong');
  });

  it('in a sentence about wages, bidding words do not turn subcontractors into a payment measure', () => {
    const inNews = (t: string) => statusOf(smeVcse, t, { type: 'other' });
    expect(inNews('All contractors and subcontractors bidding for council contracts must pay the Living Wage.')).toBe(
      'missing',
    );
    expect(inNews('The Living Wage awards celebrate local businesses that pay the living wage.')).toBe('missing');
    expect(inNews('Small firms bidding for contracts must pay the living wage.')).toBe('weak');
  });

  it("workers' leave, sick pay and pay days are wages, not payment terms for small firms", () => {
    expect(status('Workers must be paid for 28 days of annual leave.')).toBe('missing');
    expect(status('The Contractor shall pay staff within 14 days of the end of each month.')).toBe('missing');
    expect(status('The Council will pay all invoices within 30 days of receipt.')).toBe('weak');
  });

  it('who is paid decides the topic: fees, fines and deposits paid within days are not payment terms', () => {
    const inPage = (t: string) => statusOf(smeVcse, t, { type: 'other' });
    expect(inPage('You must pay the fee within 60 working days or the request will lapse.')).toBe('missing');
    expect(inPage('Parking fines must be paid within 28 days.')).toBe('missing');
    expect(inPage('Payment is due within 14 days of the date of the invoice.')).toBe('weak');
  });

  it('prompt or late payment is the topic only when suppliers, invoices or the chain are paid', () => {
    const inPage = (t: string) => statusOf(smeVcse, t, { type: 'other' });
    expect(inPage('Late payment charges apply to council tax arrears.')).toBe('missing');
    expect(inPage('Staff will be paid promptly at the end of each month.')).toBe('missing');
    expect(status('The Contractor shall pay its subcontractors promptly.')).toBe('strong');
  });

  it('local businesses count when they are bought from, not when they are part of the community', () => {
    const inPolicy = (t: string) => statusOf(smeVcse, t, { type: 'policy' });
    expect(inPolicy('The council will help local businesses and residents through the winter.')).toBe('missing');
    expect(inPolicy('The council will spend more of its budget with local businesses.')).toBe('weak');
  });

  it('a local supply chain is the topic when money is spent through it, not when it is where goods come from', () => {
    const inPolicy = (t: string) => statusOf(smeVcse, t, { type: 'policy' });
    expect(inPolicy('Shorter local supply chains cut food miles and emissions.')).toBe('missing');
    expect(inPolicy('The council will spend more through local supply chains.')).toBe('weak');
  });

  it('payment to subcontractors with no period or terms names the chain but secures nothing', () => {
    expect(status('The Contractor shall remain responsible for all payments to its subcontractors.')).toBe('weak');
  });

  it("a lot number in a framework's name is a reference to that framework, not a division of this contract", () => {
    expect(status('The council is a member of the YPO framework, Lot 3.', 'notice')).toBe('missing');
    expect(status('Framework RM6089 Lot 2: Catering equipment', 'notice')).toBe('missing');
    expect(status('The framework has two lots: Lot 1 covers the north and Lot 2 the south.', 'notice')).toBe('weak');
  });

  it('buying from local firms in other words is the topic; a measure still decides strength', () => {
    const inPolicy = (t: string) => statusOf(smeVcse, t, { type: 'policy' });
    expect(inPolicy('We aim to spend more locally and buy locally where we can.')).toBe('weak');
    expect(status('The Contractor shall advertise every subcontract opportunity to local suppliers.')).toBe('strong');
    expect(inPolicy('The local library opens at nine.')).toBe('missing');
  });

  it("small firms as recipients of the authority's grants or advice are economic development, not access to contracts", () => {
    const inNews = (t: string) => statusOf(smeVcse, t, { type: 'other' });
    expect(inNews('The council helps small businesses with grants and free advice.')).toBe('missing');
    expect(inNews('Grants will help small businesses bid for council contracts.')).toBe('weak');
  });

  it('the Late Payment Act by name secures nothing for small firms; paying subcontractors on time still does', () => {
    expect(
      status(
        'The clerk may pay early to avoid interest under the Late Payment of Commercial Debts (Interest) Act 1998.',
      ),
    ).toBe('missing');
    expect(
      status(
        'The Contractor shall pay its subcontractors within 30 days, in line with the Late Payment of Commercial Debts Act.',
      ),
    ).toBe('strong');
  });

  it("the voluntary sector among the authority's partners beside public bodies is not a route in for suppliers", () => {
    const inReport = (t: string) => statusOf(smeVcse, t, { type: 'policy' });
    expect(inReport('We work with partners such as the police, schools and voluntary groups to cut crime.')).toBe(
      'missing',
    );
    expect(
      inReport('The lead provider will work with other providers, including the voluntary sector and the NHS.'),
    ).toBe('weak');
    expect(
      inReport('Partners including the NHS and the voluntary sector will be offered subcontract opportunities.'),
    ).toBe('strong');
  });

  it("a lot's title is the least telling evidence: its subject words ('support') are not hedges", () => {
    const text = [
      'Lot 1: Network support',
      'Lot 2: Desktop support',
      'Small charities have been encouraged to bid by offering the work in separate lots.',
    ].join('\n');
    const { findings } = analyseText(text, {
      profile: { type: 'other', sector: 'general', jurisdiction: 'scotland' },
      asOf: '2026-11-25',
    });
    const sme = findings.find((f) => f.id === 'sme-vcse')!;
    expect(sme.status).toBe('weak');
    expect(sme.evidence.map((e) => e.text)).toEqual([
      'Small charities have been encouraged to bid by offering the work in separate lots.',
    ]);
  });

  it('of sentences about lots alone, the one that states the division or bidding lot by lot is quoted', () => {
    const quoted = (lines: string[]) => {
      const { findings } = analyseText(lines.join('\n'), {
        profile: { type: 'itt', sector: 'general', jurisdiction: 'england' },
        asOf: '2026-11-25',
      });
      const sme = findings.find((f) => f.id === 'sme-vcse')!;
      expect(sme.status).toBe('weak');
      return sme.evidence.map((e) => e.text);
    };
    expect(
      quoted([
        '3.1 Each lot will be evaluated and awarded separately.',
        '3.2 The hourly rate for each lot is fixed for the first year.',
        '3.3 The contract will be let as three separate lots.',
      ]),
    ).toEqual(['3.3 The contract will be let as three separate lots.']);
    expect(
      quoted(['Pricing must be entered for each lot in the schedule.', 'Tenderers may bid for one or more lots.']),
    ).toEqual(['Tenderers may bid for one or more lots.']);
  });

  it("the authority's own 30-day payment term is weak: the law already implies it", () => {
    expect(status('The Authority shall pay each valid invoice within 30 days of receipt.')).toBe('weak');
  });

  it('the same 30 days passed down to subcontractors is strong', () => {
    expect(status('The Contractor shall pay its sub-contractors within 30 days of a valid invoice.')).toBe('strong');
  });

  it("'voluntary sector' is an organisation, not the hedge 'voluntary'", () => {
    expect(status('The Supplier shall advertise all subcontract opportunities to SMEs and the voluntary sector.')).toBe(
      'strong',
    );
  });

  it('a promise about SMEs with no measure behind it is weak', () => {
    expect(status('The Supplier will engage with SMEs and social enterprises.')).toBe('weak');
  });

  it("an outcome predicted in brackets ('(will generate jobs)') is not an obligation", () => {
    expect(status('• Supply chain opportunities for SMEs (will generate local jobs).')).toBe('weak');
  });

  it('lots alone are weak, even when the notice says the lots will be let', () => {
    expect(status('The contract will be let as three separate lots.', 'notice')).toBe('weak');
  });

  it("the notice field 'suitability: sme: false, vcse: false' says nothing", () => {
    expect(status('suitability: sme: false, vcse: false', 'notice')).toBe('missing');
  });

  it("false friend: the notice field 'suitability: sme: true' is a stand-in, weak", () => {
    expect(status('suitability: sme: true, vcse: false', 'notice')).toBe('weak');
  });

  it("false friend: 'a lot of' and 'lots of' are ordinary English", () => {
    expect(status('The Supplier must expect a lot of enquiries and lots of calls in winter.')).toBe('missing');
  });

  it('false friend: third-sector customers of a framework are not suppliers', () => {
    expect(status('The framework will be open to third sector clients such as local charities.')).toBe('missing');
  });

  it("'small number of suppliers' is not small firms", () => {
    expect(status('A small number of suppliers shall be appointed to the framework.')).toBe('missing');
  });

  it("lots 'to encourage SME participation' are a measure for small firms, not the hedge 'encouraged to'", () => {
    expect(status('The procurement is divided into four lots to encourage SME participation.', 'notice')).toBe(
      'strong',
    );
  });

  it('suppliers merely encouraged to use lots for SMEs stay weak', () => {
    expect(status('Suppliers are encouraged to split the work into lots for SMEs.')).toBe('weak');
  });

  it('a deadline for sending invoices is not a payment term', () => {
    expect(status('The Supplier shall submit invoices within 14 days of the end of each month.')).toBe('missing');
  });
});
