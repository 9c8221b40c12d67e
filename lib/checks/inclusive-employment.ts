import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const inclusiveEmployment: CheckDefinition = {
  id: 'inclusive-employment',
  title: 'Inclusive and local employment',
  theme: 'workforce',
  summary: 'Inclusive and local employment.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [
    /\bsupported (?:employment|businesses)\b/i,
    /\blong[- ]term unemployed\b/i,
    /\bpriority groups\b/i,
    /\blearning (?:difficulties|disabilities)\b/i,
    /\blocal (?:people|jobs|communities)\b/i,
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
      id: 'inclusive-employment/standard',
      checkId: 'inclusive-employment',
      title: 'Inclusive and local employment',
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
