import { firstHedge, firstMatch, generalStrength, hollowing, SOFT_HEDGES, WEIGHT } from '../analysis/strength';
import type { CheckDefinition, Marker } from './types';

/** The instruments PPN 006 / 06/21 names: a Carbon Reduction Plan, a dated net-zero commitment, scoped emissions. */
const PLAN_OR_TARGET =
  /\bcarbon reduction (?:plans?|schedule)\b|\bnet[- ]zero\W{0,3} (?:\w+ ){0,3}by (?:20\d\d)\b|\bPPN 006\b|\bPPN 06\/21\b|\bscope 1\b[^.]{0,30}\b2\b/i;
/** What turns a mention of carbon into a commitment: reducing, reporting, planning or a target. */
const COMMITMENT_CONTENT =
  /\bnet[- ]zero\b|\bcarbon reduction\b|\breduc\w+\b|\breport\w*\b|\btargets?\b|\bplans?\b|\bscope [123]\b|\bcarbon neutral|\bdecarboni/i;
/** "…to commit to achieving net zero by 2050": the PPN 06/21 commitment itself, stated as what is required. */
const COMMIT_TO_NET_ZERO = /\bto commit to (?:achiev\w+ |reach\w+ |becom\w+ )?[‘'"]?net[- ]zero\b/i;
/** Invitations are not requirements, even without a hedge word. */
const INVITED = /\b(?:invited|asked|welcome[sd]?)\b/i;
/** The authority's own target ("the Council will be net zero by 2030") binds no supplier. */
const AUTHORITY_TARGET =
  /\b(?:the )?(?:council|authority|trust|nhs|government|department|uk|country|we|our organisation)\b[^.]{0,60}\b(?:will|to|aims? to|has committed to|is committed to) (?:be(?:come)?|achiev\w*|reach\w*)\b[^.]{0,30}\bnet[- ]zero\b/i;
const SUPPLIER_WORDS = /\b(?:suppliers?|contractors?|providers?|bidders?|tenderers?|firms|companies)\b/i;

/** Hollow net-zero wording; checked inside assess() too, since it decides before the generic markers. */
const WEAK_MARKERS: Marker[] = [
  { pattern: /\bambitions?\b/i, why: 'an ambition, not a contract requirement' },
  {
    pattern:
      /\b(?:the )?(?:NHS|council|authority|government|department|we) will (?:\w+ly )?(?:extend|introduce|roll out|expand|bring in)\b/i,
    why: 'a requirement the authority will extend or introduce later: not yet in force',
  },
];

const PPN_CITATION = /\bPPN 006\b|\bPPN 06\/21\b/i;

const CUES: RegExp[] = [
  /\bnet[- ]zero\b/i,
  /\bcarbon reduction (?:plans?|schedule)\b/i,
  // cutting carbon in other words: a carbon reduction heading, reducing the carbon footprint of the work
  /\bcarbon reduction\b|\b(?:reduc\w+|cut\w*|lower\w*|minimi[sz]\w*) (?:\w+ ){0,3}carbon(?: footprint| emissions?)?\b|\bcarbon footprint\b/i,
  /\bzero[- ]carbon\b|\bcarbon[- ]neutral(?:ity)?\b|\bdecarboni[sz]\w+\b/i,
  /\b(?:carbon|greenhouse gas|GHG|CO2e?) emissions?\b/i,
  // emissions cut or reported, with no other noun: what a contract's climate terms ask ("reduce emissions and waste")
  /\b(?:reduc\w+|cut\w*|lower\w*|minimi[sz]\w*|report\w*|measur\w*) (?:the |its |their |our )?(?:\w+ )?emissions\b(?! (?:of|from) (?:noise|dust|odou?r|light))|\bemissions? reductions?\b/i,
  /\bscope 1\b[^.]{0,30}\b2\b/i,
  PPN_CITATION,
  /\bclimate emergency\b|\bscience[- ]based targets?\b/i,
];

/** A Carbon Reduction Plan or net-zero commitment tied to the contract. */
export const netZero: CheckDefinition = {
  id: 'net-zero',
  title: 'Net zero and carbon reduction',
  theme: 'community-and-environment',
  summary:
    'The supplier commits to net zero by 2050 or sooner, publishes a Carbon Reduction Plan covering its Scope 1, 2 and the main Scope 3 emissions, and reports and cuts the emissions of this contract.',
  explanation:
    'Public contracts account for a large share of the emissions a council or department is responsible for, most of them in its suppliers\' operations. The authority\'s own climate pledge does nothing about those unless the contract asks for a Carbon Reduction Plan, a dated net-zero commitment and emission figures for the contract, reported and reduced over its life. "Environmentally friendly" wording or an invitation to consider carbon leaves it to the supplier.',
  cues: CUES,
  falseFriends: [
    {
      name: "'zero-emission vehicles' or zones are a fleet measure, not a net-zero commitment",
      pattern: /\bzero[- ]emissions?(?: (?:vehicles?|buses|fleet|zones?|capable|cars?|vans?))?\b/gi,
      effect: 'ignore',
      why: 'a vehicle or zone standard, not a commitment to net zero or a carbon reduction plan',
      examples: ['All pool cars shall be zero-emission vehicles.'],
    },
    {
      name: "the authority's own climate emergency declaration binds no supplier",
      pattern:
        /\b(?:declared|declaring|declaration of) an? (?:climate|environment(?:al)?)(?: and ecological)? emergency\b/gi,
      effect: 'ignore',
      why: "the authority's own declaration: nothing here asks anything of a supplier",
      examples: ['The Council declared a climate emergency in July 2019.'],
    },
    {
      name: "'carbon' in office supplies (carbon paper, carbon copy) is not emissions",
      pattern: /\bcarbon (?:paper|copy|copies|fibre|steel|toner|black)\b/gi,
      effect: 'ignore',
      why: 'a material or an office term, not carbon emissions',
      examples: ['The Supplier shall deliver carbon paper and toner to each office.'],
    },
  ],
  weakMarkers: WEAK_MARKERS,
  strongMarkers: [],
  assess(sentence) {
    const hollow = firstMatch(WEAK_MARKERS, sentence);
    if (hollow) return { strength: 'weak', why: hollow.why, weight: WEIGHT.reason };
    // like an authority's own Living Wage accreditation, its own climate target binds no supplier
    if (AUTHORITY_TARGET.test(sentence) && !SUPPLIER_WORDS.test(sentence)) return null;
    if (
      COMMIT_TO_NET_ZERO.test(sentence) &&
      !hollowing(sentence) &&
      !firstHedge(SOFT_HEDGES, sentence) &&
      !INVITED.test(sentence)
    )
      return { strength: 'strong', why: 'a commitment to net zero is required', weight: WEIGHT.specific };
    const v = generalStrength(sentence);
    if (v.strength !== 'strong')
      // a sentence that only cites the policy note is a reference, whatever hedge it happens to carry
      return CUES.every((c) => c === PPN_CITATION || !c.test(sentence)) ? { ...v, weight: WEIGHT.mention } : undefined;
    if (INVITED.test(sentence))
      return { strength: 'weak', why: 'an invitation, not a requirement', weight: WEIGHT.reason };
    if (!COMMITMENT_CONTENT.test(sentence))
      return {
        strength: 'weak',
        why: 'an environmental measure, not a net-zero commitment or a carbon reduction plan',
        weight: WEIGHT.reason,
      };
    if (PLAN_OR_TARGET.test(sentence))
      return {
        strength: 'strong',
        why: 'a Carbon Reduction Plan or dated net-zero commitment is required',
        weight: WEIGHT.specific,
      };
    return undefined;
  },
  applies: () => true,
  clauses: [
    {
      id: 'net-zero/carbon-reduction',
      checkId: 'net-zero',
      title: 'Carbon Reduction Plan and contract emissions',
      body: 'The Supplier shall maintain and publish on its website a Carbon Reduction Plan, approved by its board, that commits it to net zero by 2050 at the latest and reports its Scope 1 and Scope 2 emissions and the Scope 3 categories material to this Contract, and shall update it each year. Within three months of the start of this Contract the Supplier shall agree with {authority} a baseline of the emissions arising from delivering it and a reduction plan with yearly targets, shall report progress against that plan each year, and shall require its key subcontractors to provide the information it needs. If a yearly target is missed, the Supplier shall give {authority} a remedial plan within 30 days.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements: 'PPN 006 (2025, Carbon Reduction Plans); Climate Change Act 2008 s.1 (net zero by 2050)',
      version: 1,
    },
    {
      id: 'net-zero/wales',
      checkId: 'net-zero',
      title: 'Carbon Reduction Plan and contract emissions (Wales)',
      body: 'The Supplier shall publish a Carbon Reduction Plan committing it to net zero by 2050 at the latest, covering Scope 1, Scope 2 and material Scope 3 emissions, and shall update it each year. For this Contract with {authority}, the Supplier shall report the emissions arising from its delivery each year and agree reduction targets that support the Welsh public sector goal of collective net zero by 2030, as WPPN 06/21 and the Wales Procurement Policy Statement set out.',
      jurisdictions: ['wales'],
      documentTypes: [],
      sectors: [],
      implements: 'WPPN 06/21 (Decarbonisation through procurement); Wales Procurement Policy Statement',
      version: 1,
    },
    {
      id: 'net-zero/scotland',
      checkId: 'net-zero',
      title: 'Contract emissions and reduction plan (Scotland)',
      body: "The Supplier shall report to {authority} each year the greenhouse gas emissions arising from delivering this Contract, measured against a baseline agreed within three months of the start date, shall agree and carry out a reduction plan with yearly targets consistent with Scotland's statutory target of net zero by 2045, and shall publish its organisation-wide net-zero commitment and progress.",
      jurisdictions: ['scotland'],
      documentTypes: [],
      sectors: [],
      implements:
        'Climate Change (Emissions Reduction Targets) (Scotland) Act 2019; Procurement Reform (Scotland) Act 2014 s.9',
      version: 1,
    },
    {
      id: 'net-zero/selection',
      checkId: 'net-zero',
      title: 'Selection requirement: Carbon Reduction Plan',
      body: 'Selection requirement (pass/fail): Bidders for {contract} must confirm their commitment to achieving net zero by 2050 at the latest and provide a Carbon Reduction Plan, approved by their board and published on their website, that reports current Scope 1, Scope 2 and the required Scope 3 emissions and sets out the environmental management measures in place. {authority} will not consider a bid that does not meet this requirement.',
      jurisdictions: [],
      documentTypes: ['itt', 'notice'],
      sectors: [],
      implements: 'PPN 006 (2025) selection criterion',
      version: 1,
      question: true,
    },
  ],
  examples: [
    {
      // PPN 06/20 is the Social Value Model, not the carbon reduction note (PPN 006, formerly 06/21)
      text: 'Social value will be evaluated using the Social Value Model (PPN 06/20), and the commitments will form part of the contract.',
      status: 'missing',
    },
    {
      // emissions cut in other words, only encouraged
      text: 'Suppliers are encouraged to reduce emissions and waste associated with their contracts.',
      status: 'weak',
    },
    {
      text: 'The Supplier shall publish a Carbon Reduction Plan covering its Scope 1 and 2 emissions and update it annually.',
      status: 'strong',
    },
    {
      text: 'Bidders must commit to achieving net zero by 2050 before they are shortlisted.',
      status: 'strong',
    },
    {
      text: 'The Contractor shall report the carbon emissions of the service each year and reduce them by 5% a year.',
      status: 'strong',
    },
    { text: 'Suppliers are encouraged to reduce their carbon emissions.', status: 'weak' },
    { text: 'The Council declared a climate emergency in 2019 and will be net zero by 2030.', status: 'missing' },
    { text: 'The Supplier shall work towards net zero.', status: 'weak' },
    { text: 'Suppliers are invited to commit to net zero by 2040.', status: 'weak' },
    { text: 'All fleet vehicles shall be zero emission by 2027.', status: 'missing' },
    { text: 'The Supplier shall clean the windows of the civic centre every month.', status: 'missing' },
  ],
};
