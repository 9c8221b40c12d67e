import type { SourceLocation } from './documents/types';

/** The sixteen check IDs, in the order the `scan` contract prints them (shared/checks.md). */
export const CHECK_IDS = [
  'living-wage',
  'social-value',
  'foi',
  'zero-hours',
  'fair-work',
  'training',
  'inclusive-employment',
  'ethical-care',
  'tupe-pensions',
  'open-book',
  'modern-slavery',
  'blacklisting',
  'sme-vcse',
  'net-zero',
  'equality',
  'exit-insourcing',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** A check's verdict for one document. */
export type Status =
  /** a binding, specific clause is present */
  | 'strong'
  /** the topic is there but hollow: aspirational, optional, escaped, negated or a stand-in */
  | 'weak'
  /** nothing in the document satisfies the check */
  | 'missing'
  /** the check does not apply to this kind of document */
  | 'n/a';
export const STATUSES: readonly Status[] = ['strong', 'weak', 'missing', 'n/a'];

/** How binding one passage is. */
export type Strength =
  /** an obligation on the supplier (or a passive duty) that names what is owed */
  | 'strong'
  /** the topic is mentioned, but not as a binding, specific duty */
  | 'weak';

/** What kind of document the text is. */
export type DocumentType =
  /** a published contract notice, tender notice or award notice */
  | 'notice'
  /** an invitation to tender, with questions or instructions to bidders */
  | 'itt'
  /** contract terms and conditions */
  | 'terms'
  /** a specification of the service or goods */
  | 'specification'
  /** an authority's or a supplier's policy, strategy, decision or guidance */
  | 'policy'
  /** anything else: news, FAQs, answers */
  | 'other';
export const DOCUMENT_TYPES: readonly DocumentType[] = ['notice', 'itt', 'terms', 'specification', 'policy', 'other'];

/** Whose law applies: it changes the statute named and the model wording offered. */
export type Jurisdiction =
  /** England (and UK-wide central government where nothing more specific is found) */
  | 'england'
  | 'wales'
  | 'scotland'
  /** Northern Ireland */
  | 'ni'
  /** a UK-wide document with no devolved signal */
  | 'uk'
  /** EU member state (TED, Directive 2014/24/EU) */
  | 'eu'
  /** anywhere else */
  | 'other';
export const JURISDICTIONS: readonly Jurisdiction[] = ['england', 'wales', 'scotland', 'ni', 'uk', 'eu', 'other'];

/** The service sector, as far as applicability of checks needs it. */
export type Sector =
  /** homecare / domiciliary care, the home of the Ethical Care Charter */
  | 'homecare'
  /** other adult or children's social care and care homes */
  | 'social-care'
  | 'construction'
  | 'facilities'
  | 'it'
  /** a pure purchase of goods, where no workforce delivers a service */
  | 'goods'
  | 'general';
export const SECTORS: readonly Sector[] = [
  'homecare',
  'social-care',
  'construction',
  'facilities',
  'it',
  'goods',
  'general',
];

/** Who is buying: it decides which policy notes bind the buyer and which are only good practice. */
export type BuyerKind = 'central-government' | 'local-government' | 'nhs' | 'devolved-government' | 'other';
export const BUYER_KINDS: readonly BuyerKind[] = [
  'central-government',
  'local-government',
  'nhs',
  'devolved-government',
  'other',
];

/** How a profile field was known: read in the text, from the portal's address, assumed, or set by the user. */
export type ProfileFieldSource = 'text' | 'portal' | 'assumed' | 'user';

export interface DocumentProfile {
  type: DocumentType;
  sector: Sector;
  jurisdiction: Jurisdiction;
  /** the kind of buyer; absent in profiles made before buyers were detected (read as local government) */
  buyer?: BuyerKind;
  /** how the place and the buyer were known, so the panel says "detected" only when they were */
  knownFrom?: { jurisdiction: ProfileFieldSource; buyer: ProfileFieldSource };
}

/** One quoted passage that supports a verdict. `text` is exactly `source.slice(start, end)`. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  strength: Strength;
  why: string;
  /** where a passage of a read document sits (file, page, heading path, clause); absent for web pages */
  location?: SourceLocation;
}

/** How sure a verdict is: how many independent signals agree on it. */
export type Confidence =
  /** several independent signals agree (a binding verb, a named supplier, a specific reason, a second passage) */
  | 'high'
  /** two signals agree, or nothing was found although the topic's words were dismissed as false friends */
  | 'medium'
  /** a single signal (one bare mention, a heading): the reader should check this one */
  | 'low';
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

export interface ClauseFinding {
  id: CheckId;
  status: Status;
  evidence: Evidence[];
  /** id of the best-fitting model clause, or null for strong and n/a */
  suggestion: string | null;
  /** added to the scan contract (no existing field changed); set on every finding the analysis makes */
  confidence?: Confidence;
}

export interface ScanResult {
  source: string;
  document: DocumentProfile;
  checks: ClauseFinding[];
}
