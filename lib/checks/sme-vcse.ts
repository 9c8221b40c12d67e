import {
  CONTRACT_DOCUMENTS,
  firstHedge,
  generalStrength,
  hollowing,
  SOFT_HEDGES,
  type Verdict,
  WEIGHT,
} from '../analysis/strength';
import type { CheckDefinition } from './types';

/** Small firms and the voluntary sector, named. */
const SME_ACRONYMS = /\bSMEs?\b|\bSME[’']s\b|\bVCSEs?\b/;
const NAMES_SMALL_FIRMS =
  /\bsmall and medium[- ]sized (?:enterprises|businesses|firms)\b|\bsmall(?:er)?(?: (?!number\b|group\b|amount\b|of\b|range\b|pool\b|handful\b|proportion\b)[\w-]+){0,2} (?:firms|businesses|suppliers|enterprises|companies|providers)\b|\bmicro[- ]?(?:businesses|enterprises)\b|\bthird sector\b|\bsocial enterprises?\b|\bsupported businesses\b|\bvoluntary\b[^.;]{0,40}\b(?:sector|organisations?|groups?|bodies)\b/i;
/** Division into lots (PA23 s.18). */
const LOTS = /\blots?\b/i;
/** Payment down the supply chain, or subcontract opportunities opened up. */
const SUPPLY_CHAIN_MEASURE =
  /\bsub-?(?:sub-?)?contract(?:or)?s?\b[^.;]{0,80}\b(?:pay(?:ment)?s?|paying|paid (?:within|promptly|on time)|invoices?|payment terms)\b|\b(?:pay(?:ment)?s?|paying|invoices?)\b[^.;]{0,80}\bsub-?(?:sub-?)?contract(?:or)?s?\b|\bsub-?contract(?:ing)? opportunit(?:y|ies)\b|\bsupply[- ]chain opportunit(?:y|ies)\b|\bopportunities in the supply chain\b|\badvertis\w*\b[^.;]{0,40}\bsub-?contract\w*|\bsub-?contract\w*\b[^.;]{0,40}\badvertis\w*/i;
/**
 * Wages, not bills: "pay the Real Living Wage to all staff, including subcontractors' staff" is what workers down
 * the chain earn, not the prime contractor paying its subcontractors; it counts only beside invoices or payment terms.
 */
const WAGE_TALK =
  /\b(?:living|minimum) wage\b|\bwages?\b|\bsalar(?:y|ies)\b|£\s?\d+(?:\.\d{2})?\s?(?:an|per|a) hour\b|\bhourly (?:rate|pay)\b|\brates? of pay\b|\bsick pay\b|\b(?:annual |paid )?(?:leave|holidays?)\b|\bovertime\b|\bpa(?:y|ys|id|ying) (?:all |its |their |the )?(?:staff|workers|employees|carers|care workers)\b/i;
const BILLS_TALK =
  /\binvoices?\b|\bpayment (?:terms|periods?|practices|performance)\b|\b(?:sums|amounts?) due\b|\b(?:prompt|late|fair) payment\b|\bpromptly\b/i;
const wagesNotBills = (s: string) => WAGE_TALK.test(s) && !BILLS_TALK.test(s);
/** What opens contracts to small firms: bidding, lots, subcontract opportunities, spend. */
const ACCESS_WORDS =
  /\bsub-?contract(?:ing)? opportunit|\badvertis|\bopportunit(?:y|ies)\b|\bbid\w*|\btender\w*|\blots?\b|\bspend\b|\bprocure\w*|\baccess\b/i;
/** Cues that are only about paying someone: the payee decides whether they are this check's topic. */
const PAYMENT_CUES: RegExp[] = [];
/** Subcontract opportunities opened up or advertised: a measure with no payment in it. */
const SUBCONTRACT_OPENING =
  /\bsub-?contract(?:ing)? opportunit(?:y|ies)\b|\bsupply[- ]chain opportunit(?:y|ies)\b|\bopportunities in the supply chain\b|\badvertis\w*\b[^.;]{0,40}\bsub-?contract\w*|\bsub-?contract\w*\b[^.;]{0,40}\badvertis\w*/i;
/**
 * Work or spend placed with small firms themselves ("25% of the contract value must be subcontracted to SMEs",
 * "spend at least £2m with local micro businesses"): a measure, as a subcontract opportunity is.
 */
const PLACED_WITH_SMALL_FIRMS =
  /\b(?:sub-?contract(?:ed|ing)?|spen[dt]|spending|plac(?:e|ed|ing)|award(?:ed|ing)?|let|direct(?:ed)?)\b[^.;]{0,30}?\b(?:to|with|through)\s+(?:(?:local|regional|small)\s+)?(?:SMEs?\b|VCSEs?\b|small(?: and medium)?(?:[- ]sized)? (?:enterprises|businesses|firms)|micro[- ]?(?:businesses|enterprises)|social enterprises|voluntary (?:sector )?organisations)/i;
/** When payment is due: a period, promptness or the terms it follows. */
const TIMELY =
  /\bwithin\b|\b\d+\)? (?:calendar |working |business )?days?\b|\bpromptly\b|\bprompt\b|\bon time\b|\b(?:payment )?terms\b|\bnot? (?:later|longer)\b|\bsame time\b/i;
/** A project bank account pays subcontractors from a ring-fenced account at the same time as the prime contractor. */
const PROJECT_BANK_ACCOUNT = /\bproject bank accounts?\b/i;
/** A period in days for paying, whoever is paid. */
const DAYS_TO_PAY =
  /\b(?:pa(?:ys?|id|ying|yments?)|settle[sd]?|settlement)\b[^.;]{0,80}\b\d+\)? (?:calendar |working |business )?days?\b|\b\d+\)? (?:calendar |working |business )?days?\b[^.;]{0,20}\b(?:of|from|after|following|on) (?:(?:the )?(?:receipt|date) of|receiving|getting) (?:a |an |the )?(?:valid |undisputed |correct )*invoice/i;
/**
 * Who is paid decides the topic: a period for paying invoices, suppliers or subcontractors is a payment term;
 * a fee, a fine, a deposit or a benefit "paid within 14 days" is not about small firms at all.
 */
const SUPPLY_RELATION =
  /\binvoic\w*|\b(?:sub-?)?(?:suppliers?|contractors?|providers?|vendors?|creditors?)\b|\bsupply chains?\b|\bpayment terms\b|\bSMEs?\b|\bsmall (?:firms|businesses)\b/i;
/** Payment stated as a period in days, to suppliers (a deadline for sending invoices is not a payment term). */
const PAYMENT_DAYS = new RegExp(`^(?=[\\s\\S]*?(?:${SUPPLY_RELATION.source}))[\\s\\S]*?(?:${DAYS_TO_PAY.source})`, 'i');
/** Prompt or fair payment, named. */
const PROMPT_WORDS =
  /\bprompt(?:ly)?\b[^.;]{0,20}\bpa(?:ys?|id|yments?|ying)\b|\bpa(?:ys?|id|yments?|ying)\b[^.;]{0,30}\bpromptly\b|\bfair payment\b|\blate payment\b|\bpayment (?:performance|practices)\b/i;
/** Prompt or fair payment of suppliers (not of rent, fines or council tax), or the codes that set it. */
const PROMPT_PAYMENT = new RegExp(
  `^(?=[\\s\\S]*?(?:${SUPPLY_RELATION.source}|\\b(?:Prompt|Fair) Payment (?:Code|Charter)|\\bpayment practices))[\\s\\S]*?(?:${PROMPT_WORDS.source})`,
  'i',
);
/** A heading or contents entry that is only "Prompt Payment": the clause named, weakly, in contract documents. */
const PROMPT_PAYMENT_HEADING =
  /^\s*(?:\d+(?:\.\d+)*\.?\s+|[A-Z]\.\s+)?(?:prompt|fair) payment(?: (?:of|to) (?:sub-?contractors|suppliers|the supply chain))?\s*$/i;

/** The payment terms handed down the chain on the same footing. */
const FLOW_DOWN =
  /\b(?:equally favourable|equivalent|the same) (?:payment )?(?:terms|provisions?|requirements?)\b[^.]{0,120}\bsub-?(?:sub-?)?contract|\bin (?:each|every|all) sub-?(?:sub-?)?contracts?\b[^.]{0,40}\b(?:same|equivalent)\b/i;

/** A notice's "suitable for SMEs" flag is a stand-in (the lower-case "sme: false" field matches no cue). */
const SUITABILITY_YES = /\bsuitability:\s*(?:sme:\s*true,\s*vcse:\s*(?:true|false)|sme:\s*false,\s*vcse:\s*true)\b/gi;
const NOT_LOTS =
  /\b(?:will not|shall not|is not|are not|not) (?:be )?(?:divided|split|let) (?:in)?to (?:\w+ )?lots\b|\bno lots\b|\b(?:divided into )?lots\s*[:?]\s*no\b|\ba lot (?:of|about|more|less|better|worse|easier|harder|quicker|faster|further|bigger|smaller|like|in common)\b|\b(?:quite|such) a lot\b|\blots of\b|\b(?:car )?park(?:ing)? lots?\b/gi;
/** "voluntary sector" names a kind of organisation; it is not the hedge "voluntary". */
const VOLUNTARY_SECTOR = /\bvoluntary\b(?=[^.;]{0,40}\b(?:sector|organisations?|groups?|bodies)\b)/gi;
/** Lots with a stated small-firm rationale: the structural measure PA23 s.18 asks authorities to consider. */
const LOTS_FOR_SMALL_FIRMS =
  /\b(?:divided|split|broken down|let) (?:in)?to (?:\w+ )?(?:separate )?lots\b[^.]{0,100}\b(?:SMEs?|VCSEs?|small(?:er)? (?:and medium[- ]sized )?(?:firms|businesses|suppliers|enterprises)|voluntary|third sector|social enterprises?)\b/i;
/** "…to encourage SME participation" gives the purpose of a measure; it is not the hedge "encouraged to". */
const PURPOSE = /\b(?:in order )?to (?:encourage|enable|help|support|facilitate|allow|increase|maximise)\b/gi;
/** The division itself stated ("The contract is divided into two lots", "Lots: Yes"): what a reader checks first. */
const DIVIDED_INTO_LOTS =
  /\b(?:divided|split|broken (?:down|up)|separated|organised|structured|packaged|let) (?:in)?to (?:\w+ ){0,3}?(?:separate )?lots\b|\b(?:divided into )?lots\s*[:?]\s*yes\b|\b(?:comprises|consists of|is made up of|has) (?:\w+ )?(?:separate )?lots\b|\b(?:let|offered|tendered|procured|advertised|awarded) (?:as|in) (?:\w+ ){0,2}?(?:separate )?lots\b|\blots (?:are|will be) as follows\b|\bthe following (?:\w+ )?lots\b/i;
/** Bidding lot by lot ("Tenderers may bid for one or more lots"): what the division means for a bidder. */
const BID_BY_LOT =
  /\b(?:bid|tender|apply|quote|submit (?:a )?(?:bid|tender|quotation)s?) for (?:one|any|all|each|every|several|more than one|a number|one or (?:more|both|all)|up to \w+|a maximum of \w+)\b[^.;]{0,20}\blots?\b/i;
const statesLots = (s: string) => DIVIDED_INTO_LOTS.test(s) || BID_BY_LOT.test(s);
/** A lot's own title ("Lot 2: Desktop support", "- Lot 3 – Catering"): it names one part of the contract, nothing more. */
const LOT_TITLE = /^[\s•*\-–—]*Lot\s+\d+[a-z]?\b\s*(?:[:.\-–—]\s*[^.;:]{0,80})?$/i;
/**
 * The voluntary sector listed among the authority's partners beside public bodies ("partners including Health,
 * Education, the voluntary sector and the police"): who the authority works with, not a route in for suppliers.
 */
const PARTNERS_LIST =
  /\bpartners?\b[^.;]{0,30}\b(?:including|such as|like|from|namely)\b[^.;]{0,120}\b(?:voluntary|third sector|community (?:groups|organisations))/i;
const PUBLIC_BODIES =
  /\b(?:health|NHS|police|education|schools?|housing|councils?|local authorit(?:y|ies)|fire and rescue|probation|jobcentre|DWP|universit(?:y|ies)|colleges?)\b/i;
/**
 * Small firms as recipients of the authority's business support (grants, loans, advice, rate relief): economic
 * development, not a way into its contracts, unless the sentence is about procurement.
 */
const BUSINESS_SUPPORT =
  /\b(?:grants?|loans?|funding|advice|mentoring|rate relief|business support|growth (?:hub|programme|fund))\b/i;
const PROCUREMENT_WORDS =
  /\b(?:contracts?|tender\w*|procure\w*|bid\w*|supply chains?|suppliers?|providers?|contractors?|commission\w*|delivery models?|social value|outsourc\w*|mutuals?|subcontract\w*|sub-contract\w*|lots?|invoices?|payments?|frameworks?)\b/i;
/** "paid 97% of invoices within 10 days": a statistic about payments already made. */
const PAST_PAYMENT_RECORD =
  /\bpaid (?:over |more than |almost |nearly |around |about )?\d+(?:\.\d+)?\s?(?:%|per ?cent)/i;
/** Asides in brackets ("(will generate further outcomes)") predict, they do not oblige. */
const PARENTHESES = /\([^()]*\)/g;

const blank = (m: string) => ' '.repeat(m.length);

/** Buying from local firms in other words ("buying locally", "local suppliers", "spend with local businesses"). */
const BUYING_LOCALLY_WORDS =
  /\bbuy(?:s|ing)? local(?:ly)?\b|\bspend(?:ing)? (?:\w+ )?locally\b|\blocal (?:suppliers|spend)\b|\bsourc\w+ locally\b/i;
/**
 * Local businesses, or a local supply chain, as suppliers: bought from, spent with, bidding, subcontracted; not as
 * part of the community, nor where goods come from ('shorter, local supply chains cut food miles').
 */
const LOCAL_FIRMS_AS_SUPPLIERS =
  /^(?=[\s\S]*?\b(?:spend\w*|spent|buy\w*|bought|purchas\w*|procure\w*|contracts?|tender\w*|bid\w*|supplier\w*|supply chains?|sub-?contract\w*|awarded|opportunit\w*)\b)[\s\S]*?\blocal (?:businesses|firms|companies|traders)\b|^(?=[\s\S]*?\b(?:spend\w*|spent|buy\w*|bought|purchas\w*|procure\w*|contracts?|tender\w*|bid\w*|sub-?contract\w*|awarded|opportunit\w*|SMEs?|small (?:firms|businesses))\b)[\s\S]*?\blocal supply chains?\b/i;
const BUYING_LOCALLY = new RegExp(`${BUYING_LOCALLY_WORDS.source}|${LOCAL_FIRMS_AS_SUPPLIERS.source}`, 'i');

const CUES: RegExp[] = [
  SME_ACRONYMS,
  NAMES_SMALL_FIRMS,
  LOTS,
  SUPPLY_CHAIN_MEASURE,
  PAYMENT_DAYS,
  PROMPT_PAYMENT,
  PROMPT_PAYMENT_HEADING,
  BUYING_LOCALLY,
  PROJECT_BANK_ACCOUNT,
];

PAYMENT_CUES.push(SUPPLY_CHAIN_MEASURE, PAYMENT_DAYS, PROMPT_PAYMENT);

const namesSmallFirms = (s: string) => SME_ACRONYMS.test(s) || NAMES_SMALL_FIRMS.test(s) || BUYING_LOCALLY.test(s);

function onTopic(sentence: string): boolean {
  const masked = sentence.replace(SUITABILITY_YES, blank).replace(NOT_LOTS, blank);
  return CUES.some((c) => c.test(masked));
}

function judge(sentence: string): Verdict {
  const weak = (why: string, weight: number): Verdict => ({ strength: 'weak', why, weight });
  const chain =
    SUPPLY_CHAIN_MEASURE.test(sentence) || PROJECT_BANK_ACCOUNT.test(sentence) || /\bsupply chain\b/i.test(sentence);
  if ((PAYMENT_DAYS.test(sentence) || PROMPT_PAYMENT.test(sentence)) && !chain)
    // a stated period is more telling than a bare "promptly"
    return weak(
      "the authority's own payment terms: the 30 days are already implied by law (PA23 s.68) and nothing flows down to subcontractors",
      PAYMENT_DAYS.test(sentence) ? WEIGHT.reason : WEIGHT.mention,
    );
  // the words of a lot's title ("Desktop support") are its subject matter, never a hedge
  if (LOT_TITLE.test(sentence.trim()) && !namesSmallFirms(sentence))
    return weak(
      'only the title of one lot: the contract is divided, but nothing here opens it to small firms',
      WEIGHT.heading,
    );
  const plain = sentence.replace(PARENTHESES, blank).replace(VOLUNTARY_SECTOR, blank).replace(PURPOSE, blank);
  if (LOTS_FOR_SMALL_FIRMS.test(sentence) && !hollowing(plain) && !firstHedge(SOFT_HEDGES, plain))
    return {
      strength: 'strong',
      why: 'the contract is divided into lots to open it to small firms',
      weight: WEIGHT.specific,
    };
  if (FLOW_DOWN.test(plain) && !hollowing(plain) && !firstHedge(SOFT_HEDGES, plain))
    return {
      strength: 'strong',
      why: 'payment terms flowed down the supply chain to subcontractors',
      weight: WEIGHT.specific,
    };
  const v = generalStrength(plain);
  const measure = chain || PAYMENT_DAYS.test(sentence) || PLACED_WITH_SMALL_FIRMS.test(sentence);
  if (v.strength === 'strong') {
    // "responsible for payments to its subcontractors" names the chain's money but secures no time or terms
    if (
      SUPPLY_CHAIN_MEASURE.test(sentence) &&
      !SUBCONTRACT_OPENING.test(sentence) &&
      !PROJECT_BANK_ACCOUNT.test(sentence) &&
      !PAYMENT_DAYS.test(sentence) &&
      !TIMELY.test(sentence)
    )
      return weak('names payment down the supply chain, but no period or terms for it', WEIGHT.reason);
    if (measure && namesSmallFirms(sentence)) return { ...v, weight: WEIGHT.specific };
    if (measure) return v;
    if (LOTS.test(sentence) && !namesSmallFirms(sentence))
      return weak(
        'the contract is divided into lots, but nothing here commits it to small firms',
        statesLots(plain) ? WEIGHT.mention : WEIGHT.definition,
      );
    return weak(
      'welcomes small firms or the voluntary sector but names no measure (lots, prompt payment down the chain, subcontract opportunities)',
      WEIGHT.reason,
    );
  }
  // a measure described without a duty tells a reader more than a bare mention of SMEs
  if (measure && (v.weight ?? WEIGHT.mention) === WEIGHT.mention) return { ...v, weight: WEIGHT.reason };
  // lots alone tell less than small firms named; of them the sentences stating the division, or bidding lot by lot,
  // are the telling ones, while "each lot will be evaluated separately" or "the price for each lot" only uses it
  if (LOTS.test(plain) && !namesSmallFirms(sentence) && !measure)
    return statesLots(plain)
      ? weak('the contract is divided into lots, but nothing here commits it to small firms', WEIGHT.mention)
      : { ...v, weight: WEIGHT.definition };
  return v;
}

/** Lots and access for small firms and the voluntary sector; prompt payment down the supply chain. */
export const smeVcse: CheckDefinition = {
  id: 'sme-vcse',
  title: 'SME and voluntary-sector access, prompt payment',
  theme: 'supply-chain',
  summary:
    'The contract is split into lots or explains why not, subcontract opportunities are opened to small firms and the voluntary sector, and payment within 30 days is passed down every tier of the supply chain.',
  explanation:
    'Large public contracts are often out of reach of local firms, charities and social enterprises unless they are divided into lots or their subcontracts are advertised. Even where small firms get in as subcontractors, they carry the cost when the prime contractor pays late. The authority paying its own invoices in 30 days is already the law; what protects small suppliers is a clause that makes the prime contractor pay them on the same terms, and a route to complain when it does not.',
  cues: CUES,
  falseFriends: [
    {
      name: "'the public, private and third sectors' names the whole economy, not the voluntary sector as supplier",
      pattern:
        /\b(?:public|private|third|voluntary|community)(?: sectors?)?,? (?:(?:public|private|third|voluntary|community)(?: sectors?)?,? )?(?:and|or|&) (?:the )?(?:public|private|third|voluntary|community) sectors?\b/gi,
      effect: 'ignore',
      why: 'a list of every sector of the economy, not a measure for voluntary organisations or small firms',
      examples: [
        'The strategy aims to raise standards of employment across the public, private and third sectors.',
        'Partners from the private and voluntary sectors sit on the board.',
      ],
    },
    {
      name: 'service credits are what the supplier pays the buyer for poor service, not payment down the supply chain',
      pattern: /\b(?:(?:the )?payments? of )?service credits?\b/gi,
      effect: 'ignore',
      why: 'a deduction for missed service levels, owed to the buyer: nothing about paying subcontractors',
      examples: [
        'The Subcontractor shall keep records of its performance against the Service Levels and the payment of Service Credits.',
      ],
    },
    {
      name: "a notice's 'suitable for SMEs' flag is not an SME measure",
      pattern: SUITABILITY_YES,
      effect: 'weak',
      why: 'a notice field saying the contract suits small firms or the voluntary sector: no measure opens it to them',
      examples: ['suitability: sme: true, vcse: true'],
    },
    {
      name: 'a prompt-payment discount is a price term, not payment down the supply chain',
      pattern: /\b(?:prompt|early) payment discounts?\b[^.;]*|\bdiscount for (?:prompt|early) payment\b[^.;]*/gi,
      effect: 'ignore',
      why: 'a discount the supplier offers for being paid early, not a protection for small firms',
      examples: ['A prompt payment discount of 2% applies to invoices paid within 10 days.'],
    },
    {
      name: 'voluntary-sector organisations as customers of a framework are not suppliers',
      pattern:
        /\b(?:third|voluntary) sector (?:clients?|customers?|buyers?|end[- ]users?)\b|\b(?:clients?|customers?|buyers?|end[- ]users?) (?:are|include) (?:the )?(?:third|voluntary) sector\b/gi,
      effect: 'ignore',
      why: 'the voluntary sector here buys from the framework; nothing opens the contract to it as a supplier',
      examples: ['The framework will also be available to third sector clients such as local charities.'],
    },
    {
      name: "'payments made to subcontractors' as an item of the accounts to be kept is a record, not a payment term",
      pattern:
        /\bpayments? made to (?:its |their |the |any )?sub-?contractors?\b(?<=\b(?:books|accounts?|records?|details?|costs?)\b[^.]{0,200}?\bpayments? made to (?:its |their |the |any )?sub-?contractors?)|\bpayments? made to (?:its |their |the |any )?sub-?contractors? and (?:any )?other (?:operating )?costs\b/gi,
      effect: 'ignore',
      why: 'what was paid to subcontractors, as a line of the books the supplier keeps: no payment period is set',
      examples: [
        'The Contractor shall keep books of account showing in detail: (i) overheads; (ii) payments made to its subcontractors; (iii) capital expenditure.',
      ],
    },
    {
      name: 'bodies named after small firms or social enterprises (Social Enterprise UK, the Federation of Small Businesses) are names',
      pattern:
        /\bSocial Enterprise (?:UK|Scotland|Northern Ireland|NI)\b|\bSEUK\b|\bFederation of Small Businesses\b|\bSmall Business Commissioner\b/g,
      effect: 'ignore',
      why: 'an organisation named in passing, not a measure for small firms or the voluntary sector',
      examples: ['A report by Social Enterprise UK found that few councils publish their procurement pipelines.'],
    },
    {
      name: 'the Late Payment of Commercial Debts Act by name is the statutory interest every supplier already has',
      pattern: /\bLate Payment of Commercial Debts(?: \(Interest\))?(?: Act)?(?: 1998)?/gi,
      effect: 'ignore',
      why: 'the statute that gives every business interest on late bills: naming it secures nothing for small firms',
      examples: ['Interest may be charged under the Late Payment of Commercial Debts (Interest) Act 1998.'],
    },
    {
      name: 'the lot of another framework a contract is called off from is not a division of this contract',
      pattern:
        /\b(?:call(?:ed)?[- ]off|awarded|procured|purchased|bought|direct(?:ly)? award\w*|mini[- ]competitions?|further competitions?)\b[^.;]{0,80}?\b(?:through|under|via|using|from|off|against)\b[^.;]{0,80}?\bframework\b[^.;]{0,60}?\blots?\s*\d+[a-z]?\b|\b(?:through|under|via|using|from|against) (?:the )?lots?\s*\d+[a-z]?(?:\s*\([^()]{0,60}\))? (?:of|on) (?:the |a |an )?[^.;]{0,60}?\bframework\b|\b(?:appointed|admitted|a place|places|successful)\b (?:to|on) lots?\s*\d+[a-z]?\b[^.;]{0,120}?\bframework\b/gi,
      effect: 'ignore',
      why: 'the lot of an existing framework the buyer calls off from: this contract is not divided for small firms',
      examples: [
        'This contract was awarded through the regional Construction Framework, Lot 3.',
        'The service will be called off under Lot 2 of the national consultancy framework.',
        // a lot's name in brackets, and a supplier's own place on another body's framework
        'The vehicles will be bought through a direct call-off under Lot 1 (light commercial vehicles) of a national fleet framework.',
        'Last year we were appointed to Lot 4 (catering – east) of the county partnership’s facilities framework.',
      ],
    },
    {
      name: "a lot number in a framework's name is a reference to that framework, not a division of this contract",
      // "the YPO framework, Lot 3", "Framework RM6145 Lot 2", "Lot 4 of the Crown Commercial Service Framework"
      pattern:
        /\b[Ff]ramework(?: [Aa]greement)?(?: (?:[A-Z]{1,5} ?\d{2,}[\w/-]*|[Nn]o\.? ?\d+)| (?:for|of) [^.;:\n,\-–—]{2,60}?(?=\s*[,:\-–—(]\s*[Ll]ots?\s*\d))?\s*[,:\-–—(]?\s*[Ll]ots?\s*\d+[a-z]?\b(?![^.;\n]{0,40}\b(?:divided|split|lots)\b)|\b[Ll]ots?\s*\d+[a-z]?\s+(?:of|on|under|from)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,6}Framework\b/g,
      effect: 'ignore',
      why: 'the lot of a framework named as a reference: this contract is not divided for small firms',
      examples: [
        'The council is a member of the YPO framework, Lot 3.',
        'Framework RM6089 Lot 2: Catering equipment',
        'Framework for Highways Maintenance - Lot 3: Drainage Works',
      ],
    },
    {
      name: "'a lot of', 'lots of' and parking lots are not lots of a contract",
      pattern: NOT_LOTS,
      effect: 'ignore',
      why: 'ordinary English or a car park, not a division of the contract',
      examples: [
        'There is a lot of interest in the new leisure centre.',
        'The parking lot will be resurfaced in May.',
        'We have learned a lot about what tenants want from a repairs service.',
        // a notice's field answered no: the contract is not divided at all
        'Lots: No',
      ],
    },
  ],
  weakMarkers: [],
  strongMarkers: [],
  assess(sentence, ctx) {
    if (!onTopic(sentence)) return undefined;
    // outside a contract, small firms or charities named with no word of buying, bidding or paying are
    // described as part of the economy ("over 200 voluntary organisations attended"), not given a way in
    if (
      !CONTRACT_DOCUMENTS.has(ctx.profile.type) &&
      !CUES.some((c) => c !== NAMES_SMALL_FIRMS && c !== SME_ACRONYMS && c.test(sentence)) &&
      !PROCUREMENT_WORDS.test(sentence) &&
      !ACCESS_WORDS.test(sentence)
    )
      return null;
    // workers' pay, leave and sick pay (down the chain too) are the pay checks' topic, not bills paid to firms:
    // in a sentence about wages the payment cues do not count, and small firms named as the employers who must
    // pay it ("small businesses will be required to pay the living wage") are not being given a way in either
    if (wagesNotBills(sentence) && !SUBCONTRACT_OPENING.test(sentence)) {
      const others = CUES.filter((c) => !PAYMENT_CUES.includes(c) && c.test(sentence));
      if (!others.length) return null;
      if (others.every((c) => c === NAMES_SMALL_FIRMS || c === SME_ACRONYMS) && !ACCESS_WORDS.test(sentence))
        return null;
      return judge(sentence.replace(/\bsub-?(?:sub-?)?contract\w*/gi, blank));
    }
    if (BUSINESS_SUPPORT.test(sentence) && !PROCUREMENT_WORDS.test(sentence)) return null;
    // a share of invoices already paid is a record of past performance, not a term of any contract
    if (PAST_PAYMENT_RECORD.test(sentence) && !SUPPLY_CHAIN_MEASURE.test(sentence)) return null;
    if (
      PARTNERS_LIST.test(sentence) &&
      PUBLIC_BODIES.test(sentence) &&
      !SME_ACRONYMS.test(sentence) &&
      !LOTS.test(sentence) &&
      !SUPPLY_CHAIN_MEASURE.test(sentence) &&
      !PAYMENT_DAYS.test(sentence)
    )
      return null;
    return judge(sentence);
  },

  applies: () => true,
  clauses: [
    {
      id: 'sme-vcse/prompt-payment',
      checkId: 'sme-vcse',
      title: 'Payment within 30 days down every tier of the supply chain',
      body: 'The Supplier shall pay each subcontractor engaged on this Contract for {authority} within 30 days of receiving a valid invoice, and shall include in every subcontract a term requiring the subcontractor to pay its own suppliers on the same terms, with the same requirement passed to each further tier. The Supplier shall report to {authority} every six months the proportion of subcontractor invoices paid within 30 days, shall publish the opportunities to subcontract under this Contract where small firms and voluntary, community and social enterprise organisations can see them, and shall give subcontractors a named contact at {authority} to whom late payment can be reported.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements: 'Procurement Act 2023 ss.68 and 73 (30-day payment in public sub-contracts); s.12(4)',
      version: 1,
    },
    {
      id: 'sme-vcse/ni-prompt-payment',
      checkId: 'sme-vcse',
      title: 'Prompt payment of subcontractors (Northern Ireland)',
      body: 'Where the Contractor subcontracts any part of this Contract with {authority}, it shall include in each subcontract a term requiring payment of sums due within a period not exceeding 30 days from receipt of a valid invoice, and shall pass on to subcontractors payment terms no less favourable than those {authority} gives the Contractor. The Contractor shall keep records of subcontractor payments, shall give them to {authority} on request, and shall ensure each subcontractor includes the same terms in its own subcontracts.',
      jurisdictions: ['ni'],
      documentTypes: [],
      sectors: [],
      implements: 'Procurement Act 2023 s.73 as it applies to Northern Ireland authorities',
      version: 1,
    },
    {
      id: 'sme-vcse/scotland',
      checkId: 'sme-vcse',
      title: 'Subcontract opportunities and fair payment (Scotland)',
      body: 'The Supplier shall advertise on Public Contracts Scotland every opportunity to subcontract work under this Contract with {authority} worth more than £50,000, shall consider bids from SMEs, third sector bodies and supported businesses on equal terms, and shall pay its subcontractors within 30 days of a valid invoice, requiring the same of each further tier. The Supplier shall report these opportunities and payment times in its contract management reports, supporting the sustainable procurement duty in section 9 of the Procurement Reform (Scotland) Act 2014.',
      jurisdictions: ['scotland'],
      documentTypes: [],
      sectors: [],
      implements: 'Procurement Reform (Scotland) Act 2014 s.9 (sustainable procurement duty)',
      version: 1,
    },
    {
      id: 'sme-vcse/lots-notice',
      checkId: 'sme-vcse',
      title: 'Lots, or the reasons for not using them',
      body: '{contract} is divided into lots by service and area so that small and medium-sized enterprises and voluntary, community and social enterprise organisations can bid for the parts they can deliver. A supplier may bid for one lot or several. Where {authority} has decided not to use lots for part of the requirement, its reasons are stated here, as the procurement rules that apply to it require.',
      jurisdictions: [],
      documentTypes: ['notice', 'itt'],
      sectors: [],
      implements: 'Procurement Act 2023 s.18 (duty to consider lots) and s.12(4)',
      version: 1,
    },
  ],
  examples: [
    {
      // a period written out with its figure in brackets, by "not later than"
      text: 'The Contractor shall pay each of its subcontractors not later than seven (7) days after it receives each payment from the Council.',
      status: 'strong',
      profile: { type: 'terms' },
    },
    {
      // a share of the work placed with small firms themselves is a measure, like an opportunity advertised
      text: 'No less than a fifth of the work under this Contract must be subcontracted to local micro businesses, and the Contractor shall report on this each year.',
      status: 'strong',
    },
    {
      // a contents entry naming the prompt payment clause: the topic named, nothing in force here
      text: 'Contents\n1. Introduction\n2. Specification\n10. Prompt Payment\n\n1. Introduction\nThe Council requires a contractor to maintain its parks.',
      status: 'weak',
    },
    {
      // smaller providers are small firms by another name
      text: 'Tenderers should note that the contract may be suitable for a consortium of smaller providers.',
      status: 'weak',
    },
    {
      // the authority's own 30-day term, in the present tense and with 'receiving': a stand-in, weak
      text: 'The council pays its suppliers within 30 days of receiving a valid invoice.',
      status: 'weak',
    },
    { text: 'We want to buy locally and spend more with local businesses.', status: 'weak' },
    {
      text: 'The Supplier shall pay all subcontractors within 30 days of receipt of a valid invoice.',
      status: 'strong',
    },
    {
      text: 'The Contractor shall ensure that equivalent payment terms are included in every sub-contract.',
      status: 'strong',
    },
    { text: 'All subcontract opportunities over £25,000 must be advertised on Contracts Finder.', status: 'strong' },
    { text: 'Every works contract over £1 million must use a project bank account.', status: 'strong' },
    { text: 'In the last quarter the department paid 96% of undisputed invoices within five days.', status: 'missing' },
    { text: 'The Council will pay all invoices within 30 days of receipt.', status: 'weak' },
    { text: 'We welcome bids from SMEs and the voluntary sector.', status: 'weak' },
    { text: 'Tenderers may bid for one or more lots.', status: 'weak' },
    { text: 'The Supplier shall keep a lot of spare parts in stock.', status: 'missing' },
    { text: 'The service will be delivered from the main depot.', status: 'missing' },
  ],
};
