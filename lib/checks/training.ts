import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const training: CheckDefinition = {
  id: 'training',
  title: 'Training, skills and apprenticeships',
  theme: 'workforce',
  summary: 'Training, skills and apprenticeships.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [/\bapprentice(?:s|ships?)?\b/i, /\btraining\b/i, /\bskills\b/i],
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
      id: 'training/standard',
      checkId: 'training',
      title: 'Training, skills and apprenticeships',
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
