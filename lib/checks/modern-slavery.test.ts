import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import { modernSlavery } from './modern-slavery';
import { statusOf } from './testing';

const status = (text: string) => statusOf(modernSlavery, text);

function evidenceOf(text: string) {
  const { findings } = analyseText(text, {
    profile: { type: 'policy', sector: 'general', jurisdiction: 'england' },
    asOf: '2026-11-25',
  });
  return findings.find((f) => f.id === 'modern-slavery')!.evidence.map((e) => e.text);
}

describe('modern-slavery', () => {
  it("the Act's duty restated for businesses in general is not a term of this contract", () => {
    const inNews = (t: string) => statusOf(modernSlavery, t, { type: 'other' });
    expect(
      inNews('Under section 54 of the Act, large businesses must publish a slavery and human trafficking statement.'),
    ).toBe('weak');
    expect(inNews('The Modern Slavery Act 2015 requires companies to report on the steps they take.')).toBe('weak');
    expect(statusOf(modernSlavery, 'All suppliers must comply with the Modern Slavery Act 2015.')).toBe('strong');
  });

  it('a question put to bidders asks at tender; it binds nothing under the contract', () => {
    expect(statusOf(modernSlavery, 'Suppliers will be asked about modern slavery risks in their supply chains.')).toBe(
      'weak',
    );
  });

  it("a code of conduct's bare prohibition binds like 'must not'; a hedge still hollows it; the authority's own practice is not one", () => {
    const inCode = (t: string) => statusOf(modernSlavery, t, { type: 'policy' });
    expect(inCode('- Do not use forced, bonded or child labour.')).toBe('strong');
    expect(inCode('Never use trafficked labour.')).toBe('strong');
    expect(inCode('- Where possible, do not use suppliers at risk of forced labour.')).toBe('weak');
    expect(inCode('We do not use forced labour in our own offices.')).not.toBe('strong');
  });

  it('the topic in other words: ethical supply chains, labour exploitation', () => {
    expect(
      statusOf(modernSlavery, 'We hope to build ethical supply chains with our partners.', { type: 'policy' }),
    ).toBe('weak');
    expect(status('The Supplier shall check its supply chain for labour exploitation every year.')).toBe('strong');
    expect(status('The Supplier shall deliver fresh fruit to each school twice a week.')).toBe('missing');
  });

  it("the modern-slavery PPNs are the topic; another year's PPN 09 (the 2016 balanced scorecard) is not", () => {
    expect(status('Buyers must apply PPN 009 to every contract in a high-risk sector.')).toBe('strong');
    expect(status('Buyers must apply the balanced scorecard in PPN 09/16 to major works.')).toBe('missing');
  });

  it("a firm ban is not hollowed by a trailing '…, and we expect' clause about something else", () => {
    expect(
      status(
        'We require every subcontractor to exclude forced or trafficked labour from its operations, and we expect our partners to share our values.',
      ),
    ).toBe('strong');
  });

  it("a hedge inside the slavery clause itself still makes it weak ('wherever possible we include')", () => {
    expect(
      status('Wherever possible we include prohibitions on forced labour in our contracts, and we review them yearly.'),
    ).toBe('weak');
  });

  it("'forced, compulsory or trafficked labour' is recognised as the topic (commas between the kinds)", () => {
    expect(status('The Supplier shall not use forced, compulsory or trafficked labour.')).toBe('strong');
  });

  it('a worker free to leave employment is a forced-labour safeguard', () => {
    expect(status('There shall be no fees or penalties that stop a worker leaving their employment freely.')).toBe(
      'strong',
    );
  });

  it("a statement 'made under section 54' is the organisation's own statutory commitment", () => {
    expect(
      status('This statement is made under section 54 of the Modern Slavery Act 2015 for the last financial year.'),
    ).toBe('strong');
  });

  it("'zero tolerance' alone is a stance, not a duty", () => {
    expect(status('We have zero tolerance of modern slavery.')).toBe('weak');
  });

  it('definitions of modern slavery give way to the hedged commitment as evidence', () => {
    const text = [
      'Modern slavery is a crime against fundamental rights.',
      'It takes many forms, including servitude and human trafficking.',
      'We may carry out supply chain mapping where the risk of slavery is high.',
    ].join('\n');
    expect(evidenceOf(text)).toEqual(['We may carry out supply chain mapping where the risk of slavery is high.']);
  });

  it("the council recognising its own duties under the Act is not a supplier's commitment", () => {
    expect(status('The council recognises its responsibilities under the Modern Slavery Act 2015.')).toBe('weak');
  });

  it("false friend: the authority's own modern slavery statement (footer link) is ignored", () => {
    expect(status("See the Council's modern slavery statement for how we run our own business.")).toBe('missing');
  });

  it("false friend: 'slavery' in heritage content is ignored", () => {
    expect(status('The museum tells the history of slavery and the transatlantic slave trade.')).toBe('missing');
  });

  it("'ensure there is no modern slavery' states the aim; it is not read as a missing provision", () => {
    const text = [
      'We are committed to ensuring that there is no modern slavery in our supply chains.',
      'We may carry out supply chain mapping where the risk of slavery is high.',
    ].join('\n');
    expect(evidenceOf(text)).toEqual(['We may carry out supply chain mapping where the risk of slavery is high.']);
  });

  it("'not required to lodge deposits' protects workers: it is not shown as hollowing a ban", () => {
    const text = [
      'No forced or bonded labour is allowed.',
      'Workers should not be required to lodge deposits with employers.',
    ].join('\n');
    expect(evidenceOf(text)).toEqual(['No forced or bonded labour is allowed.']);
  });

  it('false friend: a footer row of links with the modern slavery statement is ignored', () => {
    expect(status('Modern Slavery Statement | Accessibility | Cookies | Privacy')).toBe('missing');
  });
});
