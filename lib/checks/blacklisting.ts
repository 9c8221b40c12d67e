import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const blacklisting: CheckDefinition = {
  id: 'blacklisting',
  title: 'Blacklisting of workers',
  theme: 'supply-chain',
  summary: 'Blacklisting of workers.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [/\bblacklist(?:ing|ed|s)?\b/i],
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
      id: 'blacklisting/standard',
      checkId: 'blacklisting',
      title: 'Blacklisting of workers',
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
