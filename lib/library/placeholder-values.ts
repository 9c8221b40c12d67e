import { fillClause, type PlaceholderValues, rateValues, unknownPlaceholders } from '../clauses/placeholders';
import { effectiveWageRates } from './settings';
import type { Settings } from './types';

/** What the page being checked can add: its contract title and the supplier it names, when known. */
export interface PageContext {
  contract?: string;
  supplier?: string;
}

/** Placeholder values from settings, the (possibly user-edited) rate table and the page. */
export function placeholderValues(settings: Settings, asOf: string, page: PageContext = {}): PlaceholderValues {
  return {
    ...rateValues(asOf, effectiveWageRates(settings)),
    authority: settings.authorityName || undefined,
    contract: page.contract || settings.contractName || undefined,
    supplier: page.supplier || undefined,
  };
}

export interface ClausePreview {
  text: string;
  /** known placeholders with no value yet (left in braces, and shown to the user) */
  unfilled: string[];
  /** brace groups that are not placeholders at all, probably typing mistakes */
  unknown: string[];
}

export function previewClause(body: string, values: PlaceholderValues): ClausePreview {
  const unknown = unknownPlaceholders(body);
  const { text, unfilled } = fillClause(body, values);
  return { text, unfilled: unfilled.filter((n) => !unknown.includes(n)), unknown };
}

/** Today's date as the rate table is read (ISO, local calendar day). */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 10);
}
