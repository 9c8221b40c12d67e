import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const socialValue: CheckDefinition = {
  id: 'social-value',
  title: 'Social value in the award and the contract',
  theme: 'community-and-environment',
  summary: 'Social value in the award and the contract.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [
    /\bsocial value\b/i,
    /\bcommunity benefits?\b/i,
    /\bsocial (?:clauses?|considerations?)\b/i,
    /\bbuy social\b/i,
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
      id: 'social-value/standard',
      checkId: 'social-value',
      title: 'Social value in the award and the contract',
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
