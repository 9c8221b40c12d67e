import nlp from 'compromise';
import type { Marker } from '../checks/types';
import type { Strength } from '../types';

export interface Verdict {
  strength: Strength;
  why: string;
  /** how telling the passage is as evidence (higher first): a specific reason beats a bare mention or a heading */
  weight?: number;
}

/** Evidence weights: judge() shows the most telling passages first and drops the rest. */
/** How telling a passage is as evidence; a definition explains the term, so a passing use of it in the text tells more. */
/** Documents addressed to bidders or suppliers, whose binding words bind the supplier side even when a sentence names none. */
export const CONTRACT_DOCUMENTS: ReadonlySet<string> = new Set(['terms', 'itt', 'specification', 'notice']);

/** A bare mention's reason: the sentence names the topic and says nothing about it. */
export const MENTION_ONLY = 'the topic is mentioned, but no obligation is placed on the supplier';

export const WEIGHT = { heading: 0, definition: 0.5, mention: 1, reason: 2, clause: 3, specific: 4 } as const;

/** Quotation marks, not apostrophes: a reported hedge keeps its meaning without them. */
const QUOTE_MARK = /["“”‘]|(?<!\w)'|'(?!\w)|’(?!\w)/;
const QUOTE_MARKS = new RegExp(QUOTE_MARK.source, 'g');

/** What is expected to happen ("It is envisaged that TUPE will apply"): a reason to read it weak, not a hollowed clause. */
const EXPECTATION = 'an expectation of what will happen, not a term';

/** Hedges that hollow out any obligation in the same sentence. */
export const HARD_HEDGES: Marker[] = [
  {
    // whether a requirement would be lawful is a view of the law, not the requirement: "… would not be a breach of EU rules"
    pattern:
      /\b(?:would|could|will|does|do|is|are)(?: not)? (?:be )?(?:(?:a )?breach(?:es)?(?: of)?|in breach of|contrary to|compatible with|permitted under|allowed under)\s+(?:the |EU |UK |European |domestic |public )*(?:procurement |competition |state aid |employment )?(?:law|rules|regulations|legislation|directives?|treaty)\b|\b(?:would|could|will|is|are)(?: not)? be (?:lawful|unlawful|legal|illegal|permissible)\b/i,
    why: 'a view on whether such a requirement would be lawful, not a requirement',
  },
  {
    // an optional clause of standard terms: "Where the Order Form states that the Real Living Wage applies, …"
    // (a capitalised document name reads as blanks once names are set aside)
    pattern:
      /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:where|if)\s+(?:the\s+)?(?:order form|call-?off (?:order(?: form)?|contract)|contract particulars|award (?:letter|form)|joint schedule \d+|framework schedule \d+|\s{4,}(?=\s*(?:states?|specif)))\s*(?:states?|specif(?:y|ies)|indicates?|provides?|says?)\s+that\b[^,;]{0,80}?\b(?:appl(?:y|ies)|is to apply|shall apply|(?:is|are) required)\b|^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:where|if)\s+(?:the\s+)?(?:buyer|authority|customer|contracting authority)\s+(?:selects?|has selected|elects?|has elected|chooses?|has chosen|opts?)\b/i,
    why: 'optional: it applies only where the buyer selects it for this contract',
  },
  { pattern: /\bencourag(?:e|ed|es|ing)\b/i, why: "aspirational: 'encouraged to' is not a contract condition" },
  {
    // the duty waits on someone's approval: "shall be permitted entry, but only on approval from the Employer" (not another duty's "may subcontract only with consent")
    pattern:
      /(?:\bbut|,)\s+only (?:on|with|after|upon|following) (?:the )?(?:prior )?(?:written )?(?:approval|consent|agreement|permission|authori[sz]ation) (?:of|from|by)\b/i,
    why: 'left to someone else’s approval: nothing is secured until it is given',
  },
  {
    // a belief about what will happen: "buyers believe the living wage will not push up costs"
    pattern:
      /\b(?:believes?|believed|think|thinks|thought|feels?|felt|fears?|feared|predicts?|predicted)\b(?! in\b)(?: that)?(?:(?! and | but )[^.;,]){0,80}?\b(?:will|would)\b/i,
    why: 'an opinion of what will happen, not a duty',
  },
  {
    pattern:
      /\bwhere(?:ver)? (?:reasonably )?(?:possible|practicable|practical|feasible|appropriate)\b|\b(?:to the (?:extent|degree)|as far as|in so far as|insofar as) (?:is )?(?:reasonably )?(?:possible|practicable|feasible)\b|\bwhere (?:it is |this is )?(?:(?:relevant|appropriate) and )?proportionate\b|\bin (?:appropriate|suitable) cases\b|\b(?:where(?:ver)?|if|when(?:ever)?) (?:they|it|you|we|suppliers?|providers?|contractors?|bidders?) (?:can|are able|is able)\b/i,
    why: "escape clause: 'where possible' leaves it to the supplier",
  },
  {
    pattern: /\bas far as (?:is )?(?:reasonably )?(?:practicable|possible)(?: and affordable)?\b/i,
    why: "escape clause: 'as far as practicable' leaves it to the supplier",
  },
  { pattern: /\bendeavou?rs?\b/i, why: "'endeavours' promises effort, not a result" },
  { pattern: /\baspir(?:e|es|ation|ational)\b/i, why: 'aspirational wording, not a contract condition' },
  {
    // "the recommended pay" names a rate (the Foundation's), it recommends nothing; "the recommended approach" still does
    pattern:
      /\b(?:suggest(?:s|ed|ing|ion)?|recommend(?:s|ed|ing)?)\b(?<!\b(?:the|its|their|a) (?:suggest(?:s|ed|ing|ion)?|recommend(?:s|ed|ing)?))(?! (?:are|were|was|is) (?:approved|adopted|agreed))|\b(?:the|its|their|a) (?:suggested|recommended)\b(?! (?:hourly |minimum |pay )?(?:pay|rates?|wages?|levels? of pay)\b)/i,
    why: 'a suggestion or recommendation, not a condition',
  },
  { pattern: /\bexpect(?:s|ed|ation|ations)?\b/i, why: "'expect' states a hope, not a contract condition" },
  {
    // the duty left to the supplier's own judgement or means: "if it considers it appropriate", "to the extent it is able"
    pattern:
      /\b(?:if|where|when|as) (?:it|they|he|she|the (?:supplier|contractor|provider)) (?:considers?|deems?|thinks?|judges?) (?:it |this |that )?(?:to be )?(?:appropriate|necessary|reasonable|fit|practicable)\b|\bto the extent (?:that )?(?:it|they|the (?:supplier|contractor|provider)) (?:is|are) able\b/i,
    why: "left to the supplier's own judgement ('if it considers it appropriate'): nothing has to be done",
  },
  // lower case, or opening the sentence: "Hope Street" in an address is a name
  { pattern: /^Hop(?:e|es|ed|ing)\b|\bhop(?:e|es|ed|ing)\b/, why: "'hope' states a wish, not a contract condition" },
  {
    // the procurement law's test of a requirement ("they must be relevant to the particular procurement"), not a duty
    pattern:
      /\b(?:must|should|shall|needs? to|has to|have to) be (?:relevant|proportionate|linked|related|connected) to (?:the )?(?:subject[- ]matter|particular|specific|contract|procurement|requirement)/i,
    why: 'a test the requirement must meet to be lawful, not a duty on the supplier',
  },
  {
    // "contractors must share its desire to …": what is owed is a shared aim, not anything done
    pattern:
      /\bshar(?:e|es|ing) (?:its|our|their|the (?:council|authority|trust|board)['’]s|this|these|the same) (?:desire|vision|values?|ambitions?|aspirations?|aims?|goals?|ethos|commitment)\b/i,
    why: 'sharing an aim is asked for, not anything done',
  },
  {
    // a decision taken only in principle, or hanging on a report still to come, is not yet made
    pattern:
      /\b(?:approv\w*|agree\w*|accept\w*|support\w*|endors\w*) (?:\w+ ){0,3}?in principle\b|\bin[- ]principle (?:approval|agreement|decision|support)\b|\bsubject to (?:a |the )?(?:further |separate |future |final |detailed )?(?:report|review|consultation|decision|approval|business case)s?\b/i,
    why: 'agreed only in principle, or subject to a decision still to come: nothing is required yet',
  },
  {
    // a question, not an answer: "To ask the Minister, whether his Department requires suppliers to …"
    pattern:
      /^\W*To ask (?:the |Her |His )?[A-Z]|\b(?:[Aa]sk\w*|[Qq]uestion\w*|[Ee]nquir\w*|[Ii]nquir\w*|know|[Cc]larif\w*|[Cc]onfirm\w*|wonder\w*)\b[^.;]{0,60}?\bwhether\b[^.;]{0,80}?\b(?:requires?|required|must|shall|(?:will|would) (?:require|be required))\b/,
    why: 'a question whether it is required, not a requirement',
  },
  {
    // a promise made before an election binds no contract until the party is in office and acts on it
    pattern: /\bif (?:re-?)?elected\b|\bmanifesto\b/i,
    why: 'an election pledge, not a requirement in force',
  },
  {
    pattern:
      /\bsubject to (?:affordability|funding|budget|available (?:funding|resources)|resources|best value|value for money)\b|\bsubject to\s+(?:(?:best value|value for money)\s+)?considerations\b|\bif affordable\b|\baffordab(?:le|ility)\b/i,
    why: "escape clause: 'subject to affordability' lets the duty lapse",
  },
  {
    // not a name: "the voluntary Living Wage" (the Foundation's rate), "the voluntary sector", "voluntary work"
    pattern:
      /\bvoluntarily\b|\bvoluntary\b(?!\s+(?:(?:real |uk |london )?living wage|(?:and community |or community )?(?:sector|organi[sz]ations?|groups?|bodies|body|agencies|work(?:ers)?|roles?|services?|hours|placements?)\b|and community\b|,\s*community\b))/i,
    why: 'voluntary: nothing binds the supplier',
  },
  {
    // working towards a qualification is being trained for it: "must hold, or be working towards, the SVQ"
    pattern:
      /\bwork(?:s|ing)? towards?\b(?!,? (?:the |a |an )?(?:relevant |appropriate |required |recognised )?(?:[\w-]+ ){0,2}?(?:qualifications?|SVQs?|NVQs?|diplomas?|certificates?|level \d))/i,
    why: "'work towards' is a direction of travel, not a duty",
  },
  { pattern: /\burg(?:e|es|ed|ing)\b/i, why: 'a call or campaign, not a contract condition' },
  {
    // a motion still to be voted on, or a call for action, is not yet a decision; an adopted one is
    pattern:
      /^(?!.*\b(?:adopted|agreed|carried|passed|approved|resolved)\b).*(?:\bcall(?:s|ed|ing)? (?:on|for|upon)\b|\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|petition(?:s|ed|ing)?|want(?:s|ed|ing)?|would like) (?:(?:the|every|each|all|our|your|local) )?(?:councils?|authorit(?:y|ies)|local authorit(?:y|ies)|governments?|trusts?|boards?|ministers?|mayors?|cabinet|councillors|employers?|compan(?:y|ies))\b(?: \w+){0,3}? to\b|\bwill (?:vote|debate)\b|\bmotion\b|\bamendments? (?:was|were|is|has been|had been) (?:\w+ )?(?:moved|proposed|tabled|put forward)\b|\b(?:moved|proposed|seconded|tabled) by (?:Councillor|Cllr|Alderman|the)\b)/i,
    why: 'a motion or call still to be decided, not a requirement in force',
  },
  {
    pattern:
      /\b(?:propos(?:e|es|ing)(?<!\b(?:where|if|when|whenever|in the event that)\b[^.;,]{0,60}propos(?:e|es|ing))|(?<!\b(?:commitments?|offers?|outcomes?|targets?|benefits?|measures?|pledges?|what|everything) (?:that |which )?(?:it|they|he|she|you|the (?:supplier|contractor|provider|bidder|tenderer|developer|operator)s?) (?:has |have |had )?)proposed(?! by (?:Councillor|Cllr|Alderman|the)\b)(?! (?:contracts?|services?|procurements?|frameworks?|tenders?|works|suppliers?|providers?|contractors?|agreements?|lots?)\b)|(?<!\b(?:submit\w*|provid\w*|includ\w*|complet\w*|your|their|its|each|every|(?:bidder|tenderer|supplier|contractor|provider)s?['’]?)\s+(?:a |an |the )?(?:[\w-]+ ){0,2})proposals?|plan(?:s|ned|ning)? to(?<!\b(?:where|if|when|whenever|in the event that)\b[^.;,]{0,60}plan(?:s|ned|ning)? to)|under (?:the |these |new |its |their )?(?:\w+ )?plans\b(?! (?:\w+ ){0,3}(?:approved|agreed|adopted|passed)\b)|intend(?:s|ed)?(?<!\b(?:where|if|when|whenever|in the event that)\b[^.;,]{0,60}intend(?:s|ed)?)|intention|will look at|to look at|consult(?:ation|ing) on|(?:any |a |the )?(?:decision|option|move|bid|case|motion|proposal) to (?:require|introduce|mandate|make|adopt|impose)\b(?![^.;]{0,80}\b(?:was|were|has been|have been|had been) (?:\w+ly )?(?:made|taken|agreed|approved|adopted|carried|passed)\b)|(?:explor|investigat|scop|assess|examin|look(?:ing)? into|review|report(?: back)?(?: to \w+)?(?: back)? on)\w* (?:the )?(?:\w+ )?(?:costs?|implications|feasibility|options?|possibility|case|impacts?|benefits)(?: (?:and|or) (?:the )?(?:\w+ )?(?:costs?|implications|feasibility|options?|impacts?|benefits|risks))? (?:of|for) (?:requiring|introducing|adopting|paying|making|moving to|implementing|extending|becoming|seeking|mandating)\b|(?:explor|investigat|scop|examin|research)\w* (?:whether to |the (?:option|possibility|idea) of )?(?:requiring|introducing|mandating|adopting|making)|is developing|are developing|developing an?|the next steps? (?:is|are|will be|would be) to)\b/i,
    why: 'a plan or proposal, not a requirement in force',
  },
  {
    // an expectation about what will happen, said of the future: "It is envisaged that TUPE will apply"
    pattern:
      /\b(?:it is |is |are )?(?:envisaged|anticipated|foreseen|thought|believed) that\b|\b(?:is|are) (?:\w+ )?(?:likely|unlikely) to (?:apply|transfer|be (?:required|needed|affected))\b|\b(?:do|does|did) not (?:anticipate|expect|envisage|foresee|believe|think) that\b|\b(?:we|the (?:council|authority|parties|buyer|department)) (?:anticipates?|envisages?|foresees?|believes?|thinks?) that\b/i,
    why: EXPECTATION,
  },
  {
    // a decision still to be taken: "councillors will be asked to approve …", "… is recommended for approval"
    pattern:
      /\b(?:will|are to|is to|are being|is being|to) be (?:asked|invited) to (?:approve|agree|adopt|endorse|decide|vote)\b|\brecommended (?:for approval|to (?:cabinet|council|the committee|members))\b|\b(?:will|is to|are to|is due to|are due to) be (?:decided|debated|discussed|voted on|considered|put to (?:a )?(?:vote|councillors|members|cabinet|full council))(?: (?:on|at|by|in|next|later|this|after)\b|[.,;]|$)|\b(?:report|appraisal|paper|business case|review|proposals?)\b[^.;]{0,60}?\bwill be (?:brought|presented|submitted|reported) (?:back )?to\b/i,
    why: 'a decision still to be taken, not a requirement in force',
  },
  {
    pattern: /\bphased\b|\bphas(?:e|es|ing) in\b|\bover a period of\b|\bup to \w+ years to\b/i,
    why: 'phased in later: not yet a condition',
  },
  {
    pattern:
      /\b(?:is|are|be|remains?|becomes?) (?:entirely |wholly |purely )?(?:optional|discretionary)\b|\brecommended but\b|\bat (?:its|their|the supplier[’']s) (?:own )?discretion\b/i,
    why: 'optional: left to discretion, not a condition',
  },
];

/** Hedges that count only when no firm obligation is present. */
/** The reason 'would' hedges: the reading a sentence of reported speech is re-read from (analyse.ts). */
/** Verbs that report what someone said ("confirmed", "made clear"); "told" and "assured" take an object before "that". */
export const REPORTING_VERB = String.raw`confirmed|said|stated|explained|announced|advised|reported|indicated|promised|insisted|undertook|added|made clear|clarified`;
export const WOULD_HEDGE = "'would' describes what might happen, not a duty in force";

export const SOFT_HEDGES: Marker[] = [
  { pattern: /\bshould\b/i, why: "'should' is advice, not a condition" },
  // case-sensitive: "May 1" mid-sentence is the month, not the modal
  { pattern: /^May\b|\bmay\b(?!\s+\d)|\b[Mm]ight\b|\b[Cc]ould\b/, why: "'may' makes it optional" },
  { pattern: /\bconsider(?:s|ed|ing|ation)?\b/i, why: "'consider' asks for thought, not action" },
  { pattern: /\bseek(?:s|ing)? to\b|\baim(?:s|ing)? to\b|\btry to\b|\bstrive\b/i, why: 'an aim, not a duty' },
  { pattern: /\bpromot(?:e|es|ing)\b|\bsupport(?:s|ing)?\b/i, why: 'promotion or support, not a duty on the supplier' },
  { pattern: /\bprefer(?:red|ence)?\b/i, why: 'a preference, not a condition' },
  {
    // reported speech shifts "will" back: "the Director confirmed that tenders would be evaluated on 10% social value"
    // reports what will be done (unless a condition follows: "… would apply if the board agrees")
    pattern: new RegExp(
      String.raw`\bwould\b(?<!\b(?:${REPORTING_VERB}|told\s+[\w ]{1,40}?|assured\s+[\w ]{1,30}?)\s+(?:that\s+)?[^.;,"“”]{0,100}?\bwould)|\bwould\b(?=[^.;]*\b(?:if|unless|subject to|provided that)\b)`,
      'i',
    ),
    why: WOULD_HEDGE,
  },
  {
    pattern: /\b(?:typically|usually|generally|normally|in most cases)\b/i,
    why: "'typically' describes usual practice, not a condition of this contract",
  },
  {
    pattern:
      /\b(?:survey|research|study|analysis|figures|data|audit) (?:found|finds|shows?|showed|suggests?|revealed?)\b/i,
    why: 'a finding about practice elsewhere, not a condition of this contract',
  },
];

export const NEGATIONS: Marker[] = [
  {
    // declining costs the bidder nothing: "Bidders will not be excluded for declining to commit to …"
    pattern:
      /\b(?:will|shall|would|are|is) not be (?:excluded|penalised|penalized|disqualified|rejected|marked down)\b[^.;]{0,20}?\b(?:for|if|because|on the grounds)\b/i,
    why: 'optional: a bidder who declines is not excluded',
  },
  {
    pattern:
      /\b(?:is|are|was|were|will be)? ?(?:not|never|rarely|seldom) (?:be )?(?:required|obliged|obligated|mandatory|compulsory|(?:legally |contractually )?(?:binding|enforceable)|bound)\b/i,
    why: "negated: 'not required' removes the duty",
  },
  {
    pattern:
      /\bunable to (?:make|require|mandate|insist)\b|\bcannot (?:be )?(?:require|mandate|insist)|\b(?:can ?not|could not|couldn['’]t|can['’]t) (?:be )?(?:make|require|mandate|insist|impose)\b|\bcan ?not be (?:an? )?(?:mandatory|compulsory|contractual)\b|\b(?:does|do|did|would|will) not (?:allow|permit|enable)\b[^.;]{0,80}?\b(?:mandatory|compulsory|to (?:require|mandate|make|insist))\b|\bnot (?:be )?(?:permitted|allowed|lawful|possible|legal) to (?:require|mandate|make|insist)\b/i,
    why: 'negated: the text says the requirement cannot be made',
  },
  {
    pattern:
      /\b(?:does|do|did) not (?:have|include|contain|provide|set|specify)\b|(?<!\b(?:if|where|when|whenever|unless|provided) )\bthere (?:is|are) no\b(?! (?:['‘’"]?one[- ]size[- ]fits[- ]all|single|one|simple|right (?:or|and) wrong|magic|silver)\b)|\bnor (?:any|a)\b|\bnothing in (?:this|the) (?:contract|agreement|call-off|framework|schedule)\b[^.;]{0,40}?\b(?:shall|will|is to) (?:oblige|require|compel)\b/i,
    why: 'negated: the text says the provision is absent',
  },
  {
    pattern:
      /\bno (?:requirement|obligation|duty)\b|\bneed not\b|\bnot a (?:legal )?requirement\b|\b(?:do|does|did|will) not require\b/i,
    why: 'negated: no duty',
  },
  {
    pattern:
      /\b(?:shall|will|must|does|do|did|is|are)(?: not|n[’']t) (?:apply|be (?:applied|evaluated|scored|included|considered)|form (?:a |any )?part of)\b/i,
    why: 'negated: the text says it does not apply',
  },
  {
    // what the contract says is not a term of it: "Community Benefits are not Key Performance Indicators", "failure
    // to deliver them shall not be a breach of this Contract"
    pattern:
      /\b(?:is|are|will|shall)(?: not|n['’]t)(?: be)? (?:an? )?(?:key performance indicators?|KPIs?|contractual (?:obligations?|requirements?|terms?|commitments?)|(?:terms?|conditions?) of (?:the |this )?(?:contract|agreement)|contract (?:terms?|conditions?)|(?:legally |contractually )?enforceable)\b|\bfailure to (?:deliver|meet|achieve|provide|fulfil)\b[^.;]{0,80}?\b(?:shall|will|does|is)(?: not|n['’]t) (?:be |constitute |amount to |give rise to )(?:an? )?(?:breach|default|ground)/i,
    why: 'negated: the text says it is not a term of the contract, or that failing to deliver it is no breach',
  },
  {
    // a notice's yes/no field answered no: "Community benefit requirements are included in this contract: No"
    pattern: /[:?]\s*(?:No|None|Not applicable|N\/A)\.?\s*(?:$|[-–—]\s)/,
    why: 'the notice answers no: the requirement is not part of this contract',
  },
];

export const SCOPE_LIMITERS: Marker[] = [
  {
    pattern: /\bdirectly employed (?:staff|employees|workers)? ?only\b|\bonly (?:to )?(?:its )?directly employed\b/i,
    why: 'scope limited to directly employed staff: subcontractors and agency workers are left out',
  },
  { pattern: /\bexcluding (?:sub-?contractors?|agency)\b/i, why: 'scope excludes subcontracted or agency workers' },
];

/**
 * Binding verbs: an obligation is present when one of these governs the sentence. Reported requirements
 * count too: "a requirement on contractors to …", a term "written into the contracts", and "conditionality"
 * that has commenced or applies are duties in force, however the report words them.
 */
const OBLIGATION =
  /\b(?:(?:writ(?:e|es|ing|ten)|wrote|buil(?:d|ds|ding|t)|incorporat(?:e|es|ed|ing))(?: [\w’'-]+){0,8}? into (?:all |its |their |the |new |future |council |of )*(?:[\w-]+ (?:and )?){0,3}?contracts?\b|requirements? (?:for|on|upon) (?:\w+ ){0,2}(?:contractors?|suppliers?|providers?|bidders?|tenderers?|operators?) to|conditionality\b[^.]{0,80}\b(?:commenced|came into (?:force|effect)|is being applied|now applies|applies to|applied|in force|introduced)|shall|must|will|is required|are required|(?<!\b(?:may|might|could|would)\s(?:also\s)?be\s)required to|(?<!\b(?:would|could|might|may)\s(?:\w+ly\s)?)requires?|requiring|is obliged|are obliged|obliged to|(?:contracts?|agreements?|frameworks?|terms|conditions) (?:now |also )?(?:exclude|excludes|prohibit|prohibits|bar|bars|forbid|forbids|ban|bans)|(?:is|are|will be|shall be) (?:strictly )?(?:not permitted|prohibited|not allowed|forbidden)|(?:contractually|legally) (?:bound|obligated) to|oblig(?:es|ed|ing) (?:the |its |their |all |each |every |any )?(?:\w+ )?(?:contractors?|suppliers?|providers?|operators?|employers?|firms?|compan(?:y|ies)|bidders?) to|(?:polic(?:y|ies)|requirements?|conditions?|standards?)\b[^.;]{0,40}? (?:be|is|are|was|were|will be|shall be|has been|have been) (?:now )?applied to (?:all |every |each |the |its |our )?(?:[\w-]+ ){0,4}?contracts?\b|undertakes?|agrees? to|(?<!\b(?:is|are|be|been|being|remains?|was|were|am|has|have|had) )commits? to(?= (?:pay|provide|deliver|ensure|employ|use|meet|comply|offer|give|report|publish|recognise|recognize|train|keep|maintain)\b)|(?:(?:is|are|be|as) (?:an? )?(?:\w+ )?conditions?|(?:made|makes?|making)\b[^.;]{0,80}?\ban? (?:\w+ )?condition) (?:of|in) (?:the |this |their |its |our |any |all |every |new |future |council )*(?:[\w-]+ ){0,2}?(?:contracts?|grants?|funding|award)|(?:made|makes?|making) (?:it|this|that|them|(?:the )?payment of (?:the )?[\w ]{3,40}?) (?:a|an) (?:contract(?:ual)?|mandatory) (?:[\w-]+ ){0,2}?(?:condition|requirement|term)|(?:is|are|will be|becomes?|shall be) (?:a |an )?(?:contract(?:ual)?|mandatory) (?:condition|requirement|term)s?\b|(?:clauses?|conditions?|requirements?|provisions?)(?: [\w’'-]+){0,4}? (?:was|were|is|are|has been|have been|will be|to be|being) (?:included|inserted|put|placed) (?:in|into|within) (?:all |its |their |the |new |future |council |this |every |each )*(?:[\w-]+ ){0,2}?contracts?\b|contractual (?:requirement|obligation|commitment)s?|(?:contracts?|invitations? to tender|ITTs?|tender documents?)\b[^.;]{0,40}?\b(?:now |also |all )?(?:include|includes|included|contain|contains|contained|carry|carries) (?:a |an )?(?:[\w-]+ )?(?:condition|requirement|clause|term|obligation|provision)s? (?:that|requiring|to (?!be\b)[a-z]+)\b|requirements? (?:in|of|under) (?:the |this |that |their |its |each |every )?(?:new )?contracts? (?:include|includes|are|cover|covers)|(?<!\b(?:may|might|could|would)\s(?:also\s)?(?:have\s)?)required that|mandatory|insists?|(?<!\b(?:a|an|the|any|no|its|their|this|such|company|bank|performance|financial|parent|cash|written) )guarantee[sd]?(?! (?:(?:minimum|weekly|monthly|working|paid|contracted|number of) )*hours\b)(?! (?:of|bonds?|period|fund)\b)|has to|have to|is to be|are to be|(?<=\b(?:supplier|contractor|sub-?contractor|provider|consultant|operator|grantee|recipient)s? )(?:is|are) (?:also )?to(?= (?!be\b)[a-z]+\b)|legally required|key requirement|will be required|is a requirement|are a requirement|(?:a|the) requirement (?:to|that)|will need to)\b/i;

/** Awareness or acknowledgement wording: it records a fact, it does not oblige anyone to act. */
const ACKNOWLEDGEMENT =
  /\b(?:is|are) to be aware\b|\b(?:should|must|will) be aware\b|\b(?:acknowledges?|understands?|recognises?|notes?) that\b/gi;

/** An obligation whose only object is to think about something: a duty to consider secures nothing. */
const DUTY_TO_CONSIDER =
  /^(?:must|shall|will|(?:is|are) required to|obliged to|ha(?:s|ve) to)\s*(?:(?:also|first|only|then|now|still|always|therefore|\w+ly)\s+|,[^,.;]{1,80},\s*)*(?:be (?:asked|invited|expected|encouraged) to )?(?:consider|have regard|take (?:[\w-]+ ){0,4}?(?:in)?to account|think about)\b|^requir(?:es?|ing)\s+(?:\w+\s+){1,4}to (?:consider|have regard)\b/i;
/** A statute, regulation or guidance as the subject of the duty word that follows: "The Social Value Act 2012 requires …". */
const STATUTE_BEFORE_DUTY =
  /\b(?:Act|Regulations|legislation|law|(?:statutory )?guidance)(?: (?:19|20)\d\d)?(?: \([^()]{1,40}\))?,?\s+(?:also\s+|now\s+)?$/i;
/** ...or heading the sentence, its duty further on: "Statutory guidance on fair work … sets an obligation on public bodies to consider …". */
const STATUTE_OPENS =
  /^\W*(?:the |this |our |its )?(?:[\w()'’-]+ ){0,6}?(?:Act|Regulations|legislation|law|guidance)\b(?! (?:firms?|centres?|officers?|teams?))/i;

/** The duty word at `at` is the law's own, retold: background to the text, not what the body itself says it does. */
function statuteRetold(sentence: string, at: number): boolean {
  if (at <= 0) return false;
  const before = sentence.slice(0, at);
  return STATUTE_BEFORE_DUTY.test(before) || STATUTE_OPENS.test(before);
}
const CONSIDER_ONLY = 'a duty only to consider it: nothing has to be secured';
/** A duty or obligation whose stated content is only to consider. */
const CONSIDER_ONLY_DUTY = /\b(?:duty|obligation)\s+(?:on\s+(?:\w+\s+){1,3})?to (?:consider|have regard)\b/i;

/** A list of options the supplier picks from: "points chosen from a menu that includes …". What follows is optional. */
export const MENU_OF_OPTIONS =
  /\b(?:chosen|selected|drawn|picked) from (?:a|the|an agreed) (?:menu|list|range|basket|choice)\b(?: of [\w -]{1,30}?)?(?: (?:that|which))? (?:includes?|including|such as)\b|\b(?:a|the) (?:menu|basket) of (?:options|measures|benefits|outcomes)\b[^.;]{0,30}?\b(?:includes?|including|such as)\b/i;
/** A duty whose content is only to try ("shall aim to pay", "will seek to ensure"): nothing has to be achieved. */
const DUTY_TO_TRY =
  /^(?:must|shall|will|(?:is|are) required to|undertakes? to|agrees? to)\s*(?:(?:also|always|\w+ly)\s+)*(?:(?:place|put)s?\s+(?:[\w’'-]+\s+){1,3}under\s+(?:a|the)\s+duty\s+to\s+)?(?:aim|seek|try|strive|attempt|aspire|endeavou?r|look|(?:take|use) (?:all |every )?(?:reasonable|practicable|possible) (?:steps|measures|efforts))\s+to\b/i;
/** Weighing whether, before the duty it weighs: "consider whether …", "decide if …", "assess whether …". */
const WHETHER_BEFORE_DUTY =
  /\b(?:consider(?:s|ed|ing)?|decid(?:e|es|ed|ing)|assess(?:es|ed|ing)?|explor(?:e|es|ed|ing)|look(?:s|ed|ing)? at) (?:whether|if)\b[^.;]*$/i;
/** The duty as what is to be thought about: "enables councils to consider the use of social clauses as contract conditions". */
const USE_CONSIDERED_BEFORE_DUTY =
  /\bconsider(?:s|ed|ing)? (?:the )?(?:use|inclusion|introduction|application|adoption|possibility) of\b[^.;]{0,80}$/i;
/** A duty governed by a wish or an aim before it: "We aim to write ... into our contracts". */
const AIM_BEFORE_DUTY =
  /\b(?:aims?|seeks?|tr(?:y|ies)|strives?|attempts?|aspires?|hopes?|wish(?:es)?|wants?) to\s+(?:\w+ly\s+)?$/i;

/**
 * A duty only to speak up for something: advocacy binds no one to do it. Working "with its suppliers to extend"
 * it is the same: the one whose suppliers they are persuades them, and nothing binds them.
 */
const DUTY_TO_PROMOTE =
  /^(?:must|shall|will|(?:is|are) required to|undertakes? to|requires? (?:its |all |the |their )?(?:[\w-]+ )?(?:suppliers|contractors|providers) to)\s*(?:(?:also|actively|continue to|\w+ly)\s+)*(?:support (?:the |a |an |our |its |their )?(?:[\w'’-]+ ){0,3}?(?:campaigns?|initiatives?|movements?)\b|advocate|lobby|campaign|champion|promote|encourage|raise awareness|celebrate|welcome|work (?:closely |together )?with (?:its|our|their) (?:own )?(?:suppliers|contractors|providers|supply chains?|partners)(?: and (?:\w+ ){0,2}?partners)? to (?!ensure\b|make sure\b|require\b))\b/i;

/**
 * A duty only to tell the authority about the topic ("shall describe their approach to", "will be asked about
 * their commitment to", "must state whether they are"): a tender question, which secures nothing by itself.
 */
const DUTY_TO_DESCRIBE =
  /^(?:must|shall|will|(?:is|are) required to|ha(?:s|ve) to)\s*(?:(?:also|first|then|\w+ly)\s+)*(?:be (?:asked|invited|required) (?:to )?)?(?:describe|explain|outline|set out|tell (?:us|the \w+)|detail|state|indicate|answer (?:questions? )?(?:on|about)|provide (?:details|information|evidence|a (?:statement|description|summary)) (?:of|on|about|as to)|about)\s+(?:\w+\s+){0,3}?(?:approach(?:es)?|how|whether|plans?|polic(?:y|ies)|commitments?|views?|arrangements|position)\b|^(?:must|shall|will|(?:is|are) required to|ha(?:s|ve) to)\s*(?:(?:also|first|then|\w+ly)\s+)*(?:complete|answer|respond to|fill in)\s+(?:the |a |all |any |each )?(?:[\w-]+\s+){0,3}(?:questions?|questionnaires?)\b|^(?:must|shall|will|(?:is|are) required to)\s*(?:\w+ly\s+)*(?:be (?:asked|invited|required) (?:to )?)?report (?:\w+ ){0,3}?on (?:the )?(?:number|proportion|percentage|share) of\b/i;
/** The topic as something the tender evaluation assesses ("… will be evaluated as part of this tender"), not a term. */
const EVALUATED_IN_AWARD =
  /\b(?:will|shall|is to|are to|must) be (?:\w+ly )?(?:evaluated|assessed|scored|marked)\b(?: \w+){0,4}? (?:as part of|in|during|at) (?:the |this |each |every )?(?:tender|bid|evaluation|procurement|award|quality)\w*|\b(?:will|shall|is to|would) (?:also )?form (?:a )?part of (?:the |our )?(?:tender |bid )?(?:assessment|evaluation|scoring)\b|\b(?:points|marks|credit) (?:will|shall|would) be (?:awarded|given) for\b|\b(?:will|shall|is to|are to|must) be (?:\w+ly )?(?:evaluated|assessed|scored|marked|judged) (?:on|against) (?:the |their |its )?(?:\w+ ){0,2}?(?:commitments?|approach(?:es)?|proposals?|plans?|responses?|answers?|polic(?:y|ies)|track records?)\b|\b(?:will|shall|would) (?:receive|be awarded|be given|gain|earn|get) (?:\w+ ){0,2}?(?:marks|points|credit)\b|\b(?:question|criterion|criteria|sub-?criteri(?:on|a))\s*[\w.]{0,5}\s+(?:will|shall) (?:assess|evaluate|score|mark|test)\b|\b(?:will|shall|is to|are to) be (?:addressed|taken into account|considered|reflected|covered) (?:in|through|during|as part of) (?:the |this )?(?:procurement|tender(?:ing)?|evaluation|commissioning|award)(?: process| exercise| stage)?\b/i;
export const EVALUATED_ONLY = 'assessed in the tender evaluation: the contract does not require it';
/** What a tender question asks bidders to do: describe, explain or demonstrate how (never to do the thing itself). */
const DESCRIBE_VERB = String.raw`(?:describe|explain|outline|set out|detail|tell us|demonstrate(?=[^.;]{0,80}?\bhow\b)|provide (?:details|a description|a statement|an explanation) of)`;
/** The same question put actively: "The council will ask bidders to set out how they will …". */
const ASK_TO_DESCRIBE = new RegExp(
  String.raw`^\s*(?:also |then )?(?:ask|invite|require)\s+(?:all |the |each |every )?(?:\w+ )?(?:bidders|tenderers|suppliers|applicants|providers|organisations|you) to ${DESCRIBE_VERB}\b`,
  'i',
);
/** A recommendation's verb is to consider: "(b) Considers applying a social value weighting …". */
const CONSIDERS_FIRST =
  /^\W*(?:\(?\w{1,3}[.)]\s*)?(?:that (?:the )?(?:\w+ ){0,2})?consider(?:s|ing)? (?:applying|introducing|adopting|requiring|using|whether|how|the|a|an|options)\b/i;
/** A matter itself kept under review is left open: "the in-house option will be kept under review". */
const STILL_OPEN = /\b(?:will|shall|is to|are to|to) (?:continue to )?be kept under review\b/i;
/**
 * A tender question put to bidders ("Tenderers are asked to describe, in no more than 1,500 words, how they will
 * ..."): a duty inside it ("will") is what the answer may promise, not what the contract requires.
 */
const ASKED_TO_DESCRIBE = new RegExp(
  String.raw`\b(?:are|is|will be|were) (?:\w+ly )?(?:asked|invited|requested|required|expected) to ${DESCRIBE_VERB}\b(?:,(?:[^,.;]|(?<=\d)[,.](?=\d)){1,60},)?\s*(?:\w+\s+){0,3}?(?:how|whether|what|which|their|its|your|(?:[\w-]+\s+){0,3}(?:approach(?:es)?|practices|arrangements|plans?|proposals?|measures|steps|commitments?|polic(?:y|ies)))\b|\b(?:are|is|will be|were|being) (?:\w+ly )?(?:asked|questioned) (?:whether|if|about)\b|\bto ${DESCRIBE_VERB} (?:how|what|whether|which)\b`,
  'i',
);
const CLAUSE_BREAK = /;|,\s*(?:and|but|while|whereas)\s/i;
export const DESCRIBE_ONLY = 'a duty only to describe an approach or answer a question: it secures nothing by itself';

/** A definition ("for the purposes of this Act, X is ...", "“X” means ..."): it explains a term, it binds no one. */
const DEFINITION =
  /^(?:\(?[\divx]{1,4}\)?\s*)?for the purposes of (?:this|these|the)\b|^(?!(?:it|this|that|which|what)\b)["'“‘]?[\w ’'-]{2,60}["'”’]? (?:means(?! that\b)(?! (?!(?:the|a|an|any|all|each|every|such|in)\b)(?:[\w’'-]+ ){1,3}(?:should|will|must|shall|would|could|can|may|is|are|has|have)\b)|is defined as|refers to)\b|\bin this context refers to\b|^(?:\(?[\divx]{1,4}\)\s*)?(?:the |a |an )?[“"‘][\w ’'-]{2,60}[”"’] (?:is|are) (?:the|a|an) /i;

/** Words that mark the authority itself as the subject, describing its own conduct. */
const AUTHORITY_SUBJECT =
  /\b(?:we|our|us|the council|the authority|the trust|the department|the government|the board|the purchaser|the buyer|the county|the city|the commissioners?|the contracting authority|the partnership|the university|the college|the nhs)\b|^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:council|senior|lead|procurement|commissioning|finance|legal) )?officers\b/i;
/** Authority verbs that are its own housekeeping rather than a duty laid on suppliers. */
const AUTHORITY_SELF_VERBS =
  /^\s*(?:also |then |now )?(?:consult|seek|support|work|try|look|aim|explore|review|monitor|continue|help|promote|encourage|engage|strive|endeavour|inform|notify|respond|be bound|treat|consider|have (?:due )?regard|keep|reserve|retain|act|use|provide information|decide|be made by|be taken by|be decided|apply to become|apply (?:the |its |our )?(?:[\w-]+ ){0,4}?(?:criteria|principles|approach|guidance)\b|pay (?:its|our) own|publish|comply|meet (?:its|our)|fulfil|ensure (?:that )?(?:its|our))\b/i;
/** The document's own upkeep ("this policy will be reviewed annually"): the authority's housekeeping, no supplier's duty. */
const DOCUMENT_UPKEEP =
  /^\s*(?:(?:as such|therefore|in addition|also|accordingly),?\s+)?(?:this|the|our) (?:\w+ )?(?:policy|strategy|plan|statement|procedure|guidance|document|charter|code of practice|web ?page|page|website|register|figures|data) (?:will|shall|must|is to) (?:also )?be (?:\w+ly )?(?:reviewed|updated|revised|monitored|published|amended|approved|evaluated|refreshed)\b/i;
/** The authority's own duties as what its promise serves: "we will commit resources to make sure our statutory duties are met". */
const AUTHORITY_OWN_DUTIES = /\b(?:our|its) (?:own )?(?:[\w-]+ ){0,3}?(?:duties|obligations|responsibilities)\b/i;
/** The authority's own workforce: a promise about them binds no supplier. */
const AUTHORITY_OWN_STAFF =
  /\b(?:its|our) (?:own )?(?:directly employed )?(?:staff|employees|workforce|apprentices|workers)\b|\b(?:to|for) (?:all |its |our |the council['’]s )?(?:budget holders|(?:council |procurement |commissioning )?officers|commissioners|councillors|elected members)\b/i;
/** An officer's advice or approval that "must be obtained": the authority's own governance step, not a supplier duty. */
const INTERNAL_SIGN_OFF =
  /\b(?:advice|approval|consent|agreement|authori[sz]ation|sign-?off|permission)s? of (?!(?:the |an? |its |our )?(?:supplier|contractor|provider|tenderer|bidder)s?\b)(?:the |an? |its |our )?\w+/i;
/** A passive whose agent is the authority ("will be made by the cabinet"). */
const AUTHORITY_AGENT =
  /\bby (?:the )?(?:council|cabinet|authority|trust|department|board|committee|government|executive|ministers?)\b/i;

/** Short verbless lines: a heading, a contents entry or a bullet naming the topic. */
/** A numbered clause or section title ("1.1 Mandatory Social Value", "25. Freedom of information"), no full stop. */
const NUMBERED_TITLE =
  /^(?:(?:[Cc]lause|[Ss]ection|[Ss]chedule|[Pp]art|[Aa]rticle|[Aa]nnex|[Aa]ppendix|[Cc]ondition|CLAUSE|SECTION|SCHEDULE|PART)\s+[\dA-Z]+(?:\.\d+)*\s*[-–—.:]?|[A-Z]{0,3}\d+(?:\.\d+)*\.?|[A-Z]\.|\([a-z0-9]+\))\s+[^.!?;:]+$/;
const FINITE_VERB = /\b(?:shall|must|will|should|may|is|are|was|were|has|have|be)\b/i;
const NUMBERED_HEADING = /^(?:[A-Z]{0,3}\d+(?:\.\d+)*\.?|[a-z]\)|\([a-z0-9]+\)|[•\-–?]|Annex [A-Z]:?|Appendix \d+)\s/i;

const parseCache = new Map<string, ReturnType<typeof nlp>>();
function parse(sentence: string) {
  let doc = parseCache.get(sentence);
  if (!doc) {
    doc = nlp(sentence);
    if (parseCache.size > 2000) parseCache.clear();
    parseCache.set(sentence, doc);
  }
  return doc;
}

export function firstMatch(markers: readonly Marker[], text: string): Marker | undefined {
  return markers.find((m) => m.pattern.test(text));
}

/**
 * A name mid-sentence: two or more capitalised words ("the Floating Support Services contract", "the
 * Aspire Programme", "Encouraging Enterprise Fund"). Modal verbs never belong to a name, so a Title Case
 * "Supplier Should" is not one.
 */
const PROPER_NAME =
  /(?<=[\w,;:(“"'‘’]\s+)(?!(?:Should|May|Might|Could|Would|Must|Shall|Will)\b)[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|&)\s+)?(?!(?:Should|May|Might|Could|Would|Must|Shall|Will)\b)[A-Z][\w’'-]*)+/g;

/** The sentence with names blanked out: a hedge word inside a name or title is part of the name, not a hedge. */
export function withoutNames(sentence: string): string {
  return sentence.replace(PROPER_NAME, (m) => ' '.repeat(m.length));
}

/**
 * "Support" as a noun names a service ("support services", "technical support", "installation, support and
 * maintenance", "Lot 2: Desktop support" — a noun closing its phrase has no object); only the verb ("will
 * support", "supporting small firms") is a hedge.
 */
const SUPPORT_NOUN =
  /\bsupport(?= (?:services?|staff|workers?|plans?|packages?|needs|teams?|officers?|functions?|arrangements?|contracts?|desk|hours)\b)|(?<=\b(?:technical|customer|user|ongoing|floating|housing|peer|specialist|IT|ICT|first[- ]line|second[- ]line|24\/7|and|or|,) )support\b(?! (?:the|a|an|our|their|its|local|small|people|them|us|to|with|for)\b)|(?<=\b[A-Za-z]{3,} )(?<!\b(?:to|will|shall|must|may|can|could|would|should|also|not|fully|actively) )support(?=\s*(?:[,;:.)]|$))/gi;

/** The sentence with the words that only look like hedges blanked out: names, and "support" as a noun. */
export function hedgeReading(sentence: string): string {
  return withoutNames(sentence)
    .replace(SUPPORT_NOUN, (m) => ' '.repeat(m.length))
    .replace(OTHERS_HEDGED, (m) => ' '.repeat(m.length));
}
/** A contrast that hedges only the rest ("…, while the other criteria will continue to be encouraged"): not the clause before it. */
const OTHERS_HEDGED = /,?\s*\b(?:while|whilst|whereas)\s+(?:the |all )?(?:other|remaining|rest of the)\b[^.;]*/gi;

/** The first hedge that qualifies the sentence, reading past hedge words that only belong to a name or a noun. */
export function firstHedge(hedges: readonly Marker[], sentence: string): Marker | undefined {
  const found = firstMatch(hedges, sentence);
  return found && firstMatch(hedges, hedgeReading(sentence));
}

/** "1.1 Mandatory Social Value": a numbered title stays a title even when it names a duty. */
export function isNumberedTitle(sentence: string): boolean {
  return NUMBERED_TITLE.test(sentence) && sentence.split(/\s+/).length <= 9 && !FINITE_VERB.test(sentence);
}

/** True when the sentence names the topic without any verb that could bind anyone. */
export function isHeadingLike(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter(Boolean).length;
  if (words > 14) return false;
  if (isNumberedTitle(sentence)) return true;
  if (hasObligation(sentence)) return false;
  if (NUMBERED_HEADING.test(sentence) && words <= 10) return true;
  const doc = parse(sentence);
  return (
    !doc.has('(#Modal|#Auxiliary|#Copula)') &&
    doc.verbs().filter((v) => v.has('#PastTense') === false).length <= 1 &&
    !/[.!?]$/.test(sentence)
  );
}

/**
 * A relative clause stating what someone needs ("young people who require more support", "posts that
 * require a licence") describes them; it lays no duty on anyone. One that requires a party to act ("the framework,
 * which requires us to pay the Real Living Wage") is the duty itself.
 */
const NEED_CLAUSE =
  /\b(?:who|that|which)\s+(?:may\s+|will\s+|would\s+)?(?:require|requires|need|needs)\b(?!\s+(?:us|them|you|(?:the|all|every|each|any|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:suppliers?|contractors?|providers?|operators?|employers?|firms?|companies|organisations?|members?|bidders?|tenderers?))\s+to\s+\w+)/gi;

/** Removes acknowledgement wording so that "is to be aware" is not read as an obligation. */
function withoutAcknowledgement(sentence: string): string {
  return sentence
    .replace(ACKNOWLEDGEMENT, (m) => ' '.repeat(m.length))
    .replace(NEED_CLAUSE, (m) => ' '.repeat(m.length));
}

/**
 * A motion or resolution recorded as adopted ("the motion … was agreed", "Full Council passed a motion requiring
 * …"): the labelling rules count only an adopted motion as a requirement in force.
 */
export const ADOPTED_MOTION =
  /\b(?:we|the (?:council|trust|board|authority|cabinet|committee|executive|department|government)|it|they) (?:\w+ ){0,2}?(?:decided|resolved|voted) to (?:set|pay|require|make|adopt|introduce|implement|apply|include|mandate|extend|bring in)\b|\b(?:motion|resolution)\b[^.]{0,200}?\b(?:was|were|has been|have been|had been|been) (?:\w+ly )?(?:agreed|carried|passed|adopted|approved)\b|\b(?:agreed|carried|passed|adopted|approved) (?:a|the) (?:\w+ ){0,2}?(?:motion|resolution) (?:calling|that|to|requiring|committing)\b/i;

/** The first binding words of a sentence (a duty, or an adopted motion), ignoring acknowledgement wording. */
/**
 * A supplier that "has agreed to" or "has committed to" pay, provide or deliver has undertaken it; not a contract
 * described by what its contractor committed to ("contracts in which contractors have committed to …"). Kept out of
 * OBLIGATION: V8 compiles that pattern whole on its first use, and every alternative adds to a scan's start.
 */
const SUPPLIER_UNDERTOOK =
  /(?<=\b(?:supplier|contractor|provider|bidder|tenderer|operator|developer|consultant|partner|company|firm)s? )(?<!\b(?:in which|where|whereby|that|which|whether|if) (?:the |all |its |their |our )?(?:[\w-]+ )?(?:supplier|contractor|provider|bidder|tenderer|operator|developer|consultant|partner|company|firm)s? )(?:has|have) (?:\w+ly )?(?:agreed|committed) to(?= (?:pay|provide|deliver|ensure|employ|use|meet|comply|offer|give|report|publish|create|recruit|train|keep|maintain|achieve)\b)/i;

function obligationMatch(sentence: string): RegExpExecArray | null {
  const text = withoutAcknowledgement(sentence);
  const binding = OBLIGATION.exec(text);
  const undertook = / (?:agreed|committed) to /.test(text) ? SUPPLIER_UNDERTOOK.exec(text) : null;
  const duty = undertook && (!binding || undertook.index < binding.index) ? undertook : binding;
  const motion = ADOPTED_MOTION.exec(text);
  return duty && (!motion || duty.index <= motion.index) ? duty : motion;
}

/**
 * The subject of a clause reported after a verb of saying or deciding ("the council confirmed that <subject>"), or
 * of what a reader is told ("Tenderers should be aware that <subject>").
 */
const REPORTED_SUBJECT =
  /\b(?:confirm|announc|sa|stat|agre|decid|resolv|explain|insist|promis|pledg|guarantee|assur|note|report|(?:be |made |are |is )(?:aware|reminded|advised|informed))\w* that\s+((?:(?!\bthat\b)[^,;:])+)$/i;

/**
 * Who carries the obligation: `authority` when the authority describes its own conduct
 * ("the Council will consult", "we pay our own staff"), `supplier` otherwise (a named supplier or a passive duty).
 */
export function obligationHolder(sentence: string): 'authority' | 'supplier' | undefined {
  const m = obligationMatch(sentence);
  if (!m) return undefined;
  if (DOCUMENT_UPKEEP.test(sentence)) return 'authority';
  const before = sentence.slice(0, m.index);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const clauseText = before.slice(clauseStart + 1);
  // a reported duty ("the council confirmed that all transferring staff will keep …") belongs to the subject after
  // 'that'; a pronoun there ("the council agreed that it will …") takes the reporter back
  const reported = REPORTED_SUBJECT.exec(clauseText);
  const subjectText = reported && !/^\s*(?:it|we|they|he|she)\b/i.test(reported[1]!) ? reported[1]! : clauseText;
  const after = sentence.slice(m.index + m[0].length);
  const clauseAfter = after.split(/[;:]|,\s(?:and|but|while)\b/)[0] ?? after;
  if (
    /^\s*(?:be )?(?:\w+ed|made|taken|given|set|paid|done|kept|held|met|sought) by\b/i.test(clauseAfter) &&
    AUTHORITY_AGENT.test(clauseAfter.slice(0, 60))
  )
    return 'authority';
  if (
    INTERNAL_SIGN_OFF.test(subjectText) &&
    /^\s*(?:be )?(?:obtained|sought|given|granted|secured)\b/i.test(clauseAfter)
  )
    return 'authority';
  if (!AUTHORITY_SUBJECT.test(subjectText)) return 'supplier';
  // compromise confirms the subject noun phrase really is the authority, not e.g. "our suppliers"
  const subject = parse(subjectText.trim() || sentence)
    .nouns()
    .out('array')
    .join(' ');
  if (/\b(?:suppliers?|contractors?|providers?|bidders?|tenderers?|partners|supply chain)\b/i.test(subject))
    return 'supplier';
  if (
    AUTHORITY_SELF_VERBS.test(after) ||
    AUTHORITY_OWN_STAFF.test(clauseAfter) ||
    AUTHORITY_OWN_DUTIES.test(clauseAfter)
  )
    return 'authority';
  return 'supplier';
}

/** Who or what can owe a duty: a party (supplier side, authority, workers, people), or a contract document that states one. */
const PARTY_HEAD =
  /^(?:suppliers?|contractors?|sub-?contractors?|providers?|bidders?|tenderers?|consultants?|operators?|grantees?|recipients?|compan(?:y|ies)|firms?|business(?:es)?|organi[sz]ations?|employers?|partners?|agenc(?:y|ies)|councils?|authorit(?:y|ies)|departments?|government|trusts?|boards?|cabinet|committee|ministers?|we|they|it|he|she|you|i|workers?|staff|employees?|carers?|cleaners?|apprentices?|people|members?|officers?|commissioners?|buyers?|purchasers?|contracts?|agreements?|tenders?|bids?|specifications?|frameworks?|clauses?|terms|conditions?|polic(?:y|ies)|requirements?|itts?|schemes?|plans?|strateg(?:y|ies)|charters?|codes?|each|all|every|any)$/i;
/** Verbs after "will" that state what a term does whatever its subject ("the Real Living Wage will apply to …"). */
const TERM_VERB = /^(?:be|not|apply|include|cover|form|remain|continue|require|need)\b/i;
/** Verbs after "will" that state an effect, whatever the subject: "the contract will see 90 cleaners transfer". */
const EFFECT_VERB = /^(?:see|mean|result|lead|bring|save|cost|happen|occur|arise)\b/i;

/**
 * Predictive "will": the subject of "will" is a thing no one can bind ("costs for contractors will rise",
 * "station cleaning will become worse", "vacant posts will absorb the staff") rather than a party or a
 * contract document, and the verb is active. compromise tags the subject's words; its head is the last word
 * of the first noun phrase (before a preposition, a verb or a conjunction).
 */
export function willPredicts(sentence: string): boolean {
  // every check asks about the same candidate sentence in turn: parse it once
  if (sentence !== lastPrediction.sentence) lastPrediction = { sentence, predicts: predictsUncached(sentence) };
  return lastPrediction.predicts;
}
let lastPrediction = { sentence: '', predicts: false };

function predictsUncached(sentence: string): boolean {
  const will = /\bwill\s+(\w+)/i.exec(sentence);
  if (!will || TERM_VERB.test(will[1]!)) return false;
  // "this will normally happen when …": what happens, with how often it does
  if (
    EFFECT_VERB.test(will[1]!) ||
    /^\w+ly\s+(?:happen|occur|arise)\b/i.test(sentence.slice(will.index + will[0].length - will[1]!.length))
  )
    return true;
  const clause = sentence
    .slice(0, will.index)
    .split(/[,;:(]|\b(?:that|which|who|when|where|if|and|but|because|so|as|while|once|until)\b/i)
    .pop()!
    .trim();
  if (!clause) return false;
  const terms = parse(clause).json()[0]?.terms ?? [];
  let head: { text: string; tags: string[] } | undefined;
  for (const t of terms as { text: string; tags: string[] }[]) {
    if (t.tags.includes('Preposition') || t.tags.includes('Conjunction') || (head && t.tags.includes('Verb'))) break;
    if (t.tags.some((tag) => tag === 'Person' || tag === 'Organization' || tag === 'Actor' || tag === 'Pronoun'))
      return false;
    if (!t.tags.includes('Determiner')) head = t;
  }
  const word = head?.text.toLowerCase().replace(/[^a-z-]/g, '');
  // a contract or scheme that "will help / enable / improve" states what it is expected to achieve, not a duty
  if (word && DOCUMENT_HEAD.test(word) && HOPED_EFFECT.test(will[1]!)) return true;
  return Boolean(word) && !PARTY_HEAD.test(word!);
}
const DOCUMENT_HEAD =
  /^(?:contracts?|agreements?|schemes?|polic(?:y|ies)|plans?|strateg(?:y|ies)|frameworks?|approach|changes?|arrangements?|programmes?)$/;
const HOPED_EFFECT = /^(?:help|enable|improve|reduce|increase|boost)\b/i;

/** The binding words that make the sentence an obligation, if any ("shall", "is required to"). */
export function obligationWords(sentence: string): string | undefined {
  return obligationMatch(sentence)?.[0];
}

/** A supplier-side party, or the contract documents that bind one. */
const SUPPLIER_SIDE =
  /\b(?:suppliers?|contractors?|consorti(?:um|a)|sub-?contractors?|providers?|bidders?|tenderers?|consultants?|operators?|grantees?|recipients? of (?:funding|grants?)|compan(?:y|ies)|firms?|businesses|partners?|economic operators?|supply chains?|organisations? (?:delivering|bidding|tendering|funded|awarded|contracted)|successful (?:bidder|tenderer|organisation)|you|your organisation|contracts?|grants?|tenders?|bids?|agreements?(?! (?:of|on|by|from|that)\b| to (?!which\b|whom\b))|specifications?|frameworks?|ITTs?|invitations? to tender|procurements?|award criteria|conditions? of (?:contract|grant|funding)|contract (?:terms|conditions)|clauses?|(?:the |all |these |those )?(?:\w+ )?services|transferr(?:ing|ed) (?:staff|employees|workers)|not directly employed|indirectly employed|contracted[- ]out (?:staff|workers|services)|third[- ]party (?:staff|employers|workers))\b/i;

/**
 * Whose duty, from the parties the sentence names: a binding word in a sentence that names no supplier,
 * no contract and no tender ("the Council is required to contribute to the pension scheme", "staff will
 * transfer", "costs will rise") describes the authority's own affairs or forecasts events; outside
 * contract documents it lays nothing on a supplier.
 */
/** A supplier-side party or contract document named outright (workers owed pay do not count: whose workers?). */
export function namesSupplierParty(sentence: string): boolean {
  return SUPPLIER_SIDE.test(sentence);
}

export function namesSupplierSide(sentence: string): boolean {
  return SUPPLIER_SIDE.test(sentence) || workersOwed(sentence);
}

/** Workers, not the authority's own, named as owed pay or training: what their employer must give them, not a forecast. */
export function workersOwed(sentence: string): boolean {
  return WORKERS_OWED.test(sentence) && !OWN_WORKFORCE.test(sentence);
}

/**
 * Whether the duty's holder is named before it: a supplier-side party or a pronoun for one as the subject ("The
 * Contractor shall …", "It must …"), workers owed by their employer, or a list item that begins with the duty. A
 * duty whose subject is a thing ("Breaches of this Code will be discussed with the supplier") names no holder.
 */
export function namesDutyHolder(sentence: string): boolean {
  const duty = obligationMatch(sentence);
  if (!duty) return false;
  const before = sentence.slice(0, duty.index);
  const after = sentence.slice(duty.index + duty[0].length);
  return (
    DUTY_HOLDER.test(before) ||
    HOLDER_AFTER.test(after) ||
    WORKERS_OWED.test(sentence) ||
    /^\W*(?:\(?\w{1,4}[.)]\s*)?$/.test(before)
  );
}
/** A supplier-side party that can hold a duty. */
const HOLDER_NOUN = String.raw`suppliers?|contractors?|sub-?contractors?|providers?|bidders?|tenderers?|consultants?|operators?|grantees?|recipients?|partners?|organisations?|compan(?:y|ies)|firms?|employers?`;
/** The holder named as the object of a requirement: "Our terms require suppliers to …". */
const HOLDER_AFTER = new RegExp(
  String.raw`^\s*(?:all |the |our |any |each |every |its |their )?(?:\w+ )?(?:${HOLDER_NOUN}|you|them) to\b`,
  'i',
);
/** The holder named before the duty: a supplier-side party, the parties, or a pronoun for one. */
const DUTY_HOLDER = new RegExp(
  String.raw`\b(?:${HOLDER_NOUN}|developers?|licensees?|the parties|each party|you|it|they|he|she)\b`,
  'i',
);

/** Workers as the ones owed ("care workers will be paid", "all staff are to be trained", "will receive"): their employer's duty. */
const WORKERS_OWED =
  /\b(?:workers|carers|cleaners|porters|staff|employees|apprentices|workforce)\b[^.;]{0,80}?\b(?:(?:(?:will|shall|must|are to|to) be|are) (?:\w+ly )?(?:paid|trained|offered|given|employed|guaranteed)|(?:will|shall|must|are to) (?:\w+ly )?receive)\b/i;
/** The authority's own employees: a pay policy statement, not a supplier's duty. */
const OWN_WORKFORCE =
  /\b(?:its|our|the council['’]s|the authority['’]s) (?:own )?(?:staff|employees|workforce|workers)\b|\b(?:council|authority|county|city|trust) (?:staff|employees|workforce)\b|\bdirectly employed (?:staff|employees|workforce|workers)\b/i;

export function hasObligation(sentence: string): boolean {
  const duty = obligationMatch(sentence);
  if (!duty) return false;
  // "Councils should require …", "authorities could make it a contract condition": the duty is only advised or possible
  // ...unless a duty of its own follows ("Councils should consider it; the contractor shall pay …")
  if (ADVISED.test(sentence.slice(Math.max(0, duty.index - 40), duty.index)))
    return hasObligation(sentence.slice(duty.index + Math.max(1, duty[0].length)));
  // "(often this will be where demand swings)": a 'will' in an aside comments on the sentence, it binds no one
  if (/^will$/i.test(duty[0])) {
    const aside = asideAround(sentence, duty.index);
    if (aside) return hasObligation(sentence.slice(0, aside.open) + sentence.slice(aside.close + 1));
  }
  // "If staff will be transferring to you, take advice on TUPE early": the only duty word sits in the condition
  const condition = LEADING_IF.exec(sentence);
  return (
    !condition || duty.index >= condition[0].length || obligationMatch(sentence.slice(condition[0].length)) !== null
  );
}
/** The parentheses around `at`, when it stands inside an aside that opens and closes in the sentence. */
function asideAround(sentence: string, at: number): { open: number; close: number } | undefined {
  const open = sentence.lastIndexOf('(', at);
  if (open < 0 || sentence.lastIndexOf(')', at) > open) return undefined;
  const close = sentence.indexOf(')', at);
  return close < 0 ? undefined : { open, close };
}
/** A modal of advice or possibility, or a power ("it is possible to", "can"), governing the duty word that follows it. */
const ADVISED =
  /\b(?:should|could|might|would|can|ought to)\s+(?:(?:also|now|then|still|\w+ly)\s+)?(?:be\s+)?$|\b(?:possible|permissible|lawful|legitimate|open to (?:\w+ ){1,3}?)(?:\s+for [^.;]{1,60}?)?\s+to\s+$/i;
/** A leading condition up to its comma: "If staff will be transferring to you from another provider,", "In contracts where …,". */
const LEADING_IF =
  /^\W*(?:(?:in|for|on|during|within|under) (?:[\w-]+ ){1,4}?)?(?:if|where|when|whenever|should|in case)\b[^,;.]{3,160},/i;

/**
 * An invitation to the reader (an imperative to join, follow, sign up, get in touch, or "for more on X,
 * visit …"): page furniture around a topic, which commits no one to anything. A noun phrase that opens
 * with one of those words and goes on to its own verb ("Call clipping remains common") is not one.
 */
const CALL_TO_ACTION =
  /^(?:[•▪◦·*\-–]\s*)?(?:please\s+)?(?:join|follow|sign up|subscribe|register|book|connect|find out|find us|keep up|stay (?:up to date|in touch|connected)|get in touch|contact|e-?mail|call|visit|click|tweet|like|share|watch|listen|attend)\b(?!\s+[\w-]+\s+(?:is|are|was|were|remains?|has|have|had|happens?|continues?|means?|can|could|will|would|may|must|should)\b)|^(?:[•▪◦·*\-–]\s*)?(?:to|for) (?:find out |learn |hear |read |get |keep up )?(?:more|further|the latest)\b[^.]{0,80},\s*(?:please )?(?:visit|contact|see|email|e-mail|call|follow|join|go to|sign up)\b|^(?:[•▪◦·*\-–]\s*)?for (?:more |further )?(?:information|details|guidance)\b[^.]{0,120},\s*(?:please )?(?:visit|contact|see|read|refer to|go to)\b|^(?:[•▪◦·*\-–]\s*)?(?:more|further) (?:information|details|guidance) (?:can|may) be (?:found|obtained|read|seen)\b|^[^.;]{0,60}?\b(?:can|may) be (?:found|viewed|seen|read|downloaded|booked) (?:on|at|via|from) (?:our|their|its|the|this) (?:[\w-]+ )?(?:website|web ?page|page|site|portal)\b|\b(?:follow|join|find|connect with) us on\b/i;

export function isCallToAction(sentence: string): boolean {
  return (CALL_TO_ACTION.test(sentence.trim()) && !hasObligation(sentence)) || NAVIGATION.test(sentence);
}
/** A page's navigation ("Related pages: Freedom of information | Prompt payment"): links, not contents of this text. */
const NAVIGATION =
  /^\W*(?:related (?:pages|links|content|information|topics|services)|see also|useful links|quick links|more in this section|in this section|you (?:may|might) also (?:be interested in|like))\b/i;

/**
 * What research will look at ("Researchers will look at whether firms moved staff onto zero-hours contracts",
 * "The study will examine how the National Living Wage affected hours"): its subject matter, not a term on anyone.
 */
const RESEARCH_SUBJECT =
  /^\W*(?:the |a |our |their |this |new )?(?:researchers?|academics|economists|analysts|(?:\w+ )?(?:study|research|review|project|evaluation|survey|inquiry|team))\b[^.;]{0,40}?\b(?:will |would |is to |are to |plans? to |aims? to |intends? to |is going to )?(?:look(?:s|ed|ing)? (?:at|into)|examin|investigat|explor|stud(?:y|ies|ied)|assess|analys|analyz|measur|compar|track|interview|map|survey)\w*\b/i;

/** Research bought or commissioned to examine something: "The Department wishes to commission independent research to examine how …". */
const RESEARCH_COMMISSIONED =
  /\b(?:commission\w*|fund\w*|procur\w*|carry(?:ing)? out|conduct\w*|undertak\w*)\s+(?:an? |the |some )?(?:independent |new |qualitative |quantitative |mixed-methods |external )?(?:research|study|evaluation|review|analysis)\b[^.;]{0,20}?\b(?:to (?:examine|explore|investigate|assess|analyse|analyze|measure|understand|look at|compare)|into)\b|\b(?:the|this|a|new) (?:research|study|survey|evaluation)\b (?:will |would |is to |aims to |plans to |is going to )?(?:examine|explore|investigate|look (?:at|into)|analyse|analyze|measure|compare)\b/i;

export function isResearchSubject(sentence: string): boolean {
  return (
    (RESEARCH_SUBJECT.test(sentence) || RESEARCH_COMMISSIONED.test(sentence)) &&
    !/\b(?:contractors?|suppliers?|providers?|the successful)\b[^.;]{0,30}\b(?:shall|must)\b/i.test(sentence)
  );
}

/** True when the sentence only defines a term. */
export function isDefinition(sentence: string): boolean {
  return DEFINITION.test(sentence);
}

/** An embedded question: "please confirm whether the contract requires …", "asked whether contractors must …". */
const EMBEDDED_QUESTION =
  /^\W*(?:which|how many|how much|how often)\b[^.;]{0,80}?\b(?:have|has|had|are|is|were|was|do|does|did)\b|\b(?:confirm|state|tell (?:us|me)|advise|clarify|explain|know|ask(?:ed|s|ing)?|enquir\w*|inquir\w*)\b[^.;]{0,20}?\bwhether\b|^\W*(?:\(?\w{1,3}[.)]\s*)?(?:whether|if)\b(?![^.;]*(?:[,:]|\bthen\b))|\bwhether (?:or not )?(?:you|your organisation|they|the (?:bidder|tenderer)s?|bidders|tenderers) (?:will|would|can|do|does|are|intend|plan)\b/i;

/**
 * A question, except a confirmation question to bidders (a pass/fail tender question binds); or a duty that sits
 * inside an embedded question ("confirm whether your contract requires …"), which asks and binds no one.
 */
export function isQuestion(sentence: string, duty?: RegExpExecArray | null): boolean {
  if (/\?["'”’)]*$/.test(sentence.trim()) && !/\bconfirm\b/i.test(sentence)) return true;
  const asked = EMBEDDED_QUESTION.exec(sentence);
  if (!asked) return false;
  const binding = duty === undefined ? obligationMatch(sentence) : duty;
  return Boolean(binding && binding.index > asked.index);
}

/** A duty whose object is a negative state: "shall ensure that there are no ...", "must procure that no ...". */
const DUTY_TO_SECURE =
  /\b(?:shall|must|will|undertakes? to|is required to|are required to)\s(?:\w+\s){0,2}?(?:ensure|procure|guarantee|make sure|secure)\b/i;

/** Negation scope: a "no"/"not" inside the object of a duty to ensure something is the duty, not its negation. */
function negatesTheDuty(pattern: RegExp, sentence: string): boolean {
  const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(sentence);
  if (!m) return false;
  const duty = DUTY_TO_SECURE.exec(sentence);
  return !duty || duty.index > m.index;
}

/**
 * Reasons that hollow out a sentence whatever its topic: hedges, negation, scope limits, a duty only to
 * consider, a definition or a question. Undefined when nothing hollows it.
 */
export function hollowing(text: string): Verdict | undefined {
  // a long parenthetical is an aside about another case; its hedges do not qualify the main clause
  // quotation marks around a reported hedge ("asked to consider") do not change it
  const unbracketed = text.includes('(') ? text.replace(/\([^()]{40,}\)/g, ' ') : text;
  const sentence = QUOTE_MARK.test(unbracketed) ? unbracketed.replace(QUOTE_MARKS, '') : unbracketed;
  // a hedge that hollows a stated duty tells more than a hedge in a passing remark
  const duty = obligationMatch(sentence);
  const hedged = duty ? WEIGHT.clause : WEIGHT.reason;
  const reason = (why: string): Verdict => ({ strength: 'weak', why, weight: hedged });
  // a negated or narrowed duty is the clearest sign of a hollow clause, so it outranks a hedge as evidence
  const decisive = (why: string): Verdict => ({ strength: 'weak', why, weight: WEIGHT.specific });
  const hard = firstHedge(HARD_HEDGES, sentence);
  if (hard)
    return hard.why === EXPECTATION ? { strength: 'weak', why: hard.why, weight: WEIGHT.reason } : reason(hard.why);
  const negated = NEGATIONS.find((n) => negatesTheDuty(n.pattern, sentence));
  if (negated) return decisive(negated.why);
  const scope = firstMatch(SCOPE_LIMITERS, sentence);
  if (scope) return decisive(scope.why);
  // only the governing duty counts: "shall pay ..., and the Council will consider ..." still binds
  if ((duty && DUTY_TO_CONSIDER.test(sentence.slice(duty.index))) || CONSIDER_ONLY_DUTY.test(sentence))
    // the statute's own duty retold ("The Act requires us to consider …") is background, less telling than the body's own words
    return statuteRetold(sentence, duty?.index ?? CONSIDER_ONLY_DUTY.exec(sentence)?.index ?? 0)
      ? { strength: 'weak', why: CONSIDER_ONLY, weight: WEIGHT.mention }
      : reason(CONSIDER_ONLY);
  // the duty only as what is to be weighed: "Buyers should consider whether payment … can be included as a condition"
  if (
    duty &&
    (WHETHER_BEFORE_DUTY.test(sentence.slice(0, duty.index)) ||
      USE_CONSIDERED_BEFORE_DUTY.test(sentence.slice(0, duty.index)))
  )
    return reason(CONSIDER_ONLY);
  if (duty && (DUTY_TO_TRY.test(sentence.slice(duty.index)) || AIM_BEFORE_DUTY.test(sentence.slice(0, duty.index))))
    return reason('an aim, not a duty: nothing has to be achieved');
  if (duty && DUTY_TO_PROMOTE.test(sentence.slice(duty.index)))
    return reason('a duty only to promote or encourage it: nothing has to be done');
  if (duty && DUTY_TO_DESCRIBE.test(sentence.slice(duty.index))) return reason(DESCRIBE_ONLY);
  const asked = ASKED_TO_DESCRIBE.exec(sentence);
  // a duty in a clause of its own after the question ("…, and the contractor shall …") is not what the answer may promise
  if (asked && (!duty || duty.index >= asked.index)) {
    const rest = sentence.slice(asked.index + asked[0].length);
    const later = obligationMatch(rest);
    if (!later || !CLAUSE_BREAK.test(rest.slice(0, later.index))) return reason(DESCRIBE_ONLY);
  }
  if (duty && ASK_TO_DESCRIBE.test(sentence.slice(duty.index + duty[0].length))) return reason(DESCRIBE_ONLY);
  if (STILL_OPEN.test(sentence)) return reason('kept under review: the matter is left open, nothing is required');
  // a recommendation that opens with "Considers applying …" (the body recommended to consider it) decides nothing
  if (CONSIDERS_FIRST.test(sentence)) return reason(CONSIDER_ONLY);
  const evaluated = EVALUATED_IN_AWARD.exec(sentence);
  if (evaluated && !(duty && duty.index < evaluated.index)) return reason(EVALUATED_ONLY);
  // a defined term is known by its quotation marks, which the hedge tests above read without
  if (isDefinition(sentence) || isDefinition(text))
    return {
      strength: 'weak',
      why: 'only a definition: it explains the term, it binds no one',
      weight: WEIGHT.definition,
    };
  if (isQuestion(sentence, duty))
    return { strength: 'weak', why: 'only a question or FAQ heading: it binds no one', weight: WEIGHT.heading };
  return undefined;
}

/**
 * General strength rules for a sentence already known to be about a check's topic.
 * Check-specific markers are applied by the caller first.
 */
export function generalStrength(sentence: string): Verdict {
  const hollow = hollowing(sentence);
  if (hollow) return hollow;
  if (isNumberedTitle(sentence))
    return {
      strength: 'weak',
      why: 'only a heading or contents entry: it names the topic but binds no one',
      weight: WEIGHT.heading,
    };
  if (hasObligation(sentence)) {
    const holder = obligationHolder(sentence);
    if (holder === 'authority')
      return {
        strength: 'weak',
        why: 'the authority describes its own conduct; nothing here binds the supplier',
        weight: WEIGHT.mention,
      };
    const unfinished = isHeadingLike(sentence) || !/[.;:!)"”’]$/.test(sentence.trim());
    return {
      strength: 'strong',
      why: 'binding obligation on the supplier',
      weight: unfinished ? WEIGHT.reason : WEIGHT.clause,
    };
  }
  if (new RegExp(ACKNOWLEDGEMENT.source, 'i').test(sentence))
    return {
      strength: 'weak',
      why: 'only an acknowledgement: it records a fact, it obliges no one to act',
      weight: WEIGHT.reason,
    };
  const soft = firstHedge(SOFT_HEDGES, sentence);
  if (soft) return { strength: 'weak', why: soft.why, weight: WEIGHT.reason };
  if (isHeadingLike(sentence))
    return {
      strength: 'weak',
      why: 'only a heading or list entry: it names the topic but binds no one',
      weight: WEIGHT.heading,
    };
  return { strength: 'weak', why: MENTION_ONLY, weight: WEIGHT.mention };
}
