import { CHECKS } from '~/lib/checks/registry';
import type { CheckId } from '~/lib/types';

export const CHECK_TITLE = Object.fromEntries(CHECKS.map((c) => [c.id, c.title])) as Record<CheckId, string>;

export { JURISDICTION_LABEL, SECTOR_LABEL, TYPE_LABEL as DOCUMENT_TYPE_LABEL } from '~/lib/labels';

/** "England, Wales" or "any", for a clause's list of places, types or sectors. */
export function listOrAny<T extends string>(values: readonly T[], labels: Record<T, string>): string {
  return values.length ? values.map((v) => labels[v]).join(', ') : 'any';
}
