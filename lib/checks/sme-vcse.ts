import type { CheckDefinition } from './types';

const CHECKED = '2026-11-25';

export const smeVcse: CheckDefinition = {
  id: 'sme-vcse',
  title: 'SME and voluntary-sector access, prompt payment',
  theme: 'supply-chain',
  summary: 'SME and voluntary-sector access, prompt payment.',
  explanation: 'TODO-HELPER: explain why it matters.',
  cues: [/\bSMEs?\b/, /\bVCSEs?\b/, /\bsub-?contract(?:ors?|s)?\b.*\bpay/i, /\b\d+ days\b.*\binvoice\b/i],
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
      id: 'sme-vcse/standard',
      checkId: 'sme-vcse',
      title: 'SME and voluntary-sector access, prompt payment',
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
