import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ClauseAlternatives } from '@/components/library/ClauseAlternatives';
import { useLibrarySuggestion } from '@/components/library/useLibrarySuggestion';
import type { ContentReply } from '@/lib/messages/schemas';
import { buyerLine, checkById, JURISDICTION_LABEL, legalBasisFor } from '@/lib/report/describe';
import type { ClauseFinding, DocumentProfile, Evidence } from '@/lib/types';
import { EvidenceList } from './EvidenceList';
import { LegalBasis } from './LegalBasis';
import { StatusBadge } from './StatusBadge';
import { SuggestionArea } from './SuggestionArea';
import { WhyThisVerdict } from './WhyThisVerdict';

export interface CheckCardProps {
  finding: ClauseFinding;
  profile: DocumentProfile;
  inPage: boolean;
  /** open and scroll into view (the "Insert model clause" menu asks for this) */
  focused?: boolean;
  onShow(ev: Evidence): void;
  onInsert(text: string): Promise<ContentReply>;
  /** extra content under the suggestion (notes, alternatives) */
  children?: ComponentChildren;
}

/** One check: its status, and on opening the evidence, why it matters, the legal basis and model wording. */
export function CheckCard({ finding, profile, inPage, focused, onShow, onInsert, children }: CheckCardProps) {
  const check = checkById(finding.id);
  const [open, setOpen] = useState(false);
  // what Copy or Insert did: kept by the card, since an insertion that makes the check strong removes the wording
  const [message, setMessage] = useState('');
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focused) return;
    setOpen(true);
    ref.current?.scrollIntoView({ block: 'start' });
  }, [focused]);
  const library = useLibrarySuggestion(finding, profile);
  const clause = library.clause;
  const bodyId = `check-${finding.id}`;
  return (
    <article class={`card card-${finding.status === 'n/a' ? 'na' : finding.status}`} ref={ref} data-check={finding.id}>
      <h3>
        <button
          type="button"
          class="card-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          <span class="card-title">{check.title}</span>
          <StatusBadge status={finding.status} />
        </button>
      </h3>
      <div id={bodyId} class="card-body" hidden={!open}>
        <p>{check.summary}</p>
        <h4>Evidence</h4>
        <EvidenceList evidence={finding.evidence} inPage={inPage} onShow={onShow} />
        <WhyThisVerdict finding={finding} />
        <h4>Why it matters</h4>
        <p>{check.explanation}</p>
        <LegalBasis
          answer={legalBasisFor(check, profile)}
          place={JURISDICTION_LABEL[profile.jurisdiction]}
          buyer={buyerLine(profile)}
        />
        {clause && (
          <SuggestionArea clause={clause} onInsert={onInsert} jurisdiction={profile.jurisdiction} say={setMessage}>
            <ClauseAlternatives alternatives={library.alternatives} onChoose={library.choose} />
          </SuggestionArea>
        )}
        <p class="message" role="status" aria-live="polite">
          {message}
        </p>
        {children}
      </div>
    </article>
  );
}
