import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse';

const statusIn = (text: string, id: string) =>
  analyseText(text, { asOf: '2026-11-25' }).findings.find((f) => f.id === id)!.status;

describe('document context shared by every sentence', () => {
  it("the authority's FOI advice to the public, naming no supplier, has no FOI clause", () => {
    const page =
      'Freedom of Information advice. The Freedom of Information Act entitles anybody to ask the Council for recorded information. ' +
      'All requests for information must be made in writing, and the Council must respond within 20 working days.';
    expect(statusIn(page, 'foi')).toBe('missing');
  });

  it('the same Act named in terms that bind a grant recipient is judged as a clause', () => {
    const terms =
      'The Recipient shall assist the Council to respond to any request for information under the Freedom of Information Act 2000 within five working days.';
    expect(statusIn(terms, 'foi')).toBe('strong');
  });

  it('an FOI page written for the council’s contractors keeps its weak mention', () => {
    const page =
      'Freedom of Information Act and contracts. Information marked confidential by a contractor may still be disclosed under the Act.';
    expect(statusIn(page, 'foi')).toBe('weak');
  });
});

describe("a page's breadcrumb trail is site navigation", () => {
  it('"Home > Business > Selling to the council > Freedom of Information" is no FOI heading on a page for suppliers', () => {
    const page = [
      'Lowmoor District Council',
      'Home > Business > Selling to the council > Freedom of Information',
      '',
      'How we buy',
      'Contracts over £25,000 are advertised on Contracts Finder. Suppliers should register on our e-tendering portal.',
    ].join('\n');
    expect(statusIn(page, 'foi')).toBe('missing');
  });
});

describe('bidder-facing wording counts as a supplier setting', () => {
  it("'information in your tender may be disclosed' is a bidder notice, kept as weak", () => {
    expect(
      statusIn(
        'Information in your tender may be disclosed in response to a request under the Freedom of Information Act.',
        'foi',
      ),
    ).toBe('weak');
  });

  it("the authority as the one who may have to disclose 'your quotation' is the same notice, weak", () => {
    const page =
      'Quotations. As a public body, the Board may be obliged to disclose the contents of your quotation under the Freedom of Information (Scotland) Act 2002.';
    expect(statusIn(page, 'foi')).toBe('weak');
    // the authority disclosing details of its own contract is its own transparency, no bidder addressed
    expect(
      statusIn('The Board may disclose details of the contract in response to freedom of information requests.', 'foi'),
    ).toBe('missing');
  });
});

describe("the authority's own workforce is not a supplier's duty", () => {
  it('a dated pay award ("Pay Award 2025/26 and the National Living Wage") is the authority’s own staff settlement', () => {
    const minutes = [
      'Finance Committee, 12 May 2025',
      '7. Pay Award 2025/26 and the National Living Wage',
      'The committee noted the national pay settlement for local government employees and the effect of the National Living Wage on the lowest grades.',
    ].join('\n');
    expect(statusIn(minutes, 'living-wage')).toBe('missing');
  });

  const statement =
    'Pay Policy Statement 2026/27. This statement is published under section 38 of the Localism Act 2011. ' +
    'Where employees have joined the Local Government Pension Scheme, the Council is required to make employer contributions. ' +
    'Apprentices are paid according to their age band. ' +
    'The Gender Pay Gap Report is published each year. ' +
    'The Council ensures there is no discrimination within its pay structures.';

  it('a pay policy statement about its own employees gives no verdict on pensions, training, fair work or equality', () => {
    for (const id of ['tupe-pensions', 'training', 'fair-work', 'equality'])
      expect([id, statusIn(statement, id)]).toEqual([id, 'missing']);
  });

  it('the same statement still counts a duty it lays on contractors', () => {
    const withContractors = `${statement} The Council requires its contractors to pay every worker on its contracts at least the Real Living Wage.`;
    expect(statusIn(withContractors, 'living-wage')).toBe('strong');
  });

  it("a careers page's 'as an employee of the Council you can join the pension scheme' is its own staff's benefit", () => {
    expect(
      statusIn(
        'Working for us. As an employee of the Council you will be able to join the Local Government Pension Scheme.',
        'tupe-pensions',
      ),
    ).toBe('missing');
  });

  it("a page for the authority's own staff ('Employee benefits', 'Working for …') is about it as an employer", () => {
    const benefits = [
      'Employee benefits',
      'We have a range of benefits for our people.',
      'Annual pay awards are settled in national negotiations with the trade unions.',
    ].join('\n');
    expect(statusIn(benefits, 'fair-work')).toBe('missing');
    const careers = [
      'Working for Lowmoor District Council',
      'All posts are graded and you will be able to join the Local Government Pension Scheme from your first day.',
    ].join('\n');
    expect(statusIn(careers, 'tupe-pensions')).toBe('missing');
    // a supplier page that says who works for the council is not one
    expect(
      statusIn(
        'Contractors working for the council must pay every worker on the contract at least the Real Living Wage.',
        'living-wage',
      ),
    ).toBe('strong');
  });

  it('the authority recognising trade unions for collective bargaining is its own employer relations', () => {
    expect(
      statusIn(
        'As an employer, we recognise the trade unions UNISON and GMB for collective bargaining for all our occupational groups.',
        'fair-work',
      ),
    ).toBe('missing');
  });

  it("in a policy, a sentence about the council's own apprentices is not a training commitment by a supplier", () => {
    expect(
      statusIn('Our workforce strategy. The Council employs twenty apprentices in its parks team.', 'training'),
    ).toBe('missing');
  });

  it("a public body's own pay points and directly employed staff are its own workforce", () => {
    const statement =
      'Modern Slavery Statement 2025. All directly employed staff are paid under Agenda for Change terms, and our lowest pay point is above the National Living Wage.';
    expect(statusIn(statement, 'living-wage')).toBe('missing');
    expect(
      statusIn(
        `${statement} Our contracts require suppliers to pay their staff at least the National Living Wage.`,
        'living-wage',
      ),
    ).toBe('weak');
  });

  it('what the council itself uses for its employees is its own workforce', () => {
    expect(statusIn('Pay policy. The council does not use zero-hours contracts for employees.', 'zero-hours')).toBe(
      'missing',
    );
  });
});
