import { generalStrength, WEIGHT } from '../analysis/strength';
import { prohibition, TENDER_QUESTION } from './fair-work';
import type { CheckDefinition } from './types';

const CUES: RegExp[] = [
  /\bmodern[- ](?:day )?slavery\b/i,
  /\bslavery\b/i,
  /\bservitude\b/i,
  /\bhuman trafficking\b|\btrafficked\b|\btrafficking and exploitation\b/i,
  /\b(?:forced|bonded|compulsory|involuntary|indentured)\b[\w\s,]{0,40}\blabou?r\b/i,
  /\bchild labou?r\b|\bdebt bondage\b/i,
  // ILO forced-labour indicators: a worker who cannot leave, or who paid to get the job, is not free
  /\bfree(?:ly)? to leave\b|\bleav(?:e|ing) (?:their |his or her )?employment freely\b/i,
  /\blodge deposits\b|\brecruitment fees\b|\b(?:retain|withh[oe]ld|confiscat\w*) (?:\w+ )?(?:identity|identification) (?:documents|papers)\b/i,
  /\bsupply chain mapping\b/i,
  // the same topic in other words: supply chains kept ethical, free of labour exploitation
  /\bethical(?:ly sourced)? supply chains?\b|\b(?:labour|worker) exploitation\b|\bexploitation (?:of workers|in (?:the |our |their |its )?supply chains?)\b/i,
  // PPN 009 (2025), 02/23 and 05/19 are the modern-slavery notes; "PPN 09/16" is the Balanced Scorecard
  /\bPPN 0?09\b(?!\s*\/)|\bPPN 0?2\/23\b|\bPPN 0?5\/19\b/i,
];

/** A sentence that explains what modern slavery is: background, not a term. */
const DEFINES_SLAVERY =
  /^\W*(?:\d+\.\s*)?(?:modern slavery|slavery|human trafficking|it) (?:is a (?:crime|criminal offence)|takes (?:various|many) forms|(?:is|are) defined as|means|refers to)\b/i;

/**
 * The Act's own duty restated for businesses in general ("under section 54, large businesses must publish a
 * statement", "the Act requires companies to report"): what the law asks of every firm over a threshold, not a term
 * that this contract places on its supplier.
 */
const STATUTE_SOURCE =
  /\bunder (?:section|s\.) ?\d+\b|\b(?:the )?(?:Modern Slavery )?Act(?: 2015)?,? (?:requires|obliges|places (?:a )?(?:duty|duties|requirement))\b|\brequired by (?:law|the Act)\b|\b(?:annual )?turnover of\b|\bthe law requires\b/i;
const GENERIC_BUSINESSES =
  /\b(?:(?:large|commercial|all|many|some|other|UK) )?(?:businesses|companies|organisations|organizations|firms|employers|entities)\b/i;
const SPECIFIC_PARTY =
  /\b(?:suppliers?|contractors?|sub-?contractors?|tenderers?|bidders?|providers?|the company|you)\b/i;

/** The authority speaking of its own responsibilities under the Act. */
const AUTHORITY_RECOGNISES =
  /\b(?:the (?:council|authority|trust|department|university|college|board)|we) (?:recognises?|acknowledges?|accepts?) (?:its|our) (?:own )?(?:responsibilities|obligations|duties)\b/i;

/** The absence of slavery is the aim ("ensure there is no modern slavery"), not a missing provision. */
const ABSENCE_GOAL =
  /\bthere (?:is|are|will be) no (?=(?:modern[- ](?:day )?|forced |child |bonded )?(?:slavery|trafficking|servitude|labou?r))/gi;
/** A worker "not required to lodge deposits" is protected from a forced-labour practice; no duty is removed. */
const PROTECTIVE_NEGATION =
  /\bnot (?:be )?(?:required|forced|made|obliged) to (?=(?:lodge|pay|surrender|hand over|give up)\b)/gi;

const blank = (m: string) => ' '.repeat(m.length);

/**
 * Coordinated clauses with their own subject ("…, and we expect that…"): a hedge in one of them
 * says nothing about the binding force of the other.
 */
const CLAUSE_BREAK = /,? (?:and|but|while|whereas) (?=(?:we|they|our|its|their|suppliers?|contractors?)\b)|;\s+/i;

/** Modern Slavery Act 2015 due diligence through the supply chain. */
export const modernSlavery: CheckDefinition = {
  id: 'modern-slavery',
  title: 'Modern slavery due diligence',
  theme: 'supply-chain',
  summary:
    'The supplier complies with the Modern Slavery Act 2015 (or the Scottish and Northern Irish Acts), bans forced, bonded and trafficked labour, checks its supply chain for it, and reports suspected cases.',
  explanation:
    'Forced and trafficked labour hides in the lower tiers of supply chains for cleaning, construction, textiles, food and electronics, where a public buyer never sees the worker. A contract that only says the supplier is "aware" of the Modern Slavery Act changes nothing; one that requires risk assessment, supply-chain mapping, prompt reporting of suspected cases, remediation that puts victims first and a right to terminate gives the authority a way to act.',
  cues: CUES,
  falseFriends: [
    {
      name: "the authority's own modern slavery statement binds no supplier",
      pattern:
        /\b(?:our|the (?:council|authority|trust|department|university|college|board)(?:'|’)s) (?:annual )?(?:modern slavery|anti-slavery|slavery and human trafficking) statement\b|^\s*(?:title:\s*)?modern slavery statement\s*$|(?:^|\|)\s*modern slavery statement\s*(?=\||$)/gi,
      effect: 'ignore',
      why: "the authority's own statement, or a link to it: it places no duty on a supplier",
      examples: ['Read our Modern Slavery Statement.', 'Modern Slavery Statement'],
    },
    {
      name: "'slavery' in history or heritage content is not supply-chain due diligence",
      pattern:
        /\b(?:history|abolition|legac(?:y|ies)|memorial|museum|era) of (?:the )?(?:transatlantic )?slavery\b|\b(?:transatlantic )?slave trade\b/gi,
      effect: 'ignore',
      why: 'a history or heritage subject, not a contract term',
      examples: ['The exhibition tells the history of slavery in the port city.'],
    },
  ],
  weakMarkers: [
    TENDER_QUESTION,
    {
      pattern: /\b(?:confirm(?:s|ing)? (?:its |their )?awareness|(?:is|are|be) aware of|have regard to)\b/i,
      why: 'awareness of the Act, not a due-diligence duty',
    },
  ],
  strongMarkers: [
    {
      pattern: /\b(?:made|published|prepared) (?:pursuant to|under|in accordance with) (?:section|s\.) ?54\b/i,
      why: 'a slavery and human trafficking statement under s.54 of the Modern Slavery Act 2015: a public, annual account of due diligence',
    },
    {
      pattern:
        /\bno (?:forced|bonded|compulsory|involuntary|trafficked|child|prison)\b[^.]{0,60}\b(?:is|are|shall be|will be) (?:allowed|permitted|tolerated|used)\b/i,
      why: 'an outright ban on forced, bonded or trafficked labour',
    },
  ],
  assess(sentence) {
    const banned = prohibition(sentence);
    if (banned) return banned;
    if (DEFINES_SLAVERY.test(sentence))
      return {
        strength: 'weak',
        why: 'only says what modern slavery is; it places no duty on anyone',
        weight: WEIGHT.mention,
      };
    if (STATUTE_SOURCE.test(sentence) && GENERIC_BUSINESSES.test(sentence) && !SPECIFIC_PARTY.test(sentence))
      return {
        strength: 'weak',
        why: 'restates what the Act asks of businesses in general; no term of this contract',
        weight: WEIGHT.mention,
      };
    if (AUTHORITY_RECOGNISES.test(sentence))
      return {
        strength: 'weak',
        why: 'the authority acknowledges its own duties; nothing here binds a supplier',
        weight: WEIGHT.mention,
      };
    const parts = sentence.split(CLAUSE_BREAK);
    const onTopic = parts.filter((p) => CUES.some((c) => c.test(p)));
    if (parts.length > 1 && onTopic.length && onTopic.length < parts.length) {
      // judge the clauses about slavery on their own: an "and we expect…" tail does not hollow a firm rule
      for (const part of onTopic) {
        const v = generalStrength(part);
        if (v.strength === 'strong') return v;
      }
    }
    // "no modern slavery in our supply chains" and "not required to lodge deposits" state protections
    const protective = sentence.replace(ABSENCE_GOAL, blank).replace(PROTECTIVE_NEGATION, blank);
    return protective === sentence ? undefined : generalStrength(protective);
  },
  applies: () => true,
  clauses: [
    {
      id: 'modern-slavery/standard',
      checkId: 'modern-slavery',
      title: 'Modern slavery due diligence through the supply chain',
      body: 'The Supplier shall comply with the Modern Slavery Act 2015 and shall not use, nor allow any subcontractor to use, forced, bonded, compulsory, trafficked or child labour in delivering this Contract for {authority}. The Supplier shall (a) assess the risk of modern slavery in its operations and supply chain for this Contract within three months of the start date and each year after, mapping every tier of supply where the risk is high; (b) notify {authority} in writing within five working days of becoming aware of any actual or suspected slavery or trafficking connected with this Contract; (c) agree with {authority} a remediation plan that puts the protection of the workers affected first; (d) publish its slavery and human trafficking statement where section 54 of the Act applies to it; (e) give {authority} and its auditors access to the records needed to verify compliance; and (f) include obligations equivalent to this clause in every subcontract. A breach of this clause is a material breach entitling {authority} to terminate this Contract.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements: 'Modern Slavery Act 2015 s.54; Procurement Act 2023 Schedules 6 and 7; PPN 009 (2025)',
      version: 1,
    },
    {
      id: 'modern-slavery/scotland',
      checkId: 'modern-slavery',
      title: 'Slavery and trafficking due diligence (Scotland)',
      body: 'The Supplier shall comply with the Human Trafficking and Exploitation (Scotland) Act 2015 and, for any work in England, Wales or Northern Ireland, the equivalent legislation there. The Supplier shall not use, nor allow any subcontractor to use, forced, bonded, trafficked or child labour in delivering this Contract for {authority}; shall carry out and keep up to date a supply-chain risk assessment for this Contract; shall notify {authority} within five working days of any actual or suspected case; and shall co-operate with any remediation that {authority} reasonably requires, putting the workers affected first. A breach of this clause entitles {authority} to terminate this Contract, and a conviction for a trafficking or exploitation offence is a ground for exclusion under regulation 58 of the Public Contracts (Scotland) Regulations 2015.',
      jurisdictions: ['scotland'],
      documentTypes: [],
      sectors: [],
      implements:
        'Human Trafficking and Exploitation (Scotland) Act 2015; Public Contracts (Scotland) Regulations 2015 reg. 58',
      version: 1,
    },
    {
      id: 'modern-slavery/itt-question',
      checkId: 'modern-slavery',
      title: 'Selection question on modern slavery',
      body: 'Question (pass/fail and scored): (1) Have you, or any organisation in your proposed supply chain for {contract}, been convicted of an offence under the Modern Slavery Act 2015 or equivalent legislation, or been subject to a slavery and trafficking prevention or risk order? (2) If section 54 of the Act applies to you, give the link to your latest slavery and human trafficking statement. (3) Describe how you will identify, assess and address the risk of modern slavery in the supply chain for this contract, including how suspected cases will be reported to {authority} and how the workers affected will be protected.',
      jurisdictions: [],
      documentTypes: ['itt', 'notice'],
      sectors: [],
      implements: 'Procurement Act 2023 Schedules 6 and 7; PPN 009 (2025) selection stage',
      version: 1,
      question: true,
    },
  ],
  examples: [
    {
      // answering the questions in a selection questionnaire is a step in the tender, not due diligence
      text: 'Tenderers must complete the Modern Slavery questions in Part 2 of the Selection Questionnaire.',
      status: 'weak',
    },
    { text: '- Do not use forced, bonded or child labour.', status: 'strong' },
    {
      text: 'The Contractor shall carry out supply chain mapping and notify the Authority within five working days of any suspected case of modern slavery.',
      status: 'strong',
    },
    {
      text: 'Suppliers must comply with the Modern Slavery Act 2015 and ensure that their subcontractors do the same.',
      status: 'strong',
    },
    { text: 'No forced or trafficked labour shall be used in the performance of the contract.', status: 'strong' },
    { text: 'Bidders are encouraged to consider modern slavery risks in their supply chains.', status: 'weak' },
    { text: 'The Provider confirms its awareness of the Modern Slavery Act 2015.', status: 'weak' },
    { text: 'Modern slavery is a crime that takes many forms.', status: 'weak' },
    { text: "Read the Council's Modern Slavery Statement.", status: 'missing' },
    { text: 'The contract covers the supply and maintenance of library shelving.', status: 'missing' },
  ],
};
