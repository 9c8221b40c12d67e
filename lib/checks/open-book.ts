import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const openBook: CheckDefinition = {
  id: 'open-book',
  title: 'Open-book accounting and audit',
  theme: 'transparency',
  summary: 'Open-book accounting and audit.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [/\bopen[- ]book\b/i, /\baudit\b/i, /\btransparency information\b/i],
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
      id: 'open-book/standard',
      checkId: 'open-book',
      title: 'Open-book accounting and audit',
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
