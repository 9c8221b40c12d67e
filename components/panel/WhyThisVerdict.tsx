import { CONFIDENCE_WORDS, verdictReasons } from '@/lib/analysis/reasons';
import type { ClauseFinding } from '@/lib/types';

/**
 * How sure the verdict is, in words (a low one asks the reader to check it), and a disclosure with the
 * steps that led to it.
 */
export function WhyThisVerdict({ finding }: { finding: Pick<ClauseFinding, 'status' | 'evidence' | 'confidence'> }) {
  const sure = finding.confidence && CONFIDENCE_WORDS[finding.confidence];
  return (
    <div class="why-verdict">
      {sure && (
        <p class={`confidence confidence-${finding.confidence}`}>
          <strong>{sure.label}</strong>
          {finding.confidence === 'low' ? `: ${sure.detail}` : ''}
        </p>
      )}
      <details>
        <summary>Why this verdict?</summary>
        <ol class="why-steps">
          {verdictReasons(finding).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </details>
    </div>
  );
}
