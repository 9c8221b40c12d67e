import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const netZero: CheckDefinition = {
  id: 'net-zero',
  title: 'Net zero and carbon reduction',
  theme: 'community-and-environment',
  summary: 'Net zero and carbon reduction.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [/\bnet[- ]zero\b/i, /\bcarbon reduction plan\b/i, /\bzero carbon\b/i],
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
      id: 'net-zero/standard',
      checkId: 'net-zero',
      title: 'Net zero and carbon reduction',
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
