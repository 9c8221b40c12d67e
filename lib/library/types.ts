import type { LegalSource, ModelClause } from '../checks/types';
import type { WageRate } from '../data/wage-rates';
import type { BuyerKind, CheckId, Jurisdiction } from '../types';

/** Where a clause came from. */
export type ClauseOrigin =
  /** shipped with Tenderlight; refreshed on update, never edited in place */
  | 'built-in'
  /** written, copied, adapted or imported by the user; never touched by an update */
  | 'user';

/**
 * A legal or policy source a clause implements. Built-ins carry the full dated `LegalSource`; a user's
 * own entry may know only the title, so the rest is optional.
 */
export type ClauseSource = Pick<LegalSource, 'title'> & Partial<Omit<LegalSource, 'title'>>;

/** One clause in the user's library. It is a `ModelClause`, so the selection code ranks it unchanged. */
export interface LibraryClause extends ModelClause {
  legalBasis: ClauseSource[];
  notes: string;
  origin: ClauseOrigin;
  /** ISO timestamp of the last change */
  updatedAt: string;
  licence: string;
  attribution: string;
  /** for a user copy of a built-in: which built-in, at which version, so a newer version can be offered */
  basedOn?: { id: string; version: number };
}

/** Everything the options page's settings form holds. */
export interface Settings {
  /** the place to assume when a page names none */
  defaultJurisdiction: Jurisdiction;
  /** whose duties the clause library reads the legal basis for: the kind of body the user buys for or lobbies */
  defaultBuyer: BuyerKind;
  /** fills {authority} in model wording */
  authorityName: string;
  /** fills {contract} when the page does not give a contract title */
  contractName: string;
  enabledChecks: CheckId[];
  /**
   * host names (e.g. `procurement.example.gov.uk`) where Tenderlight checks pages without being asked: a copy
   * of the site permissions the user granted, which is what the background registers the content script for
   */
  autoRunSites: string[];
  /** rows that replace a shipped rate of the same kind, area and announcement date, or add a new one */
  wageRateOverrides: WageRate[];
}
