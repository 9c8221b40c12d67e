import type { DocumentType, Jurisdiction, Sector } from './types';

/** Places, document types and sectors as a person says them: one table for the panel, library and reports. */
export const JURISDICTION_LABEL: Record<Jurisdiction, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  ni: 'Northern Ireland',
  uk: 'UK-wide',
  eu: 'European Union',
  other: 'Elsewhere',
};

export const TYPE_LABEL: Record<DocumentType, string> = {
  notice: 'Published notice',
  itt: 'Invitation to tender',
  terms: 'Contract terms',
  specification: 'Specification',
  policy: 'Policy or strategy',
  other: 'Other',
};

export const SECTOR_LABEL: Record<Sector, string> = {
  homecare: 'Homecare',
  'social-care': 'Social care',
  construction: 'Construction',
  facilities: 'Facilities',
  it: 'IT',
  goods: 'Goods',
  general: 'General services',
};
