import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const modernSlavery: CheckDefinition = {
  id: 'modern-slavery',
  title: 'Modern slavery due diligence',
  theme: 'supply-chain',
  summary: 'Modern slavery due diligence.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [
    /\bmodern slavery\b/i,
    /\bforced(?:,|\s)(?:compulsory )?(?:or )?(?:bonded )?labou?r\b/i,
    /\bhuman trafficking\b/i,
  ],
  falseFriends: [],
  weakMarkers: [],
  strongMarkers: [],
  applies: () => true,
  legalBasis: {
    default: [
      {
        title: 'TODO-HELPER',
        effect: 'TODO-HELPER',
        url: 'https://www.legislation.gov.uk/',
        inForceFrom: '2025-02-24',
        checkedOn: CHECKED,
      },
    ],
  },
  clauses: [
    {
      id: 'modern-slavery/standard',
      checkId: 'modern-slavery',
      title: 'Modern slavery due diligence',
      body: 'TODO-HELPER {authority}',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements: 'TODO-HELPER',
      version: 1,
    },
  ],
  examples: [],
};
