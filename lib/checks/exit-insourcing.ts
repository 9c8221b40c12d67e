import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const exitInsourcing: CheckDefinition = {
  id: 'exit-insourcing',
  title: 'Exit, step-in and bringing services in-house',
  theme: 'transparency',
  summary: 'Exit, step-in and bringing services in-house.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [
    /\bexit (?:plan|management|assistance)\b/i,
    /\bstep[- ]in\b/i,
    /\bin-?house\b/i,
    /\bbreak\b/i,
    /\breplacement (?:contractor|supplier)\b/i,
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
      id: 'exit-insourcing/standard',
      checkId: 'exit-insourcing',
      title: 'Exit, step-in and bringing services in-house',
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
