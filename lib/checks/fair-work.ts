import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const fairWork: CheckDefinition = {
  id: 'fair-work',
  title: 'Fair work and workforce voice',
  theme: 'workforce',
  summary: 'Fair work and workforce voice.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [
    /\bfair work\b/i,
    /\btrade unions?\b/i,
    /\bcollective (?:bargaining|agreements?)\b/i,
    /\b(?:effective )?(?:workforce|worker) voice\b/i,
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
      id: 'fair-work/standard',
      checkId: 'fair-work',
      title: 'Fair work and workforce voice',
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
