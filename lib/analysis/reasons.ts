import type { ClauseFinding, Confidence, Status } from '../types';

/**
 * How a check's verdict follows from its passages, in plain words, from the finding alone: the side panel
 * shows these under "Why this verdict?" without re-running the analysis, and explain() ends with the same steps.
 */
export function statusStep(status: Status, topicSeen: boolean): string {
  if (status === 'n/a') return 'The check does not apply to this kind of document, so no sentence is judged.';
  if (status === 'strong')
    return 'At least one passage is a binding, specific clause, and a strong passage outweighs weak ones.';
  if (status === 'weak') return 'The topic is present, but no passage binds the supplier to it.';
  return topicSeen
    ? 'Every sentence using the topic’s words was judged not to be about it.'
    : 'No sentence uses the topic’s words.';
}

/** What each confidence level means to a reader; `low` asks them to look for themselves. */
export const CONFIDENCE_WORDS: Record<Confidence, { label: string; detail: string }> = {
  high: { label: 'Confident', detail: 'several independent signs agree with this verdict.' },
  medium: { label: 'Fairly sure', detail: 'some signs agree with this verdict, but not many.' },
  low: {
    label: 'Check this one yourself',
    detail: 'only one sign points this way (a bare mention, a heading, or a passage that could be read either way).',
  },
};

/** The steps from passages to verdict, one a line, for a finding as the scan reports it. */
export function verdictReasons(finding: Pick<ClauseFinding, 'status' | 'evidence' | 'confidence'>): string[] {
  const lines: string[] = [];
  for (const ev of finding.evidence) {
    const excerpt = ev.text.length > 90 ? `${ev.text.slice(0, 90).trimEnd()}…` : ev.text;
    lines.push(`“${excerpt}” reads as ${ev.strength === 'strong' ? 'binding' : 'hollow'}: ${ev.why}.`);
  }
  // a missing verdict with medium confidence means the topic's words were there but dismissed
  const topicSeen = finding.status !== 'missing' || finding.confidence === 'medium';
  lines.push(statusStep(finding.status, topicSeen));
  if (finding.confidence) {
    const c = CONFIDENCE_WORDS[finding.confidence];
    lines.push(`${c.label}: ${c.detail}`);
  }
  return lines;
}
