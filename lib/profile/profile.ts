import { portalFor } from '../data/portal-hosts';
import type { BuyerKind, DocumentProfile, DocumentType, Jurisdiction, ProfileFieldSource, Sector } from '../types';

/** Matches counted in a text, up to a cap (a count only needs to tell a few from many). */
const COUNT_CAP = 1000;

function count(text: string, pattern: RegExp, cap = COUNT_CAP): number {
  const g = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let n = 0;
  while (n < cap && g.exec(text)) n++;
  return n;
}

/** Signals of a jurisdiction, with a weight: statutes, official bodies, portals and NUTS/ITL codes outweigh a place name. */
const JURISDICTION_SIGNALS: [Jurisdiction, RegExp, number][] = [
  [
    'scotland',
    /\bFOISA\b|Freedom of Information \(Scotland\)|Procurement Reform \(Scotland\)|\(Scotland\) (?:Act|Regulations)|Public Contracts Scotland|publiccontractsscotland|\bFair Work First\b|\bFair Work Convention\b|\bSPPNs?\b|\bScottish (?:Government|Ministers|Parliament|public (?:bodies|authorit(?:y|ies)))\b|\bgov\.scot\b|\bUKM\d*\b/g,
    3,
  ],
  [
    'scotland',
    /\bScot(?:land|tish)\b|\b(?:Edinburgh|Glasgow|Aberdeen|Dundee|Lanarkshire|Lothian|Fife|Highland|Ayrshire|Renfrewshire|Stirling|Inverness|Perth and Kinross)\b/g,
    1,
  ],
  [
    'wales',
    /Sell2Wales|sell2wales|Social Partnership and Public Procurement|\(Wales\) (?:Act|Regulations)|\bWPPNs?\b|\bWelsh (?:Government|Ministers)\b|\bSenedd\b|\bgov\.wales\b|\bUKL\d*\b/g,
    3,
  ],
  [
    'wales',
    /\bWales\b|\bWelsh\b|\bCymru\b|\b(?:Cardiff|Swansea|Newport|Flintshire|Monmouthshire|Rhondda|Gwynedd|Powys|Ceredigion|Pembrokeshire|Carmarthenshire|Wrexham|Conwy|Denbighshire|Anglesey|Caerphilly|Torfaen|Bridgend)\b/g,
    1,
  ],
  [
    'ni',
    /eTendersNI|etendersni|\bBuy Social\b|\bNI (?:PPN|Executive|Assembly)\b|\bNorthern Ireland (?:Executive|Assembly)\b|\bDepartment of Finance\b|\bCPD\b|\bUKN\d*\b|\bLaw \(Northern Ireland\)/g,
    3,
  ],
  ['ni', /\bNorthern Ireland\b|\bBelfast\b|\bDerry\b|\bLondonderry\b|\bN\.I\.\b/g, 1],
  ['eu', /ted\.europa\.eu|\beForms\b|\bTED\b|\bBT-\d{2,3}\b/g, 3],
  ['eu', /\bMember States?\b|\bEUR\b/g, 1],
  [
    'england',
    /\bContracts Finder\b|\bClinical Commissioning Groups?\b|\bCCGs?\b|\bPPN \d{3}\b|\bUK[CDEFGHIJK]\d*\b|\bGreater London\b|\bLondon Borough\b|\bLondon Living Wage\b|\bLLW\b/g,
    3,
  ],
  [
    'england',
    /\bEngland\b|\bEnglish\b|\bLondon\b|\b(?:Birmingham|Manchester|Leeds|Liverpool|Sheffield|Bristol|Devon|Cornwall|Kent|Sussex|Surrey|Essex|Yorkshire|Derby(?:shire)?|Nottingham(?:shire)?|Leicester(?:shire)?|Peterborough|Reading|Brighton|Westminster|Somerset|Wiltshire|Shropshire|Cumbria|Cumberland|Westmorland|Hertfordshire|Hillingdon|Wandsworth|Bradford|Stockton|Watford|Newcastle|Norfolk|Suffolk|Lancashire|Hampshire|Oxford(?:shire)?|Cambridge(?:shire)?|Dudley|Coventry|Plymouth|Torbay)\b/g,
    1,
  ],
  [
    'other',
    /\bfederal and state\b|\bstate and federal\b|\bU\.S\.C?\.|\bUnited States\b|\bschool district\b|\bfederal (?:agenc(?:y|ies)|holidays|law|laws|government|register)\b|\bCode of Federal Regulations\b/gi,
    3,
  ],
  [
    'other',
    /\bCanad(?:a|ian)\b|\bGovernment of (?:Canada|Australia|New Zealand|India)\b|\bprovinc(?:e|ial) of (?:Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick)\b|\b(?:Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia)\b|\bAustralia(?:n)?\b|\bNew Zealand\b|\bCommonwealth of Australia\b|\bCAD\b|\bAUD\b|\bUSD\b|\bAccess to Information Act\b|\bfederal government\b/g,
    3,
  ],
];

/** Portals that serve one nation: the page's address is evidence of the place (Sell2Wales is Welsh). */
const PORTAL_PLACE: Record<string, Jurisdiction> = {
  Sell2Wales: 'wales',
  'Sell2Wales (legacy)': 'wales',
  'Public Contracts Scotland': 'scotland',
  eTendersNI: 'ni',
  TED: 'eu',
  'eTenders (Ireland)': 'eu',
};
/** What a portal address is worth against signals in the text: a strong signal (3 points) twice over. */
const PORTAL_WEIGHT = 6;

/** The place a page's address points to, if its portal serves one nation. */
export function jurisdictionFromUrl(url: string | undefined): Jurisdiction | undefined {
  if (!url) return undefined;
  const portal = portalFor(url);
  return portal ? PORTAL_PLACE[portal.portal] : undefined;
}

/** A list of the UK nations says "UK-wide"; it is no signal for any one of them. */
const UK_NATIONS_LIST =
  /\b(?:England|Scotland|Wales|Northern Ireland)(?:,? (?:and |or )?(?:England|Scotland|Wales|Northern Ireland)){1,3}\b/g;

/** A local council or NHS trust with no devolved signal: most of them, by far, are English. */
const LOCAL_BODY =
  /\b(?:(?:county|city|district|borough|town|parish) council|the council|council[’']s|NHS (?:foundation )?trust)\b/i;

export function detectJurisdiction(text: string, url?: string): Jurisdiction {
  return readJurisdiction(text, url).jurisdiction;
}

function bestOf(score: Map<Jurisdiction, number>): Jurisdiction | undefined {
  let best: Jurisdiction | undefined;
  let bestN = 0;
  for (const [j, n] of score)
    if (n > bestN) {
      best = j;
      bestN = n;
    }
  return best;
}

/** The place, and whether the text, the portal's address or a default decided it. */
/**
 * A language named as a language ("available in Welsh", "a Welsh-speaking adviser", "English and Welsh
 * versions") says which language a text comes in, not where the buyer is; the Welsh Language Standards and
 * the Welsh Language Commissioner bind bodies in Wales, so they stay a signal of the place.
 */
const LANGUAGE_NAMED =
  /\b(?:in|into|from|of|speak(?:s|ing)?|read(?:s|ing)?|write|written|translat\w+ (?:in)?to) (?:English|Welsh|Gaelic|Irish)\b|\b(?:English|Welsh|Gaelic|Irish)(?:[- ](?:language|speak\w*|medium|translations?|versions?|copy|copies|text))\b(?! (?:Standards?|Commissioner|Scheme|\(Wales\)))|\b(?:English|Welsh) (?:and|or|\/) (?:English|Welsh)\b|\b(?:English|Welsh)\/(?:English|Welsh)\b/gi;

export function readJurisdiction(
  text: string,
  url?: string,
): { jurisdiction: Jurisdiction; from: Exclude<ProfileFieldSource, 'user'> } {
  return placeFrom(signalsOf(text), url);
}

function placeFrom(
  signals: PlaceAndBuyerSignals,
  url: string | undefined,
): { jurisdiction: Jurisdiction; from: Exclude<ProfileFieldSource, 'user'> } {
  const score = new Map<Jurisdiction, number>();
  for (const [i, [j, , weight]] of JURISDICTION_SIGNALS.entries())
    score.set(j, (score.get(j) ?? 0) + weight * Math.min(signals.place[i]!, COUNT_CAP));
  const fromText = bestOf(score);
  const portal = jurisdictionFromUrl(url);
  if (portal) {
    score.set(portal, (score.get(portal) ?? 0) + PORTAL_WEIGHT);
    const best = bestOf(score)!;
    return { jurisdiction: best, from: best === fromText ? 'text' : 'portal' };
  }
  if (fromText) return { jurisdiction: fromText, from: 'text' };
  // most councils and trusts are English, but a text that names no place only lets us assume it
  return { jurisdiction: signals.localBody ? 'england' : 'uk', from: 'assumed' };
}

/** Signals of the kind of buyer, with a weight: a named body outweighs a generic word. */
const BUYER_SIGNALS: [BuyerKind, RegExp, number][] = [
  [
    'central-government',
    /\b(?:Department (?:for|of) (?:Work and Pensions|Education|Transport|Health and Social Care|Business|Energy|Environment|Culture|Science|Levelling Up|Housing|International Trade|Digital)|Ministry of (?:Defence|Justice|Housing)|Cabinet Office|HM (?:Treasury|Revenue (?:and|&) Customs|Prison (?:and Probation )?Service|Courts)|Home Office|Foreign,? Commonwealth (?:and|&) Development Office|Crown Commercial Service|HMRC|DWP|MoJ|MOD|Government Property Agency|Environment Agency|Highways England|National Highways|Secretary of State for)\b/g,
    3,
  ],
  ['central-government', /\bcentral government\b|\bexecutive agenc(?:y|ies)\b|\bgovernment departments?\b/gi, 1],
  [
    'local-government',
    /\b(?:(?:County|City|District|Borough|Town|Parish|Metropolitan Borough|Unitary) Council|London Borough of \w+|Royal Borough of \w+|Combined Authority|Greater London Authority|Council of the City of \w+|Cyngor \w+)\b/g,
    3,
  ],
  ['local-government', /\b(?:the Council|local authorit(?:y|ies)|councillors?|the Council[’']s)\b/gi, 1],
  [
    'nhs',
    /\bNHS (?:(?:Foundation )?Trust|England|Scotland|Wales|Shared Business Services|Supply Chain)\b|\bIntegrated Care Boards?\b|\bICBs?\b|\bClinical Commissioning Groups?\b|\bCCGs?\b|\b(?:University )?Health Board\b|\bLocal Health Board\b|\bHealth and Social Care (?:Trust|Board)\b|\bHSC (?:Trust|Board)\b|\bBusiness Services Organisation\b/g,
    3,
  ],
  ['nhs', /\bNHS\b|\bhospitals?\b|\bclinical\b/g, 1],
  [
    'devolved-government',
    /\b(?:Scottish Government|Scottish Ministers|Welsh Government|Welsh Ministers|Llywodraeth Cymru|Northern Ireland Executive|Transport Scotland|Transport for Wales|Department (?:of Finance|for Communities|for Infrastructure|of Health|for the Economy|of Justice|of Education|for Infrastructure) \(?N(?:orthern )?I(?:reland)?\)?|Construction and Procurement Delivery)\b/g,
    3,
  ],
];

/** In Northern Ireland "the Department of Finance" is a devolved department, not UK central government. */
const NI_DEPARTMENT = /\bDepartment (?:of|for) [A-Z]\w+/g;

/** The kind of buyer named most, weighed; a text that names none leaves it assumed (local government). */
export function readBuyer(text: string, jurisdiction?: Jurisdiction): { buyer: BuyerKind; from: 'text' | 'assumed' } {
  return buyerFrom(signalsOf(text), jurisdiction);
}

function buyerFrom(
  signals: PlaceAndBuyerSignals,
  jurisdiction: Jurisdiction | undefined,
): { buyer: BuyerKind; from: 'text' | 'assumed' } {
  const score = new Map<BuyerKind, number>();
  for (const [i, [b, , weight]] of BUYER_SIGNALS.entries())
    score.set(b, (score.get(b) ?? 0) + weight * Math.min(signals.buyer[i]!, COUNT_CAP));
  if (jurisdiction === 'ni')
    score.set(
      'devolved-government',
      (score.get('devolved-government') ?? 0) + 3 * Math.min(signals.niDepartments, COUNT_CAP),
    );
  // devolved governments buy only in their own nations; elsewhere their names are quoted guidance
  if (jurisdiction && !['wales', 'scotland', 'ni'].includes(jurisdiction)) score.set('devolved-government', 0);
  let best: BuyerKind | undefined;
  let bestN = 0;
  for (const [b, n] of score)
    if (n > bestN) {
      best = b;
      bestN = n;
    }
  return best ? { buyer: best, from: 'text' } : { buyer: 'local-government', from: 'assumed' };
}

/**
 * What a text says of its place and buyer, as counts that add up across lines: no signal pattern
 * matches a line break, so a text's counts are the sums of its lines' (and a line's can be kept).
 */
export interface PlaceAndBuyerSignals {
  place: number[];
  localBody: boolean;
  buyer: number[];
  niDepartments: number;
}

const LIMITLESS = Number.POSITIVE_INFINITY;

export function signalsOf(text: string): PlaceAndBuyerSignals {
  const clean = text.replace(UK_NATIONS_LIST, ' ').replace(LANGUAGE_NAMED, ' ');
  return {
    place: JURISDICTION_SIGNALS.map(([, re]) => count(clean, re, LIMITLESS)),
    localBody: LOCAL_BODY.test(text),
    buyer: BUYER_SIGNALS.map(([, re]) => count(text, re, LIMITLESS)),
    niDepartments: count(text, NI_DEPARTMENT, LIMITLESS),
  };
}

/** Each line's signals, kept while the text is edited (the line as key; dropped wholesale when large). */
const lineSignals = new Map<string, PlaceAndBuyerSignals>();

/** A text's signals as the sum of its lines', so an edit re-reads only the lines it changed. */
export function signalsByLine(text: string): PlaceAndBuyerSignals {
  if (lineSignals.size > 50_000) lineSignals.clear();
  const sum: PlaceAndBuyerSignals = {
    place: JURISDICTION_SIGNALS.map(() => 0),
    localBody: false,
    buyer: BUYER_SIGNALS.map(() => 0),
    niDepartments: 0,
  };
  for (const line of text.split('\n')) {
    let s = lineSignals.get(line);
    if (!s) {
      s = signalsOf(line);
      lineSignals.set(line, s);
    }
    for (let i = 0; i < sum.place.length; i++) sum.place[i]! += s.place[i]!;
    for (let i = 0; i < sum.buyer.length; i++) sum.buyer[i]! += s.buyer[i]!;
    sum.localBody ||= s.localBody;
    sum.niDepartments += s.niDepartments;
  }
  return sum;
}

const CPV = /\b(\d{8})(?:-\d)?\b/g;
/** CPV divisions that are supplies of goods rather than services or works. */
function cpvSector(code: string): Sector | undefined {
  const div = Number(code.slice(0, 2));
  if (code.startsWith('853') || code.startsWith('8531')) return 'social-care';
  if (div === 85) return code.startsWith('8532') ? 'social-care' : 'general';
  if (div === 45) return 'construction';
  if (div === 72 || div === 48) return 'it';
  if (div === 90 || div === 79 || div === 55 || div === 50) return 'facilities';
  if (div <= 44 && div >= 3) return 'goods';
  return undefined;
}

export function detectSector(text: string): Sector {
  // a CPV label ("85320000 Social services") names a code, not what the text describes
  const vocabulary = text.replace(/^[ \t]*(?:classification|cpv[^:\n]*):.*$/gim, ' ');
  const homecare = count(
    vocabulary,
    /\b(?:home ?care|domiciliary|care at home|care and support at home|home support|homecare workers?|care workers?|ethical care charter|supported living|visits? to (?:the )?service users?)\b/gi,
  );
  // in a long document a couple of passing mentions ("sites next to supported living schemes") are not its subject
  const needed = Math.max(2, Math.ceil(vocabulary.split(/\s+/).length / 2000));
  if (homecare >= needed || (homecare >= 1 && /\bethical care charter\b/i.test(text))) return 'homecare';
  const socialCare = count(
    vocabulary,
    /\b(?:social care|social services|care homes?|residential care|nursing care|care providers?|care services?|adult care|care and support|continuity of care|carers?|care-giving)\b/gi,
  );
  // equipment supply and NHS clinical services mention carers but are not care work
  const notCareWork = count(text, /\bequipment\b/gi) >= 3 || count(text, /\b(?:NHS|CCG|clinical|hospitals?)\b/gi) >= 3;
  const careSetting = count(vocabulary, /\b(?:residential care|care homes?|nursing care|care home services?)\b/gi);
  // one passing mention ("care homes" in a pay story) does not make a care contract
  if (socialCare + homecare >= needed && (!notCareWork || careSetting >= 2)) return 'social-care';
  const codes = [...text.matchAll(CPV)].map((m) => m[1]!).filter((c) => /^(?:0[3-9]|[1-9]\d)/.test(c));
  const fromCpv = codes.map(cpvSector).find(Boolean);
  // "social services" CPV codes cover volunteering and advice too: care needs a care word beside the code
  if (fromCpv === 'social-care' && (socialCare + homecare === 0 || notCareWork)) return 'general';
  // CPV codes on notices are often picked loosely: a works or services notice under a goods code is not goods
  if (fromCpv === 'goods' && count(text, /\b(?:works|services?|maintenance|analysis)\b/gi) > 0) return 'general';
  if (fromCpv && fromCpv !== 'general') return fromCpv;
  if (/\bclassification:\s*\d{8}/i.test(text) && fromCpv) return fromCpv;
  if (count(text, /\b(?:construction|building works|civil engineering|highways works|contractors? on site)\b/gi) >= 2)
    return 'construction';
  if (count(text, /\b(?:cleaning|catering|security guard|facilities management|portering)\b/gi) >= 2)
    return 'facilities';
  if (count(text, /\b(?:software|IT services|digital services|hosting|data centre)\b/gi) >= 2) return 'it';
  // "the supply of goods and services" buys services too: the people delivering them can transfer
  if (
    /\bcontractType:\s*Goods\b|\bsupply of (?:goods|vehicles|equipment)\b(?! (?:and|&) (?:\w+ )?services\b)/i.test(text)
  )
    return 'goods';
  const goodsWords = count(
    text,
    /\b(?:goods|supplies|packages|packaging|delivery|deliveries|rejection|acceptance marks|samples)\b/gi,
  );
  if (goodsWords >= 4 && count(text, /\bservices?\b/gi) === 0) return 'goods';
  return 'general';
}

/** Structured notice fields (OCDS or a portal's field list) or a notice heading on its own line. */
const NOTICE =
  /^(?:tender\.title|ocid|buyer|tender\.description|notice (?:type|identifier)|cpv codes?|contract ?type):/im;
const NOTICE_HEADING = /^[ \t]*(?:contract|tender|award|prior information|contract award|contract details) notice\b/im;
/**
 * What a published notice states: who invites tenders for what, its CPV code, value, lots and deadline. Each kind
 * counts once: a committee report naming "Lot 1" and "Lot 2" ten times states one thing a notice states, not ten.
 */
const NOTICE_VOCABULARY = [
  /\binvites? (?:tenders|bids|expressions of interest)\b/i,
  /\bCPV\b/,
  /\bestimated (?:total )?value\b/i,
  /\b(?:tenders|bids) must be (?:submitted|received)\b|\bsubmission deadline\b/i,
  /\bLot \d\b/i,
  /\bcontract (?:start|end) date\b/i,
  /\bprocedure type\b/i,
];
/** A section number before a title line ("4. Instructions to Tenderers", "Section 2: Invitation to Tender"). */
const SECTION_NUMBER = String.raw`(?:(?:section |part )?(?:\d+(?:\.\d+)*[.:)]?|[A-Z][.:)])\s+)?`;
const ITT =
  /^[ \t]*(?:invitation to tender|instructions to (?:bidders|tenderers)|tender response|specification and invitation to tender)\b|\b(?:bidders|tenderers) are (?:asked|required) to (?:confirm|provide|submit|answer)\b|\bmodel question\b/im;
const SUPPLIER_CLAUSE =
  /\b(?:the )?(?:Supplier|Contractor|Provider|Recipient|Purchaser|Nominated Supplier|Service Provider|Consultant|Grantee)(?:s)? (?:shall|must|will ensure|agrees|undertakes)\b/g;
const ITT_TITLE = new RegExp(
  String.raw`^[ \t]*${SECTION_NUMBER}(?:invitation to tender|request for (?:tenders?|proposals?|quotations?)|instructions to (?:bidders|tenderers))\b`,
  'im',
);
const TERMS_HEADING =
  /\bterms and conditions\b|\bconditions of (?:contract|funding|grant)\b|\bclause samples?\b|\bthis (?:Contract|Agreement)\b/i;
/** A title line naming the authority's own rules: contract procedure rules, standing orders, financial regulations, a constitution. */
const OWN_RULES_TITLE =
  /^[ \t]*(?:[\w’'-]+ ){0,4}(?:contract procedure rules|procurement rules|standing orders|financial regulations|constitution)\b/im;
/** A report to members, by its heading lines: "Agenda Item 9", "REPORT TO: Cabinet", "Report to the Executive". */
const COMMITTEE_REPORT =
  /^[ \t]*(?:agenda item\b|report to\s*:|report of\s*:|report to (?:the )?(?:cabinet|full council|council|committee|executive|board|scrutiny)\b|(?:cabinet|committee|executive|scrutiny) report\b)/im;
const NEWS =
  /\b(?:said|says|told|announced|added|commented|commenting|spokes(?:man|woman|person)|press release|last updated|posted on|news)\b/gi;
const POLICY =
  /\b(?:policy|strategy|statement|guidance|decision|resolved|committee|cabinet|minutes|report|approve|to agree|recommendations?|procedure|code of conduct|impact assessment|consultation)\b/gi;

/**
 * What kind of document the text is. Structured notice fields and numbered supplier clauses are decisive;
 * otherwise news wording, FAQ questions and policy vocabulary are weighed against each other.
 */
export function detectType(text: string): DocumentType {
  const head = text.slice(0, 4000);
  if (NOTICE.test(head) || NOTICE_HEADING.test(head.slice(0, 600))) return 'notice';
  // an ITT's own title decides before the notice vocabulary it repeats (lots, value, deadline)
  if (ITT_TITLE.test(head.slice(0, 400))) return 'itt';
  if (NOTICE_VOCABULARY.filter((sign) => sign.test(head)).length >= 3) return 'notice';
  if (ITT.test(head)) return 'itt';
  if (/^[ \t]*(?:\d+\.?\s+)?(?:service )?specification\b/im.test(head.slice(0, 400))) return 'specification';
  if (/\bterms and conditions\b|\bconditions of (?:contract|funding|grant)\b/i.test(head.slice(0, 200))) return 'terms';
  // a code of conduct addressed to suppliers states what every supplier must do, as contract terms do
  if (
    /^[ \t]*(?:[\w’'&-]+ ){0,3}(?:supplier|suppliers['’]?|supply chain) code of (?:conduct|practice)\b|^[ \t]*code of conduct for (?:our )?suppliers\b/im.test(
      head.slice(0, 300),
    )
  )
    return 'terms';
  // an authority's own rules for its officers are its policy, however many supplier duties they quote
  if (OWN_RULES_TITLE.test(head.slice(0, 300))) return 'policy';
  // so is a report to its members, however many draft terms its appendices hold
  if (COMMITTEE_REPORT.test(head.slice(0, 600))) return 'policy';
  const clauses = count(text, SUPPLIER_CLAUSE);
  if (clauses >= 2 || (clauses >= 1 && TERMS_HEADING.test(head.slice(0, 300)))) return 'terms';
  if (/^[ \t]*(?:\d+\.\s+)?contents\b/im.test(head) && /\bconfidentiality\b|\bdelivery\b|\binvoices?\b/i.test(head))
    return 'terms';
  // legislation and Hansard are reference texts, not anyone's policy
  if (/\bHC Deb\b|\bHL Deb\b|^[ \t]*[A-Z][\w ()]{3,80} (?:Act|Regulations) \d{4}\s*$/m.test(head.slice(0, 300)))
    return 'other';
  // a council's decision record or minutes is its policy, whatever else it quotes
  if (/^[ \t]*(?:issue - decisions?|decision|minutes|resolved|recommendations?)\b/im.test(head.slice(0, 300)))
    return 'policy';
  const questions = count(head, /\?\s*$/gm);
  const news = count(head, NEWS) + count(head, /[“"][^”"]{40,}[”"]/g);
  const policy = count(head, POLICY);
  if (questions >= 2 || /\bFAQs?\b|frequently asked/i.test(head.slice(0, 300))) return 'other';
  if (news >= 2 && news >= policy / 2) return 'other';
  if (policy >= 2) return 'policy';
  if (/\bwe (?:will|expect|require)\b|\bour (?:approach|commitment)\b/i.test(head)) return 'policy';
  return 'other';
}

/**
 * How much of a document the profile reads: its title, buyer, codes, place and defined terms come first,
 * and an edit far down a long draft must not re-read the whole text on every keystroke.
 */
export const PROFILE_SPAN = 30_000;

let lastHead = '';
let lastUrl: string | undefined;
let lastProfile: DocumentProfile | undefined;

/**
 * The document's type, sector, place and buyer, read from its first PROFILE_SPAN characters; the page's
 * address (a Welsh, Scottish or Northern Irish portal) is evidence of the place too.
 */
export function detectProfile(text: string, url?: string): DocumentProfile {
  const head = text.length > PROFILE_SPAN ? text.slice(0, PROFILE_SPAN) : text;
  if (lastProfile && head === lastHead && url === lastUrl)
    return { ...lastProfile, knownFrom: { ...lastProfile.knownFrom! } };
  lastHead = head;
  lastUrl = url;
  const signals = signalsByLine(head);
  const place = placeFrom(signals, url);
  const buyer = buyerFrom(signals, place.jurisdiction);
  lastProfile = {
    type: detectType(head),
    sector: detectSector(head),
    jurisdiction: place.jurisdiction,
    buyer: buyer.buyer,
    knownFrom: { jurisdiction: place.from, buyer: buyer.from },
  };
  return { ...lastProfile, knownFrom: { ...lastProfile.knownFrom! } };
}
