import { generalStrength, type Verdict, WEIGHT } from '../analysis/strength';
import type { CheckDefinition } from './types';
import { judgeZeroHours, withoutNonDuties } from './zero-hours';

/** The charter's zero-hours element (Stage 2) is the same test as the zero-hours check. */
const ZERO_HOURS_ELEMENT = /\b(?:zero|nil|non[- ]guaranteed)[- ]hours?\b|\bchoice of (?:[\w-]+ ){0,12}?contract/i;
/** Stage 1: travel time, travel costs and expenses paid. */
const TRAVEL =
  /\btravel(?:ling)? (?:time|costs?|expenses)\b|\btime spent travell?ing\b|\btravell?ing between (?:visits|calls|clients|appointments)\b/i;
/** Stage 1 and Stage 3: statutory and occupational sick pay. */
const SICK_PAY =
  /\b(?:statutory|occupational|contractual|company) sick pay\b|\bsick pay scheme\b|\bsick(?:ness)? (?:pay|leave)\b|\bpay when (?:absent|off)[^.]{0,20}\bsick/i;
/** Stage 2: the same workers for the same clients. */
const CONTINUITY =
  /\bcontinuity of (?:care|carers?|staff|workers?)\b|\bsame (?:(?:small |named |regular |consistent |core )?(?:team|group) of )?(?:home ?care ?workers?|care ?workers?|carers?|staff members?|workers?)\b/i;
/**
 * "Continuity of care" is the charter's element only in homecare delivery (workers, visits, rotas, the provider
 * and its clients); on its own it is the care-quality phrase for a person's journey through services.
 */
const CONTINUITY_OF_CARE = /\bcontinuity of care\b/i;
const CARE_WORKFORCE =
  /\b(?:workers?|carers?|staff|visits?|calls?|rotas?|teams?|employ\w*|providers?|service users?|clients?|home ?care|domiciliary)\b/i;
/** A binding verb that governs paying the worker, not merely costs being "met" somewhere. */
const PAY_BOUND =
  /\b(?:allow|allowing|schedul\w*|plan\w*|roster\w*)\b[^.]{0,40}\btravel(?:ling)? time\b|\b(?:shall|must|will|is to|are to|required to|has to|have to|entitled to)\s+(?:\w+\s+){0,3}?(?:be\s+)?(?:paid|pay|reimbursed|reimburse|remunerated|covered by|receive)\b/i;

function judgeCare(sentence: string): Verdict {
  // secure hours are shared with the zero-hours check, so they tell less about the charter than its own elements
  if (ZERO_HOURS_ELEMENT.test(sentence)) {
    const zh = judgeZeroHours(sentence);
    return zh.strength === 'strong' ? { ...zh, weight: WEIGHT.clause } : zh;
  }
  // the charter itself asks for the same carers "wherever possible": that is its standard, not an escape
  const judged = CONTINUITY.test(sentence)
    ? sentence.replace(/\bwhere(?:ver)? possible\b/gi, (m) => ' '.repeat(m.length))
    : sentence;
  const verdict = generalStrength(withoutNonDuties(judged));
  if (verdict.strength === 'strong' && (TRAVEL.test(sentence) || SICK_PAY.test(sentence)) && !PAY_BOUND.test(sentence))
    return {
      strength: 'weak',
      why: 'travel time or sick pay is mentioned, but nothing obliges the provider to pay it',
      // a charter element found unpaid tells a reviewer more than a generic hedge elsewhere in the page
      weight: WEIGHT.clause,
    };
  return verdict.strength === 'strong' ? { ...verdict, weight: WEIGHT.specific } : verdict;
}

/** UNISON's Ethical Care Charter in homecare: time to care, paid travel, sick pay, continuity, secure hours. */
export const ethicalCare: CheckDefinition = {
  id: 'ethical-care',
  title: 'Ethical Care Charter (homecare)',
  theme: 'workforce',
  summary:
    'Homecare is commissioned on need, not minutes: no rushed 15-minute visits, travel time and costs paid, sick pay, continuity of carer, no zero-hours in place of permanent contracts, free training in work time and at least the Real Living Wage.',
  explanation:
    'Homecare workers are often paid only for minutes spent in a client’s home, so unpaid travel between visits can push their pay below the legal minimum, and 15-minute calls leave no time to wash, feed or talk to an older or disabled person. UNISON’s Ethical Care Charter sets out what a council should buy instead: visits that match need, paid travel time, sick pay so that ill staff do not visit frail clients, the same carers for the same clients, and secure contracts. The charter is not statute; it bites only when a council writes its elements into the specification, the contract and the rates it pays.',
  cues: [
    /\b(?:ethical|residential) care charter\b/i,
    /\bstages? (?:1|2|3|one|two|three)\b[^.]{0,60}\bcharter\b|\bcharter\b[^.]{0,60}\bstages? (?:1|2|3|one|two|three)\b/i,
    TRAVEL,
    /\b1[05][- ]minutes? (?:visits?|calls?|slots?)\b|\bvisits? of (?:less|fewer) than \d+ minutes\b|\bcall[- ]cramming\b/i,
    /\b(?:forced|have) to rush\b|\brushed (?:visits?|calls?|care)\b|\bnot be rushed\b|\bcall[- ]clipping\b|\bclip(?:ped|ping)? (?:calls|visits)\b/i,
    /\bvisits? (?:\w+ ){0,3}(?:at least|no (?:less|shorter) than|a minimum of) \d+ minutes\b|\bminimum visit (?:length|duration|time)\b/i,
    SICK_PAY,
    CONTINUITY,
    /\btrain\w*\b[^.]{0,80}\b(?:at no cost|free of charge|in work(?:ing)? time|in paid time)\b/i,
    /\belectronic call monitoring\b/i,
    // the commissioner's side of the charter: rates that can fund these terms
    /\b(?:hourly|unit|fee) rates?\b[^.]{0,80}\b(?:sufficient|insufficient|enough to|fund|cover)\b/i,
    ZERO_HOURS_ELEMENT,
  ],
  falseFriends: [
    {
      name: "'duty of care' and 'customer care' are not the Ethical Care Charter",
      pattern: /\bduty of care\b|\bcustomer care\b|\bethical (?:sourcing|trading)\b/gi,
      effect: 'ignore',
      why: 'general care or ethics wording, not the homecare charter',
      // the check applies only to care, so these are tested with a homecare profile in ethical-care.test.ts
      examples: [],
    },
    {
      name: 'travel time of service users in a transport contract is not carers’ paid travel',
      pattern: /\b(?:journey|passenger|patient|client|pupil)s?[’']? travel(?:ling)? time\b/gi,
      effect: 'ignore',
      why: 'the travel time of the people carried, not of care workers',
      // the check applies only to care, so these are tested with a homecare profile in ethical-care.test.ts
      examples: [],
    },
  ],
  weakMarkers: [],
  strongMarkers: [],
  assess(sentence) {
    if (CONTINUITY_OF_CARE.test(sentence) && !CARE_WORKFORCE.test(sentence)) {
      const rest = sentence.replace(/\bcontinuity of care\b/gi, (m) => ' '.repeat(m.length));
      if (!ethicalCare.cues.some((c) => c.test(rest))) return null;
    }
    return judgeCare(sentence);
  },
  applies: (p) => p.sector === 'homecare' || p.sector === 'social-care',
  clauses: [
    {
      id: 'ethical-care/standard',
      checkId: 'ethical-care',
      title: 'Ethical Care Charter terms for homecare',
      body: 'In delivering {contract} for {authority}, the {supplier} shall: (a) schedule visits to match each client’s assessed needs and shall not schedule visits of less than 30 minutes for personal care; (b) pay care workers for travel time between visits at no less than their hourly rate and reimburse travel costs and work phone costs; (c) pay statutory sick pay to eligible workers and provide an occupational sick pay scheme; (d) allocate the same care workers to each client so far as the client’s needs and choices allow; (e) not use zero-hours contracts in place of permanent contracts, and offer guaranteed hours matching hours regularly worked; (f) provide training free of charge and in paid working time; and (g) pay every care worker at least the Real Living Wage for all working time, including travel time. The {supplier} shall provide electronic call monitoring data and payroll records each quarter showing compliance. These terms implement the stages of the UNISON Ethical Care Charter adopted by {authority}.',
      jurisdictions: [],
      documentTypes: [],
      sectors: ['homecare', 'social-care'],
      implements: 'UNISON Ethical Care Charter (2012), Stages 1–3; Care Act 2014 s.5',
      version: 1,
    },
    {
      id: 'ethical-care/wales',
      checkId: 'ethical-care',
      title: 'Ethical care terms under the Welsh domiciliary-care regulations',
      body: 'In delivering {contract} for {authority}, the {supplier} shall plan and pay travel time between visits separately from care time as required by regulation 41 of the Regulated Services (Service Providers and Responsible Individuals) (Wales) Regulations 2017, shall offer each worker on a non-guaranteed-hours contract the choice of a guaranteed-hours contract after three months as required by regulation 42, shall not schedule visits shorter than the assessed need, shall pay occupational sick pay, and shall keep continuity of care workers for each client. The {supplier} shall report compliance each quarter, including the number of contract offers made and accepted.',
      jurisdictions: ['wales'],
      documentTypes: [],
      sectors: ['homecare', 'social-care'],
      implements: 'Regulated Services (Wales) Regulations 2017, regs 41–42; UNISON Ethical Care Charter (2012)',
      version: 1,
    },
  ],
  examples: [
    {
      text: 'The Provider shall pay care workers for all time spent travelling between visits.',
      status: 'strong',
      profile: { sector: 'homecare' },
    },
    {
      text: 'Care workers shall be paid for their travel time between visits at their normal hourly rate.',
      status: 'strong',
      profile: { sector: 'homecare' },
    },
    {
      text: 'The Provider must not schedule 15-minute visits for personal care.',
      status: 'strong',
      profile: { sector: 'homecare' },
    },
    {
      text: 'The Provider shall comply with Stages 1 and 2 of the Ethical Care Charter.',
      status: 'strong',
      profile: { sector: 'homecare' },
    },
    {
      text: 'Providers are expected to work towards the Ethical Care Charter.',
      status: 'weak',
      profile: { sector: 'homecare' },
    },
    {
      text: 'Many care workers’ travel costs have to be met out of the hourly rate the provider receives.',
      status: 'weak',
      profile: { sector: 'homecare' },
    },
    {
      text: 'Continuity of care is valued by clients and their families.',
      status: 'weak',
      profile: { sector: 'social-care' },
    },
    {
      text: 'Clients shall be allocated the same care workers wherever possible.',
      status: 'strong',
      profile: { sector: 'homecare' },
    },
    {
      text: 'The Provider shall exercise a duty of care to every client.',
      status: 'missing',
      profile: { sector: 'homecare' },
    },
  ],
};
