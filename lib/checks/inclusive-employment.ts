import { firstMatch } from '../analysis/strength';
import { DESCRIBE_APPROACH, listEntryOrGeneral, TENDER_QUESTION, VAGUE_PARTICIPATION } from './fair-work';
import type { CheckDefinition, Marker } from './types';

/** Cues that are about employment whatever surrounds them. */
const EMPLOYMENT_BY_ITSELF =
  /\bsupported (?:employment|businesses?|factor(?:y|ies))\b|\bsheltered (?:workshops?|employment)\b|\breserved (?:contracts?|lots?|participation)\b|\btargeted recruitment\b|\blong[- ]term unemployed\b|\beconomically inactive\b|\bdisability confident\b|\bfurthest from the (?:labour|job) market\b|\bbarriers to (?:employment|work)\b/i;
/** Groups of people, who count here only when the sentence is about giving them work. */
const GROUPS =
  /\b(?:disadvantaged|priority|under-?represented|hard[- ]to[- ]reach) (?:people|groups?|workers|individuals|residents|communities|jobseekers)\b|\bfacing disadvantage\b|\b(?:the )?unemployed\b|\bdisabled (?:people|persons|workers|employees|staff|applicants|jobseekers)\b|\bpeople with (?:a )?disabilit(?:y|ies)\b|\blearning (?:difficulties|disabilities)\b|\bex-offenders?\b|\bprison[- ]leavers?\b|\b(?:people|those) (?:leaving prison|with (?:criminal )?convictions)\b|\bhomeless (?:people|persons)\b|\bpeople experiencing homelessness\b|\brefugees\b|\blone parents\b|\bNEETs?\b|\bnot in education,? employment,? or training\b|\bcare leavers?\b|\bcare[- ]experienced (?:young )?(?:people|adults|residents)\b|\b(?:young )?(?:people|those|adults) (?:leaving|who have left) care\b|\blooked[- ]after (?:children|young people)\b|\bveterans\b|\blocal (?:people|labour(?! (?:laws?|legislation|regulations?|codes?|standards?|rights?)\b)|recruitment|jobs|employment|residents|workforce)\b|\bnew entrants?\b/i;
/** Jobs made for a named group of people ("the creation of job opportunities for residents"): local jobs in other words. */
const JOBS_FOR_PEOPLE =
  /\b(?:creat\w*|generat\w*|provid\w*|offer\w*)\b[^.;]{0,20}?\b(?:jobs?|job opportunities|employment opportunities|work opportunities)\b[^.;]{0,30}?\bfor (?:local |our |the borough['’]s |the city['’]s |the area['’]s )?(?:people|residents|communities|young people|those|jobseekers)\b|\bcreation of (?:new )?(?:local )?(?:jobs|job opportunities|employment opportunities)\b/i;
const EMPLOYMENT_CONTEXT =
  /\b(?:employ\w*|recruit\w*|jobs?|hir(?:e|ing|ed)|vacanc\w*|work placements?|work experience|apprentice\w*|workforce|labour|careers?|run by|staffed by|trainees?)\b/i;

const CANNOT_REQUIRE: Marker = {
  pattern: /\b(?:cannot|can ?not|unable to|not (?:permitted|allowed|able) to)\b[^.]{0,160}\brequire\b/i,
  why: 'negated: the text says the authority cannot require it',
};
const BADGE_ONLY: Marker = {
  pattern: /\bdisability confident\b/i,
  why: "a 'Disability Confident' badge is a scheme membership, not a commitment to hire",
};

/** Jobs and placements for disabled and disadvantaged people; contracts reserved for supported employment. */
export const inclusiveEmployment: CheckDefinition = {
  id: 'inclusive-employment',
  title: 'Inclusive employment',
  theme: 'workforce',
  summary:
    'The contract creates measured jobs or placements for disabled, long-term unemployed or otherwise disadvantaged people, or is reserved for supported employment providers, and the supplier reports on them.',
  explanation:
    'Disabled people, the long-term unemployed, care leavers and ex-offenders are the people most often left out of the jobs public money pays for. A contract can reserve itself to supported employment providers whose workforce is at least 30% disabled or disadvantaged (each UK nation’s procurement law allows these reserved contracts, as the EU Directive does), or require targeted recruitment with numbers, definitions and reports. "Encouraging local recruitment" or showing a Disability Confident badge commits the supplier to nothing. Local-hiring targets must be framed carefully so that they do not discriminate against suppliers from elsewhere.',
  cues: [
    EMPLOYMENT_BY_ITSELF,
    GROUPS,
    /\brecruit\w* (?:from |within |in )?(?:the |our )?(?:[\w-]+,? (?:and |or )?){0,2}local\b/i,
    JOBS_FOR_PEOPLE,
  ],
  falseFriends: [
    {
      name: "'supported living' and 'sheltered housing' are care and housing services",
      pattern: /\bsupported living\b|\bsheltered housing\b|\bsupported accommodation\b/gi,
      effect: 'ignore',
      why: 'a kind of care or housing service, not supported employment',
      examples: ['The Provider shall deliver supported living services for adults with learning disabilities.'],
    },
    {
      name: "'reserved' rights, parking and 'All rights reserved' are not reserved contracts",
      pattern: /\ball rights reserved\b|\breserved parking\b|\breserves? the right\b/gi,
      effect: 'ignore',
      why: 'reservation of rights or space, not a contract reserved for supported employment',
      examples: ['© 2024 The Council. All rights reserved.'],
    },
    {
      name: "'new entrants' to a market are suppliers, not workers",
      pattern: /\bnew (?:market )?entrants? (?:to|into) (?:the|a|this) market\b|\bnew market entrants?\b/gi,
      effect: 'ignore',
      why: 'new suppliers entering a market, not new entrants to work',
      examples: ['The framework will be reopened to allow new entrants to the market to bid.'],
    },
    {
      name: 'disabled access and accessibility concern premises and websites, not jobs',
      pattern: /\bdisabled (?:access|parking|toilets?|facilities)\b|\baccessibility statement\b/gi,
      effect: 'ignore',
      why: 'access to buildings or web pages, not employment of disabled people',
      examples: ['The building shall provide disabled access to all floors.'],
    },
  ],
  weakMarkers: [CANNOT_REQUIRE, DESCRIBE_APPROACH, TENDER_QUESTION, VAGUE_PARTICIPATION],
  strongMarkers: [
    {
      pattern:
        /\b(?:is|are|will be|has been|shall be) (?:reserved|restricted) (?:for|to)\b[^.]{0,80}\b(?:supported (?:employment|businesses?)|sheltered (?:workshops?|employment)|disabled|disadvantaged)/i,
      why: 'the contract is reserved for supported employment providers',
    },
  ],
  assess(sentence) {
    const selfStanding = EMPLOYMENT_BY_ITSELF.test(sentence) || JOBS_FOR_PEOPLE.test(sentence);
    if (!selfStanding && !EMPLOYMENT_CONTEXT.test(sentence)) return null;
    if (/\breserved (?:contracts?|lots?|participation)\b\s*[:\-–]?\s*(?:none|no|not applicable|n\/a)\b/i.test(sentence))
      return null;
    if (firstMatch(inclusiveEmployment.weakMarkers, sentence)) return undefined;
    if (BADGE_ONLY.pattern.test(sentence) && !GROUPS.test(sentence.replace(BADGE_ONLY.pattern, '')))
      return { strength: 'weak', why: BADGE_ONLY.why };
    if (firstMatch(inclusiveEmployment.strongMarkers, sentence)) return undefined;
    return listEntryOrGeneral(sentence);
  },
  applies: () => true,
  clauses: [
    {
      id: 'inclusive-employment/standard',
      checkId: 'inclusive-employment',
      title: 'Targeted recruitment of disabled and disadvantaged people',
      body: 'The {supplier} shall fill at least the number of posts stated in its tender (and in any case not less than 10% of new vacancies arising in delivering {contract} for {authority}) with people who, at the time of recruitment, are disabled within the meaning of the Equality Act 2010, have been unemployed for twelve months or more, are care leavers, or have a conviction that has made work hard to find. The {supplier} shall offer supported work placements through a recognised supported employment service, make reasonable adjustments for every applicant and worker who needs them, and report each quarter the posts filled and retained after six months, broken down by group, with a remedy plan where a target is missed.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements: 'National Procurement Policy Statement 2025; Equality Act 2010 (definition of disability)',
      version: 1,
    },
    {
      id: 'inclusive-employment/reserved-contract',
      checkId: 'inclusive-employment',
      title: 'Notice wording: contract reserved to supported employment providers',
      body: 'This contract is reserved under section 32 of the Procurement Act 2023 to supported employment providers: {contract} shall be awarded only to a supplier whose workforce, or the part of it that will deliver {contract}, is made up of at least 30% disabled or disadvantaged people. Tenderers shall provide evidence of the make-up of that workforce with their tender and shall maintain it for the life of the contract.',
      jurisdictions: ['england', 'wales', 'ni'],
      documentTypes: ['notice', 'itt'],
      sectors: [],
      implements: 'Procurement Act 2023 s.32',
      version: 1,
    },
    {
      id: 'inclusive-employment/scotland-supported-business',
      checkId: 'inclusive-employment',
      title: 'Reserved contract for supported businesses (Scotland)',
      body: '{contract} for {authority} is reserved under regulation 21 of the Public Contracts (Scotland) Regulations 2015 to supported businesses, and shall be awarded only to a supported business whose main aim is the social and professional integration of disabled or disadvantaged persons and at least 30% of whose employees are such persons. The {supplier} shall maintain that proportion throughout the contract and report it every six months.',
      jurisdictions: ['scotland'],
      documentTypes: ['notice', 'itt'],
      sectors: [],
      implements: 'Public Contracts (Scotland) Regulations 2015 reg. 21; Procurement Reform (Scotland) Act 2014 s.9',
      version: 1,
    },
    {
      id: 'inclusive-employment/eu-reserved-contract',
      checkId: 'inclusive-employment',
      title: 'Reserved contract for sheltered workshops and social-integration operators (EU)',
      body: 'Under Article 20 of Directive 2014/24/EU and the national provision implementing it, {contract} for {authority} shall be awarded only to a sheltered workshop or an economic operator whose main aim is the social and professional integration of disabled or disadvantaged persons, where at least 30% of the employees of the workshop or operator, or of the part delivering the contract, are such persons. Tenderers shall evidence that proportion with their tender and maintain it throughout the contract.',
      jurisdictions: ['eu'],
      documentTypes: ['notice', 'itt'],
      sectors: [],
      implements: 'Directive 2014/24/EU Art. 20',
      version: 1,
    },
  ],
  examples: [
    {
      // local labour law is the law of the place, not recruiting local people
      text: 'The contractor must ensure that labour standards are maintained in line with local labour laws throughout its supply chain.',
      status: 'missing',
      profile: { type: 'terms' },
    },
    {
      // care-experienced young people are a group the supplier may be bound to employ
      text: 'The contractor shall provide six paid work placements for care-experienced young people each year.',
      status: 'strong',
    },
    {
      // named only as one option on a menu the contractor picks from
      text: 'The contractor must deliver ten community benefit points, chosen from a menu that includes work placements for care-experienced young people and school talks.',
      status: 'weak',
    },
    {
      // the area's communities as the ones who benefit: social value, not jobs for local people
      text: 'The contract will deliver wider benefits for local communities and the environment.',
      status: 'missing',
      profile: { type: 'policy' },
    },
    { text: 'Our contracts aim at the creation of new job opportunities.', status: 'weak' },
    {
      text: 'The scheme places a requirement on suppliers to fill one in ten new posts with long-term unemployed people.',
      status: 'strong',
    },
    {
      text: 'The Supplier shall recruit at least 10 people who are long-term unemployed to work on the Contract.',
      status: 'strong',
    },
    { text: 'This contract is reserved for supported employment providers.', status: 'strong' },
    { text: 'Bidders are encouraged to recruit local people where possible.', status: 'weak' },
    { text: 'The Supplier is a Disability Confident employer.', status: 'weak' },
    {
      text: 'The Council cannot lawfully require contractors to employ local people.',
      status: 'weak',
    },
    {
      text: 'The service will assess and treat adults with learning disabilities.',
      status: 'missing',
    },
    { text: 'The local authority will publish the results in the local press.', status: 'missing' },
  ],
};
