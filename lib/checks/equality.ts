import {
  CONTRACT_DOCUMENTS,
  firstMatch,
  generalStrength,
  isHeadingLike,
  isNumberedTitle,
  namesSupplierSide,
  WEIGHT,
  willPredicts,
} from '../analysis/strength';
import { prohibition, TENDER_QUESTION } from './fair-work';
import type { CheckDefinition, Marker } from './types';

/** Naming the statute, the duty or the protected characteristics makes an equality duty specific. */
const NAMES_THE_LAW =
  /\bEqualit(?:y|ies) Act\b|\bpublic sector equality duty\b|\bPSED\b|\bsection 149\b|\bs\.\s?149\b|\bprotected characteristics?\b|\bsection 75\b|\bEquality Act 2010 \(Specific Duties\)/i;
/** A stance ("we will not tolerate discrimination") says where the writer stands, not what anyone must do. */
const STANCE = /\b(?:will|do|does|shall) not tolerate\b|\bzero[- ]tolerance\b/i;
/**
 * An item of an enumerated requirement ("Compliance with … equality … law;"): the list continues a
 * sentence that imposes it, which a contents entry or heading never does.
 */
const LISTED_REQUIREMENT =
  /^\W*(?:compliance with|adherence to|complying with)\b[^.]*\bequalit\w*\b[^.]*\b(?:law|legislation|act|duty|duties|standards)\b[^.]*;\s*(?:and|or)?\s*$/i;

/**
 * The authority assessing the equality impact of its own decision ("the EqIA sets out the impacts on residents
 * with protected characteristics", a report's "Equalities implications" section): the public sector equality duty
 * at work inside the authority, not passed to
 * a supplier. A sentence that names a supplier or contract (a duty to contribute to the assessment) is kept.
 */
const IMPACT_ASSESSMENT =
  /\bequalit(?:y|ies) (?:impacts?|implications)\b|\bEqIAs?\b|\bimpacts? (?:\w+ ){0,2}(?:on|for) (?:\w+ ){0,4}(?:with|who share|sharing) (?:\w+ ){0,3}protected characteristics?\b/i;

/**
 * Discrimination between market players, the procurement-law sense: its objects are bidders, firms, products or
 * places ("must not discriminate against any bidder", "could be discriminatory against suppliers from other
 * countries", "discriminatory under EU law"), not people. Only people or their characteristics make it equality.
 */
const MARKET_DISCRIMINATION =
  /\bdiscriminat\w*\b[^.;]{0,60}\b(?:bidders?|tenderers?|suppliers?|contractors?|firms?|compan(?:y|ies)|business(?:es)?|operators?|products?|brands?|manufacturers?|member states?|other (?:countries|states|areas|regions)|outside the (?:\w+ )?(?:county|area|region|UK|country)|nationality|location|EU|European|treaty|procurement (?:law|rules|regulations)|competition law)\b|\b(?:EU|European|procurement|competition|treaty|(?:local|other|foreign) (?:suppliers|firms|businesses|bidders))\b[^.;]{0,60}\bdiscriminat\w*|\b(?:proportionate|transparent),? (?:and )?non-discriminatory\b/i;
const PEOPLE_OR_CHARACTERISTICS =
  /\b(?:workers?|staff|employees?|job applicants?|people|persons?|service users?|residents?|patients?|clients?|pupils?|customers?|tenants?|disab\w*|race|racial|ethnic\w*|sex|sexual|gender|age|religio\w*|belief|pregnan\w*|maternity|marri\w*|civil partnership|protected characteristics?|women|men)\b/i;
/**
 * The authority's own equality duty in its decision-making ("the council must have due regard to the public sector
 * equality duty"): the duty stays with the authority; it passes to a supplier only when the sentence names one.
 */
const AUTHORITY_DUE_REGARD = /\b(?:have|has|having|pay|pays|paid|give|gives|giving|show) due regard\b/i;

/**
 * Discrimination for union membership, whistleblowing or a kind of contract (agency, part-time, fixed-term): rights
 * the fair-work and blacklisting checks cover, not the Equality Act's protected characteristics.
 */
const OTHER_GROUNDS =
  /\b(?:trade unions?|union (?:membership|members|activit\w*|representatives?)|collective(?:ly)? bargain\w*|freedom of association|associat\w*|blacklist\w*|whistle-?blow\w*|raising concerns|agency workers?|part-time|fixed-term|zero[- ]hours?)\b/i;
const NAMED_CHARACTERISTIC =
  /\b(?:disab\w*|race|racial|ethnic\w*|sex|sexual|gender|age|religio\w*|belief|pregnan\w*|maternity|marri\w*|civil partnership|protected characteristics?|Equality Act)\b/i;
/** Words of buying and supplying: equality named beside them is about the contract, not only the authority's values. */
const PROCUREMENT_CONTEXT =
  /\b(?:procure\w*|contracts?|contractors?|tender\w*|bid\w*|suppliers?|providers?|commission\w*|supply chains?|services? users?)\b/i;
const BARE_EQUALITY = /\bequalit(?:y|ies)\b/i;
/** Equality law by its kind rather than its name ("employment, equality and health and safety law"), or equal opportunity. */
const EQUALITY_LAW =
  /\bequalit(?:y|ies)\b[^.;]{0,50}\b(?:law|legislation|acts?|duty|duties|obligations|regulations)\b|\bequality of opportunity\b/i;

const SUPPLIER_NAMED =
  /\b(?:suppliers?|contractors?|sub-?contractors?|providers?|bidders?|tenderers?|operators?|consultants?|recipients?)\b/i;

/** Accessibility standards for the service: on topic for disabled users, but no Equality Act duty by name. */
const ACCESSIBILITY =
  /\blevels? of accessibility\b|\baccessibility (?:standards?|requirements?|regulations)\b|\bWCAG\b/;

/** Lesser readings of an equality passage: shown only when nothing firmer is found. */
const LESSER: Marker[] = [
  TENDER_QUESTION,
  {
    pattern: /\bequal opportunit(?:y|ies) polic(?:y|ies)\b/i,
    why: 'having an equal opportunities policy is not a duty to act on equality in the contract',
  },
  {
    pattern: /\bquestions?\b[^.]{0,40}\bwill be (?:asked|included|set)\b/i,
    why: 'asked at tender: a question scored once, not a duty under the contract',
  },
];

/** Equality Act 2010 duties, and the public sector equality duty passed down to the supplier. */
/** The equality law's duty placed on the authority itself: "Section 75 … requires Belfast City Council to comply with …". */
const AUTHORITY_OWN_EQUALITY_DUTY =
  /\brequires? (?:all |the |each |every )?(?:[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3} )?(?:[Cc]ouncil|[Aa]uthorit(?:y|ies)|public (?:authorities|bodies)|[Dd]epartment|[Tt]rust)\b[^.;]{0,20}?\bto\b|\b(?:our|its) (?:section 75 |statutory |public sector )?(?:equality )?(?:statutory )?dut(?:y|ies)\b/i;

export const equality: CheckDefinition = {
  id: 'equality',
  title: 'Equality duties passed to the supplier',
  theme: 'workforce',
  summary:
    'The supplier complies with the Equality Act 2010 (section 75 in Northern Ireland), helps the authority meet its public sector equality duty for the contracted service, and monitors and reports on equality in its workforce and service.',
  explanation:
    'When a council contracts out a service, its public sector equality duty does not go with it: the council stays answerable for whether disabled residents, older people or ethnic minority users are treated fairly, but only the supplier sees what happens. A contract that requires the supplier to comply with the Equality Act, assist with the duty, make reasonable adjustments and report equality data lets the council meet that duty. A supplier merely having an equal opportunities policy, or the principle that bidders are treated equally, does not.',
  cues: [
    /\bEqualit(?:y|ies) Act\b/i,
    /\bpublic sector equality duty\b|\bPSED\b/i,
    /\bsection 149\b|\bs\.\s?149\b/i,
    /\bsection 75\b(?=[^.]{0,40}\b(?:northern ireland act|equality|duties)\b)/i,
    /\bdiscriminat\w*/i,
    /\bequal opportunit(?:y|ies)\b/i,
    /\bequalit(?:y|ies)\b/i,
    /\bprotected characteristics?\b/i,
    /\breasonable adjustments?\b/i,
    // disabled people's access to the service: accessibility standards the supplier must meet (Equality Act s.20, PSBAR 2018)
    ACCESSIBILITY,
    // the same topic in other words: equity and diversity, diversity and inclusion
    /\bequity,? (?:and )?diversity\b|\bdiversity,? (?:and |& )?(?:equity|inclusion)\b/i,
  ],
  falseFriends: [
    {
      name: "'equal treatment' and 'non-discrimination' of bidders are procurement principles, not equality duties",
      pattern:
        /\bequal treatment\b|\bnon-discriminat\w*\b|\bdiscriminat\w*(?:\s*\/\s*\w+)?\s+(?:between |against |in favour of )?(?:potential |prospective |any )?(?:bidders|tenderers|suppliers|contractors|economic operators|candidates|tenders)\b|\b(?:bidders|tenderers|suppliers|contractors|economic operators|candidates)\b[^.;]{0,40}?\b(?:treated\s+(?:equally|fairly)[^.;]{0,30}?\b)?without\s+(?:(?:unfair|undue)\s+)?discrimination\b|\b(?:bidders|tenderers|suppliers|contractors|economic operators|candidates)\b[^.;]{0,60}?\bdiscriminat\w*\s+(?:between|against|among)\s+(?:them|each other|one another)\b|\bequal (?:opportunit(?:y|ies)|chance|access)\b (?:\w+ )?(?:to|for) (?:all |every |any )?(?:potential |prospective |interested )?(?:bidders|tenderers|suppliers|contractors|economic operators|businesses|firms|organisations) (?:to )?(?:bid|tender|compete|win|submit)\w*|\b(?:gives?|giving|offers?|ensur\w*|provid\w*) (?:all |every |any )?(?:potential |prospective |interested )?(?:bidders|tenderers|suppliers|contractors|economic operators|businesses|firms|organisations) (?:(?:with |of )?(?:an? )?)?(?:equal|fair) (?:opportunit(?:y|ies)|chance|access)\b|\b(?:un)?discriminatory\b(?<=\b(?:requirements?|specifications?|criteria|criterion|measures?|conditions?|clauses?|standards?)\b[^.;]{0,100}?\b(?:be|being|is|are)(?: not|n['’]t)? (?:un)?discriminatory)|\bdiscriminat\w* in favour of (?:locality|local (?:firms|suppliers|businesses|companies|contractors))\b|\bdiscrimination\b[^.;]{0,30}?\bin the (?:wording|drafting|design|writing) of (?:the )?(?:requirements?|specifications?|criteria|tenders?|contracts?)\b/gi,
      effect: 'ignore',
      why: 'a rule of fair competition between bidders (PA23 s.12), not a duty towards workers or service users',
      examples: [
        'The procurement will be run in line with the principles of equal treatment and non-discrimination.',
        'The procedure ensures that suppliers are treated fairly and without unfair discrimination.',
        'Award criteria must not discriminate between tenderers.',
        // the bidders named first, then referred back to
        'The Authority will treat all bidders equally and will not discriminate between them.',
        // an equal opportunity to win the work is fair competition, not equal opportunities in employment
        'The Council runs a fair and open process that gives all bidders an equal opportunity.',
        'Our portal gives equal access to all suppliers to bid for council work.',
        // what a specification or measure may lawfully ask of bidders: the procurement rule, not workforce equality
        'As long as it applies to every bidder, a requirement of this kind should not be discriminatory.',
        'Discrimination must be avoided in the wording of specifications.',
        'Whilst the council will not discriminate in favour of locality, it is committed to supporting and encouraging local firms to bid.',
      ],
    },
    {
      name: 'job titles, teams and events named after equality are not equality duties',
      pattern:
        /\bequalit(?:y|ies)(?:,? (?:and |& )?(?:diversity|inclusion))*,? (?:officers?|managers?|teams?|leads?|units?|advisers?|advisors?|champions?|networks?|forums?|committees?|boards?|week|month)\b|\bprice discrimination\b|\bequality (?:and human rights )?commission(?: for northern ireland)?\b|\bEHRC\b/gi,
      effect: 'ignore',
      why: 'a role, team, event or pricing term, not a duty about equality',
      examples: [
        'Our Equality and Diversity Officer will answer questions at the briefing.',
        'The Equality and Human Rights Commission published new guidance.',
      ],
    },
    {
      name: "the authority's own equality impact assessment is not a supplier duty",
      pattern:
        /\b(?:an? |the |this |our )?(?:full |initial |draft )?equalit(?:y|ies)\s+impact\s+assessments?(?: \(EqIA\)| \(EIA\))?\s+(?:has been|have been|was|were|is being|will be|is) (?:carried out|completed|undertaken|done|included|attached|appended|published|set out|summarised|updated|reviewed)\b/gi,
      effect: 'ignore',
      why: "the authority's own assessment: relevant, but nothing binds the supplier",
      examples: [
        'An equality impact assessment has been carried out for this procurement.',
        'Consultees raised no new concerns. The full Equalities\n   Impact Assessment is attached as an appendix to this report.',
      ],
    },
  ],
  weakMarkers: [],
  strongMarkers: [],
  assess(sentence, ctx) {
    // the authority's impact assessment of its own decision, even one about a contract, is its own process
    if (IMPACT_ASSESSMENT.test(sentence) && !SUPPLIER_NAMED.test(sentence)) return null;
    if (AUTHORITY_DUE_REGARD.test(sentence) && !SUPPLIER_NAMED.test(sentence)) return null;
    if (/discriminat/i.test(sentence) && OTHER_GROUNDS.test(sentence) && !NAMED_CHARACTERISTIC.test(sentence)) {
      const rest = sentence.replace(/\b(?:non-)?discriminat\w*/gi, ' ');
      if (!equality.cues.some((c) => c.test(rest))) return null;
    }
    // outside a contract, "equality" as one of the authority's values, with nothing bought, supplied or required
    if (
      !CONTRACT_DOCUMENTS.has(ctx.profile.type) &&
      !PROCUREMENT_CONTEXT.test(sentence) &&
      !EQUALITY_LAW.test(sentence) &&
      !isNumberedTitle(sentence) &&
      !isHeadingLike(sentence) &&
      !equality.cues.some((c) => c.source !== BARE_EQUALITY.source && c.test(sentence))
    )
      return null;
    if (
      MARKET_DISCRIMINATION.test(sentence) &&
      !PEOPLE_OR_CHARACTERISTICS.test(sentence) &&
      !equality.cues.some((c) => !/discriminat/.test(c.source) && c.test(sentence))
    )
      return null;
    if (STANCE.test(sentence))
      return {
        strength: 'weak',
        why: "a stance against discrimination ('will not tolerate'), not a duty on the supplier",
        weight: WEIGHT.mention,
      };
    const banned = prohibition(sentence);
    if (banned) return banned;
    const lesser = firstMatch(LESSER, sentence);
    if (lesser) return { strength: 'weak', why: lesser.why, weight: WEIGHT.reason };
    if (LISTED_REQUIREMENT.test(sentence))
      return {
        strength: 'strong',
        why: 'an item in a list of contract requirements: comply with equality law',
        weight: WEIGHT.reason,
      };
    if (!NAMES_THE_LAW.test(sentence)) {
      const rest = sentence.replace(new RegExp(ACCESSIBILITY.source, 'g'), ' ');
      if (ACCESSIBILITY.test(sentence) && !equality.cues.some((c) => c !== ACCESSIBILITY && c.test(rest)))
        return {
          strength: 'weak',
          why: 'an accessibility standard: it serves disabled users, but names no Equality Act or equality duty',
          weight: WEIGHT.reason,
        };
      return undefined;
    }
    const v = generalStrength(sentence);
    // outside contract documents, "the contract will help the council meet its equality duty" forecasts an effect
    if (
      v.strength === 'strong' &&
      !CONTRACT_DOCUMENTS.has(ctx.profile.type) &&
      !/\b(?:shall|must|required|obliged)\b/i.test(sentence) &&
      willPredicts(sentence)
    )
      return {
        strength: 'weak',
        why: "a forecast of what the contract will achieve for the authority's own duty: it binds no supplier",
        weight: WEIGHT.mention,
      };
    // the law's duty on the authority itself ("Section 75 requires the Council to …", "our Section 75 duties") binds no supplier
    if (v.strength === 'strong' && AUTHORITY_OWN_EQUALITY_DUTY.test(sentence) && !namesSupplierSide(sentence))
      return {
        strength: 'weak',
        why: "the authority's own statutory equality duty: it binds the authority, not its suppliers",
        weight: WEIGHT.reason,
      };
    // an obligation naming the Act or the duty is the most telling evidence
    if (v.strength === 'strong' && v.weight === WEIGHT.clause)
      return {
        strength: 'strong',
        why: 'binding duty that names the Equality Act or the equality duty',
        weight: WEIGHT.specific,
      };
    return undefined;
  },
  applies: () => true,
  clauses: [
    {
      id: 'equality/standard',
      checkId: 'equality',
      title: 'Equality Act compliance and the public sector equality duty',
      body: 'The Supplier shall comply with the Equality Act 2010 and shall not unlawfully discriminate against, harass or victimise any worker, job applicant or service user because of a protected characteristic. In delivering this Contract the Supplier shall assist {authority} to meet its public sector equality duty under section 149 of the Act, in particular by: making reasonable adjustments for disabled service users and workers; monitoring the protected characteristics of its workforce and of service users where lawful and proportionate, and reporting the results to {authority} each year; contributing to any equality impact assessment of the service; and training its staff in equality. The Supplier shall notify {authority} of any finding of unlawful discrimination against it, set out the steps taken to prevent a recurrence, and impose equivalent obligations on its subcontractors.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements: 'Equality Act 2010 s.149 (public sector equality duty) and Parts 2 and 5',
      version: 1,
    },
    {
      id: 'equality/scotland',
      checkId: 'equality',
      title: 'Equality duties (Scotland)',
      body: 'The Supplier shall comply with the Equality Act 2010 and shall help {authority} meet its public sector equality duty and its specific duties under the Equality Act 2010 (Specific Duties) (Scotland) Regulations 2012 in respect of the services delivered under this Contract. The Supplier shall report each year on the equality measures agreed for this Contract, including workforce monitoring, reasonable adjustments and the steps it is taking to close any gender pay gap, and shall pass equivalent obligations to its subcontractors.',
      jurisdictions: ['scotland'],
      documentTypes: [],
      sectors: [],
      implements: 'Equality Act 2010 s.149; Equality Act 2010 (Specific Duties) (Scotland) Regulations 2012 reg. 9',
      version: 1,
    },
    {
      id: 'equality/ni',
      checkId: 'equality',
      title: 'Equality of opportunity (Northern Ireland)',
      body: 'The Supplier shall comply with all equality legislation in force in Northern Ireland and shall not unlawfully discriminate in employment or in delivering the services. The Supplier shall assist {authority} to meet its duties under section 75 of the Northern Ireland Act 1998 in respect of this Contract, including by providing monitoring information and taking part in any equality screening of the service, and shall impose equivalent obligations on its subcontractors.',
      jurisdictions: ['ni'],
      documentTypes: [],
      sectors: [],
      implements: 'Northern Ireland Act 1998 s.75',
      version: 1,
    },
  ],
  examples: [
    {
      // the statute's duty on the authority itself, stated in its own equality scheme: no supplier is bound
      text: 'Section 75 of the Northern Ireland Act 1998 requires Ardmore District Council to comply with two statutory equality duties.',
      status: 'weak',
    },
    {
      // what a contract is expected to achieve for the authority's own duty: a forecast, binding no supplier
      text: 'The contract will help the council meet its Public Sector Equality Duty by improving access for disabled residents.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // the authority's own compliance with the Act: its conduct, not a duty passed to the supplier
      text: 'The council will comply with the Equality Act 2010 in all its procurement activity.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // the authority's impact assessment before an award is its own process, even with the contract named
      text: 'An Equality Impact Assessment must be completed before the contract is awarded.',
      status: 'missing',
      profile: { type: 'policy' },
    },
    { text: 'Every web page of the service shall meet WCAG 2.2 AA.', status: 'weak' },
    { text: 'Suppliers should value equity and diversity in their teams.', status: 'weak' },
    {
      text: 'The Contractor shall comply with the Equality Act 2010 and assist the Council in meeting its public sector equality duty.',
      status: 'strong',
    },
    {
      text: 'The Provider must not discriminate against any service user because of a protected characteristic.',
      status: 'strong',
    },
    {
      text: 'Compliance with relevant employment, equality and human rights law;',
      status: 'strong',
    },
    { text: 'The Supplier shall have an equal opportunities policy.', status: 'weak' },
    { text: 'We expect suppliers to promote equality and diversity.', status: 'weak' },
    { text: '12. Equality and Diversity', status: 'weak' },
    { text: 'All bidders will receive equal treatment in this procurement.', status: 'missing' },
    { text: 'The Supplier shall mow the grass verges twice a month.', status: 'missing' },
  ],
};
