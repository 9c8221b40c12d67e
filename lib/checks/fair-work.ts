import { firstMatch, generalStrength, hasObligation, hollowing, type Verdict, WEIGHT } from '../analysis/strength';
import type { CheckDefinition, Marker } from './types';

/** Trade-union membership as a personal status: the blacklisting check's subject unless a duty protects it. */
const MEMBERSHIP_ONLY =
  /\b(?:members? of (?:a |the )?trade unions?|trade[- ]unions? (?:members(?:hip)?|activists?)|union membership)\b/i;
/** Equal pay in other words: inequality in pay, alone or in a list ("tackle inequality in employment, skills and pay"). */
const PAY_EQUALITY = String.raw`\b(?:in)?equalit(?:y|ies)\s+in\s+(?:[\w-]+,?\s+){0,3}(?:(?:and|or)\s+)?pay\b`;
/** Fair-work cues other than membership; a sentence with one of these is about fair work whatever else it says. */
const PRACTICE_CUE = new RegExp(
  String.raw`\bfair work\b|\bcollective(?:ly)? (?:bargain\w*|agreements?)\b|\bbargain collectively\b|\b(?:effective|workforce|worker|employee) voice\b|\bfreedom of association\b|\bfreely associate\b|\b(?:union|trade union) (?:recognition|access|representatives?|reps|stewards?|officials?)\b|\brecognition agreements?\b|\brecognis\w+ (?:a |the )?(?:independent )?trade unions?\b|\bfire[- ]and[- ]rehire\b|\bdismiss(?:al)? and re-?engage(?:ment)?\b|\bequal pay\b|\bgender pay gap\b|${PAY_EQUALITY}|\bflexible (?:and family[- ]friendly )?working\b`,
  'i',
);
/** A duty that protects membership ("shall recognise the freedom … to be members of trade unions"). */
const MEMBERSHIP_PROTECTED = /\b(?:freedom|right|free) (?:of|to)\b/i;

/** Fair or adequate terms in general: on topic, but too vague to secure any particular practice. */
const GENERAL_CONDITIONS =
  /\bworkers['’]? terms and conditions\b|\b(?:fair|good|decent) (?:working conditions|work(?:ing)? practices|employment practices|terms and conditions)\b|\b(?:fair and decent|decent and fair) work\b|\bjob security\b|\bfair pay and conditions\b/i;

/** The supplier as the one who is to act ("suppliers … to adopt fair work practices"). */
/** A tender question asking bidders to describe an approach: it scores a narrative and secures nothing. */
export const DESCRIBE_APPROACH: Marker = {
  pattern:
    /\b(?:bidders?|tenderers?|applicants?|suppliers?|you)\b[^.]{0,30}?\b(?:must|shall|will|should|are (?:required|asked) to|to)\s+(?:be required to\s+)?(?:demonstrate|describe|explain|set out|outline|detail|provide)\b[^.]{0,60}\b(?:approach|commitment|plans?|proposals?|programmes?|arrangements|method statement|how (?:they|you|it) (?:will|would|intends?))\b|^\W*(?:please )?(?:describe|explain|set out|outline)\b/i,
  why: 'a tender question asking for a description: it scores a narrative, nothing is promised in the contract',
};

/**
 * A bare instruction not to do something ("- Do not use forced labour.", "Never blacklist workers", a list item
 * "Not use zero hours contracts" under "Suppliers must:"): a code of conduct's prohibition binds like "must not".
 * Only prohibitions: a bare positive imperative is as often a menu option to choose from as an instruction.
 */
export const BARE_PROHIBITION: Marker = {
  pattern:
    /(?:^|;\s*)[\s•*\-–—·▪]*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:do not|don['’]t|never|not)\s+(?:\w+\s+){0,2}?(?:use|employ|engage|discriminate|blacklist|dismiss|fire|charge|withhold|retain|confiscate|require|tolerate|subject|exploit|impose|victimi[sz]e|harass|penalise|penalize|refuse|deny|offer)\b/i,
  why: 'a bare instruction not to do it: a prohibition, as binding as "must not"',
};

/** The prohibition's verdict, unless a hedge hollows it ("where possible, do not use ..."). */
export function prohibition(sentence: string): Verdict | undefined {
  if (!BARE_PROHIBITION.pattern.test(sentence) || hollowing(sentence)) return undefined;
  return { strength: 'strong', why: BARE_PROHIBITION.why };
}

/**
 * A question put to bidders ("suppliers will be asked about modern slavery risks", "tenderers are asked to
 * explain how"): it asks at tender and scores the answer; nothing is promised under the contract.
 */
export const TENDER_QUESTION: Marker = {
  pattern:
    /\b(?:will|shall|are|is|may|would) (?:also )?be asked (?:about|for|how|whether|what|to (?:describe|explain|set out|outline|detail|provide details|tell|answer|say|confirm how))\b|\b(?:questions?|questionnaire)\b[^.;]{0,40}\b(?:about|on|covering|relating to)\b[^.;]{0,80}\b(?:will be|are|is) (?:asked|included|set)\b/i,
  why: 'a question put to bidders at tender: it scores an answer, nothing is promised under the contract',
};

/** A duty to "participate in the achievement of" objectives names no commitment that could be measured. */
export const VAGUE_PARTICIPATION: Marker = {
  pattern:
    /\b(?:actively )?participate in the achievement of\b|\bsupport the (?:authority|council)['’]s (?:aims?|objectives)\b/i,
  why: 'a duty to take part in the authority’s objectives, with no commitment named that could be measured',
};

const SUPPLIER_ACTOR =
  /\b(?:suppliers?|contractors?|providers?|bidders?|tenderers?|employers?)\b[^.;]{0,60}?\b(?:to|shall|must|will|should|may|are|is) (?:\w+ )?(?:adopt|demonstrate|pay|recognise|recognize|allow|provide|give|ensure|offer|comply|observe|apply|implement|engage|consult|respect|take|follow|sign|commit)\b/i;

const BULLET = /^\s*(?:[•\-–—*·▪]|\(?[a-z0-9]{1,3}[.)])\s*\S/i;

/**
 * A bulleted entry in a list of practices says more about the document than the section heading above it,
 * so it outranks headings as evidence while staying weak.
 */
export function listEntryOrGeneral(sentence: string): Verdict {
  const verdict = generalStrength(sentence);
  if (verdict.weight === WEIGHT.heading && BULLET.test(sentence) && !/\?\s*$/.test(sentence))
    return {
      strength: 'weak',
      why: 'only a list entry: it names the practice but binds no one',
      weight: WEIGHT.mention,
    };
  return verdict;
}

/** The authority talking with its own unions ("the Council consulted the trade unions"): its own social partnership. */
const AUTHORITY_WITH_ITS_UNIONS =
  /^\W*(?:[\w’'-]+ ){0,3}?(?:the council|the authority|we|the cabinet|the government|the board|the trust|the department)\b[^.]{0,80}\b(?:consult\w*|engag\w*|work\w* (?:closely )?with|met|meets?|negotiat\w*|partnership with)\b[^.]{0,30}\btrade[- ]unions?\b/i;

/** True when union membership is mentioned only as a person's status (a blacklist, a dispute), not protected by a duty. */
function membershipOnly(sentence: string): boolean {
  if (PRACTICE_CUE.test(sentence)) return false;
  if (/\bblacklist/i.test(sentence)) return true;
  if (!MEMBERSHIP_ONLY.test(sentence)) return false;
  return !hasObligation(sentence) || !MEMBERSHIP_PROTECTED.test(sentence);
}

/** Fair work: workforce voice and union access, collective agreements, no fire-and-rehire, equal pay. */
export const fairWork: CheckDefinition = {
  id: 'fair-work',
  title: 'Fair work and workforce voice',
  theme: 'workforce',
  summary:
    'The supplier gives the workforce an effective voice (recognising or giving access to trade unions), honours relevant collective agreements, does not fire and rehire, acts on equal pay and offers flexible working, and flows these terms down to subcontractors.',
  explanation:
    'Pay is only one part of a decent job. Workers who can raise problems through a recognised union or an elected forum are safer, stay longer and deliver a steadier service; contracts that let a supplier refuse union access, ignore sector agreements or dismiss staff to re-hire them on worse terms push the cost of winning the bid onto the workforce. Scotland makes effective voice a Fair Work First condition, Wales puts fair work into its social partnership duty, Northern Ireland writes collective agreements into every government contract, and the English National Procurement Policy Statement asks for good working conditions. A supplier "encouraged" to adopt fair work practices has promised nothing.',
  cues: [
    /\bfair work\b/i,
    /\btrade[- ]unions?\b/i,
    /\bunion (?:recognition|access|membership)\b/i,
    // recognising "the union" is union recognition, whatever the union is called
    /\brecogni[sz](?:e|es|ed|ing|tion of) (?:the |a |an |independent |relevant )*(?:trade )?unions?\b/i,
    /\bcollective(?:ly)? (?:bargain\w*|agreements?)\b|\bbargain collectively\b/i,
    // the Fair Wages Resolution and the clauses that applied it: wages and conditions held to the trade's agreed terms
    /\bfair[- ]wages? (?:resolutions?|clauses?)\b/i,
    /\b(?:effective|workforce|worker|employee) voice\b/i,
    /\bfreedom of association\b|\bfreely associate\b/i,
    /\bfire[- ]and[- ]rehire\b|\bdismiss(?:al)? and re-?engage(?:ment)?\b/i,
    /\bequal pay\b|\bgender pay gap\b/i,
    new RegExp(PAY_EQUALITY, 'i'),
    /\brecognised unions?\b|\bunion reps?\b|\bworkplace representatives?\b|\brecognition agreements?\b/i,
    // a union by its name, with its reps or its recognition ("access for UNISON reps to contractor sites")
    /\b(?:UNISON|Unison|Unite|GMB|USDAW|Usdaw|RCN|PCS|RMT|CWU|NEU|EIS|BMA) (?:reps?|stewards?|recognition|access)\b/,
    // fairness to workers in other words: "treat their workforce fairly", "the fair treatment of staff"
    /\btreat\w* (?:their |its |our |all )?(?:workforce|workers|staff|employees) fairly\b|\bfair treatment of (?:their |its |our |all )?(?:workforce|workers|staff|employees)\b/i,
    /\bflexible (?:and family[- ]friendly )?working\b/i,
    // the agenda in other words: workers' rights respected, "good work", direct employment rather than bogus
    // self-employment, no unpaid trial shifts, how a firm employs and treats its workforce
    /\bworkers?['’]? rights\b|\brespect\w* (?:for )?(?:the )?(?:employment|labour) rights\b/i,
    /\bgood work\b(?! experience)|\bdirect employment\b|\b(?:bogus|false) self-employment\b|\bunpaid trial shifts?\b/i,
    /\bemploy(?:s|ing)? and treat\w* (?:their |its |our )?(?:workforce|workers|staff|employees)\b/i,
    // the same agenda by its other names: good employment charters, workers' say at work
    /\bgood (?:employment|work) (?:charter|standard|pledge|code)\b/i,
    /\b(?:workers?|staff|employees|workforce)\b[^.;]{0,40}\ba (?:say|voice) in\b/i,
    GENERAL_CONDITIONS,
  ],
  falseFriends: [
    {
      name: "'Union' meaning the European Union",
      pattern:
        /\b(?:european|customs|monetary) union\b|\bthe union(?:['’]s)? (?:institutions|law|legislation|budget)\b/gi,
      effect: 'ignore',
      why: 'the European Union, not a trade union',
      examples: ['The Supplier shall comply with European Union law and Union legislation on procurement.'],
    },
    {
      name: "the authority's own partnership with its recognised unions binds no supplier",
      pattern: /\bin (?:social )?partnership with (?:the |our |its )?(?:local )?(?:recognised )?trade[- ]unions\b/gi,
      effect: 'ignore',
      why: 'the authority working with its own staff unions, not a term for suppliers',
      examples: ['The Council will adopt the code in partnership with our local recognised trade unions.'],
    },
    {
      name: 'names and titles of fair-work bodies and guidance are not commitments',
      pattern:
        /\bfair work (?:convention|commissioner|commission|ombudsman|act|action plan|framework)\b|\b(?:statutory |best practice )?guidance (?:on|to help|for)\b[^.:]{0,80}?\bfair work(?: practices| first)?\b|\bfair work[^.:]{0,80}?:\s*(?:statutory )?guidance\b/gi,
      effect: 'ignore',
      why: 'the name of a body or a guidance document, not a term on the supplier',
      examples: [
        'The Fair Work Convention published its framework in 2016.',
        'The Fair Work Ombudsman recovered unpaid wages for cleaners.',
      ],
    },
    {
      name: 'a union as the one who acts (commissions, researches, advises) is news about it, not a right at work',
      // "commissioned by the union", "union researchers found", "trade unions should review their policies"
      pattern:
        /\b(?:commissioned|drawn up|written|published|produced|organised|funded|run|raised|launched|backed) by (?:the |a |an )?(?:[\w'’-]+ ){0,4}?trade[- ]unions?\b(?:,? (?:UNISON|Unison|Unite|GMB))?|\btrade[- ]unions? (?:researchers?|leaders?|bosses|chiefs?|activists?|campaigners?|general secretar(?:y|ies))\b|\btrade[- ]unions? (?:should|said|says|warned|have warned|claimed|argued|are calling|called)\b/gi,
      effect: 'ignore',
      why: 'a union named as the one acting, not a term on the supplier',
      examples: [
        'The research was commissioned by the largest public sector trade union.',
        'Trade union researchers found that most councils had no such policy.',
        'Trade unions should review their own purchasing to source goods ethically.',
      ],
    },
    {
      name: "a worker's legal right to join a union, stated as background, is not a contract term",
      pattern: /\b(?:human |legal )?right to (?:belong to|join|be a member of) a trade union\b/gi,
      effect: 'ignore',
      why: 'a statement of workers’ existing rights, not a duty on the supplier',
      examples: ['Everyone has the human right to belong to a trade union.'],
    },
  ],
  weakMarkers: [
    TENDER_QUESTION,
    DESCRIBE_APPROACH,
    {
      pattern:
        /\basked (?:the [\w ]{1,40}? )?(?:if|whether)\b|^\s*(?:is|are|does|do|has|have) (?:he|she|the (?:hon|minister|government))\b/i,
      why: 'a question asked in debate, not a requirement',
    },
  ],
  strongMarkers: [
    {
      pattern: /\badherence to (?:the |any |all )?(?:relevant )?collective agreements?\b/i,
      why: 'adherence to collective agreements is required as a contract term',
    },
    {
      pattern: /^[\s•*\-–—]*(?:allow|permit|recognise|recognize|grant)\b[^.]{0,60}\b(?:associate|unions?|bargain)/i,
      why: 'an instruction to the supplier to allow union membership and collective bargaining',
    },
  ],
  assess(sentence) {
    if (membershipOnly(sentence)) return null;
    if (AUTHORITY_WITH_ITS_UNIONS.test(sentence) && !/\b(?:suppliers?|contractors?|providers?)\b/i.test(sentence))
      return null;
    const hollow = firstMatch(fairWork.weakMarkers, sentence);
    if (hollow) return { strength: 'weak', why: hollow.why };
    const banned = prohibition(sentence);
    if (banned) return banned;
    if (firstMatch(fairWork.strongMarkers, sentence)) return undefined;
    const verdict = listEntryOrGeneral(sentence);
    if (verdict.strength === 'strong' && !PRACTICE_CUE.test(sentence) && GENERAL_CONDITIONS.test(sentence))
      return {
        strength: 'weak',
        why: 'only general working conditions: no voice, union, collective-agreement or other specific fair-work practice',
      };
    if (verdict.strength === 'strong') return verdict;
    // for a duty on suppliers, hollow wording aimed at them tells more than guidance addressed to public bodies
    const weight = SUPPLIER_ACTOR.test(sentence)
      ? Math.max(verdict.weight ?? WEIGHT.mention, WEIGHT.reason)
      : Math.min(verdict.weight ?? WEIGHT.mention, WEIGHT.mention);
    return { ...verdict, weight };
  },
  applies: () => true,
  clauses: [
    {
      id: 'fair-work/standard',
      checkId: 'fair-work',
      title: 'Workforce voice, union access and fair treatment',
      body: 'In delivering {contract} for {authority}, the {supplier} shall: (a) allow every worker to join a trade union and give recognised or independent trade unions reasonable access to workers on the contract, including paid time for workplace representatives; (b) maintain a channel through which workers on the contract can raise concerns collectively and receive a written response; (c) observe any collective agreement that applies to the work; (d) not dismiss and re-engage workers on the contract to impose worse terms; (e) publish an action plan on its gender pay gap and offer flexible working from the first day of employment; and (f) require the same of its subcontractors. The {supplier} shall report on these terms each year. This clause implements the fair-work and trade-union protections of the Employment Rights Act 2025 and the Trade Union and Labour Relations (Consolidation) Act 1992.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements: 'National Procurement Policy Statement 2025; Employment Rights Act 2025; TULRCA 1992 ss.137, 146',
      version: 1,
    },
    {
      id: 'fair-work/scotland-fair-work-first',
      checkId: 'fair-work',
      title: 'Fair Work First conditions (Scotland)',
      body: 'As a condition of {contract} with {authority}, and in line with Fair Work First (SPPN 1/2024), the {supplier} shall provide appropriate channels for effective workers’ voice, including recognition of or access for trade unions; shall invest in workforce development; shall not make inappropriate use of zero-hours contracts; shall take action on the gender pay gap and workplace inequality; shall offer flexible and family-friendly working from day one; shall not use fire-and-rehire practices; and shall pay at least the Real Living Wage. The {supplier} shall report on each criterion, for its own and its subcontractors’ workers on the contract, in a Fair Work report every six months.',
      jurisdictions: ['scotland'],
      documentTypes: [],
      sectors: [],
      implements: 'Fair Work First (SPPN 1/2024); Procurement Reform (Scotland) Act 2014 s.29 guidance',
      version: 1,
    },
    {
      id: 'fair-work/wales-social-partnership',
      checkId: 'fair-work',
      title: 'Fair work under the social partnership duty (Wales)',
      body: 'The {supplier} shall, for all workers delivering {contract} for {authority}, recognise or give access to trade unions for the purposes of representation and consultation, observe applicable collective agreements, not use zero-hours contracts or false self-employment unfairly, and not dismiss and re-engage workers on worse terms. The {supplier} shall meet with {authority} and the recognised trade unions at least once a year to review these terms, and shall apply them to its subcontractors. This clause supports the socially responsible procurement duties of the Social Partnership and Public Procurement (Wales) Act 2023.',
      jurisdictions: ['wales'],
      documentTypes: [],
      sectors: [],
      implements:
        'Social Partnership and Public Procurement (Wales) Act 2023; Code of Practice on Ethical Employment in Supply Chains',
      version: 1,
    },
    {
      id: 'fair-work/ni-collective-agreements',
      checkId: 'fair-work',
      title: 'Collective agreements and fair work (Northern Ireland)',
      body: 'The {supplier} shall adhere to all collective agreements relevant to the work under {contract} for {authority}, shall adopt fair-work practices for all workers engaged in delivering the contract (terms of employment, pay and benefits, job design, social support, health and wellbeing, work-life balance, and voice and representation), and shall report on them as required by {authority}. This clause implements NI Procurement Policy Note PPN 01/21.',
      jurisdictions: ['ni'],
      documentTypes: [],
      sectors: [],
      implements: 'NI PPN 01/21 Scoring Social Value (minimum contractual requirements)',
      version: 1,
    },
    {
      id: 'fair-work/eu-ilo-conventions',
      checkId: 'fair-work',
      title: 'Freedom of association and collective agreements (EU)',
      body: 'In performing {contract} for {authority}, the {supplier} and its subcontractors shall comply with the applicable collective agreements and with the ILO Conventions on freedom of association (No. 87) and collective bargaining (No. 98) listed in Annex X of Directive 2014/24/EU, shall give workers’ representatives reasonable access to workers on the contract, and shall not penalise any worker for union membership or activity. A breach of this clause entitles {authority} to require its remedy within 30 days and, failing that, to terminate the contract.',
      jurisdictions: ['eu'],
      documentTypes: [],
      sectors: [],
      implements: 'Directive 2014/24/EU Art. 18(2), Art. 70 and Annex X',
      version: 1,
    },
  ],
  examples: [
    {
      // a clause applying the Fair Wages Resolution holds wages and conditions to the trade's agreed terms
      text: 'Each cleaning contract contains a clause requiring the contractor to observe the Fair Wages Resolution.',
      status: 'strong',
    },
    {
      // access for union officials is a right at work, whoever the sentence's agent is
      text: 'The Contractor shall allow visits to its sites by trade union officials.',
      status: 'strong',
    },
    {
      text: 'We expect our contractors to respect workers’ rights and pay on time.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      text: 'Every contractor on the scheme shall use direct employment, not bogus self-employment, for its site workers.',
      status: 'strong',
    },
    {
      text: 'The council asks its suppliers not to use unpaid trial shifts.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    // the agenda in other words: a recognition agreement, a union's reps by the union's name, fair treatment
    {
      text: 'The union will seek a recognition agreement with the new contractor.',
      status: 'weak',
      profile: { type: 'other' },
    },
    { text: 'Bidders should allow UNISON reps onto contract sites.', status: 'weak' },
    { text: 'We expect suppliers to treat their workforce fairly.', status: 'weak', profile: { type: 'policy' } },
    {
      // a union's representatives as those a review heard from: no practice of the supplier's
      text: 'The review heard from GMB and Unite representatives and from the regional director.',
      status: 'missing',
      profile: { type: 'other' },
    },
    {
      // the authority applying its own evaluation criteria binds no supplier
      text: 'The Council will apply Fair Work First criteria to relevant contracts.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // a call to make the provider recognise the union: the topic, asked for, not yet required
      text: 'The branch is calling on the council to require the trust to pay its staff fairly and recognise the union.',
      status: 'weak',
    },
    {
      // fair work in other words, asked for and not required
      text: 'Suppliers should demonstrate a commitment to fair and decent work, including job security.',
      status: 'weak',
    },
    {
      // workers' say in their work is workforce voice in other words
      text: 'We expect our suppliers to treat their workers fairly and to give them a say in how their work is organised.',
      status: 'weak',
    },
    {
      // a good employment charter by name, with nothing required
      text: 'The Good Work Charter sets out what we mean by good employment.',
      status: 'weak',
    },
    {
      text: 'Fair Work First conditionality, including effective voice for workers, now applies to every grant the agency awards.',
      status: 'strong',
    },
    { text: 'The Contractor shall not dismiss and re-engage staff on worse terms.', status: 'strong' },
    {
      text: 'The Contractor shall give recognised trade unions reasonable access to its workforce on the Contract.',
      status: 'strong',
    },
    {
      text: 'The Supplier must not use fire and rehire practices against workers on the Contract.',
      status: 'strong',
    },
    { text: 'Adherence to relevant collective agreements.', status: 'strong' },
    { text: 'Allow workers to join a trade union and bargain collectively without interference.', status: 'strong' },
    { text: 'Suppliers are encouraged to adopt fair work practices.', status: 'weak' },
    {
      text: 'Providers must make sure workers’ terms and conditions are lawful and adequate.',
      status: 'weak',
    },
    { text: 'Effective voice, such as trade union recognition', status: 'weak' },
    {
      text: 'The member asked the Minister whether contracts will require trade union recognition.',
      status: 'weak',
    },
    { text: 'The regulations apply across the European Union.', status: 'missing' },
    {
      text: 'The blacklist held the names of thousands of trade union members.',
      status: 'missing',
    },
  ],
};
