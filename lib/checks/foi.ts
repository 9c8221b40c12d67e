import {
  CONTRACT_DOCUMENTS,
  generalStrength,
  hasObligation,
  hollowing,
  isDefinition,
  isHeadingLike,
  isNumberedTitle,
  type Verdict,
  WEIGHT,
} from '../analysis/strength';
import type { CheckDefinition } from './types';

/** The party an FOI clause must bind: FOIA binds the authority, so only a named supplier-side party can owe help. */
const SUPPLIER_PARTY =
  /\b(?:(?:supplier|contractor|provider|service provider|recipient|grantee|consultant|sub-?contractor|operator|partner organisation)s?|consorti(?:um|a))\b/i;

/**
 * A binding verb after a supplier-side subject, or coordinated back to it ("acknowledges that ... and shall"), or
 * after a pronoun that takes it up from a leading clause ("Where the Contractor receives a request ..., it shall"),
 * or a duty laid on it as the object ("a clause requiring the provider to").
 */
const SUPPLIER_DUTY = new RegExp(
  [
    `${SUPPLIER_PARTY.source}(?:[’']s?)?(?:[^.;]{0,80}?|[^.;]{0,200}?\\band )\\b(?:shall|must|will|agrees? to|undertakes? to|is required to|are required to|is obliged to|shall procure that)\\b`,
    `\\b(?:where|if|when|whenever|should)\\s+(?:the |a |any |each )?${SUPPLIER_PARTY.source}[^.;]{0,200}?,\\s*(?:it|they|he or she)\\s+(?:shall|must|will|is required to|are required to)\\b`,
    // not "would typically oblige the contractor to": what such a clause might do is no duty here
    `(?<!\\b(?:would|could|might|may|can)\\s+(?:\\w+ly\\s+)?)\\b(?:requir(?:e|es|ing)|oblig(?:e|es|ing))\\s+(?:the |each |every |all |its |their )?${SUPPLIER_PARTY.source}\\s+to\\b`,
  ].join('|'),
  'i',
);

/** What an FOI clause obliges the supplier to do: the substance of the central-government model clauses. */
const ASSISTANCE =
  /\b(?:assist\w*|help(?:s|ing)?|co-?operat\w*|transmit\w*|respond\w* (?:\w+ly )?to (?:\w+ ){0,3}(?:requests?|enquir\w+)|deal\w* with|comply with (?:\w+ ){0,3}requests?|(?:provide|supply|send|give)\b(?:,? [\w-]+,?){0,8}? (?:information|assistance|copy|copies|records|documents)|(?:provide|supply|send|give|disclose|hand over|produce) (?:it|them|the same)\b|transfer\w*|pass(?:es|ing)?\b(?: [\w’']+){0,3} on|(?:pass(?:es|ed|ing)?|give[sn]?|send|sends|sent|refer|refers|referred|hand(?:s|ed)?)\b[^.;]{0,140}?\bto (?:the )?(?:buyer|authority|council|purchaser|customer|department|trust|board)\b|give (?:the \w+ )?(?:all |any )?(?:\w+ ){0,3}information\b|forward\w*|(?:tell|notify|inform|refer|send|hand)\b(?: \w+){0,3} (?:the )?(?:buyer|authority|council|purchaser|customer|department|trust|board)|(?:not )?respond directly|make (?:\w+ ){0,2}available|(?:is|are|be|made|remains?) (?:\w+ )?available to (?:the )?(?:buyer|authority|council|purchaser|customer|department|trust|board|commissioner)|procure that (?:its|any) sub-?contractors?|publish)\b/i;

/** The contract as the subject that binds the other party ("the contract obliges Thornleigh to provide …"): its supplier. */
const CONTRACT_BINDS =
  /\b(?:contracts?|agreements?|terms(?: and conditions)?|conditions of contract)\b[^.;]{0,20}?\b(?:obliges|obliged|requires|required|binds|bound|commits|committed) (?:[\w&’'-]+ ){1,3}?to\b/i;

/** A request handed on in the passive: "… requests must be passed to the Council within two days". */
const PASSED_TO_AUTHORITY =
  /\b(?:shall|must|will|are to|is to)(?: \w+ly)? be (?:passed|transferred|forwarded|sent|referred|handed)\b(?: \w+){0,3}? to (?:the )?(?:buyer|authority|council|purchaser|customer|department|trust|board)\b/i;

/** Saying FOI applies to contract information, without any duty to help. */
const AWARENESS =
  /\b(?:subject to|bound by|governed by|applies to|apply to|public authorit(?:y|ies) (?:under|for the purposes of))\b[^.]{0,80}\b(?:freedom of information|FOI(?:A|SA)?|environmental information)|\b(?:freedom of information|FOI(?:A|SA)?)\b[^.]{0,60}\b(?:applies|apply)\b/i;

/** A party made aware of the Act by the authority: "… has been reminded that the Council is subject to …". */
const TOLD_THAT =
  /\b(?:(?:has|have|was|were|is|are|been) (?:been )?(?:reminded|made aware|advised|informed|notified|told))\b (?:\w+ ){0,3}?that\b/i;

/** A public contract's parties or setting: an FOI mention with none of them is not about a public contract. */
/**
 * A notice that what bidders send may be disclosed: addressed to bidders, so a tender setting even unnamed. In the
 * passive ("information in your tender may be disclosed") or with the authority as the one who may have to
 * disclose it ("the Council may be obliged to disclose the contents of your quotation").
 */
const BIDDER_NOTICE =
  /\b(?:tenders?|bids?|submissions?|responses?|(?:the )?(?:information|documents?|documentation) (?:you|supplied|submitted|provided|received))\b[^.]{0,100}?\b(?:may|might|could|can|is liable to|are liable to) (?:also |therefore )?(?:(?:be|need to be|have to be) (?:(?:subject|liable) to )?(?:disclos\w*|releas\w*|publi\w*|made public)\b|(?:be|become) (?:the )?subject of (?:a|an) (?:FOI |FOIA |FOISA |information )?request\b)|\b(?:may|might|could|can)(?: (?:also |therefore ))?(?: be (?:obliged|required|asked) to| (?:need|have) to)? (?:disclose|release|publish)\b(?: (?:the |any )?(?:contents|content|details|parts?|all or part|some or all) of)? (?:your|the (?:tenderer|bidder|supplier)['’]s) (?:tenders?|bids?|submissions?|quotations?|quotes?|responses?|proposals?|information)\b/gi;
/** The same notice, for one test per sentence (the global pattern above is the false friend's, for masking). */
const TO_BIDDERS = new RegExp(BIDDER_NOTICE.source, 'i');

const CONTRACT_SETTING =
  /\b(?:(?:party|parties)\b|(?:supplier|contractor|sub-?contractor|provider|recipient|grantee|consultant|operator|bidder|tenderer|council|purchaser|buyer|department|minister|trust|board|contract|agreement|tender)s?|consorti(?:um|a)|compan(?:y|ies)|authorit(?:y|ies)|public bod(?:y|ies)|government|procurement|RFP|RFQ|ITT|proponents?|(?:proposals?|submissions?|quotations?) (?:\w+ ){0,3}submitted)\b/i;

/**
 * FOI law named only as what the authority itself owes ("where compatible with the Council’s obligations
 * under FOIA"): a qualifier on another matter, not an FOI term for anyone on the supplier side.
 */
const OWN_FOI_OBLIGATIONS =
  /\b(?:obligations?|duties|duty|responsibilit(?:y|ies))\s+(?:as a public authority\s+)?under\s+(?:the\s+)?(?:freedom of information|FOI(?:A|SA)?|EIRs?|environmental information)\b[^,.;]*/gi;
/** The supplier side named as outsourcing: "outsourced services", "private companies", "PFI project companies", "companies that spend public money". */
const OUTSOURCED_SIDE =
  /\b(?:private|outsourced) (?:\w+ )?(?:compan(?:y|ies)|firms?|sector|bodies|providers?|services?)\b|\b(?:PFI|PPP|project|contracted|outsourcing) (?:\w+ )?compan(?:y|ies)\b|\b(?:compan(?:y|ies)|firms|businesses)\b (?:that |which |who )?(?:spend|receive|take|get|are paid|handle)\w* (?:\w+ ){0,2}?(?:public money|public funds|taxpayers['’]? money)/i;
/** Anyone or anything on the supplier side of a contract: without one, an FOI sentence is the authority's own process. */
const SUPPLIER_SIDE_FOI = new RegExp(
  `${/\b(?:supplier|contractor|provider|recipient|grantee|consultant|bidder|tenderer|proponent|operator|partner|tender|bid|proposal|submission|quotation|contract|agreement|RFP|RFQ|ITT|you|your)s?\b|\b(?:compan(?:y|ies)|firms?|businesses|organisations?|bodies)\b (?:that |which |who )?(?:deliver|run|provid|operat|carr(?:y|ies|ying) out)\w* (?:\w+ ){0,2}?services\b/.source}|${OUTSOURCED_SIDE.source}`,
  'i',
);
/** The authority as the one who receives or answers a request ("If the Council receives a request for information …"). */
const AUTHORITY_RECEIVES =
  /\b(?:the )?(?:council|authority|department|trust|buyer|purchaser|board|we)['’]?s?\s+(?:receives?|is asked|gets|answers?|handles?|responds? to)\b[^.;]{0,40}?\brequests?\b/i;
const TO_BIDDERS_DOCUMENTS: ReadonlySet<string> = new Set(['itt', 'notice']);
/** The supplier addressed as "you" with its duty, in a sentence that names the contract or its terms. */
const YOU_UNDER_CONTRACT =
  /^(?=[^.;]*\b(?:(?:the|your|this|our|each) contract|clause \d+|our (?:standard |contract )?terms|(?:terms|conditions) of (?:the |your )?contract)\b)[^.;]*\byou (?:must|shall|will need to|are required to|agree to)\b/i;
/** Passing a request or information on to the authority as "us". */
const TO_US = /\b(?:pass|send|forward|refer|give|transfer|provide)\w*\b[^.;]{0,60}\b(?:to )?us\b/i;
/** An email's own disclaimer ("… and the contents of this email may be disclosed"): the message, not the contract. */
const EMAIL_ITSELF = /\b(?:this|any) (?:e-?mail|message|communication)s?\b/i;
const ACKNOWLEDGED = /\b(?:acknowledg\w*|aware|recognis\w*|accepts?|notes?)\b/i;

/** A numbered clause title or contents entry ("25. Freedom of information", "S2 Freedom of Information"). */
const NUMBERED_TITLE = /^\s*(?:[A-Z]{0,3}\d+(?:\.\d+)*\.?|[A-Z]\.|\(\w+\))\s*[A-Za-z][^.]{0,60}$/;

function mentionsFoi(text: string): boolean {
  return foi.cues.some((c) => c.test(text));
}

/** Freedom of Information: the supplier must help the authority answer requests about the contract. */
export const foi: CheckDefinition = {
  id: 'foi',
  title: 'Freedom of Information',
  theme: 'transparency',
  summary:
    'The supplier must help the authority answer Freedom of Information and environmental information requests about the contract: pass requests on, hand over information held for the authority within set days, leave disclosure decisions to the authority, and bind its subcontractors to do the same.',
  explanation:
    'Outsourcing moves information out of reach: records about a privatised service sit with the company, which is not itself subject to the Freedom of Information Act. The public keeps its right to know only if the contract says that information the supplier holds for the service counts as held for the authority, and that the supplier must hand it over quickly when a request comes in. A clause that merely tells the supplier that the council is "bound by" FOI, or warns bidders that tenders "may be disclosed", leaves workers, unions and residents unable to find out how the contract is really performing.',
  cues: [
    /\bfreedom of information\b/i,
    /\bFOI(?:A|SA)?\b/,
    /\bFoI(?:A|SA)?\b/,
    /\benvironmental information (?:\(scotland\) )?regulations\b/i,
    /\brequests? for information\b/i,
    /\bEIRs?\b/,
    // what is held must be information: money or property held on the Council's behalf is not an FOI matter
    /\b(?:information|records?|data|documents?)\b(?: [\w’'-]+){0,4}? held (?:by (?:the |its |a )?\w+ )?on (?:its|their|the \w+['’]s) behalf\b|\b(?:information|records?|data|documents?)\b(?: [\w’'-]+){0,4}? held (?:by (?:the |its |a )?\w+ )?on behalf of the (?:authority|council|purchaser|customer|buyer|department|trust)\b/i,
    /\btransparency (?:information|reports?|provisions?|requirements?|obligations?)\b/i,
    // the defined terms of central government model contracts ("Information Acts", "Information Requests")
    /\bInformation Acts?\b|\bInformation Requests?\b/,
  ],
  falseFriends: [
    {
      name: "a 'Freedom of Information' link among a page's footer or navigation links",
      pattern:
        /\b(?:accessibility|cookies?|privacy(?: notice| policy)?|terms of use|contact us|site ?map)\s*[|·•]\s*(?:freedom of information|FOI)\b|\b(?:freedom of information|FOI)\s*[|·•]\s*(?:accessibility|cookies?|privacy|terms|contact|site ?map)\b/gi,
      effect: 'ignore',
      why: 'a link in the page furniture, not a contract clause',
      examples: ['Accessibility | Cookies | Freedom of Information | Privacy notice'],
    },
    {
      name: "the authority's own FOI pages and request service are not a supplier clause",
      pattern:
        /\b(?:our|the council['’]s|the authority['’]s|see the|visit the|refer to (?:the|our))\s+(?:freedom of information|FOI)\s+(?:page|pages|section|team|officer|publication scheme|disclosure log|web ?page)\b|\bmak(?:e|ing) an? (?:freedom of information|FOI) request\b/gi,
      effect: 'ignore',
      why: "the authority's own FOI service for the public, not a duty on a supplier",
      examples: ['To make a Freedom of Information request, please visit our Freedom of Information page.'],
    },
    {
      name: "the authority's own FOI statistics, and guidance to its own buyers, are not a supplier clause",
      pattern:
        /\b\d[\d,]* (?:freedom of information|FOI|FOISA|EIR)(?: \(\w+\))? (?:requests?|enquir(?:y|ies))\b[^.;]*|\b(?:buyers|procurement (?:officers|staff|teams?)|commissioners|contract managers)\b (?:should|must|need to|will need to) (?:also )?(?:remember|note|be aware|keep|record|bear in mind)\b[^.;]*/gi,
      effect: 'ignore',
      why: "how many requests the authority answered, or what its own buyers should keep: its own FOI duty, not the supplier's",
      examples: [
        'Members noted that 47 Freedom of Information requests had been received in the quarter, all answered within 20 working days.',
        'Buyers should remember that evaluation records may be requested under the Freedom of Information (Scotland) Act 2002.',
      ],
    },
    {
      name: 'an FOI request used as a news source is not a clause',
      pattern:
        /\b(?:freedom of information|FOI)(?: act)? (?:enquir(?:y|ies)|survey|figures|data)\b|\b(?:enquir(?:y|ies)|figures|data|survey|investigation|details|documents|papers|e-?mails|correspondence|minutes|letters|copies)\b[\s,]+(?:\w+[\s,]+){0,3}?(?:made|obtained|released|received|submitted|gathered)\s(?:(?:by|to)\s(?:[\w’'-]+\s){1,4})?(?:under|through|via|using|in)\s(?:the\s|an?\s)?(?:freedom of information|FOI)\b|\b(?:based on|according to|drawing on|compiled from|from)\s(?:\w+\s){0,2}?(?:freedom of information|FOI)(?: act)? (?:requests?|responses?|returns?|replies|data|figures)\b|\b(?:freedom of information|FOI)(?: act)? (?:requests?|enquir(?:y|ies)) (?:by|from) [^.]{0,60}?\b(?:revealed|reveals|showed|shows|found|finds|uncovered)\b|\b(?:freedom of information|FOI)(?: act)?(?: (?:requests?|enquir(?:y|ies)|responses?|figures|data))? (?:has |have )?(?:revealed|reveals?|showed|shows?|found|finds|uncovered)\b|\b(?:used?|using|made|making|submitted|sent|through|via)\b(?: \w+){0,2}? (?:freedom of information|FOI)(?: act)? (?:requests?|enquir(?:y|ies))\b[^.;]{0,40}?\bto (?:obtain|get|find out|see|uncover|establish)\b|^\W*(?:(?:some|many|several|most|the|these|those|a number of|rival|unsuccessful|losing)\s+){0,2}(?:suppliers?|firms?|companies|bidders?|tenderers?|journalists?|campaigners?|competitors?|rivals?)\b (?:\w+ ){0,2}?(?:requesting|seeking|asking for)\b[^.;]{0,60}?\bunder (?:the )?(?:freedom of information|FOI)\b(?: act)?/gi,
      effect: 'ignore',
      why: 'figures obtained through an FOI request: the text reports them, it places no duty on anyone',
      examples: [
        'A Freedom of Information request by a local newspaper revealed the contract was worth £3m.',
        'Figures obtained under the Freedom of Information Act show that councils paid more for agency care.',
        'Figures obtained by the Gazette under the Freedom of Information Act show the trust spent £3m on locums.',
        'Figures released to the Echo under the Freedom of Information Act show what the council paid for homecare.',
        'FOI reveals county spent £2m on consultants',
        // the documents got, not only figures
        'Details of the contract, obtained under the Freedom of Information Act, show the fee rose by a third.',
        'Thanks to the Advertiser, whose Freedom of Information request revealed the profit made on the contract.',
        'Figures the union obtained through a Freedom of Information request show that turnover was high.',
        'The report, based on Freedom of Information responses from 90 councils, found that fees lagged behind costs.',
        // the request as the means someone used to get something
        'The tenants’ group used Freedom of Information requests last spring to obtain the repair contractor’s inspection reports.',
        'Campaigners made FOI requests to find out what the operator was paid.',
        // the requesters named: firms seeking their rivals' bids
        'Some firms requesting details of failed bids under the Freedom of Information Act are hiding their identities, buyers say.',
      ],
    },
    {
      name: 'an exemption the authority applies to a request is its own answer, not a clause',
      pattern:
        /\bmanifestly unreasonable\b[^.;]*|\b(?:withh(?:o|e)ld\w*|exempt\w*|refus\w*|redact\w*|not (?:be )?(?:disclos|releas)\w*|relying on)\b[^.;]{0,120}?\bsections? \d+[\w()]*(?:\s*(?:and|or|,)\s*\d+[\w()]*)*\s*(?:of (?:the )?)?(?:FOI(?:A|SA)?|EIR|freedom of information(?: \(scotland\))? act(?: \d{4})?)\b[^.;]*|\bsections? \d+[\w()]*\s*(?:of (?:the )?)?(?:FOI(?:A|SA)?|freedom of information(?: \(scotland\))? act(?: \d{4})?)\b[^.;]{0,120}?\b(?:exempt\w*|withh(?:o|e)ld\w*|prejudice|public interest)\b[^.;]*/gi,
      effect: 'ignore',
      why: 'the authority withholding information from a requester under an exemption: no supplier is bound',
      examples: [
        'The Council believes the request is manifestly unreasonable under Regulation 12(4)(b) of the Environmental Information Regulations.',
        'We are withholding the tendered rates under section 43(2) of the Freedom of Information Act 2000.',
        'Section 33(1)(b) of FOISA applies because disclosure would prejudice the commercial interests of the supplier.',
      ],
    },
    {
      name: 'where the public should send an FOI request is the authority’s own service',
      pattern:
        /(?:\b(?:requests?|enquir(?:y|ies)|applications?)\b[^.;]{0,80}?\b(?:freedom of information|FOI(?:A|SA)?|EIR)\b|\b(?:freedom of information|FOI(?:A|SA)?|EIR)(?: act(?: \d{4})?)? (?:requests?|enquir(?:y|ies))\b)[^.;]{0,80}?\b(?:should|must|can|may|will) be (?:sent|addressed|directed|made|submitted|emailed|routed)\b[^.;]*|\b(?:send|address|direct|email|submit)\w* (?:your |any |all )?(?:freedom of information|FOI(?:A|SA)?|EIR) (?:requests?|enquir(?:y|ies))\b[^.;]*|\b(?:requests?|enquir(?:y|ies)|applications?)\b[^.;]{0,80}?\b(?:should|must|can|may|will) be (?:sent|addressed|directed|made|submitted|emailed|routed)\b[^.;]{0,20}?\bunder (?:the )?(?:freedom of information|FOI(?:A|SA)?|EIR)\b[^.;]*/gi,
      effect: 'ignore',
      why: 'how to send the authority an FOI request: its own service to the public, no supplier is bound',
      examples: [
        'Freedom of Information requests about this tender should be sent to the information governance team and are handled apart from clarification questions.',
        'Please send any FOI requests to the council’s information team.',
        'Requests for further information about our contract awards can be made under the Freedom of Information Act 2000 by emailing our FOI team.',
      ],
    },
    {
      name: "the authority's own publication scheme is its duty under the Act, not a supplier's",
      pattern:
        /\bpublication scheme\b[^.;]{0,80}|\b(?:published|publish(?:es)?|available)\b[^.;]{0,80}?\bpublication scheme\b[^.;]{0,80}/gi,
      effect: 'ignore',
      why: 'what the authority publishes under its own publication scheme: no supplier is bound',
      examples: [
        "Details of all contracts over £30,000 are published quarterly on the Council's website under our Publication Scheme, adopted under the Freedom of Information Act 2000.",
      ],
    },
    {
      name: "a letter's subject or reference line naming an FOI request is the letter's own business",
      pattern:
        /^\s*(?:subject|re|our ref(?:erence)?|your ref(?:erence)?|ref(?:erence)?|title)\s*:\s*(?:[\w-]+\s+){0,2}?(?:freedom of information|FOI(?:A|SA)?|EIR|environmental information)\b[^\n]*|^\s*(?:FOI(?:A|SA)?|EIR|request) (?:reference|ref\.?|number|no\.?|id)\s*:[^\n]*|^\s*(?:(?:freedom of information|FOI(?:A|SA)?|EIR) )?(?:request|response|reply|decision|release|disclosure)s?(?: for information| to (?:a|your) request)?(?: (?:reference|ref\.?|no\.?) ?[\w/-]+)?\s*[:\-–][^\n]*|\b(?:freedom of information|FOI(?:A|SA)?) (?:officer|team|unit|manager|co-?ordinator|lead|department|section|mailbox|requests? (?:team|officer|unit|mailbox))\b|^[^\n.]{1,160}?[:\-–|]\s*(?:freedom of information|FOI(?:A|SA)?|EIR)(?: act)?(?: \/ ?EIR)? (?:request|response|reply|release|disclosure|decision)s?\s*$/gim,
      effect: 'ignore',
      why: 'the heading of an FOI request or its answer, or the team that handles requests: no supplier is bound',
      examples: [
        'Subject: Freedom of Information request - cleaning contract',
        'Request for information: school meals contract',
        'FOI release: window cleaning contract for the civic centre',
        // a disclosure page's title, the kind of page after the subject
        'Agency staff spend in children’s services: FOI release',
        'To: Freedom of Information Officer, Lowmoor District Council',
        // a disclosure log's row, flattened: its reference field names the request
        'FOI reference: FOI/2025/0412 | Date received: 3 March 2025 | Subject: Spend on interim managers | Outcome: Information provided',
      ],
    },
    {
      name: "a requester's own FOI request, quoted in a reply or a log, is not a clause",
      pattern:
        /\b(?:I|we) (?:would like to|wish to|am writing to|are writing to|hereby|am|are) (?:request(?:ing)?|ask(?:ing)? for|obtain|seek(?:ing)?)\b[^.]{0,160}?\bunder (?:the )?(?:freedom of information|FOI(?:A|SA)?|EIR|environmental information)\b[^.;]*|\bplease (?:provide|send|supply|disclose)\b[^.]{0,160}?\bunder (?:the )?(?:freedom of information|FOI(?:A|SA)?|EIR|environmental information)\b[^.;]*|\bunder (?:the )?(?:freedom of information|FOI(?:A|SA)?)\b(?: act(?: \d{4})?)?,? (?:I|we) (?:would like|request|wish|ask)\b[^.;]*/gi,
      effect: 'ignore',
      why: 'what a member of the public asked for under FOI: the request itself binds no supplier',
      examples: [
        'I would like to request the tender scores for the library cleaning contract under the Freedom of Information Act.',
        'Under the Freedom of Information Act, I would like copies of the bids for the parks contract.',
        'We are seeking information under the Freedom of Information Act 2000 about the current catering tender.',
      ],
    },
    {
      name: "the authority answering someone's FOI request is its own duty, not a contract clause",
      pattern:
        /\b(?:your|this|the above|a recent) (?:freedom of information |FOI |information )?request\b[^.]{0,80}?\b(?:handled|processed|dealt with|considered|answered|responded to|received)\b[^.]{0,40}?\b(?:under|in accordance with)\s(?:the\s)?(?:freedom of information|FOI(?:A|SA)?|environmental information)|\b(?:handled|processed|dealt with|considered|answered|responded to)\b (?:\w+ ){0,3}?(?:your|this|the above) (?:freedom of information |FOI |information )?request\b[^.]{0,40}?\b(?:under|in accordance with)\s(?:the\s)?(?:freedom of information|FOI(?:A|SA)?|environmental information)[^.;]*|\b(?:this|our|the) (?:response|reply|letter)\b[^.;]{0,80}\b(?:may|will) be (?:published|placed|included|made available)\b[^.;]*|\b(?:(?:freedom of information|FOI(?:A|SA)?|EIR) )?disclosure log\b|\b(?:response|reply) to (?:your|a|the) (?:freedom of information|FOI(?:A|SA)?) request\b|\b(?:FOI|freedom of information|information) request (?:reference|ref|number|no)\b|\b(?:consider|handle|answer|respond to|deal with|process) (?:any|every|all|each) (?:requests?|applications?) for information\b(?<=\b(?:we|the (?:council|authority|trust|department|government|university|board))\b[^.;]{0,30}?\b(?:have to|has to|must|are required to|is required to)\s(?:\w+ ){0,2}?(?:consider|handle|answer|respond to|deal with|process) (?:any|every|all|each) (?:requests?|applications?) for information)[^.;]*|\bnotice under section 17(?:\(1\))? of (?:the )?(?:FOISA|freedom of information \(scotland\) act)[^.;]*|\binformation (?:that )?you (?:have )?(?:requested|asked for)\b(?<=\b(?:the|some of the|all of the|any of the) information (?:that )?you (?:have )?(?:requested|asked for))[^.;]*/gi,
      effect: 'ignore',
      why: 'the authority answering an FOI request about itself: no supplier is bound',
      examples: [
        'Your request has been handled under the Freedom of Information Act 2000 and the council holds the following.',
        'The council has handled your request under the Freedom of Information Act 2000.',
        'Please note that this response may be published in our disclosure log.',
        // a disclosure log's page title names the Act before the log
        'Lowmoor District Council – Freedom of Information disclosure log',
        // the authority's own duty under the Act to deal with whatever is asked of it
        'Under the Act we now have to consider any request for information, including information given to us in a tender.',
        // a reply's formal notice that information is not held, and the requester's own words
        'This is a formal notice under section 17(1) of FOISA that we do not hold the information you have requested.',
      ],
    },
    {
      name: "the author's own standing under FOI law ('we are not a public authority under the Act') is not a clause",
      pattern:
        /\b(?:we|(?:as an? [^,.;]{3,60}, )(?:we|[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}))\s+(?:are|is)\s+not\s+(?:currently\s+|itself\s+|formally\s+)?(?:a\s+public\s+authority|subject\s+to|covered\s+by|bound\s+by|within\s+the\s+scope\s+of)\b[^.;]*|\b(?:the|this) (?:trust|company|charity|association|society|organisation)\b[^.;]{0,60}?\b(?:is|are) not (?:currently |itself |formally )?(?:a public authority|subject to|covered by|bound by|within the scope of)\b[^.;]*|\bin the spirit of (?:the )?(?:freedom of information|FOI(?:A|SA)?)(?: act)?(?: \d{4})?/gi,
      effect: 'ignore',
      why: 'the body saying where it stands under FOI law itself, or answering requests of its own accord: no supplier is bound',
      examples: [
        'As a housing association we are not a public authority under the Freedom of Information Act 2000.',
        'The Trust is a charitable company limited by guarantee and is not subject to the Freedom of Information Act 2000.',
        'We aim to answer requests within 20 working days, in the spirit of the Freedom of Information Act.',
      ],
    },
    {
      name: "a bidder's request for information or clarification during the tender, or the buyer's own request under the contract, is not an FOI request",
      pattern:
        /\b(?:the |its )?(?:authority|council|buyer|customer|purchaser|department|trust|client|employer)['’]s? (?:reasonable |written |first )?requests? for (?:further |any |such )?information\b|\brequests? for information\s*\(RFIs?\)|\b(?:RFI|request for information) (?:exercises?|stages?|documents?|questionnaires?)\b|\brequests? for (?:further )?information (?:and|or) clarification\b|\brequests? for clarification (?:and|or) (?:further )?information\b|\b(?:clarification|tender|bidder|supplier) (?:questions? (?:and|or) )?requests? for information\b/gi,
      effect: 'ignore',
      why: "questions bidders ask while the tender is open, or the buyer asking its supplier: nothing about the public's right to information",
      examples: [
        'Any requests for information or clarification about this tender must be made through the portal messaging service.',
        'The Supplier shall answer the Council’s request for information about the handover within ten working days.',
        // market engagement before a tender
        'Before tendering we may run Requests for Information (RFI) exercises with potential suppliers.',
      ],
    },
    {
      name: 'an email disclaimer that messages may be disclosed under FOI is not a clause',
      pattern:
        /\b(?:this|any) (?:e-?mail|message|communication)s?\b(?: and any attachments?)?[^.]{0,100}?\b(?:freedom of information|FOI(?:A|SA)?)\b(?:[^.]{0,20}\b(?:act|regulations)\b(?: \d{4})?)?|\be-?mails? (?:sent to|to and from|received by)\b[^.]{0,100}?\b(?:freedom of information|FOI(?:A|SA)?)\b(?: act(?: \d{4})?)?/gi,
      effect: 'ignore',
      why: 'email boilerplate about the authority’s own correspondence, not a contract term',
      examples: [
        'This email and any attachments may be released under the Freedom of Information Act 2000 by the Council.',
      ],
    },
    {
      name: "the bidder notice that a tender 'may be disclosed under FOI' is not an assistance duty",
      pattern: BIDDER_NOTICE,
      effect: 'weak',
      why: 'a notice to bidders that their information may be disclosed: it puts no FOI duty on the supplier',
      examples: [
        'Information in your tender may be disclosed in response to a request made under the Freedom of Information Act 2000.',
        'The University is subject to the Freedom of Information Act 2000, and any information in a tender may therefore become the subject of a request.',
        'As a public body, the Board may be obliged to disclose the contents of your bid under the Freedom of Information (Scotland) Act 2002.',
      ],
    },
  ],
  weakMarkers: [],
  strongMarkers: [],
  // under an FOI heading, what suppliers are told about disclosure and requests is the topic in other words
  sectionCues:
    /\b(?:disclos\w*|releas(?:e|ed|ing) (?:\w+ ){0,3}(?:information|documents?)|requests? (?:for|to see) information|(?:respond|reply|answer)\w* to (?:any |a |each |every |the |such )*requests?|exempt\w*|commercially sensitive)\b/i,
  assess(sentence, ctx) {
    // "you" in a sentence about the contract or its terms is the supplier being addressed ("under clause 24 of our
    // terms, you must pass it to us"); elsewhere it may be a member of the public making a request
    const youSupply = YOU_UNDER_CONTRACT.test(sentence);
    // the contract as the subject binding the other party names the supplier side by its role
    const binds = CONTRACT_BINDS.test(sentence);
    // a page with no supplier-side party anywhere (the authority's FOI advice to the public) has no FOI clause
    // (a published tender notice or an ITT speaks to bidders even when it names none, and so does a notice
    // about "your tender" or "your quotation")
    const toBidders = TO_BIDDERS.test(sentence);
    if (
      ctx.supplierSetting === false &&
      !TO_BIDDERS_DOCUMENTS.has(ctx.profile.type) &&
      !(toBidders && /\byour\b/i.test(sentence)) &&
      !SUPPLIER_PARTY.test(sentence) &&
      !OUTSOURCED_SIDE.test(sentence) &&
      !youSupply &&
      !binds &&
      !(TOLD_THAT.test(sentence) && AWARENESS.test(sentence))
    )
      return null;
    // a mention with no contract party or setting (a US employee-file clause, a page title) is not this check
    // a definitions clause of contract documents ("“FOIA” means …") names the topic there, weakly
    const defined = CONTRACT_DOCUMENTS.has(ctx.profile.type) && isDefinition(sentence);
    const title = NUMBERED_TITLE.test(sentence) || isNumberedTitle(sentence);
    if (!CONTRACT_SETTING.test(sentence) && !OUTSOURCED_SIDE.test(sentence) && !title && !defined && !toBidders)
      return null;
    // in contract documents a request "must be passed to the Council" with no party named is the supplier's to pass,
    // ...and so is one received by a supplier the sentence names ("received by the Contractor … is to be passed to the Council")
    const passedOn =
      (CONTRACT_DOCUMENTS.has(ctx.profile.type) || SUPPLIER_PARTY.test(sentence)) && PASSED_TO_AUTHORITY.test(sentence);
    const bound = SUPPLIER_DUTY.test(sentence) || passedOn || youSupply || binds;
    // contract documents speak to the supplier throughout; elsewhere the sentence must name the supplier side,
    // and anywhere a request the authority receives and handles with no supplier in the sentence is its own process
    // ...except the authority's statement that the Act applies to it, in a page that speaks to suppliers or bidders:
    // the awareness notice ("The council is subject to the Freedom of Information Act 2000.")
    // ...or anywhere, a party told it ("Meridian has been reminded that the Council is subject to the Act")
    const awarenessToSuppliers =
      AWARENESS.test(sentence) &&
      !EMAIL_ITSELF.test(sentence) &&
      (ctx.supplierSetting === true || TO_BIDDERS_DOCUMENTS.has(ctx.profile.type) || TOLD_THAT.test(sentence));
    if (
      (!CONTRACT_DOCUMENTS.has(ctx.profile.type) || AUTHORITY_RECEIVES.test(sentence)) &&
      !SUPPLIER_SIDE_FOI.test(sentence) &&
      !binds &&
      !toBidders &&
      !awarenessToSuppliers &&
      !isHeadingLike(sentence) &&
      !NUMBERED_TITLE.test(sentence)
    )
      return null;
    // in contract documents the authority's own FOI duty carved out of a term is the topic in the contract, weakly
    const ownDutyOnly =
      !CONTRACT_DOCUMENTS.has(ctx.profile.type) && !mentionsFoi(sentence.replace(OWN_FOI_OBLIGATIONS, ' '));
    if (!bound && !ACKNOWLEDGED.test(sentence) && ownDutyOnly) return null;
    const helps =
      (ASSISTANCE.test(sentence) || (youSupply && TO_US.test(sentence))) &&
      (SUPPLIER_PARTY.test(sentence) || passedOn || youSupply || binds);
    if (bound && helps) {
      const hollow = hollowing(sentence);
      if (hollow) return { ...hollow, weight: WEIGHT.clause } satisfies Verdict;
      const specific = /\b(?:assist\w*|co-?operat\w*|transfer\w*|respond directly|working days?)\b/i.test(sentence);
      return {
        strength: 'strong',
        why: 'the supplier must help the authority meet its FOI duties',
        weight: specific ? WEIGHT.specific : WEIGHT.clause,
      } satisfies Verdict;
    }
    if (helps)
      return {
        strength: 'weak',
        why: 'describes what an FOI clause would make the supplier do, without binding it here',
        weight: WEIGHT.clause,
      } satisfies Verdict;
    if (isHeadingLike(sentence) || NUMBERED_TITLE.test(sentence))
      return {
        strength: 'weak',
        why: 'only a heading or contents entry: the clause it names is not in the text',
        weight: WEIGHT.heading,
      } satisfies Verdict;
    if (AWARENESS.test(sentence))
      return {
        strength: 'weak',
        why: 'awareness only: the supplier is told FOI applies, but owes no help with requests',
        weight: WEIGHT.reason,
      } satisfies Verdict;
    const general = generalStrength(sentence);
    if (general.strength === 'weak') return general;
    return {
      strength: 'weak',
      why: hasObligation(sentence)
        ? 'a duty is stated, but not one on the supplier to help with FOI requests'
        : 'FOI is mentioned, but the supplier owes no help with requests',
      weight: WEIGHT.mention,
    } satisfies Verdict;
  },
  applies: () => true,
  clauses: [
    {
      id: 'foi/standard',
      checkId: 'foi',
      title: 'Freedom of Information and environmental information (FOIA 2000 and EIR 2004)',
      body: 'The Supplier acknowledges that {authority} is subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, and that information the Supplier or any subcontractor holds about this Contract, its workforce, performance, complaints, costs and charges is held on behalf of {authority} for the purposes of section 3(2)(b) of that Act. The Supplier shall: (a) pass any request for information about this Contract to {authority} within two working days of receiving it; (b) provide {authority} with all information it asks for in order to answer a request, in the form it asks for, within five working days; (c) not answer any such request itself unless {authority} asks it to in writing; and (d) procure that its subcontractors give the same help. {authority} alone decides whether information is disclosed, and no confidentiality term in this Contract limits what it may disclose under that Act or those Regulations.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements:
        'Freedom of Information Act 2000 s.3(2)(b); Environmental Information Regulations 2004; s.45 Code of Practice (2018)',
      version: 1,
    },
    {
      id: 'foi/scotland',
      checkId: 'foi',
      title: 'Freedom of Information (Scotland) Act 2002 and EI(S)R 2004',
      body: 'The Supplier acknowledges that {authority} is subject to the Freedom of Information (Scotland) Act 2002 and the Environmental Information (Scotland) Regulations 2004, and that information the Supplier or any subcontractor holds about this Contract, its workforce, performance, complaints, costs and charges is held on behalf of {authority} for the purposes of section 3(2)(b) of that Act. The Supplier shall: (a) pass any request for information about this Contract to {authority} within two working days of receiving it; (b) provide {authority} with all information it asks for in order to answer a request, in the form it asks for, within five working days; (c) not answer any such request itself unless {authority} asks it to in writing; and (d) procure that its subcontractors give the same help. {authority} alone decides whether information is disclosed, and no confidentiality term in this Contract limits what it may disclose under that Act or those Regulations.',
      jurisdictions: ['scotland'],
      documentTypes: [],
      sectors: [],
      implements:
        'Freedom of Information (Scotland) Act 2002 s.3(2)(b); Environmental Information (Scotland) Regulations 2004',
      version: 1,
    },
    {
      id: 'foi/transparency-schedule',
      checkId: 'foi',
      title: 'Open contract information: performance, costs and profit published',
      body: 'Each year of this Contract the Supplier shall give {authority}, for publication under an open licence, the contract’s key performance indicator results, the number of workers engaged on it and their pay bands, the complaints received, and the revenue, costs and profit the Supplier earns from it. Information may be withheld from publication only where it would be exempt from disclosure under freedom of information law. The Supplier shall provide {authority} with all information it asks for in order to answer a request for information about this Contract, within five working days.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements: 'ICO transparency-by-design guidance on outsourcing; Procurement Act 2023 ss.52–53',
      version: 1,
    },
  ],
  examples: [
    {
      // the information held for the authority, and a duty to hand "it" over: the pronoun is the information
      text: 'The Operator accepts that records it keeps for the Board are held for the purposes of FOISA, and shall send them to the Board on request.',
      status: 'strong',
      profile: { type: 'terms' },
    },
    {
      // publication under the transparency rules, in other words than the Act's name
      text: 'The Contractor shall help the Council publish this Contract and its performance data under the transparency requirements.',
      status: 'strong',
      profile: { type: 'terms' },
    },
    {
      // a supplier told by the authority that the Act applies to it: awareness, whoever the page speaks to
      text: 'Harbourline Ltd has been reminded that the Trust is a public authority under the Freedom of Information Act 2000 and that the contract may be published.',
      status: 'weak',
      profile: { type: 'other' },
    },
    {
      // outsourcing named as the supplier side, on a page that names no contractor: the case for extending the Act
      text: 'Outsourced services are not covered by the Freedom of Information Act, so the public cannot find out how their money is spent.',
      status: 'weak',
      profile: { type: 'other' },
    },
    {
      // the companies that run public contracts, named by the money they take: a call to extend the Act to them
      text: 'Companies that spend public money should be subject to the Freedom of Information Act in the same way as the councils that pay them.',
      status: 'weak',
      profile: { type: 'other' },
    },
    {
      text: 'PFI project companies are not covered by the Freedom of Information Act, and their returns are hidden from view.',
      status: 'weak',
      profile: { type: 'other' },
    },
    {
      // the contract as subject binds the other party, named: a trade-press report of the clause
      text: 'Because the university is a public authority under the Freedom of Information Act 2000, the contract obliges Thornleigh to provide any information the university needs to answer a request within five working days.',
      status: 'strong',
    },
    {
      // passive, with the supplier named as the one who receives the request
      text: "Any request for information received by the Contractor in relation to this Agreement is to be passed to the Council's Information Governance Team without delay.",
      status: 'strong',
    },
    {
      // the duty left to the supplier's own judgement
      text: 'The Supplier shall, if it considers it appropriate and to the extent that it is able to do so, assist the Authority with requests for information under the FOIA.',
      status: 'weak',
    },
    {
      text: 'Figures obtained by the Echo under the Freedom of Information Act show the council spent £4.2 million on consultants.',
      status: 'missing',
    },
    {
      // the supplier addressed as 'you' on a supplier page, its duty under the contract's terms
      text: 'Under clause 24 of our terms, if you receive a request for information about the contract you must pass it to us within two working days.',
      status: 'strong',
      profile: { type: 'other' },
    },
    {
      // 'you' as the member of the public making a request
      text: 'If you want to make a Freedom of Information request, you must put it in writing to us.',
      status: 'missing',
      profile: { type: 'other' },
    },
    {
      // responding 'promptly' to the authority's requests for what it needs to answer FOI requests is assistance
      text: 'Conditions of contract\nThe Contractor shall deliver the services.\nContractors are required to respond promptly to requests from the Council for information needed to answer FOI requests.',
      status: 'strong',
    },
    {
      // supplying the information the authority needs to answer a request is assistance
      text: 'Conditions of contract\nThe Contractor shall deliver the services.\nThe Provider must, at no cost to the Council, supply any information the Council needs to answer a request under FOISA within 5 working days.',
      status: 'strong',
    },
    {
      // a published notice speaks to bidders though it names none: its FOI notice is awareness, weak
      text: 'Notice type: Contract notice\nTitle: Grounds maintenance\nBuyer: Westshire Council\nDescription: Grass cutting at 40 sites.\nFreedom of Information: all documents received may be published or disclosed.',
      status: 'weak',
      profile: { type: 'notice' },
    },
    {
      // a confidentiality term that carves out FOI names the topic in the contract, with no help owed: weak
      text: 'Conditions of contract. The Contractor shall perform the services with reasonable skill and care.\n\n12. Confidentiality. Each party shall keep the other’s confidential information secret, except where disclosure is required by law, including the Freedom of Information Act 2000.',
      status: 'weak',
    },
    {
      // the same carve-out as the authority's own obligations, in contract terms: weak, not missing
      text: 'Conditions of contract. The Contractor shall perform the services with reasonable skill and care.\n\nNothing in this clause shall prevent the Council from complying with its obligations under the Freedom of Information Act 2000.',
      status: 'weak',
    },
    {
      // a notice to bidders that what they submit may be subject to disclosure: awareness, no duty
      text: 'Invitation to tender for cleaning services.\n\nAll information submitted may be subject to disclosure under FOI legislation.',
      status: 'weak',
    },
    {
      // in conditions of contract, a request to be passed to the authority in the passive is the supplier's to pass
      text: 'Conditions of contract\n\n9.3 Any FOI request received in connection with the services must be passed to the Council within two working days.',
      status: 'strong',
    },
    {
      // the defined terms of central government model contracts
      text: 'Conditions of contract\n\n14.2 The Supplier shall assist the Buyer in responding to Information Requests under the Information Acts.',
      status: 'strong',
    },
    {
      // a contents entry of conditions of contract names a clause the text leaves out: weak, not missing
      text: 'Conditions of contract\n\n1. Definitions\n2. Payment\n3. Freedom of Information\n4. Termination',
      status: 'weak',
    },
    {
      // a page for those selling to the authority speaks to suppliers, though it never says "supplier"
      text: 'Selling to the council. Please be aware that as a public authority we are subject to the Freedom of Information Act 2000 and any information you supply may be disclosed.',
      status: 'weak',
    },
    {
      // the supplier side in other words: companies that deliver the services, outside any contract document
      text: 'The council wants companies delivering public services to be covered by freedom of information rules.',
      status: 'weak',
      profile: { type: 'other' },
    },
    {
      // a member of the public asking is the authority's own FOI duty, not a supplier's
      text: 'Anyone, including companies and charities, can make a request under the Freedom of Information Act.',
      status: 'missing',
      profile: { type: 'other' },
    },
    {
      // a notice to bidders names no party, but what they submit is a tender's information: weak, not missing
      text: 'Tenders are invited for the cleaning contract. Any information submitted may be released in response to a request under the Freedom of Information Act.',
      status: 'weak',
    },
    {
      // the pronoun takes the supplier up from the leading clause
      text: 'Where the Contractor receives a request for information under the Environmental Information Regulations 2004, it shall pass the request to the Authority within two working days.',
      status: 'strong',
    },
    {
      // the duty laid on the supplier as the object of 'requiring'
      text: 'The contract includes a clause requiring the provider to comply with FOI requests passed to it by the council.',
      status: 'strong',
      profile: { type: 'other' },
    },
    {
      text: 'Such a clause would typically oblige the contractor to provide information to the authority for an FOI request.',
      status: 'weak',
      profile: { type: 'other' },
    },
    {
      // the abbreviation as often written, in mixed case
      text: 'The Contractor shall pass every FoI request it receives to the Council within two working days.',
      status: 'strong',
    },
    {
      // the duty is in the sentence after the one naming the requests: the subject carries over
      text: 'Where the Contractor receives a request for information under the Freedom of Information Act 2000 about this Contract. It shall pass the request to the Council within two working days.',
      status: 'strong',
    },
    {
      text: 'The Supplier must tell the Buyer within two working days if it receives a Request for Information.',
      status: 'strong',
    },
    {
      text: 'Information the Contractor holds on behalf of the Council shall be made available to the Council within ten working days of a request under the FOIA.',
      status: 'strong',
    },
    {
      text: 'The Contractor shall transmit to the Council every request for information about this Contract within two working days.',
      status: 'strong',
    },
    {
      text: 'The Provider will help the Council deal with any Freedom of Information request relating to the Contract.',
      status: 'strong',
    },
    {
      // a definitions clause names the topic in a contract, but binds no one
      text: '“FOIA” means the Freedom of Information Act 2000 and any subordinate legislation made under it. The Supplier shall deliver the goods to the Council’s depot.',
      status: 'weak',
    },
    {
      // the authority handling a request itself: no one on the supplier side is in the sentence
      text: 'If the Council receives a request under the FOIA about a procurement, the request must be referred to its information governance team.',
      status: 'missing',
      profile: { type: 'terms' },
    },
    {
      // the authority's own FOI obligations, named only to qualify how it treats bidders' information
      text: 'Bidders are treated equally, and their commercial confidences are kept so far as compatible with the Council’s obligations under the FOIA.',
      status: 'missing',
      profile: { type: 'policy' },
    },
    {
      text: 'The Contractor shall transfer every request for information it receives about this Contract to the Council within two working days and shall provide the Council with the information it holds within five working days.',
      status: 'strong',
    },
    {
      text: 'The Provider shall assist and co-operate with the Authority to enable it to comply with its obligations under the Freedom of Information (Scotland) Act 2002.',
      status: 'strong',
      profile: { jurisdiction: 'scotland' },
    },
    {
      text: 'The Contractor is asked to note that the Council is subject to the Freedom of Information Act 2000.',
      status: 'weak',
    },
    {
      text: 'The Supplier shall use reasonable endeavours to assist the Council with any request for information under the Freedom of Information Act.',
      status: 'weak',
    },
    { text: 'The Council will consult suppliers before it releases information under the FOI Act.', status: 'weak' },
    {
      text: 'Proposals submitted by suppliers in response to this RFP will be kept confidential, subject to the freedom of information law that applies.',
      status: 'weak',
    },
    { text: 'Home | Accessibility | Freedom of Information | Privacy notice', status: 'missing' },
    { text: 'The Supplier shall keep all personal data secure in line with data protection law.', status: 'missing' },
  ],
};
