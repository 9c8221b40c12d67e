import { ADOPTED_MOTION, firstMatch, generalStrength, hasObligation, WEIGHT } from '../analysis/strength';
import { prohibition } from './fair-work';
import type { CheckDefinition, Marker } from './types';

/** Naming the 2010 Regulations (or their "prohibited list") makes a duty specific to blacklisting. */
const NAMES_REGULATIONS = /\bBlacklists\)? Regulations\b|\bprohibited lists?\b/i;

/** A council motion recorded as adopted, or as carried with every party's backing (only an adopted motion binds). */
const MOTION_ADOPTED = new RegExp(
  `${ADOPTED_MOTION.source}|\\b(?:motion|resolution)\\b[^.]{0,200}?\\breceived (?:all-party|unanimous|cross-party) (?:support|backing)\\b`,
  'i',
);
const MOTION_FAILED =
  /\bnot (?:been )?(?:agreed|adopted|approved|passed|carried)\b|\b(?:was|were) (?:defeated|rejected|withdrawn)\b/i;

/** A contract remedy: the authority's right to terminate (a "may" that is the clause's strength, unlike "may exclude"). */
const TERMINATION_RIGHT =
  /\b(?:authority|council|department|customer|buyer|purchaser|employer)\b[^.;]{0,30}\b(?:may|shall be entitled to|is entitled to|has the right to|reserves the right to)\b[^.;]{0,30}\bterminat\w*\b/i;

/** "Ensure there is no blacklisting" states the aim; the absence is the goal, not a missing provision. */
const ABSENCE_GOAL = /\bthere (?:is|are|will be) no (?=blacklist)/gi;

/** "Blacklisting will not be tolerated": a stance in which blacklisting, not a party, is the subject. */
const STANCE =
  /\b(?:will|shall) not (?:be tolerated|happen(?: again)?|occur(?: again)?|take place)\b|\bwon[’']t be tolerated\b/gi;

/** Proposals, pledges and campaigns: weak, and not a hollowing of any adopted rule beside them. */
const NOT_ADOPTED: Marker[] = [
  {
    pattern: /^\W*That (?:this |the )?(?:[Cc]ouncil|[Aa]uthority|[Aa]ssembly|[Bb]oard|[A-Z]{2,5})\b/,
    why: 'the wording of a motion: a proposal until the text records it as adopted',
  },
  {
    pattern: /\b(?:moved|seconded|tabled) by\b|\bnotice of motion\b/i,
    why: 'a motion moved or tabled, not yet adopted',
  },
  {
    pattern:
      /\b(?:says|said|according to) (?:the )?(?:council(?:lor)? |group |party )?(?:leader|councillor|cllr|mayor|minister|cabinet member|spokes(?:wo)?man)\b/i,
    why: "a politician's statement reported in the news, not an adopted requirement",
  },
  {
    pattern: /\burg(?:e|es|ed|ing)\b|\bcall(?:s|ed|ing)? (?:for|on)\b|\bcampaign\w*\b/i,
    why: 'a call or campaign, not a contract condition',
  },
];

/** Exclusion of, and remedies against, suppliers who blacklist workers (Blacklists Regulations 2010). */
export const blacklisting: CheckDefinition = {
  id: 'blacklisting',
  title: 'Blacklisting of workers',
  theme: 'supply-chain',
  summary:
    'Suppliers who have compiled or used a blacklist of trade union members are excluded unless they have put things right, and a supplier who blacklists during the contract can be terminated.',
  explanation:
    'In 2009 the Information Commissioner found that dozens of construction firms had paid to vet workers against a secret list of more than 3,200 trade unionists and safety representatives, many of whom were kept out of work for years. Blacklisting has been unlawful in Great Britain since 2010, but a buyer only keeps public money away from it by asking bidders about it, excluding those who have not compensated the workers affected, and writing a termination right into the contract. A statement that blacklisting is "unacceptable" does none of that.',
  cues: [
    /\bblack[- ]?list(?:s|ing|ed|ers?)?\b/i,
    NAMES_REGULATIONS,
    /\bConsulting Association\b/,
    // the practice in other words: lists of union members kept to vet workers
    /\b(?:lists?|databases?|records?) of (?:trade[- ]union(?:ists)?|union) (?:members|activists|representatives)\b|\b(?:vet\w*|screen\w*)\b[^.;]{0,40}\b(?:trade[- ]union|union) (?:membership|activit(?:y|ies))\b/i,
  ],
  falseFriends: [
    {
      name: "an IT 'blacklist' of addresses, senders or software is not a blacklist of workers",
      pattern:
        /\b(?:ip|e-?mail|url|domain|dns|spam|software|app(?:lication)?s?|web ?sites?|sender|network|firewall|token|device)s? ?(?:address(?:es)? )?black[- ]?list(?:s|ing|ed)?\b|\bblack[- ]?list(?:s|ing|ed)?\b[^.;]{0,30}\b(?:ip|e-?mail|url|domain|spam|sender|web ?site|application|app|software|malware|address|token|device|password|file type)(?:s|es)?\b/gi,
      effect: 'ignore',
      why: 'network or software filtering, not a list of workers',
      examples: [
        'The firewall shall maintain an IP blacklist and drop traffic from listed addresses.',
        'The email gateway must blacklist known spam senders.',
      ],
    },
    {
      name: 'a debarment or sanctions list of firms is not a blacklist of workers',
      pattern:
        /\bblack[- ]?list(?:ed|s)?\b[^.;]{0,40}\b(?:bank|debar\w*|sanction\w*|fraud\w*|corrupt\w*)\b|\b(?:debar\w*|sanction\w*|development bank)\b[^.;]{0,40}\bblack[- ]?list\w*\b/gi,
      effect: 'ignore',
      why: 'a list of firms barred for fraud or corruption, not a list of trade unionists',
      examples: ['Firms blacklisted by the World Bank for fraud may not bid.'],
    },
  ],
  weakMarkers: [],
  strongMarkers: [],
  assess(sentence) {
    const pending = firstMatch(NOT_ADOPTED, sentence);
    if (pending) return { strength: 'weak', why: pending.why, weight: WEIGHT.reason };
    const banned = prohibition(sentence);
    if (banned) return banned;
    if (MOTION_ADOPTED.test(sentence) && !MOTION_FAILED.test(sentence))
      return { strength: 'strong', why: 'a motion against blacklisting recorded as adopted', weight: WEIGHT.specific };
    if (TERMINATION_RIGHT.test(sentence))
      return {
        strength: 'strong',
        why: 'the authority may end the contract of a supplier that blacklists: the remedy the law leaves to the contract',
        weight: WEIGHT.specific,
      };
    const unmasked = sentence.replace(STANCE, (m) => ' '.repeat(m.length));
    if (unmasked !== sentence && !hasObligation(unmasked))
      return {
        strength: 'weak',
        why: 'says blacklisting will not be tolerated, but puts no duty or remedy on anyone',
        weight: WEIGHT.mention,
      };
    if (NAMES_REGULATIONS.test(sentence)) {
      const v = generalStrength(sentence);
      // a duty that names the Regulations is the most telling evidence a reader can get
      if (v.strength === 'strong')
        return { strength: 'strong', why: 'a duty tied to the Blacklists Regulations 2010', weight: WEIGHT.specific };
    }
    const goal = sentence.replace(ABSENCE_GOAL, (m) => ' '.repeat(m.length));
    return goal === sentence ? undefined : generalStrength(goal);
  },
  applies: () => true,
  clauses: [
    {
      id: 'blacklisting/standard',
      checkId: 'blacklisting',
      title: 'No blacklisting, with termination',
      body: 'The Supplier shall not compile, use, sell or supply a prohibited list within the meaning of the Employment Relations Act 1999 (Blacklists) Regulations 2010, and shall not refuse employment to or treat a worker less favourably because of trade union membership or activities. The Supplier shall require the same of every subcontractor, and shall notify {authority} at once if it learns that any of them has done so. Before this Contract starts the Supplier shall disclose to {authority} any past blacklisting by it or its subcontractors and show that the workers affected have been compensated and that measures are in place to stop it happening again. {authority} may terminate this Contract with immediate effect if the Supplier breaches this clause.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements: 'Employment Relations Act 1999 (Blacklists) Regulations 2010; Procurement Act 2023 Schedule 7',
      version: 1,
    },
    {
      id: 'blacklisting/scotland',
      checkId: 'blacklisting',
      title: 'No blacklisting, with termination (Scotland)',
      body: 'The Supplier confirms that it has not breached the Employment Relations Act 1999 (Blacklists) Regulations 2010 or, if it has, that it has given {authority} evidence of the remedial measures it has taken, as regulation 58 of the Public Contracts (Scotland) Regulations 2015 requires. The Supplier shall not compile, use, sell or supply any prohibited list during this Contract and shall ensure that its subcontractors do not. Any breach of this clause is a material breach and {authority} may terminate this Contract with immediate effect.',
      jurisdictions: ['scotland'],
      documentTypes: [],
      sectors: [],
      implements:
        'Public Contracts (Scotland) Regulations 2015 reg. 58; SPPN 4/2013; Employment Relations Act 1999 (Blacklists) Regulations 2010',
      version: 1,
    },
    {
      id: 'blacklisting/ni',
      checkId: 'blacklisting',
      title: 'No blacklisting, with termination (Northern Ireland)',
      body: 'The Supplier shall not compile, use, sell or supply a blacklist, that is a list of trade union members or of people who have taken part in trade union or health and safety activities kept for the purpose of refusing them work or treating them less favourably, and shall require the same of its subcontractors. Before this Contract starts the Supplier shall disclose to {authority} any such list compiled or used by it or a subcontractor, and show that the workers affected have been compensated and that measures are in place to prevent a recurrence. Because the Great Britain Blacklists Regulations 2010 do not extend to Northern Ireland, this clause is the contractual protection: any breach is a material breach entitling {authority} to terminate this Contract with immediate effect, and may be treated as professional misconduct under Schedule 7 to the Procurement Act 2023.',
      jurisdictions: ['ni'],
      documentTypes: [],
      sectors: [],
      implements: 'Procurement Act 2023 Schedule 7 (professional misconduct), as applied in Northern Ireland',
      version: 1,
    },
    {
      id: 'blacklisting/selection-question',
      checkId: 'blacklisting',
      title: 'Selection question on blacklisting, with self-cleaning',
      body: 'Question (pass/fail): Has your organisation, or any subcontractor you propose for {contract}, compiled, used, sold or supplied a list of trade union members or activists in breach of the Employment Relations Act 1999 (Blacklists) Regulations 2010, or been found by a court or tribunal to have done so? If yes, describe the steps taken to put it right: compensation paid to the workers affected, rulings complied with, and the measures in place to stop it happening again. {authority} will exclude a bidder that cannot show these steps.',
      jurisdictions: [],
      documentTypes: ['itt', 'notice'],
      sectors: [],
      implements: 'Procurement Act 2023 Schedule 7; WPPN 10/21 (Wales); SPPN 4/2013 (Scotland)',
      version: 1,
      question: true,
    },
  ],
  examples: [
    {
      text: 'The Contractor shall not compile or use any prohibited list within the meaning of the Blacklists Regulations 2010.',
      status: 'strong',
    },
    {
      text: 'Any supplier found to have used a blacklist of construction workers will have its contract terminated.',
      status: 'strong',
    },
    {
      text: 'The motion to bar firms involved in blacklisting from council contracts was carried unanimously.',
      status: 'strong',
    },
    { text: 'Bidders should confirm that they do not engage in blacklisting.', status: 'weak' },
    { text: 'That this Council will refuse contracts to firms that have blacklisted workers.', status: 'weak' },
    { text: 'Blacklisting is unacceptable and will not be tolerated.', status: 'weak' },
    { text: 'The Supplier shall keep an IP blacklist up to date on all firewalls.', status: 'missing' },
    { text: 'The contract is for resurfacing the town centre car parks.', status: 'missing' },
  ],
};
