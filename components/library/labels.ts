import { CHECKS } from '~/lib/checks/registry';
import type { CheckId, Jurisdiction } from '~/lib/types';

export const CHECK_TITLE = Object.fromEntries(CHECKS.map((c) => [c.id, c.title])) as Record<CheckId, string>;

export const JURISDICTION_LABEL: Record<Jurisdiction, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  ni: 'Northern Ireland',
  uk: 'UK-wide',
  eu: 'EU',
  other: 'Elsewhere',
};

// Types and sectors read the same in the library as in the panel and the reports.
export { SECTOR_LABEL, TYPE_LABEL as DOCUMENT_TYPE_LABEL } from '~/lib/report/describe';

/** "England, Wales" or "any", for a clause's list of places, types or sectors. */
export function listOrAny<T extends string>(values: readonly T[], labels: Record<T, string>): string {
  return values.length ? values.map((v) => labels[v]).join(', ') : 'any';
}
