import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import { suggestClause } from '../clauses/select';
import { foi } from './foi';
import { statusOf } from './testing';

const evidenceOf = (text: string) =>
  analyseText(text, {
    asOf: '2026-11-25',
    profile: { type: 'terms', sector: 'general', jurisdiction: 'england' },
  }).findings.find((f) => f.id === 'foi')!.evidence;

describe('foi', () => {
  it("a disclosure page titled '…: FOI release' is the authority's own answer, not a clause", () => {
    expect(
      statusOf(foi, 'Cleaning contractors on the estate: FOI release\n\nInformation requested', { type: 'other' }),
    ).toBe('missing');
  });

  it("a requester's FOI request quoted in a reply names FOI but binds no supplier", () => {
    const inReply = (t: string) => statusOf(foi, t, { type: 'other' });
    expect(
      inReply(
        'I would like to request the scores of every bid for the depot contract under the Freedom of Information Act.',
      ),
    ).toBe('missing');
  });

  it("the buyer's own request for information under the contract is not an FOI request", () => {
    expect(
      statusOf(
        foi,
        'The Supplier shall answer the Council’s request for information about the handover within ten working days.',
      ),
    ).toBe('missing');
    expect(
      statusOf(
        foi,
        'The Supplier shall pass every request for information it receives to the Council within two working days.',
      ),
    ).toBe('strong');
  });

  it('a duty to pass on requests and hand over information is strong', () => {
    expect(
      statusOf(
        foi,
        'The Operator shall forward to the Trust any request for information under the FOIA within two working days of receipt.',
      ),
    ).toBe('strong');
  });

  it('a duty to help publish transparency information is strong', () => {
    expect(
      statusOf(
        foi,
        'The Consultant shall co-operate with the Department so that it can publish the Transparency Information each quarter.',
      ),
    ).toBe('strong');
  });

  it("awareness only: 'the Supplier is to be aware that the Council is bound by FOI' is weak", () => {
    const [e] = evidenceOf(
      'The Supplier is to be aware that the Council is bound by the Freedom of Information Act 2000.',
    );
    expect(e!.strength).toBe('weak');
  });

  it('the authority promising to consult suppliers is its own conduct, so weak', () => {
    expect(
      statusOf(foi, 'Before releasing contract papers under FOI the Council will consult the supplier concerned.'),
    ).toBe('weak');
  });

  it("'is obliged to respond' describes the authority's own FOI duty, not the supplier's", () => {
    expect(
      statusOf(
        foi,
        'The council is obliged to answer requests under the FOIA within 20 working days. The Contractor shall keep accurate records.',
      ),
    ).toBe('weak');
  });

  it("'best endeavours' to assist is an escape, so weak", () => {
    expect(
      statusOf(
        foi,
        'The Contractor shall use its best endeavours to assist the Authority with requests under the Freedom of Information Act.',
      ),
    ).toBe('weak');
  });

  it('false friend: an FOI link among footer links is ignored', () => {
    expect(statusOf(foi, 'Contact us | Freedom of Information | Cookies | Accessibility')).toBe('missing');
  });

  it("false friend: the bidder notice that tenders 'may be disclosed under FOI' is weak at most", () => {
    expect(
      statusOf(
        foi,
        'Bidders should note that tenders may be disclosed in response to a request under the Freedom of Information Act 2000.',
      ),
    ).toBe('weak');
  });

  it("false friend: the authority's own FOI request page is ignored", () => {
    expect(
      statusOf(foi, 'You can make a Freedom of Information request through our Freedom of Information page.'),
    ).toBe('missing');
  });

  it('false friend: figures obtained under FOI in a news story are not a clause', () => {
    expect(
      statusOf(foi, 'Figures obtained under the Freedom of Information Act show councils spent more on agency staff.'),
    ).toBe('missing');
  });

  it('an FOI mention with no public-contract party (a US employee-file clause) is not this check', () => {
    expect(
      statusOf(
        foi,
        'The District will tell the employee when a request for his personnel file arrives under the Freedom of Information Act.',
      ),
    ).toBe('missing');
  });

  it('a contents entry for an FOI clause is weak: the clause itself is not in the text', () => {
    expect(statusOf(foi, '24. Freedom of information\n25. Duties of the Provider')).toBe('weak');
  });

  it('"25." opening a contents entry is a list number, not a sentence of its own', () => {
    const e = evidenceOf('25. Freedom of information\n26. Duties of the Contractor');
    expect(e.map((x) => x.text)).toEqual(['25. Freedom of information']);
  });

  it('Scottish documents are offered the FOISA wording', () => {
    const clause = suggestClause('foi', { type: 'terms', sector: 'general', jurisdiction: 'scotland' });
    expect(clause.id).toBe('foi/scotland');
    expect(clause.body).toContain('Freedom of Information (Scotland) Act 2002');
  });

  it("'acknowledges that ... and shall assist' binds the supplier named at the start", () => {
    expect(
      statusOf(
        foi,
        'The Contractor acknowledges that the Authority is subject to the Freedom of Information Act 2000 and the EIRs and shall assist the Authority in answering every request.',
      ),
    ).toBe('strong');
  });

  it("a lone 'Freedom of Information' line is page furniture, not a clause", () => {
    expect(statusOf(foi, 'Freedom of Information')).toBe('missing');
  });

  it('information held by the supplier on the authority’s behalf is the topic even without the Act’s name', () => {
    expect(
      statusOf(
        foi,
        'The Supplier shall provide information held by it on behalf of the Authority within five working days of being asked.',
      ),
    ).toBe('strong');
  });

  it('a page with no supplier-side party anywhere (FOI advice to the public) has no FOI clause', () => {
    expect(
      statusOf(
        foi,
        'The council must answer your request under the Freedom of Information Act within 20 working days.',
      ),
    ).toBe('missing');
  });

  it('a duty to pass every request to the authority, however long the object, is assistance', () => {
    expect(
      statusOf(
        foi,
        'The Contractor shall pass every request for information under the Freedom of Information Act 2000 which it receives to the Council within two working days of receipt.',
      ),
    ).toBe('strong');
  });

  it("money held on the Council's behalf is not FOI; information held on its behalf is", () => {
    expect(statusOf(foi, 'Personal cheques shall not be cashed out of money held on behalf of the Council.')).toBe(
      'missing',
    );
    expect(
      statusOf(
        foi,
        'The Contractor shall provide the Council with all information held on behalf of the Council within five working days of a request.',
      ),
    ).toBe('strong');
  });

  it("where the public may make FOI requests about the body's contracts is its own service, not a clause", () => {
    const text = [
      'We publish details of every contract award over £25,000 with our suppliers.',
      'Requests for further information about our contract awards can be made under the Freedom of Information Act 2000 by emailing our information team.',
    ].join(' ');
    expect(statusOf(foi, text, { type: 'policy' })).toBe('missing');
  });

  it("the authority's statement that the Act applies to it, on a page for its contractors, is the awareness notice", () => {
    const page = (first: string) => [first, 'The council is subject to the Freedom of Information Act 2000.'].join(' ');
    expect(statusOf(foi, page('Our contractors must follow the code of conduct.'), { type: 'policy' })).toBe('weak');
    // a page with no supplier side at all is the authority's own FOI context
    expect(statusOf(foi, page('Residents can ask us for information.'), { type: 'policy' })).toBe('missing');
    // an email's own disclaimer is not a notice to contractors
    expect(
      statusOf(
        foi,
        'Our contractors must follow the code of conduct. The council is subject to the Freedom of Information Act 2000, and this email may be disclosed.',
        { type: 'policy' },
      ),
    ).toBe('missing');
  });
});
