import { citeLocation } from '~/lib/documents/assemble';
import { checkById, STATUS_LABEL } from '~/lib/report/describe';
import type { StatusOverride } from '~/lib/reviews/review';
import { type ClauseFinding, STATUSES, type Status } from '~/lib/types';
import { StatusBadge } from './StatusBadge';

interface Props {
  finding: ClauseFinding;
  note: string;
  override: StatusOverride | undefined;
  onNote: (note: string) => void;
  onOverride: (o: StatusOverride | undefined) => void;
  /** show the quoted evidence (the history page) or leave it to the surrounding card (the side panel) */
  showEvidence?: boolean;
}

/** One check in a review: the scanned status, the reviewer's note, and a status override with its reason. */
export function CheckReviewRow({ finding, note, override, onNote, onOverride, showEvidence }: Props) {
  const check = checkById(finding.id);
  const base = `review-${finding.id}`;
  const missingReason = override && !override.reason.trim();
  return (
    <li class="review-row" data-check={finding.id}>
      <h3>
        {check.title} <StatusBadge status={override?.status ?? finding.status} />
        {override && override.status !== finding.status && (
          <span class="muted"> (scanned as {STATUS_LABEL[finding.status]})</span>
        )}
      </h3>
      {showEvidence && finding.evidence.length > 0 && (
        <ul class="review-evidence">
          {finding.evidence.map((e, i) => (
            // a pack quotes several documents, whose offsets can coincide: the place in the list keys them
            <li key={`${i}-${e.start}-${e.end}`}>
              <q>{e.text}</q>{' '}
              <span class="muted">
                — {e.why}
                {e.location && ` (${citeLocation(e.location)})`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <label for={`${base}-note`}>Your note</label>
      <textarea
        id={`${base}-note`}
        rows={2}
        value={note}
        maxLength={5000}
        onInput={(e) => onNote((e.target as HTMLTextAreaElement).value)}
      />
      <div class="review-override">
        <label for={`${base}-status`}>Status</label>
        <select
          id={`${base}-status`}
          value={override?.status ?? ''}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value as Status | '';
            onOverride(v ? { status: v, reason: override?.reason ?? '' } : undefined);
          }}
        >
          <option value="">As scanned ({STATUS_LABEL[finding.status]})</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
        {override && (
          <>
            <label for={`${base}-reason`}>Reason</label>
            <input
              id={`${base}-reason`}
              type="text"
              value={override.reason}
              maxLength={5000}
              placeholder="e.g. the clause is in the attached ITT"
              aria-invalid={missingReason ? 'true' : undefined}
              aria-describedby={missingReason ? `${base}-reason-help` : undefined}
              onInput={(e) => onOverride({ status: override.status, reason: (e.target as HTMLInputElement).value })}
            />
            {missingReason && (
              <span id={`${base}-reason-help`} class="field-help">
                Say why, so the reader of the report knows.
              </span>
            )}
          </>
        )}
      </div>
    </li>
  );
}
