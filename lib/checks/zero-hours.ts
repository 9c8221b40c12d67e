import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const zeroHours: CheckDefinition = {
  id: 'zero-hours',
  title: 'Zero-hours and guaranteed hours',
  theme: 'pay-and-hours',
  summary: 'Zero-hours and guaranteed hours.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [/\bzero[- ]hours?\b/i, /\bnil hours\b/i, /\bguaranteed hours\b/i, /\bliving hours\b/i],
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
      id: 'zero-hours/standard',
      checkId: 'zero-hours',
      title: 'Zero-hours and guaranteed hours',
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
