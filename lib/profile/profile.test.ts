import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import { detectJurisdiction, detectProfile, detectSector, detectType } from './profile';

describe('jurisdiction', () => {
  it('FOISA and the Scottish Government make a Scottish document', () => {
    expect(detectJurisdiction('Information is held under FOISA. The Scottish Government issued SPPN 1/2024.')).toBe(
      'scotland',
    );
  });

  it('the Welsh Act and Sell2Wales make a Welsh document', () => {
    expect(
      detectJurisdiction(
        'Advertised on Sell2Wales under the Social Partnership and Public Procurement (Wales) Act 2023.',
      ),
    ).toBe('wales');
  });

  it('Northern Ireland law and eTendersNI make an NI document', () => {
    expect(detectJurisdiction('Published on eTendersNI. 22. Law (Northern Ireland)')).toBe('ni');
  });

  it('an NUTS/ITL code decides a notice with no place name', () => {
    expect(detectJurisdiction('Place of performance: UKM82')).toBe('scotland');
    expect(detectJurisdiction('Place of performance: UKI32')).toBe('england');
  });

  it('a list of all four UK nations is UK-wide, not Scottish', () => {
    expect(detectJurisdiction('Open to public bodies in England, Scotland, Wales and Northern Ireland.')).toBe('uk');
  });

  it('a council with no devolved signal is English; a central department is UK-wide', () => {
    expect(detectJurisdiction('The Council will publish its contracts register.')).toBe('england');
    expect(detectJurisdiction('The Department publishes its contracts register.')).toBe('uk');
  });

  it('TED and eForms fields make an EU notice', () => {
    expect(detectJurisdiction('Notice published on ted.europa.eu, eForms BT-775 social procurement.')).toBe('eu');
  });

  it('a US agreement under federal and state law is "other"', () => {
    expect(detectJurisdiction('Records are released only as federal and state laws allow.')).toBe('other');
  });
});

describe('sector', () => {
  it('domiciliary care is homecare', () => {
    expect(detectSector('A framework of domiciliary care providers to deliver care and support at home.')).toBe(
      'homecare',
    );
  });

  it('one passing mention of care homes does not make a care contract', () => {
    expect(detectSector('Cleaners in schools, libraries and care homes will get the new rate.')).not.toMatch(/care/);
  });

  it('a CPV code in the works division is construction', () => {
    expect(detectSector('CPV: 45233140 Roadworks. Resurfacing of the A-road network.')).toBe('construction');
  });

  it('a supplies contract about goods, packages and delivery is goods', () => {
    expect(
      detectSector(
        'Supplies: the goods shall be delivered in sealed packages. Delivery, inspection and rejection of goods.',
      ),
    ).toBe('goods');
  });
});

describe('document type', () => {
  it('structured notice fields make a notice', () => {
    expect(detectType('ocid: ocds-123\ntender.title: Grounds maintenance\n')).toBe('notice');
  });

  it('a portal notice page (invites tenders, CPV, value, lots) is a notice', () => {
    expect(
      detectType(
        'The Council invites tenders for grounds maintenance. CPV: 77314000. Estimated value £2m. Lot 1 covers the north.',
      ),
    ).toBe('notice');
  });

  it('numbered supplier duties make contract terms', () => {
    expect(detectType('4.1 The Supplier shall keep records.\n4.2 The Supplier shall allow audit.')).toBe('terms');
  });

  it('an FAQ page is other', () => {
    expect(detectType('FAQs\nWhat is a framework?\nHow do I register?\nAnswers follow.')).toBe('other');
  });

  it('news with quoted speech is other, a cabinet decision is policy', () => {
    expect(
      detectType(
        'Council to pay more\nThe leader said: “We are proud of our staff and of the work they do every day.”',
      ),
    ).toBe('other');
    expect(detectType('Cabinet decision\nResolved: to approve the procurement strategy and the policy.')).toBe(
      'policy',
    );
  });
});

describe('profile and applicability', () => {
  const homecare =
    'Contract notice. The Council invites tenders for home care. CPV: 85312000. Domiciliary care workers visit people at home in Leeds.';

  it('a homecare notice in England is profiled as such', () => {
    expect(detectProfile(homecare)).toEqual({ type: 'notice', sector: 'homecare', jurisdiction: 'england' });
  });

  it('ethical-care is judged for homecare and n/a for a goods purchase', () => {
    const care = analyseText(homecare, { asOf: '2026-11-25' }).findings.find((f) => f.id === 'ethical-care');
    expect(care?.status).not.toBe('n/a');
    const goods = analyseText(
      'Supplies: the goods shall be delivered in sealed packages. Delivery, inspection and rejection of goods.',
      { asOf: '2026-11-25' },
    );
    expect(goods.profile.sector).toBe('goods');
    expect(goods.findings.find((f) => f.id === 'ethical-care')?.status).toBe('n/a');
  });

  it("the user's correction overrides the detected profile", () => {
    expect(analyseText(homecare, { profile: { jurisdiction: 'wales' } }).profile.jurisdiction).toBe('wales');
  });
});

describe('reference texts and decision records', () => {
  it('an Act of Parliament is a reference text, not a policy', () => {
    expect(
      detectType('Procurement Reform (Scotland) Act 2014\nCommunity benefit requirements\n(1) This section applies.'),
    ).toBe('other');
  });

  it('a decision record is policy', () => {
    expect(
      detectType('Issue - decisions\nAdoption of the Real Living Wage\n1. That the Council adopts the rate.'),
    ).toBe('policy');
  });
});
