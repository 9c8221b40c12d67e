import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const equality: CheckDefinition = {
  id: 'equality',
  title: 'Equality duties passed to the supplier',
  theme: 'workforce',
  summary: 'Equality duties passed to the supplier.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [
    /\bEquality Act\b/i,
    /\bpublic sector equality duty\b/i,
    /\bdiscriminat(?:e|ion)\b/i,
    /\bequal opportunit(?:y|ies)\b/i,
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
      id: 'equality/standard',
      checkId: 'equality',
      title: 'Equality duties passed to the supplier',
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
