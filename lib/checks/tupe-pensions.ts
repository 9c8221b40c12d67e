import { CONTRACT_DOCUMENTS, firstMatch, generalStrength, hasObligation, WEIGHT } from '../analysis/strength';
import type { CheckDefinition, Marker } from './types';

/** A TUPE document named in a list of attachments: the instruction in it is about the file, not the staff. */
const TUPE_DOCUMENT =
  /\bTUPE (?:information|data|list|schedule|details|pack|documents?|spreadsheet)\b(?=[^.]{0,80}\b(?:destroy\w*|delet\w*|return\w*|download\w*|attach\w*|xlsx?|pdf|docx?|zip)\b)|^\W*(?:[A-Z]{1,4}\d{2,}[\w-]*\s+)TUPE\b/;
/** "Will become an admission body", "must apply to join the fund": how a body joins a fund, no protection for anyone. */
const STATUS_CHANGE =
  /\bwill (?:\w+ly )?(?:become|be known as|be called)\b|\b(?:must|shall|will|need to|has to|have to) apply to (?:become|join|be admitted)\b/gi;

/** Cues that name the transfer or pension regime itself, on topic whatever else the sentence says. */
const NAMED_REGIME =
  /\bTUPE\b|\brelevant transfer\b|\bre-?transfer\b|\bEmployment Regulations\b|\bstaffing information\b|\bworkforce (?:matters|code)\b|\btransfer of undertakings\b|\btwo[- ]tier\b|\bfair deal\b|\bLGPS\b|\bpension scheme\b|\badmi(?:tted|ssion) bod(?:y|ies)\b|\badmission agreements?\b|\bdeemed employer\b|\bbroadly comparable\b|\bemployee liability information\b|\bsocial public workforce\b|\bpensions? (?:rights|provision|protection|arrangements|entitlements?)\b/i;

const FORECAST: Marker = {
  pattern:
    /\b(?:envisaged|anticipated|likely|possible|thought|believed|understood)\b[^.]{0,30}\bTUPE\b|\bTUPE (?:may|might|could|is likely to|is expected to|is anticipated to) (?:apply|be relevant)\b|\b(?:own|independent) (?:legal )?advice\b/i,
  why: 'only a forecast that TUPE may apply, leaving bidders to take their own view',
};

/**
 * What TUPE would do to staff if a plan goes ahead ("staff would transfer", "will be eligible for TUPE transfer", "will
 * transfer if the proposal is agreed"); staff who "will transfer … under TUPE" to a contractor already chosen are the
 * Regulations applied to the contract.
 */
const TRANSFER_FORECAST =
  /\bwould (?:\w+ly )?(?:be eligible for|be entitled to|be subject to|transfer|be transferred|move across)\b|\bwill (?:\w+ly )?(?:be eligible for|be entitled to|be subject to)\b|\beligible for (?:a )?TUPE\b|\bwill (?:\w+ly )?(?:transfer|be transferred|move across)\b(?=[^.;]*\b(?:if|should|proposed|proposals?|options?|plans?|subject to|in the event)\b)/i;
/** In its own pay statement, the authority paying its employer's share into a pension scheme: not a transfer term. */
const OWN_PENSION_CONTRIBUTION =
  /\b(?:the (?:council|authority|trust|county council|city council)|we)\b[^.;]{0,40}?\b(?:make|makes|making|pay|pays|paying)\b[^.;]{0,30}?\bcontributions?\b/i;

/** The regime said to govern the contract in the present tense ("the workforce code applies to all outsourced services"). */
const REGIME_APPLIES =
  /\b(?:TUPE|code|fair deal|regulations|directions?)\b[^.;]{0,40}?\b(?:appl(?:y|ies)|is applied)\b[^.;]{0,10}?\bto (?:this|the|all|these|every|any) (?:[\w-]+ ){0,2}(?:contracts?|services|outsourc\w*|transfers?)\b/i;

/** No transfer of staff, stated as a term or a warranty. */
const NO_TRANSFER =
  /\b(?:shall|will|does|do|is|are) not (?:give rise to|result in|constitute|involve|amount to|be) (?:a |any )?(?:relevant )?transfer\b/i;

/** The transfer's own formula: a contract of employment that is not ended but has effect as if made with the new employer. */
const CONTRACT_CARRIES_OVER =
  /\bcontracts? of employment\b[^.;]{0,160}?\b(?:ha(?:s|ve)|shall have|to have) effect\b[^.;]{0,60}?\bas if (?:originally )?made between\b/i;

/** A transfer or its protections named as such: TUPE, outsourcing, Fair Deal, admission, the two-tier codes. */
const TRANSFER_WORDS = String.raw`TUPE|transfer\w*|outsourc\w*|in-?sourc\w*|contracted out|admission|admitted|fair deal|broadly comparable|deemed employer|two[- ]tier|workforce (?:matters|code)|new (?:starters|joiners|recruits|entrants)|former employer|staffing information|employee liabilit\w*`;

/**
 * What makes terms or a pension scheme this check's topic: a transfer, outsourcing or a supplier taking staff on.
 * Without one, "employees are members of the LGPS" is an employer's benefits and "terms no less favourable than
 * permanent staff" is the agency-worker rule, not protection of transferred staff.
 */
const TRANSFER_CONTEXT = new RegExp(
  String.raw`\b(?:${TRANSFER_WORDS}|protect\w*|safeguard\w*|new (?:provider|contractor|operator|supplier|employer)|directly employed|(?:council|authority|public sector|NHS|civil service) (?:staff|employees|workers)|re-?tender\w*|(?:sub-?)?contractors?|suppliers?|providers?|operators?|bidders?|tenderers?|scheme employers?)\b`,
  'i',
);

/** A transfer, outsourcing or a protected pension named as such (not merely a supplier-side party). */
const A_TRANSFER = new RegExp(String.raw`\b(?:${TRANSFER_WORDS}|pensions?|LGPS)\b`, 'i');

/**
 * The Agency Workers Regulations' comparison with permanent staff, or an employer's comparison of one group of its own
 * staff with another ("sick pay no less favourable than the Provider pays to its office-based staff"): equal
 * treatment inside one workforce, not protection of transferred staff.
 */
const AGENCY_COMPARISON =
  /\bagency workers?\b|\bpermanent (?:staff|employees|workers)\b|\bcomparable (?:employees|workers)\b|\bno less favourable than\b[^.;]{0,60}\b(?:its|their) (?:own )?(?:other |office[- ]based |salaried |head[- ]office |back[- ]office |senior |management )(?:staff|employees|workers|colleagues)\b/i;

/** TUPE protection, pension protection (Fair Deal, LGPS admission) and no two-tier workforce. */
export const tupePensions: CheckDefinition = {
  id: 'tupe-pensions',
  title: 'TUPE, pensions and no two-tier workforce',
  theme: 'workforce',
  summary:
    'Staff who transfer to the supplier keep their terms and their public-sector pension (Fair Deal, LGPS admission or deemed-employer status), new joiners are not put on worse terms, liabilities and employee information are set out, and the same applies on re-transfer and to subcontractors.',
  explanation:
    'When a service is outsourced, TUPE moves the staff with it and protects their contracts, but it does not carry over most occupational pension rights. Without Fair Deal or an LGPS admission agreement, transferred cleaners, carers and porters can lose years of pension, and without a no-two-tier term new recruits are hired on worse pay beside them, which is how outsourcing saves money at the workforce’s expense. In England the Best Value Authorities Staff Transfers (Pensions) Direction 2007 requires pension protection in local-government outsourcing, Wales has its own workforce code, and the Employment Rights Act 2025 allows a statutory two-tier code. A notice saying only that "TUPE may apply" protects no one.',
  cues: [
    /\bTUPE\b/,
    /\btransfer of undertakings\b/i,
    /\btwo[- ]tier['’]?\s*(?:workforces?|pay|terms)\b/i,
    /\b(?:new )?fair deal\b(?=[^.]{0,80}\bpensions?\b)|\bpensions?\b[^.]{0,80}\bfair deal\b/i,
    /\bLGPS\b|\blocal government pension scheme\b|\b(?:NHS|civil service|teachers['’]?|principal civil service|public service) pension schemes?\b/i,
    /\badmi(?:tted|ssion) bod(?:y|ies)\b|\badmission agreements?\b|\bdeemed employer\b|\bbroadly comparable\b/i,
    /\bpensions?\b[^.]{0,80}\b(?:transfer\w*|protect\w*|no less favourable|comparable|outsourc\w*)\b|\b(?:transfer\w*|protect\w*|no less favourable|outsourc\w*)\b[^.]{0,80}\bpensions?\b/i,
    /\b(?:terms and conditions|staff|employees|workers)\b[^.]{0,80}\bno less favourable\b|\bno less favourable\b[^.]{0,60}\b(?:terms|conditions|pensions?)\b/i,
    /\bemployee liability information\b|\bsocial public workforce clauses?\b/i,
    // TUPE as model contract terms name it: defined terms for the transfer, the people and the information
    /\bRelevant Transfer\b|\bStaff Transfer\b|\bTransferring (?:[A-Z]\w+ ){0,2}Employees?\b|\bRe-?Transfer\b|\bEmployment Regulations\b|\bStaffing Information\b|\bEmployee Liabilit(?:y|ies)\b/,
    /\ba relevant transfer\b/i,
    // a contract's own heading for the transfer of the people who deliver it
    /\btransfer of (?:the )?(?:employees|staff|employment)\b/i,
    CONTRACT_CARRIES_OVER,
    // the two-tier codes by their names (Wales' Code of Practice on Workforce Matters, the statutory workforce code)
    /\bcode of practice on workforce matters\b|\b(?:two[- ]tier )?workforce (?:matters )?code\b/i,
    /\b(?:employees|staff|workers)\b[^.]{0,40}\btransfer\w*\b[^.]{0,80}\b(?:terms and conditions|terms of employment|continuity of employment)\b|\btransferring (?:employees|staff)\b/i,
  ],
  falseFriends: [
    {
      name: "a fair-wages clause (pay 'no less favourable than' another group's rates) is a pay floor, not staff transfer",
      pattern: /\b(?:rates? of (?:pay|wages)|wages)\b[^.;]{0,80}?\b(?:no|not) less favourable than\b[^.;]*/gi,
      effect: 'ignore',
      why: 'pay held to another group’s rates, with no transfer of staff or pensions in it',
      examples: [
        'New clauses require the successful contractor to pay its employees on the contract rates of pay no less favourable than those for council staff doing similar work.',
      ],
    },
    {
      name: "'two-tier' local government is not a two-tier workforce",
      pattern: /\btwo[- ]tier (?:local government|authority|authorities|areas?|councils?|structure)\b/gi,
      effect: 'ignore',
      why: 'county and district councils, not staff on unequal terms',
      examples: ['Devon has two-tier local government, with county and district councils.'],
    },
    {
      name: "pension investment services and 'The Pensions Regulator' are not pension protection",
      // also the statutory Pension Protection Fund, and a member's own transfer of benefits between schemes
      pattern:
        /\bpension (?:investment|fund management|administration) services\b|\bthe pensions regulator\b|\bpension protection fund\b|\btransfer(?:s|red|ring)? (?:in |out )?(?:your |their |his or her |previous |existing )*(?:pension )?benefits (?:from|to|into|in) (?:another|a new|a different|an?(?: \w+)?) (?:pension )?(?:scheme|arrangement|fund)\b|\btransfer values?\b/gi,
      effect: 'ignore',
      why: 'pension services bought or a regulator named, not protection for transferred staff',
      examples: [
        'classification: 66131100 Pension investment services to protect fund value',
        'The Pension Protection Fund protects members of defined benefit schemes if their employer becomes insolvent.',
        'Scheme members who transfer in benefits from another pension scheme should contact the fund.',
      ],
    },
    {
      name: "a pension fund's employers counted or listed by kind (admitted bodies beside academies) are not a transfer",
      pattern:
        /\b(?:\d[\d,]*|several|many|some|other|all) (?:participating |scheme |contributing )?employers\b[^.;]{0,60}?\b(?:admitted|admission|scheduled|designating|resolution) bod(?:y|ies)\b[^.;]*|\b(?:admitted|admission|scheduled|designating|resolution) bod(?:y|ies)\b,? (?:and|or|as well as) (?:academies|scheduled bodies|designating bodies|town and parish councils|colleges|universities)\b/gi,
      effect: 'ignore',
      why: "the fund's kinds of employer, counted or listed: no staff transfer and no protection",
      examples: [
        'The Fund has 45,000 members across 120 employers, including admitted bodies and academies.',
        'Scheduled bodies, admitted bodies and academies all pay contributions set by the actuary.',
      ],
    },
    {
      name: 'TUPE named only as an attached document title',
      pattern: TUPE_DOCUMENT,
      effect: 'weak',
      why: 'TUPE appears only as the title of an attached document, not as a term protecting staff',
      examples: ['CT2119 TUPE Information (must be destroyed by 27 July 2019)'],
    },
  ],
  weakMarkers: [FORECAST],
  strongMarkers: [],
  assess(sentence, ctx) {
    const contractDocument = CONTRACT_DOCUMENTS.has(ctx.profile.type);
    if (ctx.ownEmployerText && OWN_PENSION_CONTRIBUTION.test(sentence)) return null;
    // a pension "transfer" or "protection" is about staff only when people are in the sentence (not fund data)
    if (
      !NAMED_REGIME.test(sentence) &&
      !/\b(?:staff|employees?|workers?|employment|workforce|transferr?ing|outsourc\w*)\b/i.test(sentence)
    )
      return null;
    // with no transfer in view, a description of membership, or the agency-worker comparison, is not this topic;
    // a duty stated about a pension scheme (an employer's contribution) is left to the general whose-duty reading
    if (!TRANSFER_CONTEXT.test(sentence) && (!hasObligation(sentence) || AGENCY_COMPARISON.test(sentence))) return null;
    // a supplier-side party in the sentence is no transfer either, when the comparison is inside one workforce
    if (AGENCY_COMPARISON.test(sentence) && !A_TRANSFER.test(sentence)) return null;
    if (TUPE_DOCUMENT.test(sentence))
      return {
        strength: 'weak',
        why: 'TUPE appears only as the title of an attached document, not as a term protecting staff',
      };
    // the contract saying no transfer takes place ("shall not give rise to a transfer … pursuant to TUPE") protects no one
    if (NO_TRANSFER.test(sentence))
      return {
        strength: 'weak',
        why: 'the contract says no transfer of staff takes place: no one’s terms are protected',
        weight: WEIGHT.reason,
      };
    const forecast = firstMatch([FORECAST], sentence);
    if (forecast) return { strength: 'weak', why: forecast.why };
    let verdict = generalStrength(sentence.replace(STATUS_CHANGE, (m) => ' '.repeat(m.length)));
    // "applies to all outsourced services" binds as "will apply" does, unless a hedge already hollowed it
    if (
      verdict.strength === 'weak' &&
      (verdict.weight ?? WEIGHT.mention) <= WEIGHT.mention &&
      (REGIME_APPLIES.test(sentence) || CONTRACT_CARRIES_OVER.test(sentence))
    )
      verdict = {
        strength: 'strong',
        why: 'the transfer or pension regime is applied to the contract',
        weight: WEIGHT.clause,
      };
    if (verdict.strength === 'strong' && !contractDocument && TRANSFER_FORECAST.test(sentence))
      return {
        strength: 'weak',
        why: 'describes which staff would transfer under a plan, outside any contract: it protects no one’s terms',
        weight: WEIGHT.reason,
      };
    // the named pension route is what protects transferred staff, so it is the most telling passage
    if (
      verdict.strength === 'strong' &&
      /\bLGPS\b|pension scheme|admission|fair deal|broadly comparable|no less favourable|\bpensions?\b[^.]{0,60}\bprotect|\bprotect\w*[^.]{0,60}\bpensions?\b/i.test(
        sentence,
      )
    )
      return { ...verdict, weight: WEIGHT.specific };
    return verdict;
  },
  applies: (p) => p.sector !== 'goods',
  clauses: [
    {
      id: 'tupe-pensions/standard',
      checkId: 'tupe-pensions',
      title: 'TUPE transfer, pension protection and no two-tier workforce',
      body: 'The parties agree that the Transfer of Undertakings (Protection of Employment) Regulations 2006 apply to the start and to the end of {contract} for {authority}. The {supplier} shall secure for every transferring employee who was eligible for a public service pension scheme continued membership of that scheme (through admitted-body or deemed-employer status in the Local Government Pension Scheme, or Fair Deal access to the relevant public service scheme), enforceable by the employee, and shall not offer a broadly comparable scheme unless {authority} agrees in writing with a Government Actuary’s Department certificate. The {supplier} shall employ new joiners on the contract on terms, including pension, no less favourable overall than those of transferred staff; shall provide employee liability information at least 28 days before any transfer and at exit; shall consult recognised trade unions on every transfer; and shall impose the same terms on its subcontractors.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements:
        'TUPE 2006; Fair Deal (2013); Best Value Authorities Staff Transfers (Pensions) Direction 2007; Employment Rights Act 2025 (two-tier code)',
      version: 1,
    },
    {
      id: 'tupe-pensions/wales-workforce-code',
      checkId: 'tupe-pensions',
      title: 'Social public workforce clauses (Wales)',
      body: 'In line with sections 32 to 34 of the Social Partnership and Public Procurement (Wales) Act 2023, staff transferring to the {supplier} to deliver {contract} for {authority} shall keep their terms and conditions and shall continue in, or be offered a scheme equivalent to, their existing pension arrangements. The {supplier} shall employ any new staff delivering the same service on terms no less favourable than those of the transferred staff, with a reasonable pension, and shall take all reasonable steps to include the same terms in its subcontracts.',
      jurisdictions: ['wales'],
      documentTypes: [],
      sectors: [],
      implements: 'Social Partnership and Public Procurement (Wales) Act 2023 ss.32–34',
      version: 1,
    },
  ],
  examples: [
    {
      // a contents entry naming the contract's staff-transfer clause: the clause is not shown
      text: 'Contents\n\n46. Key Personnel 38\n47. Transfer of Employees 39\n48. Exit Management 40',
      status: 'weak',
    },
    {
      // what normally happens is described, not required
      text: 'Pension funds explain what happens when an admitted body leaves. This will normally happen when its admission agreement comes to an end.',
      status: 'weak',
      profile: { type: 'other' },
    },
    {
      // one group of the supplier's own staff compared with another: equal treatment, no transfer
      text: 'The Provider shall pay its care workers sick pay on terms no less favourable than it gives its office-based staff.',
      status: 'missing',
      profile: { type: 'terms' },
    },
    {
      // the Regulations applied to a contract already let, reported
      text: 'The 140 workers will transfer to the new contractor under TUPE, keeping their pay and conditions.',
      status: 'strong',
      profile: { type: 'other' },
    },
    {
      // ...and what they would do under a proposal still to be decided
      text: 'If the proposal is agreed, the 140 workers will transfer to the new provider under TUPE.',
      status: 'weak',
      profile: { type: 'other' },
    },
    {
      // a news report of pension continuity for the staff who transfer: the commitment is reported, not the council's own
      text: 'Unison had raised concerns about pensions, and the council confirmed that all transferring staff will keep access to the Local Government Pension Scheme.',
      status: 'strong',
      profile: { type: 'other' },
    },
    {
      // 'the contract will see staff transfer under TUPE' describes what happens; it secures nothing
      text: 'The new contract will see around 90 cleaners transfer from the current provider under TUPE.',
      status: 'weak',
      profile: { type: 'other' },
    },
    { text: 'The Supplier shall comply with Schedule 9 (Staff Transfer).', status: 'strong' },
    {
      text: 'The Contractor shall secure continued membership of the Local Government Pension Scheme for all transferring staff.',
      status: 'strong',
    },
    { text: 'TUPE will apply to this contract.', status: 'strong' },
    {
      text: 'New starters shall be employed on terms and conditions no less favourable than those of transferred staff.',
      status: 'strong',
    },
    { text: 'It is anticipated that TUPE may apply; bidders should take their own advice.', status: 'weak' },
    { text: 'Unions have called for an end to the two-tier workforce.', status: 'weak' },
    {
      text: 'Employers taking on staff must consider the pension implications of outsourcing.',
      status: 'weak',
    },
    { text: 'The contract is for pension investment services.', status: 'missing' },
    { text: 'Staff pensions are paid monthly by the pension fund.', status: 'missing' },
  ],
};
