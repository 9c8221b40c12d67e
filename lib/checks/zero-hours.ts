import { firstMatch, generalStrength, type Verdict, WEIGHT } from '../analysis/strength';
import { prohibition } from './fair-work';
import type { CheckDefinition, Marker } from './types';

/**
 * "Guaranteed" in "non-guaranteed hours contract" names a contract type, not a guarantee given by anyone,
 * so it is blanked (same length, offsets unchanged) before the general obligation rules read the sentence.
 */
export function withoutContractTypeNames(sentence: string): string {
  return sentence.replace(/\b(?:non[- ])?guaranteed[- ]hours?\b/gi, (m) => 'x'.repeat(m.length));
}

/** Wording that names the limit but leaves the supplier to decide when zero-hours use is acceptable. */
const UNDEFINED_LIMITS: Marker[] = [
  {
    // a ban qualified by a judgement word bans only misuse; the supplier decides what counts as misuse
    pattern:
      /\b(?:inappropriate|unfair|exploitative|excessive|unreasonable|improper|abusive)(?:ly)? (?:use|used|reliance)\b|\bused (?:unfairly|inappropriately|excessively|improperly)\b|\bno (?:inappropriate|unfair|exploitative|excessive|improper|abusive)\b/i,
    why: "'no unfair or inappropriate use' bans only misuse: zero-hours contracts themselves stay allowed",
  },
  {
    pattern:
      /\b(?:minimi[sz]e|reduce|limit) (?:the )?(?:use|number)\b|\bkeep (?:the use of )?zero[- ]hours? [^.]{0,30}to a minimum\b/i,
    why: "'minimise the use of' sets no limit the supplier can be held to",
  },
  {
    pattern: /\b(?:must|shall|will|to) (?:give consideration|consider|have regard)\b/i,
    why: 'a duty only to consider the contract type, not to limit it',
  },
];

/**
 * Wording that looks like a binding verb but states an ability ("will be able to"), a denied guarantee
 * ("are not guaranteed any work") or a description ("will normally be classed as").
 */
const NOT_A_DUTY =
  /\bwill (?:no longer |not |now |then )?(?:be )?able to\b|\b(?:not|never|no longer) guaranteed\b|\bwill (?:normally|usually|generally|often|typically|probably|tend to)\b|\bwill be (?:classed|classified|regarded|seen|considered) as\b/gi;

/** Blanks contract-type names and non-duty wording, keeping offsets, so the general rules see only real duties. */
export function withoutNonDuties(sentence: string): string {
  return withoutContractTypeNames(sentence).replace(NOT_A_DUTY, (m) => ' '.repeat(m.length));
}

/** A comment quoted in news or a speech states a view, not a contract term. */
const QUOTED_COMMENT = /[,.]\s*[”"]\s*(?:[\w.'-]+\s){1,4}(?:said|says|added|told)\b|\b(?:said|says|added)[,:]\s*[“"]/;

const ZERO_HOURS_NAMED =
  /\b(?:zero|nil|non[- ]guaranteed|guaranteed|living|banded|minimum|contracted)[- ]hours?\b|\bshifts?\b|\brotas?\b|\bworking patterns?\b|\bcasual (?:contracts?|hours|workers)\b/i;

/** Zero-hours terms named as the contract type in use, with nothing else about hours. */
const ZERO_HOURS_ONLY = /\b(?:zero|nil|non[- ]guaranteed)[- ]hours?\b/i;
/** What makes a sentence naming zero-hours terms a limit on them: a negation, an exception, a ban, an offer of hours. */
const LIMITING =
  /\b(?:not|no|never|nor|without|except|unless|only|ban\w*|prohibit\w*|forbid\w*|limit\w*|restrict\w*|minimi[sz]\w*|eliminat\w*|end(?:s|ing)?|phas\w* out|avoid\w*|choice|choose|request\w*|asks?|agree\w*|consent\w*|offer\w*|convert\w*|mov(?:e|es|ing) (?:\w+ )?(?:on|off)to|guarantee[sd]?|minimum|at least)\b/i;

/** Judges a sentence already known to be about zero-hours or guaranteed hours. */
export function judgeZeroHours(sentence: string): Verdict {
  const undefinedLimit = firstMatch(UNDEFINED_LIMITS, sentence);
  if (undefinedLimit) return { strength: 'weak', why: undefinedLimit.why };
  if (QUOTED_COMMENT.test(sentence))
    return { strength: 'weak', why: 'a quoted comment on zero-hours contracts, not a requirement' };
  const verdict = generalStrength(withoutNonDuties(sentence));
  // "staff will be employed on zero-hours contracts": a duty, or a forecast, of using them is no limit on them
  if (
    verdict.strength === 'strong' &&
    ZERO_HOURS_ONLY.test(sentence) &&
    !LIMITING.test(withoutContractTypeNames(sentence))
  )
    return {
      strength: 'weak',
      why: 'zero-hours contracts are named as in use: nothing limits them',
      weight: WEIGHT.reason,
    };
  return verdict;
}

/** Limits on zero-hours and non-guaranteed-hours contracts for the people who deliver the contract. */
export const zeroHours: CheckDefinition = {
  id: 'zero-hours',
  title: 'Zero-hours and guaranteed hours',
  theme: 'pay-and-hours',
  summary:
    'Workers on the contract are not kept on zero-hours terms against their wishes: they are offered guaranteed hours that match the hours they actually work, with notice of shifts, and subcontractors do the same.',
  explanation:
    'A zero-hours contract guarantees no work and no income from one week to the next. In outsourced care, cleaning, catering and security it shifts the risk of a quiet week onto the lowest-paid workers, makes it hard to plan childcare or rent, and breaks the continuity of care when staff leave. The Employment Rights Act 2025 creates a right to be offered guaranteed hours (its provisions commence in stages), Welsh regulations already require domiciliary-care providers to offer a choice of contract; a public contract can go further by ruling out zero-hours engagement except at the worker’s own documented request. Wording such as "no inappropriate use" leaves the judgement to the employer.',
  cues: [
    /\bzero[- ]hours?\b/i,
    /\bnil[- ]hours?\b/i,
    /\bnon[- ]guaranteed[- ]hours?\b/i,
    /\bguaranteed (?:minimum )?(?:number of )?(?:working )?hours\b/i,
    // the verb says the same: "a contract that does not guarantee a minimum number of working hours"
    /\bguarantee[sd]? (?:a |any |them a |workers a )?(?:minimum )?(?:number of )?(?:(?:weekly|monthly|working|paid|contracted) )*hours\b/i,
    /\bminimum (?:number of )?guaranteed hours\b/i,
    // a floor of hours the contract guarantees: "a contract guaranteeing at least 16 hours a week"
    /\bguarantee(?:s|d|ing)? (?:\w+ ){0,2}?(?:at least|a minimum of|not less than|no fewer than) \d+ (?:paid |contracted |working )?hours\b/i,
    /\bliving hours\b/i,
    // secure hours in other words: a floor of hours in the contract, banded hours, hours that match the work done
    /\bcontracts?\b[^.;]{0,30}\bminimum of \d+ (?:paid |contracted )?hours\b|\bminimum[- ]hours? contracts?\b|\bbanded[- ]hours?\b|\bcontracted hours\b[^.;]{0,40}\b(?:reflect|match)\w*\b|\bcasual (?:contracts?|hours|workers)\b|\bpredictable (?:working )?(?:patterns?|hours)\b/i,
    // the guaranteed-hours package also covers shift notice and pay for cancelled shifts
    /\b(?:cancel+ed|curtailed|cut short)\b[^.]{0,20}\bshifts?\b|\bshifts?\b[^.]{0,30}\b(?:cancel+ed|curtailed|cut short)\b|\b(?:notice of|advance notice of) (?:shifts|rotas?|working patterns?)\b/i,
    // the Welsh domiciliary-care regulations work by offering the worker a choice of contract
    /\bchoice of (?:[\w-]+ ){0,12}?contract(?:s|ual arrangements?)?\b/i,
  ],
  falseFriends: [
    {
      name: "'zero tolerance', 'zero emissions' and other zeros are not zero-hours",
      pattern: /\bzero[- ](?:tolerance|emissions?|carbon|waste|harm|defects?|based|rated|accidents?)\b/gi,
      effect: 'ignore',
      why: 'a different zero: the words are not about hours of work',
      examples: ['The Contractor shall operate a zero tolerance policy towards zero emissions failures.'],
    },
    {
      name: 'how many workers in a sector are on zero-hours contracts is a statistic of the market, not a term',
      pattern:
        /\b\d+(?:\.\d+)?\s?(?:%|per ?cent)\s(?:of\s)?(?:[\w-]+ ){0,5}?(?:are |were |is |was )?(?:employed |engaged )?(?:on|under) zero[- ]hours? contracts?\b[^.;]*|\b(?:prevalence|proportion|share|number|use) of zero[- ]hours? contracts? (?:in (?:the )?[\w-]+(?: [\w-]+)? )?(?:has|have|is|are|was|were) (?:been )?(?:shown|found|rising|falling|increas\w*|decreas\w*|high|low|growing)\b[^.;]*/gi,
      effect: 'ignore',
      why: 'a figure about the sector’s workforce, not a limit placed on any contract',
      examples: [
        '15% of independent sector care staff are employed on zero-hour contracts.',
        'The prevalence of zero-hours contracts has been shown to lower pay across the sector.',
      ],
    },
    {
      name: "guaranteed service or opening hours are not a worker's guaranteed hours",
      pattern:
        /\bguaranteed (?:service|opening|operating|response|support|delivery) hours\b|\bguaranteed hours of (?:service|operation|opening|cover|availability)\b/gi,
      effect: 'ignore',
      why: 'hours the service is available, not hours guaranteed to workers',
      examples: ['The Supplier shall provide guaranteed hours of service from 8am to 6pm.'],
    },
  ],
  weakMarkers: UNDEFINED_LIMITS,
  strongMarkers: [],
  assess(sentence) {
    const named = ZERO_HOURS_NAMED.test(sentence);
    // a "choice of contract" is about hours only when workers' employment is the subject
    if (!named && !/\b(?:employ\w*|engag\w*|workers?|staff|carers?|persons?|people)\b/i.test(sentence)) return null;
    return prohibition(sentence) ?? judgeZeroHours(sentence);
  },
  applies: () => true,
  clauses: [
    {
      id: 'zero-hours/standard',
      checkId: 'zero-hours',
      title: 'No zero-hours engagement on the contract; guaranteed hours offered',
      body: 'The {supplier} shall not engage any worker to deliver {contract} for {authority} on a contract that guarantees no minimum hours, unless the worker has asked for such an arrangement in writing and may end it on four weeks’ notice. The {supplier} shall offer every worker a contract guaranteeing at least the average weekly hours worked over the previous twelve weeks, shall give at least four weeks’ notice of shifts, and shall pay for any shift cancelled or cut short with less than that notice. The {supplier} shall ensure that its subcontractors and any employment agency supplying workers do the same, and shall report each quarter the number of workers on each type of contract and their guaranteed hours. This clause implements the guaranteed-hours principles of the Employment Rights Act 2025.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements: 'Employment Rights Act 2025 (guaranteed hours); National Procurement Policy Statement 2025',
      version: 1,
    },
    {
      id: 'zero-hours/scotland-fair-work-first',
      checkId: 'zero-hours',
      title: 'Living Hours under Fair Work First (Scotland)',
      body: 'As a condition of {contract} with {authority}, and in line with the Fair Work First criterion on zero-hours contracts (SPPN 1/2024), the {supplier} shall not use zero-hours contracts for workers delivering the contract except at a worker’s documented request, shall offer each worker at least 16 guaranteed hours a week (or fewer only where the worker asks for fewer), shall give at least four weeks’ notice of working patterns, and shall evidence these terms, including for subcontracted and agency workers, in its quarterly Fair Work report.',
      jurisdictions: ['scotland'],
      documentTypes: [],
      sectors: [],
      implements: 'Fair Work First (SPPN 1/2024); Living Hours standard',
      version: 1,
    },
    {
      id: 'zero-hours/wales-domiciliary-care',
      checkId: 'zero-hours',
      title: 'Choice of guaranteed-hours contract in domiciliary care (Wales)',
      body: 'The {supplier} shall comply with regulation 42 of the Regulated Services (Service Providers and Responsible Individuals) (Wales) Regulations 2017 for every domiciliary care worker delivering {contract} for {authority}: after three months on a non-guaranteed-hours contract, the worker shall be offered in writing the choice of a contract guaranteeing at least the average weekly hours worked in those three months. The {supplier} shall not use non-guaranteed-hours contracts in a way that breaks continuity of care, and shall report each quarter the offers made and accepted.',
      jurisdictions: ['wales'],
      documentTypes: [],
      sectors: ['homecare', 'social-care'],
      implements:
        'Regulated Services (Service Providers and Responsible Individuals) (Wales) Regulations 2017, reg. 42',
      version: 1,
    },
    {
      id: 'zero-hours/eu-predictable-work',
      checkId: 'zero-hours',
      title: 'Predictable hours (EU Directive 2019/1152)',
      body: 'In performing {contract} for {authority}, the {supplier} shall not engage workers on contracts that guarantee no paid hours, except at a worker’s documented request. Each worker shall be told in writing the guaranteed paid hours and the reference hours and days within which work may be assigned, shall receive reasonable advance notice of each assignment, and shall be paid if an assignment is cancelled late, as provided for by Articles 10 and 11 of Directive (EU) 2019/1152 and the national law implementing them. The {supplier} shall apply the same terms to subcontracted and agency workers and report their numbers and guaranteed hours each year.',
      jurisdictions: ['eu'],
      documentTypes: [],
      sectors: [],
      implements: 'Directive (EU) 2019/1152, Arts 10–11; Directive 2014/24/EU Art. 70',
      version: 1,
    },
  ],
  examples: [
    {
      // guaranteed hours by the verb and a floor of hours
      text: 'The Provider shall offer every care worker employed for 12 weeks a contract guaranteeing at least 16 hours a week.',
      status: 'strong',
    },
    {
      // the ban stated without the words 'zero hours': no contract that fails to guarantee weekly hours
      text: 'The Contractor shall not engage any person on the Contract under a contract which does not guarantee a minimum number of weekly hours.',
      status: 'strong',
    },
    {
      // zero-hours terms in use, not limited
      text: 'Staff will be employed on zero-hours contracts, the union claims.',
      status: 'weak',
      profile: { type: 'other' },
    },
    {
      text: 'The Contractor shall not engage any worker on a zero-hours contract unless the worker requests it.',
      status: 'strong',
    },
    { text: 'The Provider shall offer banded hours contracts to every care worker.', status: 'strong' },
    {
      text: 'The Contractor shall not engage any worker on a contract that does not guarantee a minimum number of working hours each week.',
      status: 'strong',
    },
    {
      text: 'The Supplier shall pay workers for any shift cancelled with less than 48 hours’ notice.',
      status: 'strong',
    },
    {
      text: 'The Supplier shall not engage any worker on the Contract on a zero-hours contract.',
      status: 'strong',
    },
    {
      text: 'Every care worker must be offered a contract with guaranteed hours matching the hours they regularly work.',
      status: 'strong',
    },
    {
      text: 'After three months, the provider must offer each worker the choice of a contract matching their average weekly hours.',
      status: 'strong',
    },
    { text: 'There shall be no inappropriate use of zero-hours contracts.', status: 'weak' },
    { text: 'The Provider must not make excessive use of zero-hours contracts.', status: 'weak' },
    { text: 'Bidders should minimise the use of zero-hours contracts where possible.', status: 'weak' },
    {
      text: 'Providers must give consideration to whether staff are on non-guaranteed hours contracts.',
      status: 'weak',
    },
    { text: 'Workers employed under a non-guaranteed hours contract for the qualifying period.', status: 'weak' },
    {
      text: '“Zero-hours contracts will end in this sector,” the minister said at the conference.',
      status: 'weak',
    },
    { text: 'The Contractor shall respond to emergency call-outs within four hours.', status: 'missing' },
    { text: 'The Council operates a zero tolerance approach to fraud.', status: 'missing' },
  ],
};
