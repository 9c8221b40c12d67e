import { analyseText } from '../analysis/analyse';
import type { DocumentProfile, Status } from '../types';
import type { CheckDefinition } from './types';

const DEFAULT_PROFILE: DocumentProfile = { type: 'terms', sector: 'general', jurisdiction: 'england' };

/** The status a check gives a document made of just this text (profile fixed, so only the check's rules matter). */
export function statusOf(check: CheckDefinition, text: string, profile: Partial<DocumentProfile> = {}): Status {
  const { findings } = analyseText(text, { profile: { ...DEFAULT_PROFILE, ...profile }, asOf: '2026-11-25' });
  return findings.find((f) => f.id === check.id)!.status;
}
