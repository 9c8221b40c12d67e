import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import {
  detectJurisdiction,
  detectProfile,
  detectSector,
  detectType,
  readBuyer,
  readJurisdiction,
  signalsByLine,
  signalsOf,
} from './profile';

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

  it('a language named as a language is not a place: "available in Welsh" leaves an English text English', () => {
    expect(
      detectJurisdiction(
        'Hampshire County Council. This specification is available in Welsh and in large print on request. Welsh-language versions of the forms can be sent by post.',
      ),
    ).toBe('england');
    expect(
      detectJurisdiction(
        'Cyngor Gwynedd Council. The guidance is also available in English; contact the Cardiff office.',
      ),
    ).toBe('wales');
  });

  it('the Welsh Language Standards bind bodies in Wales, so they still point to Wales', () => {
    expect(detectJurisdiction('The Council complies with the Welsh Language Standards in all its contracts.')).toBe(
      'wales',
    );
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

  it('a line that mentions CPV codes without a colon hides no text after it', () => {
    const text = [
      'CPV codes for this procurement are listed below',
      'The provider will deliver domiciliary care to people in their own homes.',
      'Care workers will be paid for travel time between visits.',
      'Classification: 85000000',
    ].join('\n');
    expect(detectSector(text)).toBe('homecare');
  });

  it('a supplies contract about goods, packages and delivery is goods', () => {
    expect(
      detectSector(
        'Supplies: the goods shall be delivered in sealed packages. Delivery, inspection and rejection of goods.',
      ),
    ).toBe('goods');
  });

  it('a contract for the supply of goods and services is not goods alone', () => {
    expect(detectSector('Contract for the Supply of Goods')).toBe('goods');
    expect(detectSector('Contract for the Supply of Goods and Services')).toBe('general');
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

  it('a report to members is policy, however often it names its lots or quotes draft terms', () => {
    const report = [
      'Agenda Item 7',
      'REPORT TO: Cabinet',
      'SUBJECT: Award of the Grounds Maintenance Contract',
      'Cabinet is asked to award Lot 1 and Lot 2. Lot 1 covers parks; Lot 2 covers verges. Lot 3 was not let.',
      'Appendix B: heads of terms. The Contractor shall keep records. The Contractor shall allow audit.',
    ].join('\n');
    expect(detectType(report)).toBe('policy');
    // one kind of notice wording, however often repeated, makes no notice
    expect(detectType('The works are in Lot 1, Lot 2 and Lot 3; Lot 4 follows next year.')).not.toBe('notice');
  });

  it("an ITT's numbered section title ('4. Instructions to Tenderers') makes an ITT; a sentence opening 'a request for' does not", () => {
    expect(detectType('4. Instructions to Tenderers\n\n4.1 Tenders must be submitted through the portal.')).toBe('itt');
    expect(detectType('Section 2: Invitation to Tender\n\nThe Council seeks a cleaning contractor.')).toBe('itt');
    expect(detectType('a request for quotations went out last week, the council said in a statement.')).not.toBe('itt');
  });

  it("a supplier code of conduct is addressed to suppliers, as contract terms are; the authority's own code is not", () => {
    expect(detectType('Supplier Code of Conduct\n\nWorkers must be free to join a trade union.')).toBe('terms');
    expect(detectType('Code of conduct for councillors\n\nMembers must declare their interests.')).not.toBe('terms');
  });

  it('numbered supplier duties make contract terms', () => {
    expect(detectType('4.1 The Supplier shall keep records.\n4.2 The Supplier shall allow audit.')).toBe('terms');
  });

  it("an authority's own procedure rules are its policy, though they quote supplier duties", () => {
    expect(
      detectType(
        'Contract Procedure Rules\n4.1 Officers must obtain three quotes.\n4.2 The Contractor shall keep records.\n4.3 The Contractor shall allow audit.',
      ),
    ).toBe('policy');
    expect(
      detectType('Standing Orders for Contracts\nThe Supplier shall keep records. The Supplier shall allow audit.'),
    ).toBe('policy');
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
    expect(detectProfile(homecare)).toEqual({
      type: 'notice',
      sector: 'homecare',
      jurisdiction: 'england',
      buyer: 'local-government',
      knownFrom: { jurisdiction: 'text', buyer: 'text' },
    });
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

describe('place and buyer, and how each was known', () => {
  it('a Canadian text is not England', () => {
    const text =
      'The Government of Canada invites bids. The contractor shall comply with the Access to Information Act. Services are delivered in Ontario and British Columbia.';
    expect(detectJurisdiction(text)).toBe('other');
  });

  it('a blank page on a one-nation portal takes the portal’s nation, known from the address', () => {
    expect(readJurisdiction('', 'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=1')).toEqual({
      jurisdiction: 'wales',
      from: 'portal',
    });
    expect(readJurisdiction('Tender for cleaning.', 'https://www.publiccontractsscotland.gov.uk/x').jurisdiction).toBe(
      'scotland',
    );
    expect(readJurisdiction('', 'https://etendersni.gov.uk/epps/home.do').jurisdiction).toBe('ni');
  });

  it('the text outweighs the portal when it names its place clearly; agreeing text counts as detected', () => {
    const welsh =
      'The Welsh Government invites tenders under the Social Partnership and Public Procurement (Wales) Act 2023.';
    expect(readJurisdiction(welsh, 'https://www.sell2wales.gov.wales/x')).toEqual({
      jurisdiction: 'wales',
      from: 'text',
    });
    const scottish =
      'Fair Work First applies (SPPN 1/2024). Information is held under FOISA. The Scottish Ministers require it.';
    expect(readJurisdiction(scottish, 'https://www.sell2wales.gov.wales/x').jurisdiction).toBe('scotland');
  });

  it('a text that names no place is assumed, not detected', () => {
    expect(readJurisdiction('The Council will publish its contracts register.')).toEqual({
      jurisdiction: 'england',
      from: 'assumed',
    });
    expect(readJurisdiction('Cleaning services for offices.').from).toBe('assumed');
  });

  it('reads the kind of buyer from the bodies the text names', () => {
    expect(readBuyer('Kent County Council invites tenders.', 'england').buyer).toBe('local-government');
    expect(readBuyer('The Department for Work and Pensions invites tenders.', 'england').buyer).toBe(
      'central-government',
    );
    expect(readBuyer('Leeds Teaching Hospitals NHS Trust seeks a supplier.', 'england').buyer).toBe('nhs');
    expect(readBuyer('NHS Greater Glasgow and Clyde Health Board seeks a supplier.', 'scotland').buyer).toBe('nhs');
    expect(readBuyer('The Scottish Government invites tenders.', 'scotland').buyer).toBe('devolved-government');
    expect(
      readBuyer('The Department of Finance invites tenders on behalf of the Department for Communities.', 'ni').buyer,
    ).toBe('devolved-government');
    expect(readBuyer('Cleaning services for offices.', 'england')).toEqual({
      buyer: 'local-government',
      from: 'assumed',
    });
  });

  it('a council quoting Scottish Government guidance is still a council in England', () => {
    expect(
      readBuyer('The Council has read the Scottish Government guidance. The Council will decide.', 'england').buyer,
    ).toBe('local-government');
  });
});

describe('place and buyer signals read line by line', () => {
  const PHRASES = [
    'The Scottish Government',
    'Scottish Ministers',
    'Fair Work First',
    'Welsh Government',
    'available in Welsh',
    'English and Welsh versions',
    'Welsh Language Standards',
    'England, Scotland, Wales and Northern Ireland',
    'Wales',
    'Northern Ireland',
    'Department of Finance',
    'Department for Communities',
    'Kent County Council',
    'the Council',
    'the council’s',
    'NHS Foundation Trust',
    'NHS',
    'hospitals',
    'ted.europa.eu',
    'BT-775',
    'UKM82',
    'UKI32',
    'London Borough of Ealing',
    'Home Office',
    'federal and state',
    'Canada',
    'Place of performance:',
  ];
  const line = fc
    .array(fc.oneof(fc.constantFrom(...PHRASES), fc.string({ maxLength: 12 })), { maxLength: 8 })
    .chain((parts) => fc.constantFrom(' ', ', ', '. ', '', ' and ', '\t').map((sep) => parts.join(sep)));
  const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));

  it('add up to the whole text’s, so an edit re-reads only the lines it changed and every verdict stays the same', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(undefined, 'https://www.sell2wales.gov.wales/x', 'https://example.org/'),
        (t, url) => {
          expect(signalsByLine(t)).toEqual(signalsOf(t));
          // the profile (line by line, remembered) says what reading the whole text afresh says
          const place = readJurisdiction(t, url);
          const profile = detectProfile(t, url);
          expect({ jurisdiction: profile.jurisdiction, from: profile.knownFrom?.jurisdiction }).toEqual({
            jurisdiction: place.jurisdiction,
            from: place.from,
          });
          const buyer = readBuyer(t, place.jurisdiction);
          expect({ buyer: profile.buyer, from: profile.knownFrom?.buyer }).toEqual(buyer);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an edit to one line changes only that line’s part: a Scottish line typed into a council’s draft makes it Scottish, and taking it out undoes that', () => {
    const draft = Array.from({ length: 200 }, (_, i) => `${i}. The Council will have the grounds maintained weekly.`);
    expect(detectProfile(draft.join('\n')).knownFrom?.jurisdiction).toBe('assumed');
    expect(detectProfile(draft.join('\n')).jurisdiction).toBe('england');
    draft[3] = '3. Information is held under FOISA. The Scottish Government issued SPPN 1/2024.';
    expect(detectProfile(draft.join('\n')).jurisdiction).toBe('scotland');
    draft[3] = '3. The Council will have the grounds maintained weekly.';
    expect(detectProfile(draft.join('\n')).jurisdiction).toBe('england');
  });
});
