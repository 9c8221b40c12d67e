import type { CheckDefinition } from '@/lib/checks/types';
import type { DocumentType, Sector } from '@/lib/types';

export const THEME_LABEL: Record<CheckDefinition['theme'], string> = {
  'pay-and-hours': 'Pay and hours',
  workforce: 'Workforce',
  transparency: 'Transparency',
  'supply-chain': 'Supply chain',
  'community-and-environment': 'Community and environment',
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

export const PLACEHOLDER_LABEL: Record<string, string> = {
  authority: 'Authority name',
  contract: 'Contract name',
  supplier: 'Supplier name',
};
