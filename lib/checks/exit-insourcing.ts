import { firstMatch, generalStrength, WEIGHT } from '../analysis/strength';
import type { CheckDefinition, Marker } from './types';

/** Provisions that exist only to end the contract well or take the service back. */
const EXIT_PROVISION =
  /\bexit (?:plan|strategy|management|assistance|arrangements?|provisions?|schedule|period)s?\b|\bstep[- ]in (?:rights?|notice|period|event)s?\b|\bright to step in\b|\bstep in (?:and|to) (?:take over|run|operate|perform|provide|manage|deliver)\b|\bstep-in\b|\btermination for (?:convenience|any reason)\b|\bterminate\b[^.;]{0,40}\b(?:for convenience|without (?:cause|reason))\b|\bbreak (?:clause|option|point|right|date|notice)s?\b|\boption (?:for (?:the )?(?:council|authority|buyer|customer|department|trust|board) )?to (?:end|terminate|break)\b[^.;]{0,20}\b(?:contract|agreement)\b|\bright to break\b|\btermination (?:and|or) break\b|\b(?:orderly|smooth) (?:transfer|transition|hand-?over|exit)\b|\btransfer of responsibility\b|\btransfer of the services\b(?=[^.;]{0,60}\b(?:expiry|termination|end of (?:the|this) contract|replacement|successor|back to|in-?house)\b)|\bhand(?:ing)?[- ]?(?:over|back) (?:of )?(?:the |all )?(?:services?|contract|assets|data|records)\b|\b(?:termination|exit) (?:assistance|support|services)\b/i;
/**
 * Taking the service back into the authority: said outright, as the service becoming in-house ("the whole
 * provision would be in-house"), or as the decision not to let the contract again ("not to re-commission").
 */
const INSOURCING =
  /\binsourc\w+|\bnot (?:to )?re-?(?:commission|procure|tender)(?:ing)?\b|\b(?:provision|service|services|delivery) (?:is|are|would be|will be|to be|becomes?|would become|will become) (?:\w+ ){0,2}in-?house\b|\bin-sourc\w+|\b(?:bring(?:ing)?|brought|take|taking|taken|return(?:ed|ing)?|transfer(?:red|ring)?)\b[^.;]{0,40}\b(?:back )?in-?house\b|\bin-?house (?:option|comparator|provision|delivery|bid|alternative)\b|\bTeckal\b|\bvertical arrangements?\b/i;
/** The authority deciding not to let the contract again: its own decision, which no contract term secures. */
const NOT_RELET = /\bnot (?:to )?re-?(?:commission|procure|tender)(?:ing)?\b/i;
/** Ending the contract on notice without cause: a break right in all but name. */
const NOTICE_TERMINATION =
  /\b(?:either party|the (?:authority|council|customer|department|purchaser|buyer|funder|board|trust|client|employer))\b[^.;]{0,20}\b(?:may|shall be entitled to|is entitled to)(?:,[^.;,]{1,40},)?(?: [\w ]{1,30}? or)? (?:terminate|end|bring (?:this|the) (?:agreement|contract) to an end)\b(?![^.;]*\b(?:breach|default|insolven\w*|fail\w*)\b)[^.;]{0,60}\b(?:\d+|one|two|three|four|six|twelve) (?:\(\d+\) )?(?:days|weeks|months)['’]? (?:prior )?(?:written )?notice\b/i;
/** A condition that the money behind the contract is cut: "if the Government reduces or withdraws the funding". */
const FUNDING_CUT =
  /\b(?:if|where|in the event that|should)\b[^.;]{0,80}\b(?:reduc\w*|withdraw\w*|cease\w*|cut\w*|end\w*|los\w*)\b[^.;]{0,30}\b(?:funding|grant|budget|allocation)\b|\b(?:funding|grant|budget|allocation)\b[^.;]{0,30}\b(?:is|are|being) (?:reduced|withdrawn|cut|ended|lost)\b/i;
const REPLACEMENT = /\b(?:replacement|successor|incoming) (?:contractor|supplier|provider|service provider)s?\b/i;
/** A heading that is only the word "Break" (a contents entry for the break clause). */
const BREAK_HEADING = /^\W*(?:\d+(?:\.\d+)*\.?\s+)?break\W*$/i;
/** What makes a replacement-supplier mention an exit duty: helping the handover. */
const HANDOVER_DUTY =
  /\b(?:assist\w*|co-?operat\w*|hand(?:ing)?[- ]?over|transition\w*|migrat\w*|orderly|exit)\b|\bprovide\b[^.;]{0,40}\b(?:information|data|records|documents)\b/i;
/** The authority holding a right to end, break or step in: the right itself is the strong provision. */
const AUTHORITY_RIGHT =
  /\bthere (?:is|will be) (?:an |a )?(?:break )?option for (?:the )?(?:council|authority|department|trust|board|purchaser|buyer|customer) to (?:end|terminate|break)\b|\b(?:the )?(?:council|authority|department|trust|board|purchaser|buyer|customer|commissioners?|we)\b[^.;]{0,30}\b(?:has|will have) (?:an |the )?option to (?:end|terminate|break)\b|\b(?:the )?(?:council|authority|department|trust|board|purchaser|buyer|customer|commissioners?|we)\b[^.;]{0,30}\b(?:may|shall be entitled to|is entitled to|reserves the right to|has the right to|will have the right to)\b[^.;]{0,40}\b(?:terminat\w*|break|step in|exercise (?:its|the) step-in|bring\b[^.;]{0,30}\bin-?house|insourc\w*)\b/i;

/** The contract's clause granting the right ("a break clause … allowed either party to end the agreement early"). */
const CLAUSE_GRANTS_EXIT =
  /\b(?:contracts?|agreements?|clauses?)\b[^.;]{0,60}?\b(?:allow\w*|enabl\w*|entitl\w*|permit\w*|gives?|gave|giving) (?:either party|both parties|(?:the )?(?:council|authority|department|trust|board|purchaser|buyer|customer|commissioners?|us))\b(?: the right)? to (?:terminat\w*|end|break|step in|bring\b[^.;]{0,30}\bin-?house)\b/i;

/** Exit left vague; checked in assess() first, since assess() decides before the generic markers. */
const WEAK_MARKERS: Marker[] = [
  {
    pattern:
      /\b(?:will|shall) (?:discuss|agree in due course|consider)\b[^.]{0,40}\bexit\b|\bwill (?:be )?re-?(?:tender(?:ed)?|procured?)\b/i,
    why: 'exit left to later discussion or a re-tender: no handover or in-house option secured',
  },
];

/** Exit, step-in and break provisions that keep the option of bringing the service back in-house. */
export const exitInsourcing: CheckDefinition = {
  id: 'exit-insourcing',
  title: 'Exit, step-in and bringing services in-house',
  theme: 'transparency',
  summary:
    'The authority can break the contract or step in, the supplier must keep an exit plan and hand the service, its data, assets and staff information over to a replacement, the authority itself included, and in-house delivery is weighed before outsourcing.',
  explanation:
    'A council that wants to bring a failing or expensive service back in-house needs three things from the contract it signed years before: a right to end it early without a ruinous payout, a right to step in if the service collapses, and a supplier obliged to hand over data, assets, records and staff details in an orderly way. Without them the only option at the end of the term is to re-tender, and the incumbent holds the knowledge. Renewal and extension options keep the contract going; they are not an exit.',
  cues: [EXIT_PROVISION, INSOURCING, REPLACEMENT, BREAK_HEADING, NOTICE_TERMINATION],
  falseFriends: [
    {
      name: 'fire exits, exit interviews and Brexit are not contract exit',
      pattern:
        /\b(?:fire|emergency|evacuation) exits?(?: (?:plans?|strateg(?:y|ies)|routes?|arrangements?))?\b|\bexit (?:interviews?|routes?|signs?|doors?)\b|\bBrexit\b/gi,
      effect: 'ignore',
      why: 'a building, HR or political term, not a way out of the contract',
      examples: ['The Contractor shall keep every fire exit plan up to date in each building.'],
    },
    {
      name: 'renewal and extension options are not an exit or insourcing provision',
      pattern: /\b(?:options?|right) to (?:extend|renew)\b|\b(?:extension|renewal) (?:options?|periods?)\b/gi,
      effect: 'ignore',
      why: 'keeps the contract running longer; it gives no way to bring the service back',
      examples: ['The Council has the option to extend the contract for two further years.'],
    },
    {
      name: 'rest breaks and short-break services are not break clauses',
      pattern: /\b(?:rest|lunch|tea|comfort|short) breaks?\b|\bbreak(?:s|down|downs)\b/gi,
      effect: 'ignore',
      why: 'working time or a care service, not a right to end the contract',
      examples: ['Staff shall take a rest break of 20 minutes every six hours.'],
    },
  ],
  weakMarkers: WEAK_MARKERS,
  strongMarkers: [],
  assess(sentence) {
    const vague = firstMatch(WEAK_MARKERS, sentence);
    if (vague) return { strength: 'weak', why: vague.why, weight: WEIGHT.reason };
    const exit = EXIT_PROVISION.test(sentence) || INSOURCING.test(sentence);
    if (!exit && REPLACEMENT.test(sentence) && !HANDOVER_DUTY.test(sentence))
      return {
        strength: 'weak',
        why: 'names a replacement contractor in passing, with no duty to help it take over',
        weight: WEIGHT.reason,
      };
    // a right to end only when the money behind the contract is cut is no break at the authority's choice
    const noticeBreak = NOTICE_TERMINATION.test(sentence);
    if (noticeBreak && FUNDING_CUT.test(sentence))
      return {
        strength: 'weak',
        why: 'a right to end the contract only if its funding is cut: no break at the authority’s choice',
        weight: WEIGHT.reason,
      };
    if (
      noticeBreak ||
      ((AUTHORITY_RIGHT.test(sentence) || CLAUSE_GRANTS_EXIT.test(sentence)) && (exit || BREAK_HEADING.test(sentence)))
    )
      return {
        strength: 'strong',
        why: 'the authority holds a right to break, terminate for convenience or step in',
        weight: WEIGHT.specific,
      };
    const v = generalStrength(sentence);
    if (v.strength === 'strong' && NOT_RELET.test(sentence) && !EXIT_PROVISION.test(sentence))
      return {
        strength: 'weak',
        why: 'the authority decides not to let the contract again: its own decision, no exit or handover term secures it',
        weight: WEIGHT.reason,
      };
    // an exit-specific duty is the evidence a reader needs, ahead of incidental mentions
    if (v.strength === 'strong' && (exit || HANDOVER_DUTY.test(sentence)) && v.weight === WEIGHT.clause)
      return { strength: 'strong', why: 'binding exit or handover duty on the supplier', weight: WEIGHT.specific };
    return undefined;
  },
  applies: () => true,
  clauses: [
    {
      id: 'exit-insourcing/standard',
      checkId: 'exit-insourcing',
      title: 'Break, step-in and exit to a replacement supplier or in-house',
      body: "{authority} may terminate this Contract at any time for convenience on six months' written notice, paying only for services delivered and the unavoidable costs the Supplier shows it has incurred, with no payment for lost profit. If the Supplier fails to deliver a critical part of the services, {authority} may step in, itself or through a third party, for as long as needed, and the Supplier shall co-operate. The Supplier shall agree an exit plan with {authority} within three months of the start date and keep it up to date; on expiry or termination it shall carry out that plan, co-operate fully with any replacement supplier, including {authority} itself if it decides to deliver the service in-house, transfer or license the data, records, assets and intellectual property needed to run the service, and provide staff information for any transfer under TUPE at no extra charge.",
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements:
        'Procurement Act 2023 ss.78–80 and Schedule 2 Part 1 (vertical arrangements); Sourcing Playbook delivery model assessment',
      version: 1,
    },
    {
      id: 'exit-insourcing/itt-requirement',
      checkId: 'exit-insourcing',
      title: 'Tender requirement: exit plan and in-house handover',
      body: 'Bidders for {contract} must submit an outline exit plan showing how, on expiry or early termination, they will hand over the service, its data and records, and information on the staff assigned to it, to a replacement supplier or to {authority} if it brings the service in-house, within a timetable {authority} sets. The outline plan will become a schedule to the contract and must be kept up to date.',
      jurisdictions: [],
      documentTypes: ['itt', 'notice', 'specification'],
      sectors: [],
      implements: 'Sourcing Playbook (exit planning); Procurement Act 2023 Schedule 2 Part 1',
      version: 1,
      question: true,
    },
  ],
  examples: [
    {
      // stepping in to take the service over, said in plain words; "if there is no default" is when, not a negation
      text: 'If there is no Contractor Default but the Authority considers that an emergency exists, the Authority shall be entitled to step in and take over the Services.',
      status: 'strong',
      profile: { type: 'terms' },
    },
    {
      // a break option the authority holds, stated as a fact of the contract
      text: 'As the strategy agreed, there is an option for the Council to end the Contract on its fourth anniversary.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      // a right to end on notice, in other words than 'terminate', is the break
      text: 'The Board may end this Agreement on not less than six months’ written notice.',
      status: 'strong',
      profile: { type: 'terms' },
    },
    {
      // the same right only if the money behind it is cut is no break at will
      text: 'If the Government withdraws the funding for the Project, the Board may end this Agreement on three months’ written notice.',
      status: 'weak',
      profile: { type: 'terms' },
    },
    {
      // the contract's break clause reported as granting the right
      text: "The trust gave notice under a break clause in its contract with the provider, which allowed either party to end the agreement early on 12 months' notice.",
      status: 'strong',
    },
    { text: 'On expiry the Supplier shall provide termination assistance to the Council.', status: 'strong' },
    {
      text: 'The Supplier shall maintain an exit plan and co-operate with any replacement supplier, including the Authority.',
      status: 'strong',
    },
    { text: 'The Council may terminate this Contract for convenience on three months’ notice.', status: 'strong' },
    {
      text: 'The Contractor shall provide all assistance needed to ensure an orderly transfer of responsibility on expiry.',
      status: 'strong',
    },
    { text: 'The parties will discuss exit arrangements towards the end of the term.', status: 'weak' },
    { text: '36. Break', status: 'weak' },
    { text: 'The licence may be assigned to a replacement contractor.', status: 'weak' },
    { text: 'The contract includes an option to extend for a further two years.', status: 'missing' },
    { text: 'The Supplier shall repaint all railings in the park.', status: 'missing' },
  ],
};
