import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const foi: CheckDefinition = {
  id: 'foi',
  title: 'Freedom of Information',
  theme: 'transparency',
  summary: 'Freedom of Information.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [
    /\bfreedom of information\b/i,
    /\bFOI(?:A|SA)?\b/,
    /\benvironmental information regulations\b/i,
    /\brequests? for information\b/i,
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
      id: 'foi/standard',
      checkId: 'foi',
      title: 'Freedom of Information',
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
