import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const tupePensions: CheckDefinition = {
  id: 'tupe-pensions',
  title: 'TUPE and pension protection',
  theme: 'workforce',
  summary: 'TUPE and pension protection.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [/\bTUPE\b/, /\bpensions?\b/i, /\btwo[- ]tier\b/i, /\bfair deal\b/i],
  falseFriends: [],
  weakMarkers: [],
  strongMarkers: [],
  applies: (p) => p.sector !== 'goods',
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
      id: 'tupe-pensions/standard',
      checkId: 'tupe-pensions',
      title: 'TUPE and pension protection',
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
