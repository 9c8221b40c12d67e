import type { WageRate } from '../data/wage-rates';
import type { CheckId, DocumentProfile, DocumentType, Jurisdiction, Sector, Strength } from '../types';

/** A pattern with the reason it gives when it decides a passage's strength. */
export interface Marker {
  pattern: RegExp;
  why: string;
}

/** Wording that looks like the topic but is not a clause about it. */
export interface FalseFriend {
  /** what the false friend is, used to name its regression test */
  name: string;
  pattern: RegExp;
  /**
   * `ignore`: the matched words do not count as the topic at all (an FOI footer link).
   * `weak`: a stand-in that is not the thing, so a passage that only has this is weak (the statutory NLW).
   */
  effect: 'ignore' | 'weak';
  why: string;
  /** sentences that must not be taken as a strong clause because of this false friend */
  examples: string[];
}

/** A legal or policy source as users see it, dated; the table of sources per check is lib/data/legal-basis.ts. */
export interface LegalSource {
  /** statute, regulation or policy note, e.g. "Freedom of Information Act 2000, s.3(2)(b)" */
  title: string;
  /** one line: what it lets or obliges the authority to do */
  effect: string;
  /** where to read it */
  url: string;
  /** when it came into force or was published (ISO date) */
  inForceFrom: string;
  /** when the project last checked the source (ISO date) */
  checkedOn: string;
}

/** Model wording the project wrote; placeholders in braces are filled from settings and the rate table. */
export interface ModelClause {
  /** `<check-id>/<variant>`, stable across versions */
  id: string;
  checkId: CheckId;
  title: string;
  body: string;
  /** empty = any */
  jurisdictions: Jurisdiction[];
  /** empty = any */
  documentTypes: DocumentType[];
  /** empty = any */
  sectors: Sector[];
  /** the statute or policy this wording implements */
  implements: string;
  version: number;
  /** a tender question or requirement put to bidders: it asks rather than binds, so its check stays weak */
  question?: boolean;
}

/** An example sentence and the status the check must give a document consisting of only it. */
export interface CheckExample {
  text: string;
  status: 'strong' | 'weak' | 'missing';
  /** optional profile override for the example (e.g. a homecare contract) */
  profile?: Partial<DocumentProfile>;
}

export interface CheckDefinition {
  id: CheckId;
  title: string;
  /** the side panel groups checks by theme */
  theme: 'pay-and-hours' | 'workforce' | 'transparency' | 'supply-chain' | 'community-and-environment';
  /** one line: what a strong clause secures */
  summary: string;
  /** plain English: why it matters to workers and the public */
  explanation: string;
  /** topic cues, searched over the raw text as a cheap prefilter (case-insensitive flags are the author's) */
  cues: RegExp[];
  /**
   * Words about the topic only inside a section its heading gives to the check ("may be disclosed in response to a
   * request" under "Freedom of Information"): such a sentence is read with the heading, and a weak reading counts.
   */
  sectionCues?: RegExp;
  falseFriends: FalseFriend[];
  /** topic-specific hollow wording, checked before the general hedges */
  weakMarkers: Marker[];
  /** topic-specific binding wording that is strong even without a modal verb */
  strongMarkers: Marker[];
  /**
   * Check-specific judgement of one candidate sentence, run before the general rules. Returns a
   * verdict, `null` to drop the sentence as not about the topic, or `undefined` to fall through.
   */
  assess?: (sentence: string, ctx: AssessContext) => { strength: Strength; why: string } | null | undefined;
  /** false when the check cannot apply (the result is then `n/a`) */
  applies: (profile: DocumentProfile) => boolean;
  clauses: ModelClause[];
  examples: CheckExample[];
}

export interface AssessContext {
  profile: DocumentProfile;
  /** ISO date the document refers to (its publication), or today */
  asOf: string;
  /** the date is the caller's or the text's own (a stated date or a year it mentions), not today by default */
  dateKnown?: boolean;
  /** the document names a supplier-side party anywhere (supplier, contractor, provider, bidder, company…) */
  supplierSetting?: boolean;
  /** the document is about the authority as an employer (its pay policy statement, a page for its staff): its workforce sentences bind no supplier */
  ownEmployerText?: boolean;
  /** the user's rate table (settings), else the shipped lib/data/wage-rates.ts */
  wageRates?: readonly WageRate[];
}
