import type { CheckDefinition } from '@/lib/checks/types';

export const THEME_LABEL: Record<CheckDefinition['theme'], string> = {
  'pay-and-hours': 'Pay and hours',
  workforce: 'Workforce',
  transparency: 'Transparency',
  'supply-chain': 'Supply chain',
  'community-and-environment': 'Community and environment',
};

export { SECTOR_LABEL, TYPE_LABEL } from '@/lib/report/describe';

export const PLACEHOLDER_LABEL: Record<string, string> = {
  authority: 'Authority name',
  contract: 'Contract name',
  supplier: 'Supplier name',
};
