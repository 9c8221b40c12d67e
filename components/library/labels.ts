import { CHECKS } from '~/lib/checks/registry';
import type { CheckId, DocumentType, Jurisdiction, Sector } from '~/lib/types';

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

export const DOCUMENT_TYPE_LABEL: Record<DocumentType, string> = {
  notice: 'Published notice',
  itt: 'Invitation to tender',
  terms: 'Contract terms',
  specification: 'Specification',
  policy: 'Policy',
  other: 'Other',
};

export const SECTOR_LABEL: Record<Sector, string> = {
  homecare: 'Homecare',
  'social-care': 'Social care',
  construction: 'Construction',
  facilities: 'Facilities',
  it: 'IT',
  goods: 'Goods',
  general: 'General',
};

/** "England, Wales" or "any", for a clause's list of places, types or sectors. */
export function listOrAny<T extends string>(values: readonly T[], labels: Record<T, string>): string {
  return values.length ? values.map((v) => labels[v]).join(', ') : 'any';
}
