import { CHECKS } from '../checks/registry';
import type { CheckDefinition } from '../checks/types';
import { BUYER_LABEL, legalBasisFor as fromTable, type LegalBasisAnswer } from '../data/legal-basis';
import type { CheckId, DocumentProfile, Jurisdiction, Status } from '../types';

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

/** A profile made before buyers were detected is read as local government, the usual buyer. */
export const buyerOf = (profile: Pick<DocumentProfile, 'buyer'>) => profile.buyer ?? 'local-government';

/** The legal basis to cite for the document's place and buyer (lib/data/legal-basis.ts). */
export function legalBasisFor(
  check: CheckDefinition,
  profile: Pick<DocumentProfile, 'jurisdiction' | 'buyer'>,
): LegalBasisAnswer {
  return fromTable(check.id, profile.jurisdiction, buyerOf(profile));
}

/** "Scotland, local government": whose law the sources are for. */
export function placeAndBuyer(profile: Pick<DocumentProfile, 'jurisdiction' | 'buyer'>): string {
  return `${JURISDICTION_LABEL[profile.jurisdiction]}, ${BUYER_LABEL[buyerOf(profile)]}`;
}

/** "detected", "from the portal's address", "assumed" or "set by you": how a profile field was known. */
export function knownFromLabel(from: string | undefined): string {
  if (from === 'portal') return "from the portal's address";
  if (from === 'assumed') return 'assumed';
  if (from === 'user') return 'corrected';
  return 'detected';
}
