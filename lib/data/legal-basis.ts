/**
 * The law and policy behind each check, by UK nation and kind of buyer (issue 10).
 *
 * Every instrument is defined once, with one in-force date, its source and the day the project last checked
 * it; checks cite instruments with a provision and a one-line effect. A citation says where it applies
 * (`nations`) and for whom (`buyers`); a policy note that binds only some buyers (`binds`) is still offered
 * to the others, but as good practice, in those words. Wording here is for users: nothing for the team.
 *
 * Rules this table keeps (tested in legal-basis.test.ts):
 * - the Procurement Act 2023 and Cabinet Office notes are never cited for devolved Scottish authorities,
 *   which work under the Procurement Reform (Scotland) Act 2014 and the Public Contracts (Scotland)
 *   Regulations 2015 (UK central government buying in Scotland stays under the 2023 Act);
 * - English-only policy (the National Procurement Policy Statement, the Sourcing Playbook, the English
 *   Best Value staff-transfer direction, the Care Act 2014) is cited in England only;
 * - outside the UK the legal basis is "not covered", except the EU Directive for documents from the EU.
 *
 * Sources: ../shared/domain.md §0 and §3 (source keys [Sn]); commencement of the Social Partnership and
 * Public Procurement (Wales) Act 2023 Part 3 from SI 2025/1353 (Commencement No. 4) Order, checked on
 * legislation.gov.uk on 2026-12-05.
 */
import type { LegalSource } from '../checks/types';
import { BUYER_KINDS, type BuyerKind, type CheckId, type Jurisdiction } from '../types';

export { BUYER_KINDS, type BuyerKind };

/** When this table as a whole was last reviewed. */
export const LEGAL_BASIS_CHECKED_ON = '2026-12-05';
const CHECKED = '2026-11-25';
const RECHECKED = '2026-12-05';

export type Nation = 'england' | 'wales' | 'scotland' | 'ni';
export const NATIONS: readonly Nation[] = ['england', 'wales', 'scotland', 'ni'];

export const BUYER_LABEL: Record<BuyerKind, string> = {
  'central-government': 'UK central government',
  'local-government': 'local government',
  nhs: 'the NHS',
  'devolved-government': 'a devolved government',
  other: 'another public body',
};

export interface Instrument {
  /** the name a reader looks up */
  title: string;
  url: string;
  /** the one date it (or the part cited) came into force or was published, ISO */
  inForceFrom: string;
  /** when the project last checked it, ISO */
  checkedOn: string;
}

/** buyers other than UK central government: in Scotland these are the devolved Scottish authorities */
const DEVOLVED_SCOTTISH: readonly BuyerKind[] = ['local-government', 'nhs', 'devolved-government', 'other'];
const CENTRAL: readonly BuyerKind[] = ['central-government'];

export const INSTRUMENTS = {
  pa23: {
    title: 'Procurement Act 2023',
    url: 'https://www.legislation.gov.uk/ukpga/2023/54',
    inForceFrom: '2025-02-24',
    checkedOn: CHECKED,
  },
  npps: {
    title: 'National Procurement Policy Statement (2025), under the Procurement Act 2023 s.13',
    url: 'https://www.gov.uk/government/publications/procurement-policy-note-0525-national-procurement-policy-statement',
    inForceFrom: '2025-02-24',
    checkedOn: CHECKED,
  },
  socialValueAct: {
    title: 'Public Services (Social Value) Act 2012',
    url: 'https://www.legislation.gov.uk/ukpga/2012/3/section/1',
    inForceFrom: '2013-01-31',
    checkedOn: CHECKED,
  },
  ppn002: {
    title: 'PPN 002: Taking account of social value in the award of contracts',
    url: 'https://www.gov.uk/government/publications/ppn-002-taking-account-of-social-value-in-the-award-of-contracts',
    inForceFrom: '2025-10-01',
    checkedOn: CHECKED,
  },
  ppn001: {
    title: 'PPN 001: SME and VCSE procurement spend targets',
    url: 'https://www.gov.uk/government/publications/ppn-001-sme-and-vcse-procurement-spend-targets',
    inForceFrom: '2025-04-01',
    checkedOn: CHECKED,
  },
  ppn004: {
    title: 'PPN 004: Open Book Contract Management',
    url: 'https://www.gov.uk/government/publications/ppn-004-open-book-contract-management',
    inForceFrom: '2025-02-24',
    checkedOn: CHECKED,
  },
  ppn006: {
    title: 'PPN 006: Taking account of Carbon Reduction Plans',
    url: 'https://www.gov.uk/government/publications/ppn-006-taking-account-of-carbon-reduction-plans-in-the-procurement-of-major-government-contracts',
    inForceFrom: '2025-02-24',
    checkedOn: CHECKED,
  },
  ppn009: {
    title: 'PPN 009: Tackling Modern Slavery in Government Supply Chains',
    url: 'https://www.gov.uk/government/publications/ppn-009-tackling-modern-slavery-in-government-supply-chains',
    inForceFrom: '2025-02-24',
    checkedOn: CHECKED,
  },
  ppn1415: {
    title: 'PPN 14/15: Supporting apprenticeships and skills through public procurement',
    url: 'https://www.gov.uk/government/publications/procurement-policy-note-1415-supporting-apprenticeships-and-skills-through-public-procurement',
    inForceFrom: '2015-08-01',
    checkedOn: CHECKED,
  },
  sourcingPlaybook: {
    title: 'The Sourcing Playbook (Cabinet Office)',
    url: 'https://www.gov.uk/government/publications/the-sourcing-and-consultancy-playbooks',
    inForceFrom: '2021-05-20',
    checkedOn: CHECKED,
  },
  foia: {
    title: 'Freedom of Information Act 2000',
    url: 'https://www.legislation.gov.uk/ukpga/2000/36/section/3',
    inForceFrom: '2005-01-01',
    checkedOn: CHECKED,
  },
  eir: {
    title: 'Environmental Information Regulations 2004 (SI 2004/3391)',
    url: 'https://www.legislation.gov.uk/uksi/2004/3391/contents',
    inForceFrom: '2005-01-01',
    checkedOn: CHECKED,
  },
  foiCode: {
    title: 'Freedom of Information Code of Practice under s.45 of the Freedom of Information Act 2000',
    url: 'https://www.gov.uk/government/publications/freedom-of-information-code-of-practice',
    inForceFrom: '2018-07-04',
    checkedOn: CHECKED,
  },
  foisa: {
    title: 'Freedom of Information (Scotland) Act 2002',
    url: 'https://www.legislation.gov.uk/asp/2002/13/contents',
    inForceFrom: '2005-01-01',
    checkedOn: CHECKED,
  },
  eisr: {
    title: 'Environmental Information (Scotland) Regulations 2004 (SSI 2004/520)',
    url: 'https://www.legislation.gov.uk/ssi/2004/520/contents',
    inForceFrom: '2005-01-01',
    checkedOn: CHECKED,
  },
  prsa: {
    title: 'Procurement Reform (Scotland) Act 2014',
    url: 'https://www.legislation.gov.uk/asp/2014/12/contents',
    inForceFrom: '2016-04-18',
    checkedOn: CHECKED,
  },
  pcsr: {
    title: 'Public Contracts (Scotland) Regulations 2015 (SSI 2015/446)',
    url: 'https://www.legislation.gov.uk/ssi/2015/446/contents',
    inForceFrom: '2016-04-18',
    checkedOn: CHECKED,
  },
  fairWorkFirst: {
    title:
      'Fair Work First (SPPN 1/2024) and the statutory guidance under s.29 of the Procurement Reform (Scotland) Act 2014',
    url: 'https://www.gov.scot/publications/fair-work-first-guidance-2/pages/2/',
    inForceFrom: '2024-04-01',
    checkedOn: CHECKED,
  },
  sppn0413: {
    title: 'SPPN 4/2013: Blacklisting (Scottish Procurement Policy Note)',
    url: 'https://www.procurementjourney.scot/blacklisting',
    inForceFrom: '2013-11-20',
    checkedOn: CHECKED,
  },
  scotClimate: {
    title: 'Climate Change (Emissions Reduction Targets) (Scotland) Act 2019',
    url: 'https://www.legislation.gov.uk/asp/2019/15/contents',
    inForceFrom: '2019-10-31',
    checkedOn: CHECKED,
  },
  scotTrafficking: {
    title: 'Human Trafficking and Exploitation (Scotland) Act 2015',
    url: 'https://www.legislation.gov.uk/asp/2015/12/contents',
    inForceFrom: '2015-11-04',
    checkedOn: CHECKED,
  },
  scotEqualityDuties: {
    title: 'Equality Act 2010 (Specific Duties) (Scotland) Regulations 2012',
    url: 'https://www.legislation.gov.uk/ssi/2012/162/regulation/9',
    inForceFrom: '2012-05-27',
    checkedOn: CHECKED,
  },
  scotSocialCareWage: {
    title: 'Scottish Government adult social care Living Wage commitment (local government settlement 2016-17)',
    url: 'https://www.gov.scot/policies/social-care/',
    inForceFrom: '2016-10-01',
    checkedOn: CHECKED,
  },
  spppwa: {
    title:
      'Social Partnership and Public Procurement (Wales) Act 2023, Part 3 (socially responsible public procurement)',
    url: 'https://www.legislation.gov.uk/asc/2023/1/part/3',
    inForceFrom: '2026-03-25',
    checkedOn: RECHECKED,
  },
  walesEthicalCode: {
    title: 'Code of Practice: Ethical Employment in Supply Chains (Welsh Government, 2017)',
    url: 'https://www.gov.wales/paper-note-code-practice-ethical-employment-supply-chains-html',
    inForceFrom: '2017-03-09',
    checkedOn: CHECKED,
  },
  walesRegulatedServices: {
    title: 'Regulated Services (Service Providers and Responsible Individuals) (Wales) Regulations 2017',
    url: 'https://www.legislation.gov.uk/wsi/2017/1264/contents/made',
    inForceFrom: '2018-04-02',
    checkedOn: CHECKED,
  },
  walesPensionsDirection: {
    title: 'Welsh Authorities Staff Transfers (Pensions) Direction 2012, under the Local Government Act 2003 s.101',
    url: 'https://gov.wales/topics/localgovernment/finandfunding/publications/direction/?lang=en',
    inForceFrom: '2012-03-06',
    checkedOn: CHECKED,
  },
  wppn1021: {
    title: 'WPPN 10/21: Blacklisting in the construction industry (updated January 2024)',
    url: 'https://www.gov.wales/wppn-10-21-blacklisting-in-the-construction-industry-for-the-welsh-public-sector-html',
    inForceFrom: '2024-01-29',
    checkedOn: CHECKED,
  },
  wppn0621: {
    title: 'WPPN 06/21: Decarbonisation through procurement, taking account of Carbon Reduction Plans',
    url: 'https://www.gov.wales/wppn-06-21-decarbonisation-through-procurement-taking-account-of-carbon-reduction-plans-html',
    inForceFrom: '2022-04-01',
    checkedOn: CHECKED,
  },
  niPpn0121: {
    title: 'Northern Ireland Procurement Policy Note PPN 01/21: Scoring Social Value',
    url: 'https://www.finance-ni.gov.uk/publications/ppn-0121-scoring-social-value',
    inForceFrom: '2022-06-01',
    checkedOn: CHECKED,
  },
  niTrafficking: {
    title: 'Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (Northern Ireland) 2015',
    url: 'https://www.legislation.gov.uk/nia/2015/2/contents',
    inForceFrom: '2015-01-13',
    checkedOn: CHECKED,
  },
  niClimate: {
    title: 'Climate Change Act (Northern Ireland) 2022',
    url: 'https://www.legislation.gov.uk/nia/2022/31/contents',
    inForceFrom: '2022-06-06',
    checkedOn: CHECKED,
  },
  niAct1998: {
    title: 'Northern Ireland Act 1998',
    url: 'https://www.legislation.gov.uk/ukpga/1998/47/section/75',
    inForceFrom: '2000-01-01',
    checkedOn: CHECKED,
  },
  era2025: {
    title: 'Employment Rights Act 2025',
    url: 'https://bills.parliament.uk/bills/3737',
    inForceFrom: '2025-12-18',
    checkedOn: CHECKED,
  },
  tulrca: {
    title: 'Trade Union and Labour Relations (Consolidation) Act 1992',
    url: 'https://www.legislation.gov.uk/ukpga/1992/52',
    inForceFrom: '1992-10-16',
    checkedOn: CHECKED,
  },
  blacklists: {
    title: 'Employment Relations Act 1999 (Blacklists) Regulations 2010 (SI 2010/493)',
    url: 'https://www.legislation.gov.uk/uksi/2010/493/regulation/3/made',
    inForceFrom: '2010-03-02',
    checkedOn: CHECKED,
  },
  tupe: {
    title: 'Transfer of Undertakings (Protection of Employment) Regulations 2006 (SI 2006/246)',
    url: 'https://www.legislation.gov.uk/uksi/2006/246/contents',
    inForceFrom: '2006-04-06',
    checkedOn: CHECKED,
  },
  pensionsAct2004: {
    title: 'Pensions Act 2004 and the Transfer of Employment (Pension Protection) Regulations 2005',
    url: 'https://www.legislation.gov.uk/ukpga/2004/35/section/257',
    inForceFrom: '2005-04-06',
    checkedOn: CHECKED,
  },
  fairDeal: {
    title: 'HM Treasury, Fair Deal for staff pensions: staff transfer from central government (2013)',
    url: 'https://www.gov.uk/government/publications/fair-deal-for-staff-pensions-staff-transfer-from-central-government',
    inForceFrom: '2013-10-01',
    checkedOn: CHECKED,
  },
  bestValueDirection: {
    title:
      'Best Value Authorities Staff Transfers (Pensions) Direction 2007, under the Local Government Act 2003 s.101',
    url: 'https://www.legislation.gov.uk/ukpga/2003/26/section/101',
    inForceFrom: '2007-10-01',
    checkedOn: CHECKED,
  },
  modernSlaveryAct: {
    title: 'Modern Slavery Act 2015',
    url: 'https://www.legislation.gov.uk/ukpga/2015/30/section/54',
    inForceFrom: '2015-10-29',
    checkedOn: CHECKED,
  },
  climateChangeAct: {
    title: 'Climate Change Act 2008, as amended by the 2050 Target Amendment Order 2019',
    url: 'https://www.legislation.gov.uk/uksi/2019/1056/contents/made',
    inForceFrom: '2019-06-27',
    checkedOn: CHECKED,
  },
  equalityAct: {
    title: 'Equality Act 2010',
    url: 'https://www.legislation.gov.uk/ukpga/2010/15/contents',
    inForceFrom: '2010-10-01',
    checkedOn: CHECKED,
  },
  careAct: {
    title: 'Care Act 2014 and the Care and Support Statutory Guidance',
    url: 'https://www.legislation.gov.uk/ukpga/2014/23/section/5',
    inForceFrom: '2015-04-01',
    checkedOn: CHECKED,
  },
  ethicalCareCharter: {
    title: 'UNISON Ethical Care Charter (2012)',
    url: 'https://www.unison.org.uk/care-workers-your-rights/the-ethical-care-charter/',
    inForceFrom: '2012-10-01',
    checkedOn: CHECKED,
  },
  euDirective: {
    title: 'Directive 2014/24/EU on public procurement',
    url: 'https://eur-lex.europa.eu/eli/dir/2014/24/oj',
    inForceFrom: '2014-04-17',
    checkedOn: CHECKED,
  },
  euWorkingConditions: {
    title: 'Directive (EU) 2019/1152 on transparent and predictable working conditions',
    url: 'https://eur-lex.europa.eu/eli/dir/2019/1152/oj',
    inForceFrom: '2022-08-01',
    checkedOn: CHECKED,
  },
  euAcquiredRights: {
    title: 'Directive 2001/23/EC (Acquired Rights Directive)',
    url: 'https://eur-lex.europa.eu/eli/dir/2001/23/oj',
    inForceFrom: '2001-04-11',
    checkedOn: CHECKED,
  },
  euClimateLaw: {
    title: 'Regulation (EU) 2021/1119 (European Climate Law)',
    url: 'https://eur-lex.europa.eu/eli/reg/2021/1119/oj',
    inForceFrom: '2021-07-29',
    checkedOn: CHECKED,
  },
} satisfies Record<string, Instrument>;
export type InstrumentId = keyof typeof INSTRUMENTS;

/** Where a citation applies: a UK nation, or the EU for documents from a member state. */
export type Place = Nation | 'eu';

/** One check's use of one instrument. */
export interface Citation {
  instrument: InstrumentId;
  /** sections, regulations or articles, e.g. "s.1 and s.3(2)(b)" */
  provision?: string;
  /** one line, for users: what it lets or obliges the buyer to do */
  effect: string;
  nations: readonly Place[];
  /** buyers it is cited to at all; default every buyer */
  buyers?: readonly BuyerKind[];
  /** a policy note that binds only these buyers; to the others it is cited as good practice */
  binds?: readonly BuyerKind[];
}

const UK: readonly Nation[] = NATIONS;
const GB: readonly Nation[] = ['england', 'wales', 'scotland'];
/** nations where the Procurement Act 2023 applies to every buyer (Scotland: UK central government only) */
const PA23_NATIONS: readonly Nation[] = ['england', 'wales', 'ni'];

/** A citation of the Procurement Act 2023 (or a Cabinet Office note) that reaches Scotland only for UK central government. */
function pa23(c: Omit<Citation, 'nations' | 'instrument'> & { instrument?: InstrumentId }): Citation[] {
  const instrument = c.instrument ?? 'pa23';
  return [
    { ...c, instrument, nations: PA23_NATIONS },
    { ...c, instrument, nations: ['scotland'], buyers: CENTRAL },
  ];
}

/**
 * A Cabinet Office note: in England it binds central government and is good practice for other buyers; in
 * Wales, Scotland and Northern Ireland it is cited to UK central government only (devolved buyers have their own notes).
 */
function cabinetOffice(c: Omit<Citation, 'nations' | 'buyers' | 'binds'>): Citation[] {
  return [
    { ...c, nations: ['england'], buyers: ['central-government', 'local-government', 'nhs', 'other'], binds: CENTRAL },
    { ...c, nations: ['wales', 'scotland', 'ni'], buyers: CENTRAL, binds: CENTRAL },
  ];
}

/** In Scotland: for the devolved Scottish authorities only. */
function scottish(c: Omit<Citation, 'nations' | 'buyers'>): Citation {
  return { ...c, nations: ['scotland'], buyers: DEVOLVED_SCOTTISH };
}

export const LEGAL_BASIS: Record<CheckId, readonly Citation[]> = {
  'living-wage': [
    {
      instrument: 'npps',
      effect:
        'Contracting authorities must have regard to the Statement, which asks them to secure good jobs with fair pay and conditions through their contracts.',
      nations: ['england'],
    },
    ...pa23({
      provision: 's.12 and Schedule 19 (conditions of performance)',
      effect:
        'Contract performance conditions on pay are lawful where relevant to the subject matter and proportionate.',
    }),
    scottish({
      instrument: 'fairWorkFirst',
      effect:
        'Scottish public bodies can require payment of at least the Real Living Wage to workers on a contract, agency and subcontract staff included, where relevant and proportionate.',
    }),
    {
      instrument: 'spppwa',
      provision: 's.24 and Schedule 3',
      effect:
        'Welsh contracting authorities must procure in a socially responsible way; compliance with employment rights, including the minimum and living wage, is among the matters for contract clauses.',
      nations: ['wales'],
      buyers: DEVOLVED_SCOTTISH,
    },
    {
      instrument: 'walesEthicalCode',
      effect: 'Signatories of the Code commit to consider paying the Living Wage to staff in their supply chains.',
      nations: ['wales'],
    },
    {
      instrument: 'niPpn0121',
      effect: 'Payment of the living wage is a condition of contract for tenders from 1 June 2022.',
      nations: ['ni'],
      binds: ['devolved-government', 'nhs'],
    },
    {
      instrument: 'euDirective',
      provision: 'Art. 18(2) and Art. 70',
      effect:
        'Performance conditions may carry social and employment considerations linked to the contract; wage floors must respect the RegioPost and Rüffert judgments.',
      nations: ['eu'],
    },
  ],
  'social-value': [
    {
      instrument: 'socialValueAct',
      provision: 's.1',
      effect:
        'Before procuring services, the authority must consider how the contract could improve the economic, social and environmental well-being of its area.',
      nations: ['england'],
      buyers: ['local-government', 'nhs', 'central-government', 'other'],
    },
    {
      instrument: 'npps',
      effect:
        'Contracting authorities must have regard to the Statement, which makes social and economic value a national priority.',
      nations: ['england'],
    },
    ...pa23({
      provision: 's.12 (covered procurement objectives)',
      effect: 'Authorities must have regard to the importance of maximising public benefit when they procure.',
    }),
    ...cabinetOffice({
      instrument: 'ppn002',
      effect:
        'In-scope central government bodies use the Social Value Model with at least 10% of the total score for social value, for procurements from 1 October 2025.',
    }),
    {
      instrument: 'spppwa',
      provision: 'ss.24–26',
      effect:
        'Welsh contracting authorities must procure in a socially responsible way, set and publish objectives, and include social public works clauses in major construction contracts.',
      nations: ['wales'],
      buyers: DEVOLVED_SCOTTISH,
    },
    {
      instrument: 'socialValueAct',
      provision: 's.1',
      effect: 'The pre-procurement duty to consider well-being also applies to Welsh local authorities.',
      nations: ['wales'],
      buyers: ['local-government'],
    },
    scottish({
      instrument: 'prsa',
      provision: 'ss.9 and 24–25 (sustainable procurement duty; community benefits)',
      effect:
        'For contracts of £4m or more the authority must consider community benefit requirements and summarise them in the contract notice, or give its reasons for having none.',
    }),
    {
      instrument: 'niPpn0121',
      effect:
        'At least 10% of the total award criteria must be given to social value in tenders above the thresholds, from 1 June 2022.',
      nations: ['ni'],
      binds: ['devolved-government', 'nhs'],
    },
    {
      instrument: 'euDirective',
      provision: 'Art. 67 (award criteria) and Art. 70 (contract performance conditions)',
      effect:
        'Social aspects linked to the subject matter may be scored in the best price-quality ratio and set as performance conditions.',
      nations: ['eu'],
    },
  ],
  foi: [
    {
      instrument: 'foia',
      provision: 's.1 and s.3(2)(b)',
      effect:
        'Information held by another person on behalf of a public authority is held by the authority, so it must be obtainable from the supplier when a request arrives.',
      nations: ['england', 'wales', 'ni'],
    },
    {
      instrument: 'foia',
      provision: 's.1 and s.3(2)(b)',
      effect:
        'UK government bodies in Scotland answer requests under the UK Act; information a contractor holds on their behalf is held by them.',
      nations: ['scotland'],
      buyers: CENTRAL,
    },
    scottish({
      instrument: 'foisa',
      provision: 's.1 and s.3(2)(b)',
      effect:
        'Scottish public authorities must release information they hold, including information a contractor holds on their behalf; contractors are covered directly only by a s.5 designation order.',
    }),
    {
      instrument: 'eir',
      provision: 'reg. 3(2) and reg. 5',
      effect:
        'The same right of access for environmental information, including information held on the authority’s behalf, answered within 20 working days.',
      nations: ['england', 'wales', 'ni'],
    },
    scottish({
      instrument: 'eisr',
      effect: 'The Scottish right of access to environmental information, which runs alongside the Scottish FOI Act.',
    }),
    {
      instrument: 'foiCode',
      effect:
        'Authorities should not accept confidentiality terms that override the Act and should agree with contractors how requests about the contract will be handled.',
      nations: ['england', 'wales', 'ni'],
    },
    ...pa23({
      provision: 'ss.52–53 (KPIs and contract details published for contracts over £5m)',
      effect: 'Contracts over £5m must have their key performance indicators and a copy of the contract published.',
    }),
    {
      instrument: 'euDirective',
      provision: 'Art. 21 (confidentiality)',
      effect:
        'The Directive protects information a bidder marks as confidential only as far as national law allows; the right of access itself comes from each member state’s own law.',
      nations: ['eu'],
    },
  ],
  'zero-hours': [
    {
      instrument: 'era2025',
      provision: 'guaranteed hours, shift notice and cancelled-shift payments',
      effect:
        'Gives workers on zero or low hours a right to be offered guaranteed hours reflecting the hours they regularly work, with reasonable notice of shifts; the provisions come into force in stages.',
      nations: GB,
    },
    {
      instrument: 'npps',
      effect:
        'Contracting authorities must have regard to the Statement, which asks them to use contracts to secure good jobs with fair working conditions.',
      nations: ['england'],
    },
    scottish({
      instrument: 'fairWorkFirst',
      effect:
        'No inappropriate use of zero-hours contracts is a Fair Work First criterion, applied in procurement where relevant and proportionate.',
    }),
    {
      instrument: 'walesRegulatedServices',
      provision: 'reg. 42',
      effect:
        'Domiciliary-care providers must offer a worker on a non-guaranteed-hours contract the choice of a contract reflecting the average hours worked over the previous three months.',
      nations: ['wales'],
    },
    {
      instrument: 'walesEthicalCode',
      effect: 'Signatories commit to ensure zero-hours contracts are not used unfairly in their supply chains.',
      nations: ['wales'],
    },
    {
      instrument: 'niPpn0121',
      effect:
        'Fair-work practices, including secure terms of employment, are among the minimum requirements written into contracts.',
      nations: ['ni'],
      binds: ['devolved-government', 'nhs'],
    },
    {
      instrument: 'euWorkingConditions',
      provision: 'Arts 10–11',
      effect:
        'Workers with unpredictable patterns must know reference hours and days in advance; member states must limit abuse of on-demand contracts.',
      nations: ['eu'],
    },
  ],
  'fair-work': [
    {
      instrument: 'npps',
      effect:
        'Contracting authorities must have regard to the Statement, which asks for suppliers offering high-quality jobs with fair wages and good working conditions.',
      nations: ['england'],
    },
    {
      instrument: 'tulrca',
      provision: 'ss.137 and 146',
      effect:
        'Makes it unlawful to refuse employment or to subject a worker to detriment because of trade-union membership or activity.',
      nations: GB,
    },
    {
      instrument: 'era2025',
      provision: 'fire and rehire; trade-union access',
      effect:
        'Restricts dismissal and re-engagement on worse terms and widens union access to workplaces; the provisions come into force in stages.',
      nations: GB,
    },
    scottish({
      instrument: 'fairWorkFirst',
      effect:
        'Effective workers’ voice, such as trade-union recognition, is a Fair Work First criterion applied in procurement where relevant and proportionate.',
    }),
    {
      instrument: 'spppwa',
      provision: 's.24 and Schedule 3',
      effect:
        'Socially responsible procurement duties, with fair work as a well-being goal and trade-union representation among the matters for contract terms.',
      nations: ['wales'],
      buyers: DEVOLVED_SCOTTISH,
    },
    {
      instrument: 'niPpn0121',
      effect:
        'Government contracts require adherence to relevant collective agreements and fair-work practices, including voice and representation.',
      nations: ['ni'],
      binds: ['devolved-government', 'nhs'],
    },
    {
      instrument: 'euDirective',
      provision: 'Art. 18(2) and Annex X (ILO Conventions 87 and 98)',
      effect:
        'Suppliers must comply with labour law, collective agreements and the ILO conventions on freedom of association and collective bargaining when performing public contracts.',
      nations: ['eu'],
    },
  ],
  training: [
    ...cabinetOffice({
      instrument: 'ppn1415',
      effect:
        'Central government contracts of £10m or more and 12 months or longer should support apprenticeships and skills, typically 3–5% of the contract workforce.',
    }),
    {
      instrument: 'npps',
      effect:
        'Contracting authorities must have regard to the Statement, whose missions include breaking down barriers to opportunity through skills and training in supply chains.',
      nations: ['england'],
    },
    scottish({
      instrument: 'prsa',
      provision: 's.25 (community benefit requirements)',
      effect:
        'For regulated contracts of £4m or more the authority must consider community benefit requirements, including training and recruitment, and state them in the notice or give reasons.',
    }),
    {
      instrument: 'spppwa',
      provision: 's.24 and Schedule 3',
      effect:
        'Socially responsible procurement duties; employment and skills opportunities are among the well-being matters contracts can secure.',
      nations: ['wales'],
      buyers: DEVOLVED_SCOTTISH,
    },
    {
      instrument: 'niPpn0121',
      effect: '"Increasing secure employment and skills" is a social-value theme scored in tenders from 1 June 2022.',
      nations: ['ni'],
      binds: ['devolved-government', 'nhs'],
    },
    {
      instrument: 'euDirective',
      provision: 'Art. 70 and recital 98 (contract performance conditions)',
      effect:
        'Performance conditions may pursue employment and training objectives, such as training the unemployed or young people, where linked to the contract.',
      nations: ['eu'],
    },
  ],
  'inclusive-employment': [
    ...pa23({
      provision: 's.32 (reserving contracts to supported employment providers)',
      effect:
        'A contract may be reserved to suppliers whose workforce (or the part delivering it) is at least 30% disabled or disadvantaged people.',
    }),
    {
      instrument: 'npps',
      effect:
        'Contracting authorities must have regard to the Statement, which asks suppliers to open jobs to people who struggle to access work.',
      nations: ['england'],
    },
    scottish({
      instrument: 'pcsr',
      provision: 'reg. 21 (reserved contracts)',
      effect: 'Contracts may be reserved to supported businesses.',
    }),
    scottish({
      instrument: 'prsa',
      provision: 's.9 (sustainable procurement duty)',
      effect: 'The sustainable procurement duty includes facilitating the involvement of supported businesses.',
    }),
    {
      instrument: 'spppwa',
      provision: 's.24 and Schedule 3',
      effect:
        'Socially responsible procurement duties; employment opportunities for disabled, long-term unemployed and other disadvantaged people are among the matters listed.',
      nations: ['wales'],
      buyers: DEVOLVED_SCOTTISH,
    },
    {
      instrument: 'niPpn0121',
      effect: 'Social value, including secure employment for those furthest from work, is scored in tenders.',
      nations: ['ni'],
      binds: ['devolved-government', 'nhs'],
    },
    {
      instrument: 'euDirective',
      provision: 'Art. 20 (reserved contracts)',
      effect:
        'Member states may reserve contracts to sheltered workshops and operators whose aim is the integration of disabled or disadvantaged persons, where at least 30% of employees are such persons.',
      nations: ['eu'],
    },
  ],
  'ethical-care': [
    {
      instrument: 'careAct',
      provision: 's.5 and chapter 4 of the guidance (market shaping)',
      effect:
        'Councils must promote a sustainable care market; the guidance expects fee levels that let providers meet their legal duty to pay at least the minimum wage, and treats very short homecare visits as unsuitable for personal care.',
      nations: ['england'],
      buyers: ['local-government'],
    },
    {
      instrument: 'ethicalCareCharter',
      effect:
        'A union standard for commissioning homecare, in three stages; councils that sign it commit to buying homecare only from providers meeting it. It binds providers only through contract terms.',
      nations: UK,
    },
    {
      instrument: 'walesRegulatedServices',
      provision: 'regs 41–42',
      effect:
        'Domiciliary-care providers must plan care time and travel time separately and offer workers on non-guaranteed hours a choice of contract after three months.',
      nations: ['wales'],
    },
    {
      instrument: 'scotSocialCareWage',
      effect:
        'Funding for councils on condition that adult social care workers, including in the independent and third sectors, are paid at least the Living Wage.',
      nations: ['scotland'],
      buyers: ['local-government'],
    },
  ],
  'tupe-pensions': [
    {
      instrument: 'tupe',
      effect:
        'Employees assigned to an outsourced service transfer to the new provider on their existing terms; most occupational pension rights are excluded (reg. 10).',
      nations: UK,
    },
    {
      instrument: 'pensionsAct2004',
      provision: 'ss.257–258',
      effect:
        'A minimum pension for transferred staff who had an employer scheme: employer contributions matching the employee’s up to 6% of pay.',
      nations: GB,
    },
    {
      instrument: 'fairDeal',
      effect:
        'Staff compulsorily transferred from central government keep access to their public service pension scheme.',
      nations: UK,
      buyers: CENTRAL,
    },
    {
      instrument: 'bestValueDirection',
      effect:
        'A best value authority outsourcing a service must secure Local Government Pension Scheme membership or a broadly comparable scheme for transferring staff, enforceable by them.',
      nations: ['england'],
      buyers: ['local-government'],
    },
    {
      instrument: 'walesPensionsDirection',
      effect:
        'Welsh councils outsourcing a service must require the contractor to secure pension protection for transferring staff, enforceable by them, including on re-tendering.',
      nations: ['wales'],
      buyers: ['local-government'],
    },
    {
      instrument: 'spppwa',
      provision: 'ss.26 and 32–34 (outsourcing services contracts; social public workforce clauses)',
      effect:
        'Outsourcing contracts must include social public workforce clauses protecting transferred staff’s terms and pensions and giving new joiners no less favourable terms.',
      nations: ['wales'],
      buyers: DEVOLVED_SCOTTISH,
    },
    {
      instrument: 'euAcquiredRights',
      effect:
        'Employees’ rights transfer with the undertaking; old-age benefits under supplementary pension schemes are excluded unless member states provide otherwise.',
      nations: ['eu'],
    },
  ],
  'open-book': [
    ...cabinetOffice({
      instrument: 'ppn004',
      effect:
        "Central government bodies assess each contract and apply proportionate scrutiny of the supplier's costs and margins through access to its accounting data.",
    }),
    ...pa23({
      provision: 'ss.52–53 and s.71 (KPIs, contract details notices, performance)',
      effect:
        'For contracts over £5m the authority publishes the contract and at least three KPIs, and assesses performance against them at least once a year.',
    }),
    scottish({
      instrument: 'pcsr',
      provision: 'reg. 69 (abnormally low tenders)',
      effect:
        'A bidder must explain a price or costs that appear abnormally low, and the authority must check its explanation.',
    }),
    {
      instrument: 'euDirective',
      provision: 'Art. 69 (abnormally low tenders)',
      effect:
        'A bidder must explain its price and costs; a tender priced low by breaching social or labour law must be rejected.',
      nations: ['eu'],
    },
  ],
  'modern-slavery': [
    {
      instrument: 'modernSlaveryAct',
      provision: 's.54 (transparency in supply chains)',
      effect:
        'Commercial organisations with a turnover of £36m or more must publish an annual slavery and human trafficking statement covering their supply chains.',
      nations: UK,
    },
    ...pa23({
      provision: 'Schedules 6 and 7 (exclusion grounds)',
      effect:
        'Modern slavery offences are a mandatory exclusion ground; slavery and trafficking orders and evidence of offences are discretionary grounds.',
    }),
    ...cabinetOffice({
      instrument: 'ppn009',
      effect:
        'Central government buyers take a risk-based approach, ask for supply-chain information at selection in high-risk procurements and carry out due diligence under the contract.',
    }),
    scottish({
      instrument: 'scotTrafficking',
      effect: "Scotland's slavery and trafficking offences; a conviction is a ground to exclude a bidder.",
    }),
    scottish({
      instrument: 'pcsr',
      provision: 'reg. 58 (exclusion)',
      effect: 'Trafficking and exploitation offences are mandatory grounds for excluding a bidder.',
    }),
    {
      instrument: 'niTrafficking',
      effect:
        "Northern Ireland's slavery and trafficking offences, named in the Procurement Act 2023 exclusion grounds.",
      nations: ['ni'],
    },
    {
      instrument: 'euDirective',
      provision: 'Art. 57(1)(f) and Annex X',
      effect:
        'Child labour and trafficking offences are mandatory exclusion grounds; ILO forced-labour conventions bind performance under Art. 18(2).',
      nations: ['eu'],
    },
  ],
  blacklisting: [
    {
      instrument: 'blacklists',
      effect:
        'No one may compile, use, sell or supply a list of trade union members or activists used to discriminate in recruitment or treatment of workers (Great Britain).',
      nations: GB,
    },
    {
      instrument: 'pa23',
      provision: 'Schedule 7 (discretionary exclusion: professional misconduct)',
      effect:
        'The government has said a bidder that has blacklisted workers can be excluded for professional misconduct and, in serious cases, debarred.',
      nations: ['england', 'wales'],
    },
    {
      instrument: 'pa23',
      provision: 'Schedule 7 (discretionary exclusion: professional misconduct)',
      effect:
        'A bidder that has blacklisted workers can be excluded for professional misconduct and, in serious cases, debarred.',
      nations: ['scotland'],
      buyers: CENTRAL,
    },
    {
      instrument: 'pa23',
      provision: 'Schedule 7 (discretionary exclusion: professional misconduct)',
      effect:
        'The Blacklists Regulations 2010 extend to Great Britain only, so in Northern Ireland the contract term and the professional-misconduct exclusion ground carry the protection.',
      nations: ['ni'],
    },
    scottish({
      instrument: 'pcsr',
      provision: 'reg. 58 (as amended from 18 April 2016)',
      effect:
        'A bidder found to have breached the Blacklists Regulations 2010 must be excluded for up to three years unless it shows it has taken remedial ("self-cleaning") measures.',
    }),
    {
      instrument: 'sppn0413',
      effect:
        'Adds selection questions on blacklisting and a contract condition allowing termination if the supplier blacklists.',
      nations: ['scotland'],
      buyers: DEVOLVED_SCOTTISH,
      binds: ['devolved-government', 'nhs'],
    },
    {
      instrument: 'wppn1021',
      effect:
        'Welsh public bodies ask bidders about blacklisting, exclude those who have not self-cleaned and can terminate contracts with suppliers who blacklist; it applies beyond construction.',
      nations: ['wales'],
      buyers: DEVOLVED_SCOTTISH,
      binds: ['devolved-government'],
    },
    {
      instrument: 'euDirective',
      provision: 'Art. 57(4)(a) and (c)',
      effect:
        'Breach of labour-law obligations and grave professional misconduct are grounds to exclude a bidder, subject to self-cleaning.',
      nations: ['eu'],
    },
  ],
  'sme-vcse': [
    ...pa23({
      provision: 's.12(4) and s.18 (barriers for small firms; duty to consider lots)',
      effect:
        'Authorities must have regard to the barriers small firms and the voluntary sector face, and must consider lots or say in the tender notice why they are not used.',
    }),
    {
      instrument: 'pa23',
      provision: 'ss.68 and 73 (30-day payment, also implied into public sub-contracts)',
      effect:
        'Payment within 30 days of a valid invoice is implied into public contracts and into sub-contracts that deliver them.',
      nations: ['england', 'wales'],
    },
    {
      instrument: 'pa23',
      provision: 'ss.68 and 73 (30-day payment), as applied in Northern Ireland',
      effect:
        'The 30-day payment terms apply to Northern Ireland contracting authorities and their sub-contracts; the s.69 payment notices do not apply to transferred Northern Ireland authorities.',
      nations: ['ni'],
    },
    ...cabinetOffice({
      instrument: 'ppn001',
      effect:
        'Central government departments set three-year targets for direct spend with small firms (from April 2025) and the voluntary sector (from April 2026).',
    }),
    scottish({
      instrument: 'prsa',
      provision: 's.9 (sustainable procurement duty)',
      effect:
        'Contracting authorities must consider how a procurement can facilitate the involvement of SMEs, third sector bodies and supported businesses.',
    }),
    {
      instrument: 'euDirective',
      provision: 'Art. 46 (division into lots) and Art. 71 (subcontracting)',
      effect:
        'Authorities consider dividing contracts into lots and state their reasons if they do not; member states may provide for direct payment of subcontractors.',
      nations: ['eu'],
    },
  ],
  'net-zero': [
    ...cabinetOffice({
      instrument: 'ppn006',
      effect:
        'For central government contracts over £5m a year, bidders commit to net zero by 2050 and publish a Carbon Reduction Plan as a selection requirement.',
    }),
    {
      instrument: 'climateChangeAct',
      provision: 's.1',
      effect:
        'The UK net greenhouse gas account for 2050 must be at least 100% lower than the 1990 baseline (net zero).',
      nations: UK,
    },
    {
      instrument: 'npps',
      effect:
        'Contracting authorities must have regard to the mission to accelerate to net zero through their procurement.',
      nations: ['england'],
    },
    {
      instrument: 'wppn0621',
      effect:
        'Carbon Reduction Plans are required for Welsh Government contracts of £5m or more a year; the target is a net-zero public sector in Wales by 2030.',
      nations: ['wales'],
      buyers: DEVOLVED_SCOTTISH,
      binds: ['devolved-government'],
    },
    scottish({
      instrument: 'scotClimate',
      effect: 'Sets a net-zero target for Scotland by 2045, which public bodies must help deliver.',
    }),
    scottish({
      instrument: 'prsa',
      provision: 's.9 (sustainable procurement duty)',
      effect:
        'Before buying, contracting authorities must consider how the procurement can improve the environmental well-being of their area.',
    }),
    {
      instrument: 'niClimate',
      effect: 'Sets a net-zero target for Northern Ireland by 2050.',
      nations: ['ni'],
    },
    {
      instrument: 'euClimateLaw',
      effect: 'Climate neutrality by 2050 is binding on the Union.',
      nations: ['eu'],
    },
    {
      instrument: 'euDirective',
      provision: 'Arts 67–68 (award criteria; life-cycle costing)',
      effect: 'Award criteria may weigh life-cycle costs, including emissions.',
      nations: ['eu'],
    },
  ],
  equality: [
    {
      instrument: 'equalityAct',
      provision: 's.149 (public sector equality duty)',
      effect:
        'Public authorities must have due regard to eliminating discrimination, advancing equality of opportunity and fostering good relations, including in functions they contract out.',
      nations: GB,
    },
    {
      instrument: 'equalityAct',
      provision: 'Parts 2 and 5 (protected characteristics; work)',
      effect:
        'Employers, suppliers included, must not discriminate against, harass or victimise workers because of a protected characteristic, and must make reasonable adjustments.',
      nations: GB,
    },
    scottish({
      instrument: 'scotEqualityDuties',
      provision: 'reg. 9',
      effect:
        'For relevant contracts, listed authorities must have due regard to whether award criteria and contract performance conditions should include equality considerations.',
    }),
    {
      instrument: 'niAct1998',
      provision: 's.75',
      effect:
        'Public authorities must have due regard to equality of opportunity across nine categories, including when they contract out services.',
      nations: ['ni'],
    },
    {
      instrument: 'euDirective',
      provision: 'Art. 18(2) and Annex X (ILO C100 and C111)',
      effect:
        'Suppliers must comply with equal pay and non-discrimination in employment obligations in performing the contract.',
      nations: ['eu'],
    },
  ],
  'exit-insourcing': [
    ...pa23({
      provision: 'ss.78–80 (implied termination rights) and Schedule 2 Part 1 (vertical arrangements)',
      effect:
        'Public contracts carry implied rights to terminate in set cases, and contracts with an authority\'s own controlled bodies (in-house "Teckal" arrangements) are exempt from competition.',
    }),
    {
      instrument: 'sourcingPlaybook',
      provision: 'Delivery Model Assessments',
      effect:
        'Central government compares in-house, mixed and outsourced delivery, with a should-cost model, before deciding to contract out, and plans exit from the start.',
      nations: ['england'],
      binds: CENTRAL,
    },
    {
      instrument: 'spppwa',
      provision: 's.26 (outsourcing services contracts)',
      effect:
        'Contracting authorities outsourcing public services must apply the workforce protections set out under the Act.',
      nations: ['wales'],
      buyers: DEVOLVED_SCOTTISH,
    },
    scottish({
      instrument: 'pcsr',
      provision: 'reg. 13 (contracts between entities within the public sector) and reg. 73 (termination)',
      effect:
        'Awards to an authority’s own controlled bodies fall outside competition, and contracts must allow termination in set cases.',
    }),
    {
      instrument: 'euDirective',
      provision: 'Art. 12 (in-house and public-public co-operation) and Art. 73 (termination)',
      effect:
        'Awards to controlled in-house entities fall outside the Directive; authorities must be able to terminate in set cases.',
      nations: ['eu'],
    },
  ],
};

/** One source as a reader sees it: the instrument, the provision, what it does for this buyer. */
export interface CitedSource extends LegalSource {
  /** true when it binds other buyers, and this buyer follows it only as good practice */
  goodPractice: boolean;
  instrument: InstrumentId;
}

export type LegalBasisAnswer =
  | { covered: true; sources: CitedSource[] }
  /** outside the UK and the EU: the project does not say which law applies */
  | { covered: false; message: string };

export const NOT_COVERED_MESSAGE =
  'The legal basis for this place is not covered: Tenderlight cites UK law (and the EU procurement Directive) only.';

/** The UK nation whose law a jurisdiction stands for; a UK-wide text is read under the law that covers England. */
export function placeOf(jurisdiction: Jurisdiction): Place | undefined {
  if (jurisdiction === 'uk') return 'england';
  if (jurisdiction === 'other') return undefined;
  return jurisdiction;
}

function cite(c: Citation, buyer: BuyerKind): CitedSource {
  const i: Instrument = INSTRUMENTS[c.instrument];
  const goodPractice = !!c.binds && !c.binds.includes(buyer);
  return {
    title: c.provision ? `${i.title}, ${c.provision}` : i.title,
    effect: goodPractice ? `Good practice for this buyer (it binds ${bindsWhom(c.binds!)}): ${c.effect}` : c.effect,
    url: i.url,
    inForceFrom: i.inForceFrom,
    checkedOn: i.checkedOn,
    goodPractice,
    instrument: c.instrument,
  };
}

function bindsWhom(buyers: readonly BuyerKind[]): string {
  const names = buyers.map((b) => BUYER_LABEL[b]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)} only` : `${names[0]} only`;
}

/** The sources to cite for one check, for a document from this place and this kind of buyer: binding ones first. */
export function legalBasisFor(checkId: CheckId, jurisdiction: Jurisdiction, buyer: BuyerKind): LegalBasisAnswer {
  const place = placeOf(jurisdiction);
  if (!place) return { covered: false, message: NOT_COVERED_MESSAGE };
  const sources = LEGAL_BASIS[checkId]
    .filter((c) => c.nations.includes(place) && (!c.buyers || c.buyers.includes(buyer)))
    .map((c) => cite(c, buyer));
  return {
    covered: true,
    sources: [...sources.filter((s) => !s.goodPractice), ...sources.filter((s) => s.goodPractice)],
  };
}

/** The one source a short letter cites: the first that binds this buyer, else the first good-practice one. */
export function mainLegalBasis(
  checkId: CheckId,
  jurisdiction: Jurisdiction,
  buyer: BuyerKind,
): CitedSource | undefined {
  const answer = legalBasisFor(checkId, jurisdiction, buyer);
  return answer.covered ? answer.sources[0] : undefined;
}

/** Every source a check cites in the given places, for any buyer, once each (the clause library lists these). */
export function sourcesInPlaces(checkId: CheckId, places: readonly Place[]): CitedSource[] {
  const seen = new Set<string>();
  const out: CitedSource[] = [];
  for (const c of LEGAL_BASIS[checkId]) {
    if (!c.nations.some((n) => places.includes(n))) continue;
    const s = cite(c, c.binds?.[0] ?? 'other');
    if (seen.has(s.title)) continue;
    seen.add(s.title);
    out.push(s);
  }
  return out;
}
