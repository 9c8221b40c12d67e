import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const ethicalCare: CheckDefinition = {
  id: 'ethical-care',
  title: 'Ethical Care Charter (homecare)',
  theme: 'pay-and-hours',
  summary: 'Ethical Care Charter (homecare).',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [/\bethical care charter\b/i, /\btravel time\b/i, /\b15[- ]minute visits?\b/i, /\bcontinuity of care\b/i],
  falseFriends: [],
  weakMarkers: [],
  strongMarkers: [],
  applies: (p) => p.sector === 'homecare' || p.sector === 'social-care',
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
      id: 'ethical-care/standard',
      checkId: 'ethical-care',
      title: 'Ethical Care Charter (homecare)',
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
