/**
 * Generates realistic procurement-style text for the benchmark and the property tests: numbered
 * contract clauses and specification paragraphs, mostly ordinary boilerplate, with a few percent of
 * sentences about the topics the checks look for (some binding, some hedged). Sentences are written
 * for this project; slots are filled from a seeded generator so every seed gives different sentences.
 */

export type Rng = () => number;

/** mulberry32: small, fast and reproducible from a seed. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const PARTY = ['the Contractor', 'the Supplier', 'the Provider', 'the Service Provider'];
const AUTHORITY = ['the Council', 'the Authority', 'the Contracting Authority', 'the Purchaser', 'the Trust'];
const SERVICE = [
  'grounds maintenance',
  'school catering',
  'street cleansing',
  'domestic waste collection',
  'library courier',
  'building cleaning',
  'reactive repairs',
  'fleet maintenance',
  'leisure centre management',
  'highways lighting',
  'parking enforcement',
  'archive storage',
];
const PLACE = [
  'Northfield',
  'the Eastern Depot',
  'Riverside House',
  'the Civic Centre',
  'Ashby Road',
  'the Market Hall',
  'Lowmoor Park',
  'the Central Library',
  'Kingsway',
  'Millbrook',
];
const DOCUMENT = [
  'the Specification',
  'the Pricing Schedule',
  'Schedule 2',
  'Schedule 5',
  'the Service Level Agreement',
  'the Method Statement',
  'the Tender Response',
  'Annex C',
];
const PERIOD = ['five Working Days', 'ten Working Days', 'thirty days', 'two months', 'one calendar month', '48 hours'];
const MONTHS = ['January', 'March', 'April', 'June', 'September', 'October', 'December'];
const money = (r: Rng) => `£${int(r, 1, 999)},${String(int(r, 0, 999)).padStart(3, '0')}`;

type Template = (r: Rng) => string;

/** Ordinary contract and specification sentences that no check is about. */
const BOILERPLATE: Template[] = [
  (r) =>
    `${cap(pick(r, PARTY))} shall provide the ${pick(r, SERVICE)} services at ${pick(r, PLACE)} in accordance with ${pick(r, DOCUMENT)}.`,
  (r) =>
    `${cap(pick(r, AUTHORITY))} shall pay each valid invoice within ${pick(r, PERIOD)} of receipt, provided that it quotes the purchase order number.`,
  (r) =>
    `The Contract Period shall commence on ${int(r, 1, 28)} ${pick(r, MONTHS)} ${int(r, 2026, 2029)} and shall continue for ${int(r, 2, 7)} years unless terminated earlier.`,
  (r) =>
    `${cap(pick(r, PARTY))} shall maintain public liability insurance with a limit of indemnity of not less than ${money(r)} for any one occurrence.`,
  (r) =>
    `Any notice under this Contract shall be in writing and delivered by hand, by recorded post or by email to the address in ${pick(r, DOCUMENT)}.`,
  (r) =>
    `Deliveries to ${pick(r, PLACE)} shall take place between ${int(r, 6, 9)}.00 and ${int(r, 15, 18)}.00 on Working Days.`,
  (r) =>
    `The total liability of either party shall not exceed ${money(r)} in each Contract Year, save for death or personal injury caused by negligence.`,
  (r) =>
    `${cap(pick(r, PARTY))} shall respond to an urgent request within ${int(r, 1, 4)} hours and attend site within ${int(r, 4, 24)} hours.`,
  (r) =>
    `Performance against each Key Performance Indicator shall be reported monthly, and a Service Credit of ${int(r, 1, 5)}% applies to any month below target.`,
  (r) =>
    `The Contract Price includes all labour, materials, plant, transport and overheads needed to deliver the ${pick(r, SERVICE)} services.`,
  () =>
    `This Contract shall be governed by the law of England and Wales and the parties submit to the exclusive jurisdiction of its courts.`,
  (r) =>
    `Vehicles used on the contract shall be no more than ${int(r, 3, 8)} years old and shall display the livery agreed with ${pick(r, AUTHORITY)}.`,
  (r) =>
    `${cap(pick(r, AUTHORITY))} may vary the frequency of the ${pick(r, SERVICE)} service by giving ${pick(r, PERIOD)} notice in writing.`,
  () =>
    `Each party shall keep the other's Confidential Information secret and use it only to perform its obligations under this Contract.`,
  (r) =>
    `Where a dispute arises, the Contract Managers shall meet within ${pick(r, PERIOD)} to try to resolve it before it is referred to mediation.`,
  (r) =>
    `Bins shall be returned to the collection point with lids closed, and any spillage shall be cleared before the crew leaves ${pick(r, PLACE)}.`,
  (r) =>
    `The estimated annual value of Lot ${int(r, 1, 6)} is ${money(r)}, excluding VAT, but no volume of work is guaranteed.`,
  (r) =>
    `Tenders must be submitted through the e-tendering portal by 12.00 noon on ${int(r, 1, 28)} ${pick(r, MONTHS)} ${int(r, 2026, 2028)}.`,
  (r) =>
    `Clarification questions shall be raised through the portal no later than ${int(r, 5, 12)} days before the closing date.`,
  (r) =>
    `${cap(pick(r, PARTY))} shall keep a daily log of the work done at ${pick(r, PLACE)} and make it available on request.`,
  (r) =>
    `Materials shall be stored securely, and hazardous substances shall be handled in line with the COSHH assessment in ${pick(r, DOCUMENT)}.`,
  (r) =>
    `The price shall be fixed for the first ${int(r, 12, 24)} months and thereafter adjusted annually by the change in CPI.`,
  (r) => `Grass shall be cut to a height of ${int(r, 25, 50)} mm between March and October, with arisings collected.`,
  (r) =>
    `The Contract Manager for ${pick(r, AUTHORITY)} may inspect the services at any reasonable time without notice.`,
  (r) => `Personal Data shall be processed only on the documented instructions of ${pick(r, AUTHORITY)} as Controller.`,
  (r) =>
    `Any defect notified during the first ${int(r, 6, 12)} months shall be made good at no cost within ${pick(r, PERIOD)}.`,
];

/** Sentences on the checks' topics: binding ones and hedged, optional or stand-in ones. */
const CLAUSES: Template[] = [
  (r) =>
    `${cap(pick(r, PARTY))} shall pay all staff working on the contract at least the Real Living Wage set by the Living Wage Foundation, and shall apply each new rate within ${int(r, 3, 6)} months of its announcement.`,
  (r) =>
    `${cap(pick(r, PARTY))} is encouraged to pay the Real Living Wage to staff at ${pick(r, PLACE)} where possible.`,
  (r) =>
    `Operatives on the ${pick(r, SERVICE)} service shall be paid no less than the National Living Wage of £12.${int(r, 10, 71)} per hour.`,
  (r) =>
    `${cap(pick(r, PARTY))} shall assist ${pick(r, AUTHORITY)} in meeting its obligations under the Freedom of Information Act 2000 and shall pass on any request for information within ${int(r, 2, 5)} Working Days.`,
  () =>
    `Information submitted with a tender may be disclosed under the Freedom of Information Act 2000, and bidders should mark any part they consider commercially sensitive.`,
  (r) =>
    `Social value will account for ${int(r, 10, 20)}% of the total score, and ${pick(r, PARTY)} shall report against its social value commitments each quarter.`,
  (r) =>
    `Bidders may wish to describe any social value they could offer to ${pick(r, PLACE)}, although this will not be scored.`,
  (r) =>
    `Staff delivering the ${pick(r, SERVICE)} service will transfer to ${pick(r, PARTY)} under TUPE, and ${pick(r, PARTY)} shall provide broadly comparable pension benefits.`,
  (r) => `${cap(pick(r, PARTY))} shall not engage any worker on the contract on a zero-hours contract.`,
  (r) =>
    `${cap(pick(r, PARTY))} should consider offering guaranteed hours to staff who have worked regularly for ${int(r, 8, 12)} weeks.`,
  (r) =>
    `${cap(pick(r, PARTY))} shall create at least ${int(r, 2, 9)} apprenticeships over the Contract Period and provide accredited training to every operative.`,
  (r) =>
    `${cap(pick(r, PARTY))} shall carry out modern slavery due diligence throughout its supply chain and report the results annually.`,
  (r) =>
    `${cap(pick(r, PARTY))} shall operate the contract on an open-book basis and allow ${pick(r, AUTHORITY)} to audit its costs and margins.`,
  (r) =>
    `${cap(pick(r, PARTY))} shall allow trade union representatives reasonable access to staff at ${pick(r, PLACE)}.`,
  (r) =>
    `${cap(pick(r, PARTY))} will aspire to recruit local people and long-term unemployed residents where practicable.`,
  (r) =>
    `${cap(pick(r, PARTY))} shall comply with the Equality Act 2010 and shall not discriminate against any person.`,
  (r) =>
    `${cap(pick(r, PARTY))} shall submit a Carbon Reduction Plan showing its commitment to net zero by ${int(r, 2035, 2050)}.`,
  (r) =>
    `${cap(pick(r, PARTY))} shall pay its subcontractors within ${int(r, 14, 30)} days of receipt of a valid invoice.`,
];

const HEADINGS = [
  'Definitions and Interpretation',
  'Service Delivery',
  'Payment and Invoicing',
  'Insurance',
  'Workforce',
  'Quality and Performance',
  'Health and Safety',
  'Contract Management',
  'Termination',
  'General',
];

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

export interface GenerateOptions {
  /** share of sentences drawn from the clause pool (default 0.04) */
  clauseShare?: number;
}

/** One paragraph of 3–7 sentences; `forceClause` puts at least one topic sentence in it. */
export function paragraph(r: Rng, opts: GenerateOptions = {}, forceClause = false): string {
  const share = opts.clauseShare ?? 0.04;
  const n = int(r, 3, 7);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, r() < share ? CLAUSES : BOILERPLATE)(r));
  if (forceClause) out[int(r, 0, n - 1)] = pick(r, CLAUSES)(r);
  return out.join(' ');
}

/**
 * A document of at least `words` words: numbered sections with a heading, numbered clauses of one
 * paragraph each, blank lines between paragraphs (as a text file saved from a portal looks).
 */
export function procurementText(words: number, seed: number, opts: GenerateOptions = {}): string {
  const r = rng(seed);
  const parts: string[] = [`INVITATION TO TENDER: ${pick(r, SERVICE).toUpperCase()} SERVICES`, ''];
  let count = 6;
  let section = 0;
  while (count < words) {
    section++;
    const heading = `${section}. ${HEADINGS[(section - 1) % HEADINGS.length]}`;
    parts.push(heading, '');
    count += heading.split(/\s+/).length;
    const clauses = int(r, 3, 9);
    for (let c = 1; c <= clauses && count < words; c++) {
      const para = `${section}.${c} ${paragraph(r, opts)}`;
      parts.push(para, '');
      count += para.split(/\s+/).length;
    }
  }
  return parts.join('\n');
}
