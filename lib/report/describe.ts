import { CHECKS } from '../checks/registry';
import type { CheckDefinition, LegalSource } from '../checks/types';
import type { CheckId, Jurisdiction, Status } from '../types';

export const STATUS_LABEL: Record<Status, string> = {
  strong: 'Strong',
  weak: 'Weak',
  missing: 'Missing',
  'n/a': 'Not applicable',
};

export const JURISDICTION_LABEL: Record<Jurisdiction, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  ni: 'Northern Ireland',
  uk: 'United Kingdom',
  eu: 'European Union',
  other: 'Other',
};

export function checkById(id: CheckId): CheckDefinition {
  const c = CHECKS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown check ${id}`);
  return c;
}

/** The legal basis to cite for a jurisdiction: its own sources, else the default (UK-wide / England) ones. */
export function legalBasisFor(check: CheckDefinition, jurisdiction: Jurisdiction): LegalSource[] {
  return check.legalBasis[jurisdiction] ?? check.legalBasis.default;
}
