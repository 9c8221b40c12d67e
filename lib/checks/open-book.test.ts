import { describe, expect, it } from 'vitest';
import { openBook } from './open-book';
import { statusOf } from './testing';

const status = (text: string, type: 'terms' | 'notice' = 'terms') => statusOf(openBook, text, { type });

describe('open-book', () => {
  it('audit of what the supplier bills, and its financial data kept for audit, are audit access', () => {
    expect(
      status(
        'The Contractor shall permit the Council at any reasonable time to inspect or audit all data relating to performance and billing under this Agreement.',
      ),
    ).toBe('strong');
    expect(
      status(
        'The Contractor shall keep all financial data relating to this Agreement for six years after final payment.',
      ),
    ).not.toBe('missing');
  });

  it('the topic in other words: opening the books, transparency over costs, a cap on profit, audit of payments', () => {
    const inPolicy = (t: string) => statusOf(openBook, t, { type: 'policy' });
    expect(inPolicy('Contractors will have to open their books to the council.')).toBe('strong');
    expect(inPolicy("The contractor's profits will be capped at 5%.")).toBe('strong');
    expect(inPolicy('The council has the power to audit the payments made by its contractors.')).toBe('strong');
    expect(inPolicy('Compliance will be checked, including by speaking directly to workers.')).toBe('strong');
    expect(inPolicy('The book club meets on Tuesdays.')).toBe('missing');
    expect(status('Profit share/low claims discounts;', 'notice')).toBe('missing');
  });

  it('the contract as the subject that grants the right to audit states a term of the contract', () => {
    const inNews = (t: string) => statusOf(openBook, t, { type: 'other' });
    expect(inNews("The contract includes the right to audit the contractor's accounts.")).toBe('strong');
    expect(inNews("The agreement gives the council the right to inspect the contractor's records.")).toBe('strong');
    expect(inNews("The contract may include the right to audit the contractor's accounts.")).toBe('weak');
  });

  it("the supplier's part in an audit, and an audit right reached through an appointed auditor, are audit access", () => {
    expect(status('The Contractor shall co-operate with any audit carried out on behalf of the Council.')).toBe(
      'strong',
    );
    expect(
      status(
        "The Authority may appoint an auditor to carry out an audit of the Supplier's compliance with this Contract.",
      ),
    ).toBe('strong');
    expect(
      statusOf(openBook, 'The Council shall co-operate with its external auditors each year.', { type: 'policy' }),
    ).toBe('missing');
  });

  it("the authority's own payroll is not the supplier's books", () => {
    expect(
      statusOf(openBook, 'Salaries must be paid in accordance with the payroll records on the due dates.', {
        type: 'policy',
      }),
    ).toBe('missing');
  });

  it("outside a contract, books and audits that no supplier is named in are the authority's own", () => {
    const inRegulations = (t: string) => statusOf(openBook, t, { type: 'policy' });
    expect(inRegulations('The finance officer keeps the accounting records of the parish on its behalf.')).toBe(
      'missing',
    );
    expect(inRegulations('The Council shall arrange an internal audit of its accounting records each year.')).toBe(
      'missing',
    );
    expect(inRegulations('A councillor shall verify the bank reconciliations for all accounts each quarter.')).toBe(
      'missing',
    );
    expect(inRegulations('Contractors must give the Council’s auditors access to their accounting records.')).toBe(
      'strong',
    );
    expect(status('The Contractor shall keep accounting records for the Contract for six years.')).toBe('strong');
  });

  it('pay opened to checks, down to asking the workers, is audit access stated as a power', () => {
    expect(
      statusOf(openBook, 'Wages on the contract may be audited, including by talking directly with workers.'),
    ).toBe('strong');
    expect(statusOf(openBook, 'The Authority will confirm hours directly with staff each quarter.')).toBe('strong');
    expect(statusOf(openBook, 'Staff wages are paid on the last Friday of the month.')).toBe('missing');
  });

  it('a publication duty stays strong when the same run-on clause carves out exempt information', () => {
    expect(
      status(
        'a. The Authority shall publish the Transparency Information. b. The Authority may exclude any information from publication where the public interest requires.',
      ),
    ).toBe('strong');
  });

  it("the authority's duty to publish the contract's information is strong, although it is the authority's own act", () => {
    expect(status('The Council will publish a copy of this contract and its KPIs each year.')).toBe('strong');
  });

  it('access to the recipient’s records for the authority’s officers is audit access', () => {
    expect(
      status(
        'The Recipient shall permit any person authorised by the Council reasonable access to its premises and records.',
      ),
    ).toBe('strong');
  });

  it("'reserves the right to disclose information about this Contract' is weak", () => {
    expect(status('The Council reserves the right to disclose information about this Contract.')).toBe('weak');
  });

  it('cost records available only on request are weak even with a binding verb', () => {
    expect(status('The Supplier shall make its cost records available on request.')).toBe('weak');
  });

  it('auditing accounts as the service being bought is not audit of the supplier', () => {
    expect(status('Retrospective auditing of final accounts', 'notice')).toBe('missing');
  });

  it('a confidentiality clause that never publishes anything is not open-book', () => {
    expect(status('The Contractor shall not disclose any information about the Contract to third parties.')).toBe(
      'missing',
    );
  });

  it("false friend: 'open procedure' is a tender procedure", () => {
    expect(status('The Council is using the open procedure for this tender.', 'notice')).toBe('missing');
  });

  it('false friend: an audit trail or the Audit Committee is not audit of the books', () => {
    expect(status('The system shall keep an audit trail of every change to a patient record.')).toBe('missing');
    expect(status('The Audit and Governance Committee approved the statement of accounts.')).toBe('missing');
  });

  it("the authority's right to audit is strong although it says 'may'; a discretion to publish is not", () => {
    expect(status("The Authority may audit the Supplier's compliance with this Contract at any time.")).toBe('strong');
    expect(status('The Council may publish details of this Contract.')).toBe('weak');
  });

  it("'the Buyer will publish this Contract' is a publication duty; publishing the award notice is not", () => {
    expect(status('The Supplier acknowledges the Buyer will publish this Contract on a public website.')).toBe(
      'strong',
    );
    expect(status('The Council will publish the contract award notice on Contracts Finder.')).toBe('missing');
  });
});
