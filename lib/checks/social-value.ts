import { branches } from '../analysis/literals';
import {
  DESCRIBE_ONLY,
  EVALUATED_ONLY,
  firstHedge,
  firstMatch,
  generalStrength,
  hasObligation,
  hollowing,
  isHeadingLike,
  SOFT_HEDGES,
  type Verdict,
  WEIGHT,
} from '../analysis/strength';
import type { CheckDefinition, Marker } from './types';

/** A stated share of the award given to social value: the one thing that makes it count against price. */
const WEIGHTING = new RegExp(
  [
    // "10% of the total score allocated to social value"
    String.raw`\b[1-9]\d?(?:\.\d)?\s?%[^.;]{0,60}?\b(?:weight\w*|score\w*|marks?|criteri\w+|evaluat\w*|total)\b[^.;]{0,40}?\b(?:social value|community benefits?)\b`,
    // "a minimum of 10% social value", "15% for social value"
    String.raw`\b[1-9]\d?(?:\.\d)?\s?%\s(?:(?:for|to|on) )?(?:the )?(?:social value|community benefits?)\b`,
    // "social value weighting of 10%", "Social value: 10%", "Social value 10%", a question's label "(Social Value) – 10%"
    String.raw`\b(?:social value|community benefits?)\b(?:[^.;]{0,60}?\b(?:weight\w*|score\w*|marks?|criteri\w+|evaluat\w*|carr(?:y|ies)|accounts? for|worth|represents?)\b[^.;]{0,40}?|\s*\)?\s*[:|\-–(]?\s*)\b[1-9]\d?(?:\.\d)?\s?%`,
    // a notice's award criterion: "Quality criterion - Name: Social value / Weighting: 10", "Social value (10 marks)"
    String.raw`\b(?:social value|community benefits?)\b[^.;]{0,40}?\bweight(?:ing)?\s*[:\-–]?\s*[1-9]\d?(?:\.\d)?(?!\d|\.\d)(?!\s?(?:k|m|bn|million|years?)\b)`,
    String.raw`\b(?:social value|community benefits?)\b\s*[:\-–(]?\s*[1-9]\d?\s?(?:marks|points)\b|\b[1-9]\d?\s?(?:marks|points)\s(?:(?:for|to|on) )?(?:the )?(?:social value|community benefits?)\b`,
    // a share inside another criterion given to social value: "60% quality (of which 10% is social value)"
    String.raw`\b(?:of which|including|includ(?:es|ing)|with) (?:a )?[1-9]\d?(?:\.\d)?\s?% (?:is |are |will be )?(?:(?:allocated|given|assigned|attributed) )?(?:(?:for|to|on) )?(?:the )?(?:social value|community benefits?)\b`,
    // "social value carries 10 of the 100 marks", "worth 15 out of 100 points"
    String.raw`\b(?:social value|community benefits?)\b[^.;]{0,40}?\b[1-9]\d?\s(?:out )?of (?:the |a )?(?:total (?:of )?|available )?(?:100|1,?000)\b(?:\s(?:available\s)?(?:marks|points))?`,
  ].join('|'),
  'i',
);

/**
 * Social value by its other names, as a criterion that can carry a share: community wealth building, social return
 * on investment, local economic benefit, added value to the community.
 */
const OTHER_NAMES =
  /\b(?:socio-?economic (?:benefits?|value|outcomes?|well-?being|objectives?|commitments?|requirements?)|wider (?:social|community|socio-?economic) benefits?|community wealth building|social return on investment|SROI|local (?:economic|community) benefits?|(?:added|wider) (?:social )?value (?:to|for) (?:the )?(?:local )?communit(?:y|ies))\b/i;
/**
 * The Social Value Act's own definition, "economic, social and environmental well-being", in any order (with "ethical" or
 * "cultural" beside them, as the Welsh Act has it, and their "sustainability"); and Scotland's sustainable procurement duty,
 * the same duty by its own name (Procurement Reform (Scotland) Act 2014 s.9).
 */
const TRIPLE_WELLBEING =
  /\b(?:economic|social|environmental)(?:,? ?(?:and|\/|,) ?(?:economic|social|environmental)){2} (?:well-?being|benefits?|objectives?|considerations?|value|outcomes?)\b|\b(?=(?:(?:economic|environmental|ethical|cultural),? ?(?:and |\/ ?)?){0,3}social\b)(?:economic|social|environmental|ethical|cultural)(?:,? ?(?:and|\/|,) ?(?:economic|social|environmental|ethical|cultural)){2,3} (?:well-?being|sustainability)\b|\bsustainable procurement dut(?:y|ies)\b/i;
/**
 * Two of the Act's three words as what the award scores ("10% social and economic value", "local economic and social
 * benefits will account for 10%"), and "SV" as the abbreviation of a scored element. Only beside award words: in a
 * news story "the social and economic benefits of the scheme" are no clause.
 */
const PAIRED_NAMES =
  /\b(?:local )?(?:social and economic|economic and social|social and environmental|environmental and social) (?:value|benefits?|outcomes?)\b(?=[^.;]{0,60}?\b(?:weight\w*|scor\w*|marks?|evaluat\w*|award\w*|criteri\w*|\d+\s?(?:%|per ?cent)))|\b(?:social and economic|economic and social|social and environmental|environmental and social) (?:value|benefits?|outcomes?)\b(?<=\b(?:weight\w*|scor\w*|marks?|evaluat\w*|award\w*|criteri\w*|\d\s?(?:%|per ?cent))[^.;]{0,60}?\b(?:social and economic|economic and social|social and environmental|environmental and social) (?:value|benefits?|outcomes?))/i;
/** The community's benefit in other words, only as what the award scores: "wider benefits to the community account for 20%". */
const SCORED_BENEFITS =
  /\b(?:(?:local|wider) (?:community )?benefits?|benefits? (?:to|for) (?:the )?(?:local |wider )?communit(?:y|ies))\b(?=[^.;]{0,60}?\b(?:weight\w*|scor\w*|marks?|evaluat\w*|criteri\w*|\d+\s?(?:%|per ?cent)))|\b(?:(?:local|wider) (?:community )?benefits?|benefits? (?:to|for) (?:the )?(?:local |wider )?communit(?:y|ies))\b(?<=\b(?:weight\w*|scor\w*|marks?|evaluat\w*|criteri\w*|\d\s?(?:%|per ?cent))[^.;]{0,60}?\b(?:(?:local|wider) (?:community )?benefits?|benefits? (?:to|for) (?:the )?(?:local |wider )?communit(?:y|ies)))/i;
/** "SV" for social value, only before a word of its own (case-sensitive "SV": "the SV Plan", "SV weighting: 10%"). */
const SV_ABBREVIATION =
  /\bSV\b(?= (?:[Ww]eighting|[Ss]cor(?:e|ing)|[Cc]ommitments?|[Qq]uestions?|[Oo]ffers?|KPIs?|[Oo]utcomes?|[Dd]elivery|[Pp]lans?|[Rr]equirements?|[Ee]lement|[Cc]riteri(?:on|a)|[Rr]eports?|[Mm]onitoring|[Cc]redits?|[Aa]ction [Pp]lans?)\b|\s*[:\-–]\s*\d)/;
const SV_SPELT_OUT = new RegExp(SV_ABBREVIATION.source, 'g');

/** Every contract (procurement, tender) over a stated value: "applied to all procurements for contracts larger than £25,000". */
const EVERY_CONTRACT_OVER =
  /\b(?:all|every|each|any)\b[^.;]{0,40}?\b(?:procurements?|contracts?|tenders?)\b[^.;]{0,40}?\b(?:over|above|larger than|worth more than|exceeding|of more than|valued at more than|of at least)\s+£\s?\d/i;
/**
 * The same rule with no "all", the topic applied to contracts above the threshold in one clause: "the Buy Social requirements are to be used
 * in procurement above £2m". Under a social value heading, "For works contracts over £1m, the contractor will be
 * required to agree a skills plan" is a skills duty of its own.
 */
const CONTRACTS_OVER =
  /\b(?:social value|community benefits?|buy social|social clauses?)\b(?: (?:requirements?|clauses?|criteria|model))? (?:are|is|will be|shall be|must be|are to be|is to be) (?:\w+ )?(?:used|applied|included|required|mandatory)\b[^.;:]{0,60}?\b(?:procurements?|contracts|tenders)\s+(?:(?:valued|worth|with a value)\s+)?(?:over|above|exceeding|of more than)\s+£\s?\d/i;

/** Where the topic is named (social value, community benefits, the Act's definition or another name), for a share's distance to it. */
function topicAnchors(text: string): number[] {
  return [
    ...text.matchAll(/\b(?:social value|community benefits?)\b/gi),
    ...text.matchAll(new RegExp(OTHER_NAMES.source, 'gi')),
    ...text.matchAll(new RegExp(TRIPLE_WELLBEING.source, 'gi')),
    ...text.matchAll(/\bsocially responsible (?:public )?procurement\b/gi),
    ...text.matchAll(new RegExp(PAIRED_NAMES.source, 'gi')),
    ...text.matchAll(new RegExp(SCORED_BENEFITS.source, 'gi')),
    ...text.matchAll(new RegExp(SV_ABBREVIATION.source, 'g')),
  ].map((m) => m.index ?? 0);
}

/** A share of the score: "10%", "15 per cent", "ten per cent", "a fifth of". */
const SHARE =
  /\b(?:(\d{1,2}(?:\.\d)?)\s?(?:%|per ?cent\b)|(five|ten|fifteen|twenty|twenty-five|thirty)\s(?:per ?cent)\b|(?:a|one)\s(tenth|fifth|quarter)\s(?=of\b))/gi;
const SHARE_WORDS: Record<string, number> = {
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
  tenth: 10,
  fifth: 20,
  quarter: 25,
};
/** The percentage a SHARE match states. */
function shareValue(m: RegExpMatchArray): number {
  return m[1] ? Number(m[1]) : (SHARE_WORDS[(m[2] ?? m[3] ?? '').toLowerCase()] ?? Number.NaN);
}
/** Words that put a share in the award: a weighting, a score, marks, the evaluation or its criteria. */
const AWARD_WORD = /\b(?:weight\w*|scor\w*|marks?|criteri\w+|evaluat\w*|assess(?:ed|ment)?)\b/i;
/** How near (in characters, within one sentence) a share must be to "social value" to be its weight. */
const SHARE_REACH = 90;

/**
 * A weighting in any word order: social value, a share and an award word in one sentence, the share near the
 * topic ("a weighting of 20% is applied to social value", "social value at a minimum of 10% in all
 * evaluations", "a social value weighting of at least 10 per cent").
 */
function statesWeighting(body: string): boolean {
  if (WEIGHTING.test(body) || CRITERIA_ROW.test(body)) return true;
  // "a minimum weighting of 10%" anywhere in a sentence whose only criterion is social value is its weighting
  if (OWN_WEIGHTING.test(body) && topicAnchors(body).length && !OTHER_CRITERION_NAMED.test(body)) return true;
  if (AWARD_LIST.test(body) && LISTED_WEIGHT.test(body)) return true;
  if (!AWARD_WORD.test(body)) return false;
  const anchors = topicAnchors(body);
  for (const m of body.matchAll(SHARE))
    if (!otherCriterionShare(body, m) && anchors.some((a) => Math.abs(a - (m.index ?? 0)) <= SHARE_REACH)) return true;
  return false;
}

/** The clauses of a sentence that state its weighting; the whole sentence when no one clause does. */
function weightingClauses(body: string): string[] {
  const clauses = body.split(/;|,\s+(?:and|but|while|whereas)\s+/);
  const own = clauses.length > 1 ? clauses.filter((c) => statesWeighting(c)) : [];
  return own.length ? own : [body];
}

/** The hedge that matters for a weighting is in its own clause: "accounted for 15%, and the commitments would bind". */
function weightingHedged(body: string): boolean {
  return weightingClauses(body).some((c) => firstHedge(SOFT_HEDGES, c) !== undefined);
}
/** A weighting only aimed at or planned, whatever duty comes before it: "we will … and aim to apply a weighting of 10%". */
const AIMED_WEIGHTING =
  /\b(?:aim(?:s|ing)?|seek(?:s|ing)?|hop(?:e|es|ing)|intend(?:s|ing)?|plan(?:s|ning)?|propos(?:e|es|ing)) to (?:\w+ ){0,2}?(?:apply|introduce|use|adopt|set|give|allocate|attach)\b[^.;]{0,40}?\bweight|\b(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|request(?:s|ed|ing)?)\b[^.;]{0,80}?\bto (?:raise|increase|lift|double|set|introduce|apply)\b[^.;]{0,40}?\bweight/i;

/** So is what hollows it: "we must have regard to the policy statement, and we assess social value at 10%" weights it. */
function weightingHollowed(body: string): boolean {
  return weightingClauses(body).some((c) => hollowing(c) !== undefined);
}

/** A weighting stated with its own word: "a minimum weighting of 10%", "weighted at 15%", "a 20% weighting". */
const OWN_WEIGHTING =
  /\b(?:weighting|weighted) (?:of |at )?(?:at least |no less than |not less than |a minimum of )?[1-9]\d?(?:\.\d)?\s?(?:%|per ?cent\b)|\b[1-9]\d?(?:\.\d)?\s?(?:%|per ?cent) (?:minimum )?weighting\b/i;
/** Another award criterion named in the same sentence, which a stated weighting may belong to. */
const OTHER_CRITERION_NAMED =
  /\b(?:quality|price|cost|technical|commercial|financial|carbon|net zero|environmental)\b/i;

/** A share named for another criterion ("70% quality and 30% price, with social value within quality"). */
const OTHER_CRITERION =
  /^\s?(?:%|per ?cent)?\s*(?:(?:for|on|to) )?(?:the )?(?:quality|price|cost|technical|commercial|financial)\b/i;
const OTHER_CRITERION_BEFORE =
  /\b(?:quality|price|cost|technical|commercial|financial)(?: (?:weighting|score|element))?\s*(?:of|at|[:\-–])?\s*$/i;
function otherCriterionShare(body: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  const after = body.slice(at + m[0].length, at + m[0].length + 30);
  const before = body.slice(Math.max(0, at - 30), at);
  return OTHER_CRITERION.test(after) || OTHER_CRITERION_BEFORE.test(before);
}

/**
 * Award criteria listed with bare numbers ("Award criteria: Quality 60, Price 30, Social value 10"), or a criteria
 * table's row that is nothing but the criterion and its number ("Social value | 10"): the numbers are the weights.
 */
const AWARD_LIST = /\b(?:award|evaluation|tender) criteri\w*|\bweightings?\b/i;
const LISTED_WEIGHT =
  /\b(?:social value|community benefits?)\s*[:|\-–]?\s*[1-9]\d?(?:\s?%)?(?![.,]?\d|\s*(?:k|m|bn|million|years?|months?|weeks?|days?|hours?|jobs|apprentice\w*|people|staff)\b)/i;
const CRITERIA_ROW = /^\s*(?:social value|community benefits?)\s*(?:[|:\t–-]\s*)+[1-9]\d?\s*(?:%|marks|points)?\s*$/i;

/** A share stated as a floor: "a minimum weighting of 10%", "at least 15%", "no less than 20%". */
const MINIMUM_SHARE =
  /\b(?:minimum(?: (?:social value )?weighting)?(?: of)?|at least|no less than|not less than)\s(?:a\s)?(?:\d{1,2}(?:\.\d)?\s?(?:%|per ?cent\b)|(?:five|ten|fifteen|twenty|twenty-five|thirty) per ?cent\b)/i;

/** A ceiling, not a share: "up to 20%" may mean nothing is weighted at all. */
/** Only a ceiling: "up to 20%", or a range that starts at nothing ("0–10%", "between 0% and 10%"). */
const UPPER_BOUND =
  /\bup to (?:a (?:maximum|max) of )?[1-9]\d?(?:\.\d)?\s?(?:%|per ?cent\b)|(?<![\d.])0\s?(?:%|per ?cent)?\s?(?:[-–—]|to|and)\s?[1-9]\d?(?:\.\d)?\s?(?:%|per ?cent\b)/i;

/** Policy notes that set a 10% minimum social value weighting. */
const MINIMUM_POLICY = /\bPPN\s?(?:002|06\/20|01\/21)\b|\bsocial value model\b/i;

/** The percentage stated nearest to the words "social value" (or "community benefit"). */
function socialValueShare(text: string): number | undefined {
  const anchors = topicAnchors(text);
  let best: { share: number; distance: number } | undefined;
  for (const m of text.matchAll(SHARE)) {
    // "Quality 25%, Social Value 5%": the share named for another criterion is not social value's, however near
    if (otherCriterionShare(text, m)) continue;
    let distance = Number.POSITIVE_INFINITY;
    for (const a of anchors) distance = Math.min(distance, Math.abs(a - (m.index ?? 0)));
    if (!best || distance < best.distance) best = { share: shareValue(m), distance };
  }
  return best?.share;
}

/**
 * Social value to be delivered as a stated share of the contract's value ("social value worth at least 5% of the
 * contract value", "10% of the contract value in social value"): a measured target, not a general aim.
 */
const VALUE_TARGET =
  /\b\d{1,2}(?:\.\d)?\s?(?:%|per ?cent\b) of (?:the |its |their |each |every )?(?:total |annual |overall )?contract(?:'s|’s)? (?:value|price|spend)\b|£\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?\b (?:(?:worth )?of |in )(?:additional |added )?(?:social value|community benefits?)\b|\b(?:social value|community benefits?)(?: (?:commitments?|benefits?|outcomes?|offers?|packages?|pledges?))? (?:worth|valued at|to the value of|totalling) (?:at least |a minimum of |over |more than )?£\s?\d/i;

/**
 * The supplier held to what it offered, in a relative clause ("deliver the social value outcomes it proposed",
 * "the community benefits that the contractor offered"): its own offer made its duty.
 */
const OWN_OFFER =
  /\b(?:deliver\w*|provid\w*|meet|achiev\w*|honour\w*|fulfil\w*) (?:all |each of )?(?:the |its |their )?(?:social value |community benefits? )?(?:commitments?|offers?|proposals?|outcomes?|targets?|benefits?|pledges?) (?:that |which )?(?:it|they|he|she|the (?:supplier|contractor|provider|bidder|tenderer|developer|operator)s?) (?:has |have |had )?(?:proposed|offered|promised|pledged|committed to|made|put forward|submitted)\b/i;

/** Words that make a social-value promise measurable or contractual. */
const COMMITMENT =
  /\b(?:KPIs?|(?:is|are) (?:a |an )?(?:core|key|central|integral|essential|binding|contractual) part of (?:the|this|our|each|every|their|its) contracts?|form(?:s|ing)? (?:a |an )?(?:part|term|condition) of (?:the |this |their |each |every |any )?contracts?|key performance indicators?|contract(?:ual)? (?:social value |community benefits? )?(?:terms?|conditions?|commitments?|requirements?|obligations?)|(?:clauses?|requirements?|commitments?|proposals?|offers?|plans?|responses?|submissions?)(?:\s*[-–—(,](?:[^.;]|(?<=\d)\.(?=\d)){1,80}?[-–—),])?\s(?:\w+\s){0,6}(?:built|written|included|incorporated)\s(?:in|into|within)\s(?:the |all |their |its |public |procurement )*(?:[\w-]+ ){0,3}?(?:contracts?|schedule \d+)|(?:community benefits?|social value|buy social|social|targeted recruitment and training|TR ?& ?T)(?: (?:requirements?|clauses?|commitments?))? (?:are|is|was|were|will be|shall be|have been|has been) (?:now |also |always |routinely )?(?:included|incorporated|built|written|embedded) (?:in|into|within) (?:this|the|all|every|each|our|future|new|public|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|most|both) (?:\w+ ){0,4}?(?:requirements?|contracts?|call-?offs?)|contracts?\b[^.;]{0,60}?\b(?:in|within|into) which (?:\w+ ){0,2}?(?:have |has |had )?(?:embedded|included|incorporated|built in|written in) (?:\w+ ){0,2}?(?:social value|community (?:and social )?benefits?|community benefit clauses)|(?:contracts?|agreements?|frameworks?|procurements?)\b[^.;]{0,60}?\b(?:(?:will|shall|must|should|to) (?:also |now )?(?:include|contain|incorporate|carry)|(?:now |also |all )?(?:includes?|contains?|incorporates?|carr(?:y|ies))) (?:\w+ ){0,3}?(?:social value|community benefits?|social) (?:clauses?|requirements?|commitments?|obligations?|targets?|outcomes?|measures?|KPIs?)|contracts?\b[^.;]{0,40}?\b(?:now |also |all )?(?:includes?|contains?|incorporates?|carr(?:y|ies)) (?:a |an )?(?:\w+ )?(?:requirements?|clauses?|obligations?|dut(?:y|ies)|conditions?) (?:to (?:deliver|provide|secure|achieve) |on |for |relating to )(?:\w+ ){0,2}?(?:social value|community benefits?)|contracts?\b[^.;]{0,60}?\b(?:(?:have|has|had) (?:all |also )?)?(?:included|contained|incorporated|carried) (?:\w+ ){0,2}?(?:social value|community benefits?|buy social|social|TR ?& ?T) (?:clauses?|requirements?|commitments?|obligations?|KPIs?)|contractually (?:binding|enforceable|obliged|required|bound)|(?:includ(?:e|es|ed|ing)|incorporat(?:e|es|ed|ing)|buil(?:d|ds|t|ding)|writ(?:e|es|ing|ten)|wrote|embed(?:s|ded|ding)?) (?:\w+ ){0,2}?(?:social value|community benefits?|social) (?:clauses?|requirements?|commitments?|obligations?|outcomes?|KPIs?|measures?|targets?) (?:in|into|within) (?:\w+ ){0,3}?contracts?\b|clauses? (?:will|shall|must) (?:also )?apply to (?:this|the|all|every|each) (?:\w+ ){0,2}?contracts?\b|(?:a |an )?(?:contractual |mandatory |key |core )?requirements? of (?:the |this |all |every |each |any )?(?:\w+ ){0,2}?contracts?\b|held to (?:the |their |its )?(?:social value |community benefits? )?commitments|hold\w* (?:the |each |every |all |our )?(?:successful )?(?:contractors?|suppliers?|providers?|bidders?|them|it) (?:\w+ )?to (?:the |their |its )?(?:social value |community benefits? )?commitments|(?:inclusion|incorporation) of (?:\w+ ){0,3}(?:clauses?|requirements?|commitments?) (?:in|into|within) (?:the |all |their |its |public |procurement )*contracts?|mandatory|(?:standard )?reporting metrics?|model award criteria|social value (?:model|delivery plan|measures)|delivery plan|TOMs|themes,? outcomes,? (?:and )?measures|measures? for suppliers|(?:report\w* |returns? (?:\w+ )?)(?!to (?:the )?(?:cabinet|committee|full council|council|members|councillors|board|scrutiny|executive)\b)(?:[‘'“"(]{0,2}\w+[’'”")]{0,2} ){0,5}(?:quarterly|monthly|annually|(?:bi|half-?|six-?)(?:annually|monthly|yearly)|(?:each|every) (?:\w+ )?(?:quarter|months?|weeks?|years?)|(?:each|every) (?:contract |performance )?(?:review|monitoring|management|progress) meetings?)|(?:report\w*|monitor\w*|measur\w*) (?:on|against) (?:the |its |their )?(?:social value|community benefits?)|report\w* (?:progress|performance|delivery) (?:against|on) (?:the |its |their )?(?:social value |community benefits? )?(?:commitments?|targets?|KPIs?|plans?)|report\w* (?:progress|performance|delivery) (?:against|on) (?:the |its |their |each |every |all )?(?:agreed )?(?:social value|community benefits?)\b|(?:quarterly|monthly|annual|six-monthly|half-yearly) (?:social value |community benefits? )?(?:monitoring|progress|KPI) (?:returns?|reports?)|(?:deliver\w*|meet|achiev\w*) (?:the following |these |its |their |the agreed )?(?:minimum |numerical |annual )?targets (?:for|of|on) (?:\w+ ){0,3}?(?:employment|jobs|training|apprentice\w*|placements?|recruitment|spend|volunteering|skills)\b|(?:deliver\w*|meet|achiev\w*|honour\w*|fulfil\w*|implement\w*|comply with|carry out) (?:all |each of )?(?:the |its |their )(?:agreed |accepted |approved )?(?:social value|community benefits?|buy social) (?:commitments?|outcomes?|targets?|KPIs?|(?:delivery |action )?plans?|offers?|requirements?)\b|(?:deliver\w*|provid\w*|meet|achiev\w*) (?:all |each of )?(?:the |its |their |any )?(?:agreed )?(?:social value |community benefits? |(?:[\w-]+ ){1,2})?(?:commitments?|offers?|proposals?|outcomes?|targets?|benefits?) (?:\w+ ){0,3}?(?:in|from|of|at|with|under) (?:the |its |their |this |his |her )?(?:successful )?(?:tender|bid|response|proposal|submission|schedule|appendix|annex|contract award|award)s?|fail\w* to (?:deliver|meet|achieve|honour|comply with)\b[^.;]{0,80}?\b(?:is|are|will be|shall be|constitutes?|amounts? to|(?:will|shall) (?:constitute|amount to)|(?:will be|shall be|is) treated as) (?:a |an )?(?:material |fundamental |serious )?breach|fail\w* to (?:deliver|meet|achieve|honour|comply with)\b[^.;]{0,80}?\b(?:result in|lead to|attract|incur|be subject to|make \w+ liable (?:for|to)) (?:a |an )?(?:financial )?(?:penalt(?:y|ies)|deductions?|liquidated damages|service credits?|withheld payments?|payments? (?:being )?withheld))\b/i;
/** COMMITMENT's alternatives one by one: the same answer, each with its own literal scan. */
const COMMITMENT_BRANCHES = branches(COMMITMENT);

/**
 * The benefits to be delivered named in the duty itself ("deliver community benefits including two apprenticeships",
 * "social value in the form of work placements for local people"): the obligation is specific without a weighting.
 */
/** The benefits a social value duty can name. */
const BENEFIT = String.raw`\b(?:apprentice\w*|traineeships?|(?:new entrant )?trainees?|weeks of (?:paid )?employment|work (?:placements?|experience)|(?:new |local )?jobs? (?:for|to)|targeted recruitment|employment (?:opportunities )?for|training places|(?:hours|days) of volunteering|subcontract\w* (?:opportunities|to|with))`;
/** Social value and the clauses that carry it, by their names. */
const SOCIAL_CLAUSE = '(?:social value|community benefits?|targeted recruitment and training|TR ?& ?T)';
const NAMED_BENEFITS = new RegExp(
  [
    // "community benefits including two apprenticeships", "Buy Social clauses require the contractor to employ …"
    String.raw`\b(?:${SOCIAL_CLAUSE}|social clauses?|buy social)\b[^.;]{0,60}?\b(?:including|such as|in the form of|namely|comprising|through|includes?|by (?:providing|creating|offering))\b[^.;]{0,40}?${BENEFIT}`,
    // "Buy Social requirements for all contracts over £2 million, requiring the successful contractor to provide one apprenticeship"
    String.raw`\b(?:${SOCIAL_CLAUSE}|social clauses?|buy social)\b[^.;]{0,120}?\brequir\w* (?:the |each |every |all )?(?:successful )?(?:contractors?|suppliers?|providers?) to (?:employ|provide|create|offer|deliver|take on|recruit)\b[^.;]{0,80}?${BENEFIT}`,
    // "Under the Buy Social requirements, the Contractor shall employ one new entrant trainee per £1m"
    String.raw`\b(?:${SOCIAL_CLAUSE}|social clauses?|buy social)\b[^.;]{0,60}?\b(?:contractors?|suppliers?|providers?|developers?|operators?) (?:shall|must|will|is required to|agrees? to) (?:employ|provide|create|offer|deliver|take on|recruit)\b[^.;]{0,40}?${BENEFIT}`,
    // "two apprenticeships as part of its community benefits"
    String.raw`\b(?:apprentice\w*|traineeships?|work (?:placements?|experience)|training places)\b[^.;]{0,80}?\b(?:as part of|under|towards) (?:its |their |the )?(?:social value|community benefits?)`,
    // "under the targeted recruitment and training clause, the contractor must offer four traineeships"
    String.raw`\b(?:under|as part of|through) (?:the |its |their )?${SOCIAL_CLAUSE}\b[^.;]{0,80}?${BENEFIT}`,
  ].join('|'),
  'i',
);

/**
 * What the bidder offers made a term of the contract: "their answers will form part of the contract",
 * "the commitments become key performance indicators in the contract".
 */
const BECOMES_TERM =
  /\b(?:form(?:s|ing)? (?:a |an )?(?:part|term|condition) of (?:the |this |their |each |every |any )?contracts?|(?:become|becomes|will become) (?:a |an )?(?:contract(?:ual)? (?:terms?|obligations?|commitments?|conditions?)|(?:part|term|condition) of (?:the |this |their )?contracts?)|(?:become|becomes|will become|are turned into|are made) (?:\w+ ){0,2}?(?:KPIs?|key performance indicators|performance measures|obligations|terms|conditions) (?:in|of|within|under) (?:the |this |their |each |every )?contracts?|contractually (?:binding|enforceable|bound to)|(?:reported|monitored|managed|tracked|measured|enforced) (?:as|through) (?:the )?(?:contract(?:ual)? )(?:KPIs?|key performance indicators))\b/i;

/** "Where ... are included in a contract, the authority must ...": the duty hangs on a condition, not on social value. */
const LEADING_CONDITION = /^\s*(?:\(\w+\)\s*)?(?:where|if|when|unless)\b[^,]*,/i;

/**
 * Stated as done or as the rule: "clauses ... included in public contracts", "the contract includes community benefits
 * such as ...", "a policy that requires all contracts over £100,000 to include social value outcomes".
 */
const INCLUDED_IN_CONTRACT =
  /\bcontracts?\b[^.;]{0,60}?\b(?:in|within|into) which\b[^.;]{0,30}?\b(?:embedded|included|incorporated|built in|written in)\b|\b(?:is|are) (?:a |an )?(?:core|key|central|integral|essential|binding|contractual) part of (?:the|this|our|each|every|their|its) contracts?\b|\b(?:built|written|included|incorporated|embedded) (?:(?:\w+ ){1,4}?)?(?:in|into|within) (?:\w+ ){0,5}?(?:contracts?|call-?offs?|requirement|schedule \d+)\b|\b(?:the|this|each|every|all|its|their|our) (?:\w+ ){0,5}?(?:contracts?|agreements?)\b(?:[^.;,]{0,60}?\b| )(?:now |also |all )?(?:(?:have|has|had) (?:all |also )?)?(?:includes?|included|contains?|contained|incorporates?|incorporated)\b|\brequir\w* (?:all |every |each |the )?(?:\w+ ){0,2}?contracts?\b[^.;]{0,40}?\bto (?:include|contain|incorporate|carry)\b|(?<!\bto )\b(?:include|incorporate|build|write|embed)s? (?:\w+ ){1,5}?(?:in|into|within) (?:the |all |every |each |our |its |their |public |new |future |procurement |major |regulated )*contracts?\b(?! register)/i;

/** A relative or following clause that picks up what came before: "…, which will be written into the contract". */
const PICKED_UP =
  /,\s*(?:which|and (?:these|those|they|this|any such (?:\w+ )?(?:commitments?|offers?|proposals?)))\b/i;

/**
 * Hoped for, then made a term: "Bidders are expected to offer social value commitments, which will be written into
 * the contract." What the first clause only hopes for, the clause after it makes binding, unless that one is hedged too.
 */
function termedAfterHedge(body: string): boolean {
  const m = PICKED_UP.exec(body);
  if (!m) return false;
  const after = body.slice(m.index + m[0].length);
  return (
    (BECOMES_TERM.test(after) || INCLUDED_IN_CONTRACT.test(after)) &&
    !hollowing(after) &&
    !firstHedge(SOFT_HEDGES, after)
  );
}

/** A resolution recorded as decided: "To agree that ...", "Resolved: ...". */
const RESOLUTION =
  /^\s*(?:\d+\.\s*)?(?:to agree|to approve|resolved|agreed|it was resolved)\b|\b(?:council(?:lors)?|cabinet|committee|members|(?:the )?board|full council|the executive)\b[^.;]{0,30}?\b(?:agreed|resolved|decided|approved|adopted)\b(?: (?:unanimously|today|yesterday|on \w+day))? that\b/i;

/** The authority says social value has no separate weight: the usual way it is left out of the award. */
const NO_WEIGHT =
  /\b(?:does not|do not|did not|will not)\s(?:have|carry|include|attract|apply)\b[^.]{0,40}\bweight|\bno (?:specific |separate )?(?:social value )?weighting\b|\b0\s?%[^.]{0,40}\bsocial value|\bsocial value[^.]{0,40}\b0\s?%/i;

/** Contracts counted as lacking the clauses: "none of our contracts include", "not all contracts contain". */
const NO_CONTRACTS =
  /\bno (?:\w+ ){0,2}?(?:social value|community benefits?) (?:\w+ ){0,2}?(?:was|were|has been|have been|is|are) (?:\w+ )?(?:included|incorporated|set|written|built|required)\b|\b(?:contains?|contained|includes?|included|carr(?:y|ies)|has|have|had) no (?:\w+ ){0,2}?(?:social value|community benefits?)\b|\b(?:none|not all|few|hardly any) of (?:the |our |its |their |these )?(?:\w+ ){0,2}contracts?\b|\b(?:no|few|not all|not every) (?:\w+ ){0,2}contracts?\b(?=[^.;]{0,60}?\b(?:include|contain|carry|incorporate|have)\b)/i;

/** Social-value wording that sounds like a commitment but scores and binds nothing. */
const HOLLOW_SOCIAL_VALUE: Marker[] = [
  {
    pattern: /\badded social value\b|\bsocial value statement\b(?![^.]*\bweight)/i,
    why: 'added value or a statement with no weighting: nothing is scored or made a term',
  },
  {
    pattern: /\b(?:will|may|can) be (?:considered|taken into account)\b|\btak(?:e|es|ing) into account\b/i,
    why: 'social value is to be taken into account, with no weighting or contract term',
  },
  {
    // assessed as part of other questions or criteria: "integrated into each quality question", "embedded within the technical criteria"
    pattern:
      /\b(?:integrat|embedd|fold|assess|evaluat|consider)\w* (?:into|in|within|as part of|through|across|under) (?:each|every|the|all|other|existing|wider|relevant) (?:\w+ ){0,2}(?:questions?|criteri\w+|quality (?:score|section|element))\b/i,
    why: 'folded into other questions: social value has no weight of its own',
  },
];

/** Social value weighed in the award and delivered under the contract. */
export const socialValue: CheckDefinition = {
  id: 'social-value',
  title: 'Social value in the award and the contract',
  theme: 'community-and-environment',
  summary:
    'Social value carries a stated weight in the award (at least 10% where central-government or Northern Ireland policy applies), and the winning bidder’s commitments become measured, reported contract terms.',
  explanation:
    'Social value is what a contract does for the area beyond the service itself: decent local jobs, apprenticeships, work for small firms and charities, lower emissions. Unless it has its own weight in the scoring, the cheapest bid wins and the promises in it are decoration; unless the promises are written into the contract as measured commitments with reporting, nobody can hold the supplier to them. A policy that the council will "seek" or "consider" social value, or a mention of the Social Value Act in the background, secures nothing for workers or residents.',
  cues: [
    /\bsocial value\b/i,
    /\bcommunity benefits?\b/i,
    /\bsocial (?:clauses?|considerations?)\b/i,
    /\bsocial consideration clauses?\b/i,
    /\bbuy social\b/i,
    // Wales' name for it (Social Partnership and Public Procurement (Wales) Act 2023), in either word order
    /\bsocially responsible (?:procurement|public procurement)\b|\b(?:procure\w*|purchas\w*|buy\w*|commission\w*)\b[^.;]{0,40}?\bin a socially responsible (?:way|manner)\b/i,
    // the same by other names: community wealth building, social return on investment, local economic benefit
    OTHER_NAMES,
    PAIRED_NAMES,
    SCORED_BENEFITS,
    SV_ABBREVIATION,
    /\bsocial public works clauses?\b/i,
    TRIPLE_WELLBEING,
    /\bsocial and environmental benefits\b/i,
    // targeted recruitment and training: the community benefit clause by its own name (Scotland, Northern Ireland)
    /\btargeted recruitment and training\b|\bTR ?& ?T\b/i,
    // the National TOMs framework by its name: the social value measures a bidder commits to
    /\b(?:National )?TOMs\b|\bthemes,? outcomes,? (?:and )?measures\b/,
  ],
  falseFriends: [
    {
      name: 'a duty to have regard to or comply with the Social Value Act is the statute standing in for a clause',
      pattern:
        /\b(?:(?:have|having|has) regard to|compl(?:y|ies|iance) with|in accordance with|(?:duty|duties|obligations?|requirements?) (?:under|of)) (?:the )?(?:requirements of (?:the )?)?(?:public services \(social value\) act(?: 2012)?|social value act(?: 2012)?)/gi,
      effect: 'weak',
      why: 'the statute’s duty to consider social value, applied here: nothing is weighted or made a term',
      examples: ['Where relevant, officers shall have regard to the Public Services (Social Value) Act 2012.'],
    },
    {
      name: 'the Social Value Act named as background is not a social-value clause',
      // not when the Act names what is scored: "a 10% weighting applied to the Social Value Act criterion"
      pattern:
        /(?:\b(?:the )?public services \(social value\) act(?: 2012)?\b|\bthe social value act(?: 2012)?\b)(?!(?: 2012)? (?:criteri(?:on|a)|questions?|element|weighting|scores?)\b)/gi,
      effect: 'ignore',
      why: 'the statute named as background: it puts a duty to consider on the authority, not a term in this contract',
      examples: ['On 31 January 2013 the Public Services (Social Value) Act 2012 came fully into force.'],
    },
    {
      name: "social value named among an organisation's own values is a motto, not a clause",
      pattern:
        /\bsocial value\b[^.;]{0,60}?\b(?:among|as one of|is one of|are among) (?:its|our|their|the [\w’']+) (?:\w+ ){0,2}values\b|\b(?:our|its|their) (?:\w+ ){0,2}values\b(?: of| are| include| such as|:)[^.;]{0,80}?\bsocial value\b/gi,
      effect: 'ignore',
      why: 'one of the organisation’s own values, named as a motto: nothing is weighted or made a term',
      examples: [
        'The trust lists “respect and social value” among its core values.',
        'Our values are integrity, openness and social value.',
      ],
    },
    {
      name: "the organisation's own mission of creating social value by its work is not procurement",
      // not "we create social value through our contracts": that is the procurement
      pattern:
        /\b(?:we|the (?:council|authority|trust|service|university|college|board|association)) (?:\w+ ){0,2}?(?:create|creates|add|adds|generate|generates)\s+social value\b(?![^.;]{0,60}?\b(?:contracts?|procurement|purchasing|suppliers?|spend|commissioning|tenders?)\b)[^.;]*/gi,
      effect: 'ignore',
      why: 'the organisation’s own work described as creating social value: nothing is bought or weighted',
      examples: ['Through prevention and education we create social value for every household in the county.'],
    },
    {
      name: "'value for money' and 'social care' are not social value",
      pattern: /\bvalue for money\b|\bsocial (?:care|housing|work(?:ers?)?|media|security)\b/gi,
      effect: 'ignore',
      why: 'a price test or a service name, not social value',
      examples: ['The contract for adult social care must represent value for money.'],
    },
    {
      name: 'an invitation to follow, join or sign up (a group, a newsletter, an event) is not a clause',
      pattern:
        /\b(?:join|follow|sign up|subscribe|register|book)\b(?<!\b(?:required|obliged|bound|must|shall|agrees?|undertakes?|commits?)(?: to)? (?:join|follow|sign up|subscribe|register|book))(?![^.;]{0,60}\b(?:charter|pledge|code|covenant|principles)\b)[^.;]{0,60}\b(?:social value|community benefits?)\b[^.;]{0,60}|\b(?:social value|community benefits?)\b[^.;]{0,60}\b(?:linkedin|twitter|facebook|newsletter|webinar|network(?:ing)? event|mailing list|group)\b/gi,
      effect: 'ignore',
      why: 'an invitation to a group, mailing list or event: it commits no one to anything',
      examples: [
        'Join our Social Value network on LinkedIn to hear about new opportunities.',
        'Sign up for the community benefits newsletter.',
      ],
    },
    {
      name: 'a Social Value Portal advert or sign-up link is not a clause',
      // the portal used to measure or record the supplier's commitments is the contract's reporting, not an advert
      pattern:
        /\bsocial value portal\b(?![^.;]{0,80}\b(?:measur|record|monitor|track|verif|report|return|commitment|KPI)\w*)/gi,
      effect: 'ignore',
      why: 'a reporting service’s name, not a commitment in the contract',
      examples: ['Register on the Social Value Portal to receive our newsletter.'],
    },
  ],
  // under a social value heading or question, a share of the score in other words is its weighting ("which carries 5%
  // of the overall quality score")
  sectionCues:
    /\b(?:carr(?:y|ies|ying)|worth|accounts? for|weighted at|makes? up|represents?)\b[^.;]{0,20}?\b\d{1,2}(?:\.\d)?\s?(?:%|per ?cent)(?: of)?\b/i,
  weakMarkers: HOLLOW_SOCIAL_VALUE,
  strongMarkers: [],
  assess(sentence, ctx) {
    if (NO_WEIGHT.test(sentence))
      return {
        strength: 'weak',
        why: 'the text says social value carries no weighting of its own',
        weight: WEIGHT.specific,
      } satisfies Verdict;
    // "the SV Plan" is read as what it abbreviates
    const body = sentence.replace(LEADING_CONDITION, '').replace(SV_SPELT_OUT, 'social value');
    const weighted = statesWeighting(body);
    const hedgedShare = weighted && weightingHedged(body);
    if (!weighted && NO_CONTRACTS.test(body))
      return {
        strength: 'weak',
        why: 'the text says the contracts do not (all) carry social value terms',
        weight: WEIGHT.specific,
      } satisfies Verdict;
    const hollow = hollowing(sentence);
    // an award question on social value is how its weighting is applied: a stated share still decides
    // ...and so does the answer made a term of the contract: what the bidder describes, it must then deliver
    if (
      hollow &&
      !((hollow.why === DESCRIBE_ONLY || hollow.why === EVALUATED_ONLY) && (weighted || BECOMES_TERM.test(body))) &&
      !(weighted && !weightingHollowed(body)) &&
      !termedAfterHedge(body)
    )
      return hollow;
    // a stated share is a weight of its own, however the sentence says it is assessed
    const vague = weighted ? undefined : firstMatch(HOLLOW_SOCIAL_VALUE, sentence);
    if (vague) return { strength: 'weak', why: vague.why, weight: WEIGHT.clause } satisfies Verdict;
    const termed =
      COMMITMENT_BRANCHES.some((b) => b.test(body)) ||
      VALUE_TARGET.test(body) ||
      OWN_OFFER.test(body) ||
      termedAfterHedge(body);
    const named = !termed && NAMED_BENEFITS.test(body);
    const committed = named || termed;
    const share = weighted ? socialValueShare(body) : undefined;
    // PPN 002 (central government) and NI PPN 01/21 set 10% as the floor: less falls short of the policy
    if (share !== undefined && share < 10 && (ctx.profile.jurisdiction === 'ni' || MINIMUM_POLICY.test(body)))
      return {
        strength: 'weak',
        why: `social value weighted at ${share}%, below the 10% minimum the applicable policy note sets`,
        weight: WEIGHT.specific,
      } satisfies Verdict;
    if (weighted && weightingClauses(body).some((c) => AIMED_WEIGHTING.test(c)))
      return {
        strength: 'weak',
        why: 'a weighting only aimed at or planned: no share of the score is set yet',
        weight: WEIGHT.specific,
      } satisfies Verdict;
    if (!weighted && !committed) {
      const general = generalStrength(sentence);
      if (general.strength === 'weak') return general;
      // bound to every contract over a stated value: a rule with its scope, not social value in general terms
      if (EVERY_CONTRACT_OVER.test(body) || CONTRACTS_OVER.test(body))
        return {
          strength: 'strong',
          why: 'social value is required in every contract over a stated value',
          weight: WEIGHT.clause,
        } satisfies Verdict;
      return {
        strength: 'weak',
        why: 'social value is required in general terms, with no weighting, measure or contract term',
        weight: WEIGHT.mention,
      } satisfies Verdict;
    }
    if (isHeadingLike(sentence) && !weighted)
      return {
        strength: 'weak',
        why: 'only a heading or list entry: it names the topic but binds no one',
        weight: WEIGHT.heading,
      } satisfies Verdict;
    // whoever carries it, a binding weighting or contract term is the clause: the authority applies the award criteria
    // a weighting stated as fact ("Social value 10%") is the award rule itself, unless it is only suggested
    // a weighting set as a floor ("a minimum weighting of 10%", "at least 15%") is a rule even in a policy's "should"
    const ceiling = weighted && UPPER_BOUND.test(body) && !MINIMUM_SHARE.test(body);
    const binding =
      (weighted && !ceiling && (!hedgedShare || MINIMUM_SHARE.test(body))) ||
      hasObligation(body) ||
      RESOLUTION.test(sentence) ||
      ((INCLUDED_IN_CONTRACT.test(body) || BECOMES_TERM.test(body)) && !firstHedge(SOFT_HEDGES, body));
    // a headline ("New policy requires ...") announces the rule; the sentences under it state it
    const headline = !/[.;:!?)"”’]$/.test(sentence.trim()) && !/^\s*[•\-–*]/.test(sentence);
    if (binding)
      return {
        strength: 'strong',
        why: weighted
          ? 'a stated social value weighting in the award'
          : named
            ? 'the supplier is bound to deliver named benefits'
            : 'social value commitments are made contract terms with measures',
        weight: headline ? WEIGHT.reason : WEIGHT.specific,
      } satisfies Verdict;
    if (ceiling)
      return {
        strength: 'weak',
        why: "only a ceiling on the weighting ('up to'): no share of the score is secured",
        weight: WEIGHT.reason,
      } satisfies Verdict;
    const general = generalStrength(sentence);
    return general.strength === 'weak'
      ? general
      : { strength: 'weak', why: 'names a measure or weighting, but nothing makes it binding', weight: WEIGHT.reason };
  },
  applies: () => true,
  clauses: [
    {
      id: 'social-value/standard',
      checkId: 'social-value',
      title: 'Social value weighted in the award and delivered under the contract (PPN 002)',
      body: 'Award: {authority} will give social value at least 10% of the total score for {contract}, assessed against the outcomes in the Social Value Model that are relevant and proportionate to the contract. Contract: the Supplier shall deliver the social value commitments in its tender as set out in its Social Value Delivery Plan, each with a measure, a baseline, a target and a date; shall report progress against those measures to {authority} every quarter using the standard reporting metrics; and shall agree a remedial plan within 20 working days of any quarter in which a commitment falls behind. The commitments are key performance indicators of this Contract, and persistent failure to deliver them is a material breach.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements:
        'PPN 002 (2025) Social Value Model; Public Services (Social Value) Act 2012; Procurement Act 2023 s.12',
      version: 1,
    },
    {
      id: 'social-value/scotland-community-benefits',
      checkId: 'social-value',
      title: 'Community benefit requirements (Scotland)',
      body: 'In accordance with sections 24 and 25 of the Procurement Reform (Scotland) Act 2014, the community benefits offered in the Supplier’s tender form part of this Contract with {authority}. The Supplier shall deliver each community benefit (such as targeted recruitment and training, apprenticeships, and subcontracting opportunities for small businesses, the third sector and supported businesses) by the dates in its Community Benefits Plan, shall report delivery to {authority} every quarter, and shall agree replacement benefits of equal value for any it cannot deliver. Community benefit outcomes carry at least 10% of the quality score in the award.',
      jurisdictions: ['scotland'],
      documentTypes: [],
      sectors: [],
      implements: 'Procurement Reform (Scotland) Act 2014 ss.9, 24–25',
      version: 1,
    },
    {
      id: 'social-value/ni-ppn-01-21',
      checkId: 'social-value',
      title: 'Scoring social value (Northern Ireland PPN 01/21)',
      body: 'Award: in line with Procurement Policy Note PPN 01/21, {authority} will give social value at least 10% of the total award criteria for {contract}, under the themes of secure employment and skills, ethical and resilient supply chains, zero carbon, and wellbeing. Contract: the Supplier shall deliver the social value commitments in its tender as set out in its Social Value Delivery Plan, each with a measure, a target and a date, and shall report progress against those measures to {authority} every quarter. The commitments are key performance indicators of this Contract, and persistent failure to deliver them is a material breach.',
      jurisdictions: ['ni'],
      documentTypes: [],
      sectors: [],
      implements: 'NI Procurement Policy Note PPN 01/21 Scoring Social Value',
      version: 1,
    },
    {
      id: 'social-value/wales-sppp',
      checkId: 'social-value',
      title: 'Socially responsible procurement (Wales)',
      body: 'Award: in line with the socially responsible procurement duty in section 24 of the Social Partnership and Public Procurement (Wales) Act 2023, {authority} will give at least 10% of the total score for {contract} to the contribution the bid makes to its published well-being objectives. Contract: the Supplier shall deliver the social value commitments in its tender as set out in its Social Value Delivery Plan, each with a measure, a target and a date; shall report progress against those measures to {authority} every quarter; and shall provide the information {authority} needs for its annual socially responsible procurement report. The commitments are key performance indicators of this Contract.',
      jurisdictions: ['wales'],
      documentTypes: [],
      sectors: [],
      implements:
        'Social Partnership and Public Procurement (Wales) Act 2023 ss.24–26; Well-being of Future Generations (Wales) Act 2015',
      version: 1,
    },
  ],
  examples: [
    {
      // a duty to meet numbered targets for named benefits is measured, under a heading that names the topic
      text: 'Community benefits\n\nThe Contractor has agreed to meet the following targets for local employment and training:\n\n- 12 apprenticeships;\n- 40 weeks of work placements.',
      status: 'strong',
    },
    {
      // the threshold only scopes a duty to consider, in an aside: no rule applies social value to those contracts
      text: 'Please give the value of community benefits delivered each year (I appreciate the requirement to consider community benefits is only relevant to contracts over £4m).',
      status: 'weak',
      profile: { type: 'other' },
    },
    {
      // an annual report of contracts let with community benefits in them: the benefits are contract terms
      text: 'We awarded six new contracts worth £40 million, in which we have included community benefits such as jobs and training.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      text: 'Community benefits were included in nine new contracts during the year.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      // a report's name in quotes or brackets between the duty and its cycle: still reported on a set cycle
      text: 'The Contractor shall provide a completed SV Monitoring Report (the ‘SV Report’) every month using the monitoring system.',
      status: 'strong',
      profile: { type: 'terms' },
    },
    {
      // the rule's scope by a threshold with no "all": the topic and the threshold in one clause
      text: 'Community benefit requirements are to be applied in procurements above £4m for works.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      // "SV" abbreviates social value before a word of its own, whatever its case, and is read spelt out
      text: 'The Contractor shall deliver the accepted SV Plan and shall submit an SV Report to the Council every quarter.',
      status: 'strong',
      profile: { type: 'terms' },
    },
    {
      // "SV" as a unit is not social value
      text: 'Readings above 2 SV were recorded at the site during the survey.',
      status: 'missing',
      profile: { type: 'other' },
    },
    {
      // a weighting someone is asked to raise is a request, not the award rule
      text: 'The council resolves to ask the Cabinet Member to raise the weighting given to social value from 5% to 20%.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // the Act's three aims with a fourth beside them, as sustainability: the topic named in other words
      text: 'We aim to make sure that social, environmental, ethical and economic sustainability are part of every purchasing decision.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      text: 'These guides help public bodies meet the sustainable procurement duty in their tenders.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // a policy bound to every contract over a stated value is the rule with its scope
      text: 'The social value policy adopted by the cabinet in 2024 will be applied to all procurements for contracts worth more than £50,000.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      text: 'The council will consider social value in all contracts over £50,000.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // a weighting only aimed at, whatever duty comes before it in the sentence
      text: 'During the plan period we will write a social value policy and aim to apply a weighting of between 5% and 15% to social value in larger tenders.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      text: 'The board intends to introduce a 10% weighting for social value in all tenders from next April.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // the benefits delivered as a schedule of the contract sets them out, with progress reported
      text: '22.1 The Contractor shall deliver the Community Benefits in accordance with Schedule 4 and shall report progress to the Contract Manager quarterly.',
      status: 'strong',
    },
    {
      // commitments reported as the contract's KPIs are its terms
      text: "Social value is measured using the National TOMs, and contractors' commitments are reported as contract KPIs every quarter.",
      status: 'strong',
      profile: { type: 'other' },
    },
    {
      // a stated value for the commitments, whatever they are called, is a measured target
      text: 'It will also deliver social value commitments worth £1.8 million, which will be measured against agreed targets.',
      status: 'strong',
    },
    { text: 'The contract includes community benefits totalling £450,000.', status: 'strong' },
    {
      // a sign-up the contract requires is a duty, not an invitation to a mailing list
      text: 'Contractors are required to sign up to the Social Value Charter and report quarterly on delivery.',
      status: 'strong',
    },
    {
      // a procurement, like a contract, made to carry the requirements
      text: 'All regulated procurements above £4 million must include community benefit requirements.',
      status: 'strong',
    },
    {
      // Northern Ireland's clauses by their name, as the contractor's duty
      text: '14.1 The Contractor shall deliver the Buy Social requirements set out in this section.',
      status: 'strong',
    },
    {
      // a range from nothing secures no share
      text: 'Social Value | 0–10%',
      status: 'weak',
    },
    {
      // the clauses stated as absent, subject first
      text: 'No community benefit requirements were included in this contract, as its value was below the threshold.',
      status: 'weak',
    },
    {
      // an adopted policy whose clauses name what the contractor must provide
      text: 'AGREED: that the Committee adopts the policy, including Buy Social requirements for all service contracts over £1 million, requiring the successful contractor to provide one apprenticeship for every £1 million of contract value.',
      status: 'strong',
    },
    {
      // a framework's call-off is the contract
      text: 'Community benefits will be written into each call-off under the framework.',
      status: 'strong',
    },
    {
      // hoped for in one clause, made a term in the next
      text: 'The successful bidder will be expected to deliver social value commitments, which will be written into the contract.',
      status: 'strong',
    },
    {
      // ...unless the making of the term is hedged as well
      text: 'Bidders are encouraged to offer social value commitments, which may be written into the contract.',
      status: 'weak',
    },
    {
      // reported as done, with the past participle of writing
      text: 'The council has written social value commitments into the contract, including 20 local jobs.',
      status: 'strong',
    },
    {
      // the community's benefit in other words, as a scored criterion
      text: 'Wider benefits to the community account for 20% of the total evaluation score.',
      status: 'strong',
    },
    {
      text: "Bidders' responses to the local benefits question (weighted 15%) will become contractual obligations.",
      status: 'strong',
    },
    {
      // the Act's name as the criterion scored, not as background
      text: 'A weighting of 10% will be applied to the Public Services (Social Value) Act 2012 criterion.',
      status: 'strong',
    },
    {
      // a duty stated as being bound: passive, with no modal
      text: 'Successful suppliers are contractually bound to deliver the social value commitments in their bids, which are monitored quarterly.',
      status: 'strong',
    },
    {
      // the bid's commitments made measures of the contract
      text: 'Social value commitments made at tender stage become key performance indicators in the contract and are reviewed at each contract meeting.',
      status: 'strong',
    },
    {
      // what hollows one clause does not hollow the weighting stated in the next
      text: 'Under the Procurement Act 2023 we must have regard to the National Procurement Policy Statement, and we assess social value at 10% in all tenders.',
      status: 'strong',
    },
    {
      // ...but a weighting in a clause that is itself only considered stays weak
      text: 'We must have regard to the policy statement, and we will consider whether to give social value a 10% weighting.',
      status: 'weak',
    },
    {
      text: "The 2017 contract predates the Council's Social Value Policy and contains no social value commitments.",
      status: 'weak',
    },
    {
      // a policy still to be drafted, proposing a weighting
      text: '(c) asks officers to bring a draft Social Value Policy to the March meeting of Cabinet, proposing a weighting of between 10% and 15% for contracts above £100,000.',
      status: 'weak',
    },
    {
      // a criteria table's row flattened with its columns: criterion | weight | where it is answered
      text: 'Social Value | 10% | Social Value Proposal, Appendix F',
      status: 'strong',
    },
    {
      text: "The Contractor shall report progress against each community benefit every six months using the Board's tracker.",
      status: 'strong',
    },
    {
      // under PPN 06/20 the share next to social value is its own, not the quality share before it
      text: 'Award criteria for this central government contract: Price 70%, Quality 25%, Social Value 5% (assessed under PPN 06/20).',
      status: 'weak',
    },
    {
      // Northern Ireland's Buy Social requirement, the contractor bound to a named benefit
      text: 'In accordance with the Buy Social requirements, the Contractor shall employ one new entrant trainee for every £1 million of contract value.',
      status: 'strong',
    },
    {
      text: 'Social value commitments tendered by the successful bidder are incorporated into Schedule 4 and monitored through the performance management regime.',
      status: 'strong',
    },
    {
      text: 'The Contractor shall implement the Social Value Plan and provide a Social Value Report within 20 Working Days of the end of each Contract Year.',
      status: 'strong',
    },
    {
      // a tender question's label carries its weight: "(Social Value) – 10%"
      text: 'Question 5 (Social Value) – 10% – Describe how you will deliver additional social value through this contract.',
      status: 'strong',
    },
    {
      // the supplier's duty to deliver the (defined) commitments, reported to each contract review meeting
      text: 'The Supplier shall deliver the Social Value Commitments and shall report on them at each contract review meeting.',
      status: 'strong',
    },
    {
      // stated as fact, the commitments are terms; stated as rare or absent, they are not
      text: 'Social value commitments are contractually binding and are monitored quarterly.',
      status: 'strong',
    },
    {
      text: 'Social value commitments made in bids are rarely contractually binding, the report found.',
      status: 'weak',
    },
    {
      // the authority holding the contractor to what it offered is contract management of the offer
      text: 'The authority will hold the contractor to the social value commitments made in its tender through regular contract monitoring.',
      status: 'strong',
    },
    {
      // a portal return against the tender's commitments is the contract's reporting, not the portal's advert
      text: 'All suppliers must complete the Social Value Portal return every quarter against the commitments in their tender.',
      status: 'strong',
    },
    {
      // suppliers' proposals are their bids, not the authority's plans
      text: "Suppliers' social value proposals are scored as part of the quality assessment and carry 10% of the overall marks.",
      status: 'strong',
    },
    {
      // a supplier reporting its contract's requirements as a core part of it
      text: 'Community benefit requirements are a core part of the contract, not an add-on.',
      status: 'strong',
    },
    {
      // Northern Ireland's social clauses by name, held to the schedule that sets them out
      text: 'The Contractor shall deliver the social clause commitments set out in Schedule 7.',
      status: 'strong',
    },
    {
      // a stated minimum weighting, far from the words 'social value' but with no other criterion in the sentence
      text: 'The policy note requires that social value is explicitly evaluated in all covered central government procurements with a minimum weighting of 10% of the total score.',
      status: 'strong',
    },
    {
      // Wales' name for it carries a share of the score, and the commitments become KPIs
      text: 'Every tender above £75,000 includes socially responsible procurement questions worth at least 15% of the quality score, and the winning bidder’s commitments become contract KPIs.',
      status: 'strong',
    },
    {
      // an amendment moved in a meeting is a proposal until it is carried
      text: 'An amendment was moved by Councillor Hale to add that social value be weighted at no less than 20% in all tenders.',
      status: 'weak',
    },
    {
      // socio-economic benefits: social value by another name, with its share of the award
      text: 'Socio-economic benefits account for 10% of the evaluation.',
      status: 'strong',
    },
    {
      // the same name, held to the tender and monitored
      text: 'The contractor must deliver the socio-economic benefits set out in its tender, which will be monitored quarterly.',
      status: 'strong',
    },
    {
      // a sum of social value the contract binds the supplier to deliver is a measure
      text: 'Under the contract, the developer must deliver £2 million of social value, including local jobs and training.',
      status: 'strong',
    },
    {
      // the supplier bound to its own offer, named in a relative clause
      text: 'The contractor is obliged to deliver the social value outcomes it proposed.',
      status: 'strong',
    },
    {
      // Northern Ireland's social clauses by their name, stated as included in the contracts
      text: 'Buy Social requirements are now included in all public sector construction contracts above £2 million.',
      status: 'strong',
    },
    {
      // a target set as a share of the contract's value is a measure the supplier is held to
      text: 'Suppliers will be required to deliver a minimum of 10% of the contract value in social value.',
      status: 'strong',
    },
    {
      // the same target only hoped for stays weak
      text: 'Suppliers are encouraged to deliver social value worth 10% of the contract value.',
      status: 'weak',
    },
    {
      // the Social Value Act's own definition of the topic, with its share of the score
      text: 'Economic, social and environmental well-being will be evaluated at 15% of the quality score.',
      status: 'strong',
    },
    {
      // Wales' name for it, in the other word order: a statute's duty on the authority, nothing weighted
      text: 'The 2023 Act requires contracting authorities to carry out public procurement in a socially responsible way.',
      status: 'weak',
    },
    {
      // an annual report: requirements stated as included in contracts, with the contracts counted
      text: 'Community benefit requirements were included in 12 of our 15 major contracts.',
      status: 'strong',
    },
    {
      // the same in the active voice, the object between the verb and the contracts
      text: 'During the year we included community benefit requirements in 12 regulated contracts, which delivered 40 apprenticeships.',
      status: 'strong',
    },
    {
      // a winning offer naming its benefits, monitored under the contract
      text: 'The winning bidder’s social value offer includes 10 apprenticeships and £50,000 of local spend, which will be monitored through the contract.',
      status: 'strong',
    },
    {
      // none included: the topic, negated
      text: 'We did not include community benefit requirements in any contract this year.',
      status: 'weak',
    },
    {
      // social value by another name, with its share in a list of criteria
      text: 'Tenders will be assessed on price (50%), quality (40%) and community wealth building (10%).',
      status: 'strong',
    },
    {
      // local economic benefit weighted: the same criterion by another name
      text: 'Bidders’ proposals for local economic benefit will be weighted at 15%.',
      status: 'strong',
    },
    {
      // contracts stated to have included the clauses, in the perfect tense and with a long description between
      text: 'Since 2016 all public sector construction contracts over £4 million have included Buy Social clauses.',
      status: 'strong',
    },
    {
      // a ceiling is no share: 'up to 20%' may weight nothing
      text: 'Social value can account for up to 20% of the evaluation, depending on the contract.',
      status: 'weak',
    },
    {
      // usual practice described, not this contract's rule
      text: 'Social value typically accounts for 10% of the score.',
      status: 'weak',
    },
    {
      // a survey's finding about other councils
      text: 'Around 10% of councils apply a social value weighting of more than 20%, the survey found.',
      status: 'weak',
    },
    {
      // the share within another criterion given to social value is its weighting
      text: 'The award will be based on 60% quality (of which 10% is social value) and 40% price.',
      status: 'strong',
    },
    {
      // the contracts stated to carry a requirement to deliver social value: a term, stated as fact
      text: 'Our contracts include a requirement to deliver social value equivalent to at least 5% of the contract value.',
      status: 'strong',
    },
    {
      // 'means' followed by a statement is a consequence, not a definition
      text: 'Our community wealth building approach means social value is now written into every council contract over £50,000.',
      status: 'strong',
    },
    {
      // the contracts' own qualifier between them and the verb ('valued at more than £100k') does not hide the fact
      text: 'All new contracts valued at more than £100k contain social value clauses, and suppliers report outcomes every quarter.',
      status: 'strong',
    },
    {
      // a share stated as marks out of the total is a weighting
      text: 'Social value carries 10 of the 100 marks available.',
      status: 'strong',
    },
    {
      // a plan reported against at a stated interval is a measured commitment
      text: 'Contractors are required to submit a Community Benefits Plan and report progress against it every six months.',
      status: 'strong',
    },
    {
      // a sanction for failing to deliver makes the commitments enforceable terms
      text: 'Failure to deliver the social value commitments will result in a financial penalty.',
      status: 'strong',
    },
    {
      // the portal named as the contract's measuring tool is about social value, not an advert
      text: 'The Social Value Portal will be used to measure the commitments made by the winning supplier.',
      status: 'weak',
    },
    {
      // a decision still to be taken: the weighting is not in force until councillors approve it
      text: 'Councillors will be asked to approve a 15% social value weighting at next week’s meeting.',
      status: 'weak',
    },
    {
      // award criteria listed with bare numbers: the numbers are the weights
      text: 'Award criteria: quality 55, price 35, social value 10.',
      status: 'strong',
    },
    {
      // a criteria table's row, nothing but the criterion and its number
      text: 'Evaluation\n\nCriterion | Weighting\nSocial value | 15\nPrice | 40',
      status: 'strong',
    },
    {
      // a number that counts something else is no weight
      text: 'The evaluation criteria include social value, and the last contract created 12 apprenticeships.',
      status: 'weak',
    },
    {
      // the authority undertaking to write social value requirements into its contracts
      text: 'We will include social value requirements in all contracts over £100,000.',
      status: 'strong',
    },
    {
      // outcomes reported to the authority's own cabinet: its governance, not a measure in the contract
      text: 'Social value outcomes secured through our contracts will be reported to Cabinet annually.',
      status: 'weak',
    },
    {
      // the contracts themselves stated to carry social value key performance indicators
      text: 'Our contracts now include social value KPIs, reviewed at every contract meeting.',
      status: 'strong',
    },
    {
      // targeted recruitment and training is the community benefit clause by name; the duty names the benefit
      text: 'Under the targeted recruitment and training clause, the contractor must offer four traineeships to unemployed local residents.',
      status: 'strong',
    },
    {
      // clauses stated to apply to the contract are its terms
      text: 'Community benefit clauses will apply to this contract.',
      status: 'strong',
    },
    {
      // the National TOMs by name are the social value measures, made binding
      text: 'Bidders will complete the TOMs calculator, and the commitments they make will be contractually binding.',
      status: 'strong',
    },
    {
      // a social clause whose requirement names the benefit
      text: 'Buy Social clauses require the contractor to employ one apprentice for every £1 million of contract value.',
      status: 'strong',
    },
    {
      // an adopted rule that every contract carries social value outcomes
      text: 'The council has adopted a policy that requires all contracts above £100,000 to include social value outcomes.',
      status: 'strong',
    },
    {
      // the answer to a tender question made a term of the contract
      text: 'Suppliers must explain how they will deliver social value, and their answers will form part of the contract.',
      status: 'strong',
    },
    {
      // a recorded decision: its 'should' is what was decided, not advice
      text: 'Councillors agreed that social value should make up 20% of the evaluation of every tender.',
      status: 'strong',
    },
    {
      // 'means' opening a clause, not defining a term
      text: 'The new policy means social value should account for at least 10% of the score.',
      status: 'strong',
    },
    {
      // the shares belong to quality and price: social value has none of its own
      text: 'Bids were scored 70% quality and 30% price, with social value assessed within the quality score.',
      status: 'weak',
    },
    {
      // a requirement of the contract, in so many words
      text: 'Community benefits will be a requirement of this contract.',
      status: 'strong',
    },
    {
      // a floor is a rule, even in a policy's "should"
      text: 'A minimum weighting of 15% of the total score for social value should be applied in every procurement.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      text: 'Social value will account for 15% of the total evaluation score, assessed against the Social Value Model.',
      status: 'strong',
    },
    {
      // the share before the topic, the award word before the share: any order within the sentence
      text: 'A weighting of 20% is applied to social value in every procurement above £25,000.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      text: 'From April every contract will include a social value weighting of at least 10 per cent.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      // a share far from the topic is another figure
      text: 'Social value matters to residents of the borough, who told the council in its annual residents’ survey, held each spring since the new ward boundaries, that 40% of them want more local jobs, the evaluation found.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // a notice's award criteria give the weight as a bare number
      text: 'Quality criterion - Name: Social value / Weighting: 10',
      status: 'strong',
      profile: { type: 'notice' },
    },
    {
      text: 'The commitments in the Supplier’s social value delivery plan shall be key performance indicators of the Contract and reported quarterly.',
      status: 'strong',
    },
    {
      text: 'The community benefits offered in the tender will form part of the contract and be reported on each quarter.',
      status: 'strong',
      profile: { type: 'notice' },
    },
    {
      // an award question on social value with its own share is the weighting applied
      text: 'Bidders will be asked to describe their approach to social value, which carries 10% of the total score.',
      status: 'strong',
    },
    {
      // the duty names what is to be delivered
      text: 'The successful tenderer will be required to deliver community benefits including two apprenticeships.',
      status: 'strong',
    },
    {
      text: 'The Provider shall deliver social value in the form of work placements for young people leaving care.',
      status: 'strong',
    },
    {
      // benefits named, but only hoped for
      text: 'We hope suppliers will offer community benefits such as apprenticeships where they can.',
      status: 'weak',
    },
    {
      text: 'Social value is assessed within the technical quality questions rather than scored on its own.',
      status: 'weak',
    },
    {
      // a share of its own, even inside the quality criteria
      text: 'Social value shall be evaluated within the quality criteria and carry 10% of the total score.',
      status: 'strong',
    },
    {
      text: 'Bidders may wish to describe any additional social value they could offer.',
      status: 'weak',
    },
    {
      text: 'The Council will seek to secure social value from its procurement wherever possible.',
      status: 'weak',
    },
    {
      text: 'The Contractor shall support the Council’s social value objectives.',
      status: 'weak',
    },
    {
      text: 'Our approach gives no specific social value weighting in the award criteria.',
      status: 'weak',
    },
    {
      // a share in words is a share
      text: 'Social value will carry a weighting of ten per cent in every tender over £100,000.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      text: 'A fifth of the quality score will be given to social value.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      // a share of something else beside the topic is no weighting
      text: 'Ten per cent of residents said social value mattered to them.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // the contract as the subject that carries the clauses
      text: 'All contracts over £100,000 will include social value clauses.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      text: 'Community benefits will be included in all contracts with a value of £4 million or more.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      // the same stated as present practice, with the contracts or the authority as subject
      text: 'Every framework agreement we let above £2 million contains community benefit clauses.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      text: 'The council writes social value requirements into all its highways contracts.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      // the contracts counted as lacking them
      text: 'None of the trust’s catering contracts contain social value requirements.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      text: 'Not every contract carries community benefit clauses yet.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // a hedge before the practice, and the infinitive of purpose in a description, state no term
      text: 'We aim to write community benefit requirements into our larger contracts.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      text: 'Social clauses are a way for public bodies to include employment benefits in their contracts.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // reporting progress against the commitments, or returns at a stated interval: the commitments are measured
      text: 'The contractor shall report delivery against its community benefit targets to the project board.',
      status: 'strong',
    },
    {
      text: 'Providers will submit six-monthly social value monitoring returns to the commissioning team.',
      status: 'strong',
    },
    {
      // a report's "would" in another clause does not hedge the share stated as fact
      text: 'Social value made up 12% of the score, and the winning bidder’s offers would be checked every quarter.',
      status: 'strong',
    },
    {
      text: 'Social value would make up 12% of the score if the board agrees.',
      status: 'weak',
    },
    {
      // clauses built into a named kind of contract, with the benefit the contractor must deliver
      text: 'Under the social clauses now written into large road maintenance contracts, each contractor must take on two apprentices.',
      status: 'strong',
    },
    {
      // an aside between the offer and its being written into the contract
      text: 'The winning social value offer – worth £0.4m over three years – has been written into the contract.',
      status: 'strong',
    },
    {
      // two of the Act's three words, and the abbreviation, as what the award scores
      text: 'Bids will be scored 55% quality, 35% price and 10% social and economic value.',
      status: 'strong',
    },
    {
      text: 'Evaluation criteria: price 40%, quality 50%, SV weighting: 10%',
      status: 'strong',
    },
    {
      // the same words away from any award are a scheme's benefits, not this check
      text: 'Residents welcomed the social and economic benefits the new bridge will bring to the town.',
      status: 'missing',
    },
    {
      text: 'The council will consider whether contracts should include social value clauses.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // the promise made binding
      text: 'The successful supplier will be held to the social value commitments made in its tender.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      text: 'Social value commitments will be contractually binding.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      // a duty to deliver what the tender offered makes the offer a term of the contract
      text: 'The Contractor shall deliver the social value commitments set out in its tender for the whole contract period.',
      status: 'strong',
    },
    {
      text: 'Any failure to meet the community benefits offered in the bid will be treated as a material breach.',
      status: 'strong',
    },
    {
      // the benefits set out in a schedule of the contract: specific by reference
      text: 'The Operator will be required to deliver the community benefits listed in Appendix C.',
      status: 'strong',
    },
    {
      text: 'The Supplier will be contractually obliged to deliver its social value offer.',
      status: 'strong',
    },
    {
      text: 'The Contractor shall create three apprenticeships a year as part of its community benefits.',
      status: 'strong',
    },
    {
      text: 'The winning bidder’s social value offer will be incorporated into the contract.',
      status: 'strong',
    },
    {
      // where the bid describes it, not a duty to deliver what was offered
      text: 'Bidders should explain how they would deliver social value in their tender.',
      status: 'weak',
    },
    {
      // offered, not required: nothing binds the bidder to deliver
      text: 'Bidders may wish to deliver additional social value outcomes from their tender if they choose.',
      status: 'weak',
    },
    {
      // the statute's duty to consider, applied to this authority's procurement: a stand-in, weak
      text: 'Where relevant, the Council shall have regard to the Public Services (Social Value) Act 2012 when it buys services.',
      status: 'weak',
      profile: { type: 'policy' },
    },
    {
      // the statute as history only
      text: 'On 31 January 2013 the Public Services (Social Value) Act 2012 came fully into force.',
      status: 'missing',
      profile: { type: 'policy' },
    },
    { text: 'The contract is for the supply of road salt to the county depots.', status: 'missing' },
  ],
};
