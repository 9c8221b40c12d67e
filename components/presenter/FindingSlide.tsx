import type { ModelClause } from '~/lib/checks/types';
import { buyerLine, checkById, evidenceLabel, JURISDICTION_LABEL, legalBasisFor } from '~/lib/report/describe';
import type { ClauseFinding, DocumentProfile } from '~/lib/types';
import { StatusBadge } from '../review/StatusBadge';

interface Props {
  finding: ClauseFinding;
  profile: Pick<DocumentProfile, 'jurisdiction' | 'buyer' | 'knownFrom'>;
  position: number;
  total: number;
  revealed: boolean;
  clause: ModelClause | undefined;
  onReveal: () => void;
  onInsert: () => void;
}

/** One finding, large: status, quoted evidence, and on request why it matters and the law behind it. */
export function FindingSlide({ finding, profile, position, total, revealed, clause, onReveal, onInsert }: Props) {
  const check = checkById(finding.id);
  const basis = legalBasisFor(check, profile);
  return (
    <article class="slide" aria-labelledby="slide-title" data-check={finding.id}>
      <p class="slide-position">
        Finding {position} of {total}
      </p>
      <h2 id="slide-title" tabIndex={-1}>
        {check.title} <StatusBadge status={finding.status} large />
      </h2>
      {finding.status === 'missing' ? (
        <p class="slide-missing">Nothing in this draft secures it.</p>
      ) : (
        <ul class="slide-evidence">
          {finding.evidence.map((e) => (
            <li key={`${e.start}-${e.end}`} class={`evidence-${e.strength}`}>
              <blockquote>{e.text}</blockquote>
              <p class="slide-why">
                {evidenceLabel(e).kind}: {evidenceLabel(e).why}
              </p>
            </li>
          ))}
        </ul>
      )}
      <div class="slide-actions">
        <button type="button" onClick={onReveal} aria-expanded={revealed} aria-controls="slide-explanation">
          {revealed ? 'Hide explanation' : 'Reveal explanation'} <kbd>E</kbd>
        </button>
        {clause && (
          <button type="button" class="primary" onClick={onInsert}>
            {clause.question ? 'Insert tender question' : 'Insert model wording'} <kbd>I</kbd>
          </button>
        )}
      </div>
      {revealed && (
        <section id="slide-explanation" class="slide-explanation" aria-label="Explanation">
          <p>{check.summary}</p>
          <p>{check.explanation}</p>
          <h3>Legal basis ({JURISDICTION_LABEL[profile.jurisdiction]})</h3>
          {basis.covered && <p>{buyerLine(profile)}</p>}
          {basis.covered ? (
            <ul>
              {basis.sources.map((s) => (
                <li key={s.title}>
                  <strong>{s.title}</strong>: {s.effect}
                </li>
              ))}
            </ul>
          ) : (
            <p>{basis.message}</p>
          )}
          {clause && (
            <p class="slide-clause-name">
              {clause.question ? 'Tender question (asks bidders; the contract must then require it)' : 'Model wording'}:{' '}
              {clause.title}
            </p>
          )}
        </section>
      )}
    </article>
  );
}
