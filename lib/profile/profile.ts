import type { DocumentProfile, DocumentType, Jurisdiction, Sector } from '../types';

function count(text: string, pattern: RegExp): number {
  const g = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let n = 0;
  while (g.exec(text) && n < 1000) n++;
  return n;
}

const JURISDICTION_SIGNALS: [Jurisdiction, RegExp][] = [
  [
    'scotland',
    /\bScot(?:land|tish)\b|\bFOISA\b|Freedom of Information \(Scotland\)|Procurement Reform \(Scotland\)|Public Contracts Scotland|publiccontractsscotland|\bFair Work First\b|\bSPPN\b|\b(?:Edinburgh|Glasgow|Aberdeen|Dundee|Lanarkshire|Lothian|Fife|Highland|Ayrshire|Renfrewshire)\b|\bUKM\d*\b/g,
  ],
  [
    'wales',
    /\bWales\b|\bWelsh\b|\bCymru\b|Sell2Wales|sell2wales|Social Partnership and Public Procurement|\bWPPN\b|\b(?:Cardiff|Swansea|Newport|Flintshire|Monmouthshire|Rhondda|Gwynedd|Powys|Ceredigion|Pembrokeshire|Carmarthenshire|Wrexham|Conwy|Denbighshire)\b|\bUKL\d*\b/g,
  ],
  [
    'ni',
    /\bNorthern Ireland\b|\bBelfast\b|eTendersNI|etendersni|\bBuy Social\b|\bNI (?:PPN|Executive|Assembly)\b|\bDerry\b|\bUKN\d*\b/g,
  ],
  ['eu', /\bDirective 2014\/24\/EU\b|\bTED\b|ted\.europa\.eu|\bMember States?\b|\beForms\b|\bEUR\b/g],
  [
    'england',
    /\bEngland\b|\bEnglish\b|\bLondon\b|\bContracts Finder\b|\bFind a Tender\b|\bPPN \d|\bUK[CDEFGHIJK]\d*\b|\b(?:Birmingham|Manchester|Leeds|Bristol|Devon|Kent|Sussex|Yorkshire|Derby|Nottingham|Peterborough|Reading|Brighton|Westminster)\b/g,
  ],
];

export function detectJurisdiction(text: string): Jurisdiction {
  let best: Jurisdiction = 'uk';
  let bestN = 0;
  for (const [j, re] of JURISDICTION_SIGNALS) {
    const n = count(text, re);
    if (n > bestN) {
      best = j;
      bestN = n;
    }
  }
  return best;
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
  const homecare = count(
    text,
    /\b(?:home ?care|domiciliary|care at home|care and support at home|home support|homecare workers?|care workers?|ethical care charter|supported living|visits? to (?:the )?service users?)\b/gi,
  );
  if (homecare >= 1) return 'homecare';
  const socialCare = count(
    text,
    /\b(?:social care|care homes?|residential care|nursing care|care providers?|care services?|adult care)\b/gi,
  );
  if (socialCare >= 1) return 'social-care';
  const codes = [...text.matchAll(CPV)].map((m) => m[1]!).filter((c) => /^(?:0[3-9]|[1-9]\d)/.test(c));
  const fromCpv = codes.map(cpvSector).find(Boolean);
  if (fromCpv && fromCpv !== 'general') return fromCpv;
  if (/\bclassification:\s*\d{8}/i.test(text) && fromCpv) return fromCpv;
  if (count(text, /\b(?:construction|building works|civil engineering|highways works|contractors? on site)\b/gi) >= 2)
    return 'construction';
  if (count(text, /\b(?:cleaning|catering|security guard|facilities management|portering)\b/gi) >= 2)
    return 'facilities';
  if (count(text, /\b(?:software|IT services|digital services|hosting|data centre)\b/gi) >= 2) return 'it';
  if (/\bcontractType:\s*Goods\b|\bsupply of (?:goods|vehicles|equipment)\b/i.test(text)) return 'goods';
  return 'general';
}

export function detectType(text: string): DocumentType {
  const head = text.slice(0, 4000);
  if (
    /^(?:tender\.title|ocid|buyer):/im.test(head) ||
    /\b(?:contract notice|tender notice|award notice|notice identifier)\b/i.test(head)
  )
    return 'notice';
  if (
    /\binvitation to tender\b|\bITT\b|\bbidders are (?:asked|required)\b|\btender submission\b|\bquestion \d/i.test(
      head,
    )
  )
    return 'itt';
  if (/\bspecification\b/i.test(head.slice(0, 400))) return 'specification';
  const clauses = count(
    text,
    /\bthe (?:Supplier|Contractor|Provider|Recipient|Purchaser|Nominated Supplier) shall\b/gi,
  );
  if (clauses >= 2 || /\bterms and conditions\b|\bconditions of contract\b/i.test(head)) return 'terms';
  if (/\bpolicy\b|\bstrategy\b|\bstatement\b|\bguidance\b|\bdecision\b|\bresolved\b|\bcommittee\b/i.test(head))
    return 'policy';
  return 'other';
}

export function detectProfile(text: string): DocumentProfile {
  return { type: detectType(text), sector: detectSector(text), jurisdiction: detectJurisdiction(text) };
}
