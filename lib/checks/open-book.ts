import {
  CONTRACT_DOCUMENTS,
  firstHedge,
  firstMatch,
  generalStrength,
  hollowing,
  namesSupplierSide,
  SOFT_HEDGES,
  type Verdict,
  WEIGHT,
} from '../analysis/strength';
import type { CheckDefinition, Marker } from './types';

/** The duty itself: publish contract information, give access to records, keep the books. */
const OPEN_BOOK_DUTY =
  /\b(?:shall|must|will|required to|agrees? to|undertakes? to) (?:also )?(?:publish|make (?:publicly )?available|provide (?:the )?open[- ]book|(?:share|provide|supply|submit|give)\b[^.;]{0,30}?\b(?:cost|costing|margin|open[- ]book) (?:information|data|breakdowns?|reports?))\b|\b(?:shall|must|will|required to|agrees? to|undertakes? to) (?:permit|give|allow|grant|afford)\b[^.;]{0,80}\baccess\b|\b(?:shall|must|will|required to) (?:keep|maintain)\b[^.;]{0,40}\b(?:records|books|accounts|financial model)\b|\b(?:shall|must|will|required to) (?:submit|provide|produce|supply) (?:an? |the |its )?(?:annual |audited |quarterly |certified )?(?:financial statements?|accounts|cost reports?) (?:for|of|relating to) (?:the |this )?(?:service|contract|agreement)s?\b|\bopen[- ]book (?:data|accounting|contract management)\b|\b(?:shall|must|will|required to|agrees? to|undertakes? to) (?:\w+ )?(?:provide|supply|give|submit|produce)\b[^.;]{0,20}?\bevidence of (?:the |its |their )?(?:actual )?costs?\b|\b(?:shall|must|will|required to|agrees? to) (?:\w+ )?(?:comply with|meet|support)\b[^.;]{0,40}?\btransparency (?:obligations?|requirements?|duties)\b|\b(?:shall|must|will|required to|agrees? to|undertakes? to) (?:\w+ )?(?:provide|supply|give|submit|produce)\b(?=[^.;]{0,60}?\b(?:financial|cost|costing|pricing) (?:information|data|records|evidence)\b[^.;]{0,60}?\bto (?:verify|audit|check|substantiate|validate)\b)/i;
/** The authority's right to audit or inspect: the right is the clause, so its "may" does not hollow it. */
const AUDIT_RIGHT =
  /\b(?:internal audit(?: team| service)?|audit (?:team|service)) (?:may|can|will|shall) (?:\w+ )?(?:review|examine|inspect|audit|check)\b|\b(?:authority|council|department|customer|buyer|purchaser|we|its (?:internal |external )?auditors?|auditors?)\b[^.;]{0,30}\b(?:may|can|will be able to|shall be entitled to|is entitled to|(?:has|have|shall have|will have|retains?) (?:the|a|full) (?:right|power|powers|ability) to|reserves? the (?:general )?right to)\b[^.;]{0,40}?\b(?:audit\w*|inspect|examine)\b|\b(?:authority|council|department|customer|buyer|purchaser|auditors?|National Audit Office|Audit (?:Scotland|Wales)|Comptroller and Auditor General)\b[^.;]{0,20}?\b(?:will|shall) (?:also )?have (?:full |unrestricted |unfettered |free )?access to\b[^.;]{0,60}?\b(?:records|books|accounts|premises|documents|information)\b/i;
/** A right only wished for, or bidders told to be aware of it: "the council may wish to audit pricing". */
const RIGHT_ONLY_WISHED =
  /\b(?:may|might|could) (?:wish|want|decide|choose|seek) to\b|\b(?:should|must|will) be aware\b/i;
/**
 * The contract as the subject that grants the right ("the contract includes the right to audit the contractor's
 * accounts", "the agreement gives the council access to its records"): a term of the contract, stated as such.
 */
const CONTRACT_GRANTS =
  /\b(?:contracts?|agreements?|terms|conditions of contract|clauses?)\b[^.;]{0,20}?\b(?:includes?|including|contains?|gives?|grants?|provides? for|allows?|secures?|has|have)\b[^.;]{0,60}?\b(?:rights?|powers?|access|audit\w*|inspect\w*|open[- ]book|gain[- ]?share|profit[- ]?share|(?:see|check|examine|know) how much (?:profit|money)|profit[- ]?caps?|caps? on (?:\w+ )?profits?)\b|\bunder (?:the|this) (?:contract|agreement)\b,? (?:the )?(?:council|authority|department|buyer|trust|board|we)\b (?:can|may|is able to|will be able to|has the right to) (?:see|check|examine|audit|inspect|challenge)\b/i;
/**
 * Pay and hours on the contract opened to checks, down to asking the workers ("remuneration can be monitored,
 * including direct verification with employees"): audit access to what the supplier pays, stated as a power.
 */
const PAY_VERIFICATION =
  /\b(?:remuneration|pay(?:ments)? to (?:workers|staff|employees)|wages?|salar(?:y|ies)|pay rates?|hours worked)\b[^.;]{0,30}?\b(?:can|may|will|shall|must|is to|are to) be (?:\w+ )?(?:monitored|audited|verified|checked|inspected)\b|\b(?:verif\w*|check\w*|confirm\w*|interview\w*|speak\w*|talk\w*)\b[^.;]{0,30}?\b(?:directly |direct(?:ly)? )?(?:with|to) (?:the )?(?:employees|workers|staff)\b|\b(?:audit\w*|inspect\w*|check\w*|verif\w*|monitor\w*|examin\w*)\b[^.;]{0,40}\b(?:their|its|(?:the )?(?:contractor|supplier|provider|employer)s?['’]?s?) payroll\b/i;
/** Open-book accounting by name, as the way a contract is run: it is about the supplier's books by definition. */
const OPEN_BOOK_NAMED =
  /\bopen[- ]book (?:accounting|data|contract management|basis|approach|arrangements?|principles?|terms|clauses?)\b/i;
/** The authority publishing the contract's own information (PA23 ss.52–53) is open-book transparency. */
const AUTHORITY_PUBLISHES = /\b(?:shall|must|will) (?:publish|make (?:publicly )?available)\b/i;
/** What it publishes is only what the law already makes it publish: "the information it is obliged to publish under the Act". */
const ONLY_WHAT_LAW_REQUIRES =
  /\b(?:publish|make (?:publicly )?available) (?:\w+ ){0,3}?(?:it|we|they|the (?:council|authority|trust|board|department)) (?:is|are) (?:legally )?(?:obliged|required|bound) to (?:publish|make available)\b|\b(?:publish|make (?:publicly )?available)\b[^.;]{0,60}?\b(?:as|where) (?:required|obliged) by (?:law|statute|the [\w ]{2,40}Act)\b/i;

/** Exceptions and reserved rights around publication: hollow unless a duty to publish stands beside them. */
const WEAK_MARKERS: Marker[] = [
  {
    pattern: /\bexclude\w*\b[^.;]{0,60}\bfrom publication\b|\bredact\w*\b|\bexempt from disclosure\b/i,
    why: 'an exception to publication, not a duty to open the books',
  },
  {
    pattern:
      /\b(?:(?:reserves? the (?:general )?right|is entitled|shall be entitled) to|may|can) (?:\w+ )?(?:disclose|publish)\b/i,
    why: 'publication left to the authority’s discretion: nothing is guaranteed to be published',
  },
];

/** Records that are only "available on request": passive, with no reporting duty. */
const AVAILABLE_ON_REQUEST =
  /\bavailable\b[^.;]{0,40}\bon (?:reasonable )?request\b|\bmay (?:request|ask for) (?:sight of |copies of )?(?:the )?(?:records|books|accounts|information)\b/i;

/** Books and records by name: whose books they are decides whether they are open-book at all. */
const RECORDS_CUE =
  /\b(?:books|records) (?:and|of) accounts?\b|\bfinancial model\b|\b(?:financial|cost|accounting) (?:records|data)\b|\brecords of (?:\w+ )?(?:costs?|expenditure|income|charges)\b/i;
/** An audit reaching a party's books ("audit of its accounting records"): whose books decides here too. */
const AUDIT_OF_BOOKS =
  /\baudit\w*\b[^.;]{0,60}\b(?:its|their|the (?:supplier|contractor|provider|recipient)(?:['’]s)?|(?:supplier|contractor|provider)(?:['’]s)?)\b[^.;]{0,30}\b(?:records|books|accounts|costs|charges|invoices|payments|expenditure|financial)\b|\baudit\w*\b[^.;]{0,40}\b(?:records|books|accounts|costs|charges|invoices|payments|expenditure)\b[^.;]{0,30}\b(?:of|by|from) (?:the |any |its |their )?(?:suppliers?|contractors?|providers?|recipients?|sub-?contractors?)\b|\baudits? of (?:this|the) (?:contract|agreement)\b/i;
/** Access to, or checks of, records and accounts: again, whose books decides. */
const RECORDS_ACCESS =
  /\baccess to\b[^.;]{0,80}\b(?:records|books|accounts|financial (?:information|data|statements))\b|\b(?:inspect|examin|verif)\w*\b[^.;]{0,60}\b(?:records|books|accounts)\b|\binspect\w*\b[^.;]{0,60}\b(?:suppliers?|contractors?|providers?|its|their)['’]?s? (?:invoices|receipts|timesheets)\b|\b(?:suppliers?|contractors?|providers?|its|their)['’]?s? (?:invoices|receipts|timesheets)\b[^.;]{0,60}\binspect\w*/i;
/** The supplier's part in an audit (co-operating with it, facilitating it): whose audit decides, as for books. */
const TAKES_PART_IN_AUDIT =
  /\b(?:co-?operate|facilitate|assist|submit to|comply with|allow|permit)\b[^.;]{0,20}\b(?:any |an |all |each |the )?(?:\w+ )?audits?\b(?! (?:committee|trails?))/i;
const WHOSE_BOOKS = [RECORDS_CUE, RECORDS_ACCESS, AUDIT_OF_BOOKS, TAKES_PART_IN_AUDIT];

/** Information handed over so the authority can check the price: the supplier's books opened to the buyer in other words. */
const CHARGES_VERIFIED =
  /\b(?:financial|cost|costing|pricing) (?:information|data|records|evidence)\b[^.;]{0,60}?\bto (?:verify|audit|check|substantiate|validate) (?:the |its |any |all )?(?:charges|costs|prices|pricing|invoices|fees|contract price)\b/i;
const CUES: RegExp[] = [
  /\bopen[- ]book\b/i,
  /\baudit (?:rights?|access|clause|provisions?|requirements?)\b|\brights? (?:of|to) audit\b/i,
  // public auditors count when they are given access, not when news reports what they found
  /\b(?:auditors?|National Audit Office|Audit (?:Scotland|Wales)|Comptroller and Auditor General)\b[^.;]{0,80}\b(?:access|examine|inspect|records|books|accounts|documents)\b|\b(?:access|examine|inspect|records|books|accounts|documents)\b[^.;]{0,80}\b(?:auditors?|National Audit Office|Audit (?:Scotland|Wales)|Comptroller and Auditor General)\b/i,
  // the audit must reach a party's own books: "auditing of final accounts" as a service bought is not it
  AUDIT_OF_BOOKS,
  /^\W*(?:\d+(?:\.\d+)*\.?\s+)?Audit\b(?:\s+\d+)?\W*$|\b\d+\.\s+Audit\b/,
  /\baudit\w*\b[^.;]{0,20}\b(?:the |our |its |their )?(?:supplier|contractor|provider|recipient)s?(?:['’]s?)?(?!\w)/i,
  RECORDS_ACCESS,
  RECORDS_CUE,
  /\bprofit margins?\b|\bexcess(?:ive)? profits?\b|\bgain[- ]?share\b|\b(?:costs?|revenues?)(?:,| and)[^.;]{0,20}\bprofits?\b|\bcost (?:breakdown|build-?up)\b/i,
  /\bTransparency Information\b/i,
  // the contract's performance opened to the public: "make available to the public information about its performance"
  /\b(?:publish\w*|publication|made public|make (?:\w+ )?(?:available to the public|publicly available))\b[^.;]{0,60}?\b(?:(?:its|their|the (?:contractor|supplier|provider|operator)(?:['’]s)?|the contract(?:['’]s)?|(?:contractor|supplier|provider|operator)s?['’]?) performance|performance (?:against|under|on) (?:the |this )?(?:contract|KPIs?|key performance indicators)|KPIs?|key performance indicators)\b|\btransparency (?:obligations?|requirements?|duties)\b|\bpublication of (?:the |this )contract\b/i,
  // the supplier's costs or margin seen or evidenced: "provide evidence of the costs incurred", "can see the contractor's margin"
  /\bevidence of (?:the |its |their )?(?:actual )?costs?\b|\b(?:see|check|examine|scrutinise|challenge)\b[^.;]{0,20}?\b(?:the |its |their )?(?:contractor|supplier|provider|operator)(?:['’]s?)? (?:margins?|profits?|costs|overheads)\b/i,
  // information given so the authority can check what it is charged: "such financial information as it requires to verify the charges"
  CHARGES_VERIFIED,
  // the same topic in other words: opening the books, transparency over costs and profits, a cap on profit
  /\bopen(?:s|ed|ing)? (?:up )?(?:its|their|the(?: \w+['’]s)?) (?:books|accounts)\b/i,
  /\b(?:transparen\w*|visibility|scrutin\w*)\b[^.;]{0,30}\b(?:costs?|spend\w*|spent|finances|financial (?:information|performance)|profits?|margins?)\b/i,
  // what the supplier's costs and margins are, asked for or shown ("information about its costs")
  /\b(?:information|details|data|breakdowns?|figures)\b (?:about|on|of|showing) (?:its|their|the (?:contractor|supplier|provider|operator)(?:['’]s)?) (?:\w+ )?(?:costs?|profits?|margins?|overheads|prices)\b/i,
  // the supplier's cost information by name, asked for or shared ("share cost information with commissioners")
  /\b(?:cost|costing|margin|open[- ]book) (?:information|data|breakdowns?|reports?)\b/i,
  // the authority's own auditors reviewing the contract: "internal audit may review the contract at any time"
  /\b(?:internal audit(?:ors?| team| service)?|audit (?:team|service))\b[^.;]{0,30}\b(?:review|examin|inspect|audit|check)\w*\b[^.;]{0,30}\b(?:contracts?|agreements?|records|accounts|books)\b/i,
  // the contract's prices audited: "the council may wish to audit pricing"
  /\baudit\w*\b[^.;]{0,20}\b(?:pricing|prices|charges|invoices)\b|\baudit\w*\b[^.;]{0,50}?\b(?:billing|billed|invoiced)\b/i,
  // the accounts of the contract itself: "an annual financial statement for the service"
  /\b(?:financial statements?|(?:annual |audited |management )?accounts|cost reports?)\b (?:for|of|relating to) (?:the |this )?(?:service|contract|agreement)s?\b/i,
  // what the supplier earns on the contract, to be seen: "how much profit the operator makes"
  /\bhow much (?:profit|money) (?:the |its |their )?(?:\w+ )?(?:makes?|made|earns?|earned)\b/i,
  /\bprofits?\b[^.;]{0,20}\b(?:capped|limited|shared|clawed back)\b|\b(?:cap|limit|ceiling) on (?:\w+ )?profits?\b|\bprofit[- ]?cap\b/i,
  /\b(?:contract|contractor['’]?s?|supplier['’]?s?|provider['’]?s?|compan(?:y|ies)['’]?s?|operator['’]?s?)\b[^.;]{0,40}\b(?:costs?|spend\w*|performance|profits?|prices?|finances)\b[^.;]{0,40}\b(?:(?:will|must|shall|are|is|to) be (?:published|made public|disclosed)|publish\w*)\b/i,
  // the contract's measures as the subject of a passive publication: "performance indicators will be published"
  /\b(?:key performance indicators|KPIs?|performance (?:data|information|results|reports?|indicators|measures))\b[^.;]{0,60}?\b(?:will|must|shall|are to|is to|to) be (?:[\w,]+ ){0,6}?(?:(?:and|or) )?(?:published|made public|made (?:publicly )?available (?:to the public|publicly|online|on (?:the|our) website))\b/i,
  /\bsubject to (?:\w+ )?audit\b|\b(?:rights?|powers?|ability) to audit\b/i,
  TAKES_PART_IN_AUDIT,
  PAY_VERIFICATION,
  /\bpublish\w*\b[^.;]{0,40}\b(?:(?:a )?copy of (?:this|the) (?:contract|agreement)|(?:this|the) (?:contract|agreement)\b(?! (?:award|notice|opportunit\w*|advert\w*|finder))|(?:the )?contract (?:documents|terms|prices|charges|performance)|key performance indicators|KPIs)/i,
  /\b(?:disclose|publish)\w*\b[^.;]{0,30}\b(?:information|details) (?:about|relating to|concerning|on|of) (?:this|the) (?:contract|agreement)\b/i, // the supplier's profits or the service's own accounts published: "publish annual contract spend and profit figures"
  /\bpublish\w*\b[^.;]{0,40}?\b(?:profits?|profit and loss|margins?|(?:annual |audited )?accounts (?:for|of) (?:the |each |every )?(?:[\w-]+ )?(?:centres?|services?|contracts?|sites?))\b|\bprofit and loss (?:figures|accounts?|statements?)\b/i,
];

/** Open-book accounting, audit access and publication of costs, revenues, profits and KPIs. */
export const openBook: CheckDefinition = {
  id: 'open-book',
  title: 'Open-book accounting and audit',
  theme: 'transparency',
  summary:
    "The supplier opens its costs, overheads and margin on the contract to the authority, gives the authority and public auditors access to its records (subcontractors' too), and the contract, its KPIs and its finances are published.",
  explanation:
    'Outsourced contracts are paid for with public money, but without open-book terms the authority cannot see what the service really costs, how much profit the supplier makes, or whether a price rise is justified. The National Audit Office found open-book data in only a minority of government contracts. A clause that lets the authority audit the books, requires cost and margin data at set intervals and publishes the contract and its performance lets councillors, auditors and the public follow the money; records "available on request" do not.',
  cues: CUES,
  falseFriends: [
    {
      name: 'records handed over with the depot and vehicles to run the service (step-in, exit) are not the books opened',
      pattern:
        /\baccess to(?:(?<=\b(?:step(?:s|ped)?[- ]in|exit|handover|hand(?:ing)? over|successor|replacement (?:provider|contractor|operator)|operate the services?)\b[^.;]{0,200}access to)|(?=[^.;]{0,160}\b(?:for (?:that|this|the) purpose|for the handover|to (?:step in|operate|run|continue) the services?)\b)) (?:the |its |all )?(?:[\w-]+ )?(?:depots?|premises|sites?|vehicles|fleet|equipment|plant|assets|buildings|facilities)\b(?:,? (?:and )?(?:the |its |all )?[\w-]+){0,4}?,? (?:and )?(?:the |its |all )?(?:operational |service )?records\b(?![^.;]{0,60}\b(?:audit|inspect|verif|examin|scrutin|open[- ]book)\w*)/gi,
      effect: 'ignore',
      why: 'records handed over with the premises and vehicles so the service can be run: no costs or profits opened',
      examples: [
        'On exit the Operator shall give the Council access to its depot, vehicles and records for the handover.',
      ],
    },
    {
      name: 'an audit of working conditions, safety or quality is not an audit of the books',
      pattern:
        /\b(?:ethical|social|environmental|health and safety|safety|site|quality|clinical|energy|carbon|accessibility|data protection|information security|security|food hygiene|hygiene|modern slavery|labour|SMETA|supply chain|compliance) audits?\b/gi,
      effect: 'ignore',
      why: 'an audit of conditions, safety or quality: it opens no costs, revenues or profits',
      examples: [
        'Our terms require suppliers to allow ethical audits of their sites.',
        'We carried out 38 ethical audits at high-risk suppliers.',
      ],
    },
    {
      name: "an 'open procedure' is a way of tendering, not open-book accounting",
      pattern: /\bopen (?:procedure|tender(?:ing)?|competition)\b/gi,
      effect: 'ignore',
      why: 'a procurement procedure type, not access to the supplier’s books',
      examples: ['This contract will be awarded under the open procedure.'],
    },
    {
      name: 'a confidentiality clause is the opposite of opening the books',
      pattern:
        /\b(?:shall|must|will|may) not (?:\w+ )?(?:disclose|publish|divulge|release)\b[^.;]*|\bkeep\b[^.;]{0,40}\bconfidential\b[^.;]*/gi,
      effect: 'ignore',
      why: 'a duty to keep contract information secret, not to open it',
      examples: ['The Contractor shall not disclose any information about this Contract to any person.'],
    },
    {
      name: "people's access to their own records is data protection, not audit access",
      pattern:
        /\bsubject access\b[^.;]*|\b(?:data subjects?|service users?|patients?|clients?|individuals?|residents?|tenants?|pupils?|parents?)\b[^.;]{0,40}\baccess to\b[^.;]{0,40}\brecords\b|\baccess to (?:their|his or her) (?:own )?(?:personal |health |care |medical |school )?records\b/gi,
      effect: 'ignore',
      why: "a person's right to see records about them, not the authority auditing the supplier",
      examples: ['The Supplier shall give service users access to their care records within 20 days.'],
    },
    {
      name: 'audit trails, clinical or energy audits and the Audit Committee are not audit of the contract',
      pattern:
        /\baudit trails?\b|\b(?:clinical|energy|accessibility|safety|quality|environmental|stock) audits?\b|\bAudit (?:and [A-Z]\w+ )?Committee\b/gi,
      effect: 'ignore',
      why: 'a record-keeping, clinical, technical or committee use of "audit", not the authority auditing the supplier’s books',
      examples: ['The system shall keep an audit trail of every change to patient records.'],
    },
  ],
  weakMarkers: WEAK_MARKERS,
  strongMarkers: [],
  assess(sentence, ctx) {
    // outside a contract, records that no supplier is named as keeping are the authority's own books
    if (
      !CONTRACT_DOCUMENTS.has(ctx.profile.type) &&
      !namesSupplierSide(sentence) &&
      CUES.every((c) => WHOSE_BOOKS.includes(c) || !c.test(sentence))
    )
      return null;
    if (CONTRACT_GRANTS.test(sentence) && !hollowing(sentence) && !firstHedge(SOFT_HEDGES, sentence))
      return {
        strength: 'strong',
        why: 'the contract itself grants the right to audit, inspect or see the books',
        weight: WEIGHT.specific,
      };
    if (AUDIT_RIGHT.test(sentence) && !hollowing(sentence) && !RIGHT_ONLY_WISHED.test(sentence))
      return { strength: 'strong', why: 'the authority holds a right to audit or inspect', weight: WEIGHT.specific };
    if (PAY_VERIFICATION.test(sentence) && !hollowing(sentence))
      return {
        strength: 'strong',
        why: 'what the workers are paid can be checked, with the workers themselves: audit access to pay',
        weight: WEIGHT.specific,
      };
    const v: Verdict = generalStrength(sentence);
    // open-book accounting stated as applied ("will be used", "shall operate on an open book basis") is the clause,
    // whoever says it and whatever "on request" adds; the authority's own "will" here commits its contracts
    const ownConduct = v.why.startsWith('the authority describes its own conduct');
    if (OPEN_BOOK_NAMED.test(sentence) && (v.strength === 'strong' || ownConduct) && !firstHedge(SOFT_HEDGES, sentence))
      return { strength: 'strong', why: 'open-book accounting is applied to the contract', weight: WEIGHT.specific };
    if (AVAILABLE_ON_REQUEST.test(sentence))
      return {
        strength: 'weak',
        why: 'records only on request: no regular open-book reporting',
        weight: WEIGHT.reason,
      };
    // a duty to open the books or publish is the evidence that matters; its carve-outs do not undo it
    if (v.strength === 'strong' && OPEN_BOOK_DUTY.test(sentence))
      return {
        strength: 'strong',
        why: 'binding duty to open the books, give audit access or publish',
        weight: WEIGHT.specific,
      };
    if (ownConduct && AUTHORITY_PUBLISHES.test(sentence))
      return ONLY_WHAT_LAW_REQUIRES.test(sentence)
        ? {
            strength: 'weak',
            why: 'the authority promises only what the law already makes it publish: nothing for this contract',
            weight: WEIGHT.mention,
          }
        : {
            strength: 'strong',
            why: "the authority is bound to publish the contract's information",
            weight: WEIGHT.specific,
          };
    const hollow = firstMatch(WEAK_MARKERS, sentence);
    if (hollow) return { strength: 'weak', why: hollow.why, weight: WEIGHT.reason };
    return undefined;
  },
  applies: () => true,
  clauses: [
    {
      id: 'open-book/standard',
      checkId: 'open-book',
      title: 'Open-book accounting, audit access and publication',
      body: "The Supplier shall keep full and accurate accounts and records for this Contract, including a financial model showing its costs, overheads and profit margin, for at least six years after it ends. Each quarter, and at any other time on ten working days' notice, the Supplier shall give {authority} open-book data reconciling the charges to its actual costs and margin. The Supplier shall give {authority}, its internal and external auditors and any public audit body access to its premises, staff, systems and records relevant to this Contract, and shall secure the same access to the records of its subcontractors. Where the margin earned exceeds the margin in the agreed financial model by more than two percentage points in any year, the excess shall be shared equally with {authority}. {authority} shall publish this Contract, its key performance indicators and each year's performance against them, and a yearly summary of the Supplier's costs, revenue and profit on the Contract, redacting only information that would be exempt from disclosure under freedom of information law.",
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements: 'PPN 004 (2025, Open Book Contract Management); Procurement Act 2023 ss.52–53 and s.71',
      version: 1,
    },
    {
      id: 'open-book/pricing-schedule',
      checkId: 'open-book',
      title: 'Tender pricing schedule with an open cost build-up',
      body: 'Bidders for {contract} must submit a priced cost build-up showing, for each element of the service, labour (hours and rates of pay), materials, overheads and the profit margin. The successful bidder’s build-up will form the baseline financial model for open-book reporting to {authority} throughout the contract and will be used to assess any request to change the price.',
      jurisdictions: [],
      documentTypes: ['itt'],
      sectors: [],
      implements: 'PPN 004 (2025, Open Book Contract Management); Directive 2014/24/EU Art. 69 cost explanation',
      version: 1,
      question: true,
    },
  ],
  examples: [
    {
      // records handed over with the depot so the authority can run the service: no books opened
      text: 'If the Operator fails, the Council may step in and run the service, and the Operator shall give it access to the depot, vehicles and records for that purpose.',
      status: 'missing',
      profile: { type: 'terms' },
    },
    {
      // the authority promising what the law makes it publish anyway: nothing for this contract
      text: 'Contract information. The Board will publish the information it is required to publish about this contract under the Procurement Act 2023.',
      status: 'weak',
      profile: { type: 'itt' },
    },
    {
      // the same promise with the contract's costs named is the clause
      text: 'Contract information. The Board will publish the annual costs and profit of this contract on its website.',
      status: 'strong',
      profile: { type: 'itt' },
    },
    {
      // a campaign's call for suppliers to publish their profits, in other words than "open book"
      text: 'The motion asks the council to require its contractors to publish yearly contract spend and profit figures.',
      status: 'weak',
      profile: { type: 'other' },
    },
    {
      // the service's own accounts, said not to be required
      text: 'Members regretted that the contract did not require the operator to publish annual accounts for the leisure centres.',
      status: 'weak',
      profile: { type: 'other' },
    },
    {
      // the Procurement Act's publication duty retold: the supplier's performance assessed and published
      text: 'For contracts over £5 million, authorities must set three KPIs, publish them and publish an assessment of supplier performance against them each year.',
      status: 'strong',
    },
    {
      // how promptly an authority pays its bills is payment performance, not the contract's
      text: 'We are encouraging public bodies to publish their payment performance in annual reports.',
      status: 'missing',
    },
    {
      // the contract's performance opened to the public, and the authority's transparency duties passed on
      text: 'The Contractor shall make available to the public information about its performance under the contract.',
      status: 'strong',
    },
    {
      text: "The Supplier shall comply with the Authority's transparency obligations, including publication of the contract and its KPIs.",
      status: 'strong',
    },
    {
      // a cap on profit, and the power to see the margin, granted by the contract
      text: 'The contract includes a profit cap: any profit above 8% is shared equally with the council.',
      status: 'strong',
    },
    {
      text: "Under the contract the council can see the contractor's margin and challenge any price increase.",
      status: 'strong',
    },
    {
      text: 'The Contractor shall provide evidence of the costs incurred in delivering the Services.',
      status: 'strong',
    },
    {
      // a supplier's own report on its performance to the authority is monitoring, not publication
      text: 'The Contractor shall report its performance against the KPIs to the contract manager each month.',
      status: 'missing',
    },
    {
      // the books opened in other words: information to check what the authority is charged
      text: 'The Contractor shall provide the Council with such financial information as it reasonably requires to verify the charges.',
      status: 'strong',
    },
    {
      text: 'Bidders must provide financial information to demonstrate their economic and financial standing.',
      status: 'missing',
    },
    {
      // an annual statement of the service's own finances, and the authority's auditors free to audit the contract
      text: 'The provider shall submit an annual financial statement for the service, certified by its auditor.',
      status: 'strong',
    },
    { text: "The council's internal auditors may carry out audits of the contract at any time.", status: 'strong' },
    { text: 'Bidders should be aware that the council may wish to audit pricing.', status: 'weak' },
    {
      // the authority's right to inspect the supplier's invoices behind its prices
      text: 'Parts prices shall be evidenced by the contractor’s invoices, which the Council may inspect at any time.',
      status: 'strong',
    },
    {
      // the authority checking invoices it pays is its own accounts process
      text: 'All invoices for payment shall be examined and certified by the finance officer before payment.',
      status: 'missing',
    },
    {
      // the buyer's own right to audit its suppliers, in its own voice
      text: 'Supplier Code of Conduct\n\nWe may audit suppliers’ compliance with this code.',
      status: 'strong',
      profile: { type: 'other' },
    },
    {
      // a gainshare the contract includes shares the supplier's excess profit: a term of the contract
      text: 'The contract includes a gainshare mechanism, with savings shared equally between the Council and the Contractor.',
      status: 'strong',
    },
    {
      // the authority's internal audit reviewing the contract: an audit right, its 'may' is the right
      text: 'The Council’s internal audit team may review the contract at any time.',
      status: 'strong',
    },
    {
      // access to the supplier's financial information is access to its books
      text: 'The Council will have access to the Contractor’s financial information throughout the contract.',
      status: 'strong',
    },
    {
      // the contract letting the authority see the supplier's profit
      text: 'The contract allows the council to see how much profit the operator makes.',
      status: 'strong',
    },
    {
      // publication coordinated with reporting: 'reported … and published'
      text: 'KPIs will be reported to the Council monthly and published annually.',
      status: 'strong',
    },
    {
      // the authority free to disclose, and only where the law makes it: discretion, nothing guaranteed
      text: 'The Contractor shall keep proper records. The Council may disclose information about this contract where it is required to do so under the Freedom of Information Act 2000.',
      status: 'weak',
    },
    {
      // open-book accounting stated as applied; 'the council pays a fair price' is not about the council's own staff
      text: 'Open book accounting will be used to ensure the council pays a fair price.',
      status: 'strong',
    },
    {
      // a duty to run the contract open-book is not hollowed by 'available on request' beside it
      text: 'The contractor shall operate on an open book basis and make its accounts available to the council on request.',
      status: 'strong',
    },
    {
      // a public auditor's access to the supplier's records, stated as the contract's rule
      text: 'Audit Scotland will have access to all records held by the contractor.',
      status: 'strong',
    },
    {
      // the contract's performance data made available to the public
      text: 'Contract performance data will be made available to the public every quarter.',
      status: 'strong',
    },
    {
      // the supplier's cost information by name, to be shared
      text: 'The provider will be required to share cost information with commissioners.',
      status: 'strong',
    },
    {
      // the supplier's costs asked about, at the authority's discretion: the topic, hedged
      text: 'The council may ask the contractor for information about its costs.',
      status: 'weak',
    },
    {
      // a call for profits to be made public: the topic, with no one bound
      text: 'Campaigners called for contractors’ profits to be made public.',
      status: 'weak',
    },
    {
      // publication in the passive, the contract's measures or the supplier's profits as its subject
      text: 'Key performance indicators for the service will be published every quarter, and the operating company’s profits each year.',
      status: 'strong',
    },
    { text: 'Wages on the contract may be verified directly with the workers.', status: 'strong' },
    {
      text: 'The Supplier shall provide Open Book Data showing its costs and profit margin every quarter.',
      status: 'strong',
    },
    {
      text: "The Contractor shall permit the Council's auditors access to all records relating to the Contract.",
      status: 'strong',
    },
    { text: 'The Authority shall publish the contract and its key performance indicators.', status: 'strong' },
    { text: 'Records of costs will be made available to the Council on request.', status: 'weak' },
    { text: 'The Council may publish details of this Contract.', status: 'weak' },
    { text: 'The Council may audit the accounts of the Contractor at any time.', status: 'strong' },
    { text: '34. Audit', status: 'weak' },
    { text: 'The contract will be awarded through an open procedure.', status: 'missing' },
    { text: 'The Supplier shall sweep the bus station every morning.', status: 'missing' },
  ],
};
