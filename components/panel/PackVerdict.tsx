import { citeDecider, type PackVerdict as Verdict } from '@/lib/pack/verdict';
import { checkById } from '@/lib/report/describe';
import { ocrCaution } from '@/lib/report/rows';
import { StatusBadge } from './StatusBadge';

/** "Tender pack": each check for the page and its documents together, and where the deciding passage is. */
export function PackVerdict({ verdict }: { verdict: Verdict }) {
  const read = verdict.members.filter((m) => !m.error);
  const failed = verdict.members.length - read.length;
  const ocr = ocrCaution({ pack: verdict.members });
  return (
    <section class="pack-verdict" aria-label="Tender pack">
      <h2>Tender pack</h2>
      <p class="muted">
        The page and {read.length - 1} {read.length === 2 ? 'document' : 'documents'} checked together
        {failed ? `; ${failed} not read` : ''}. Save review saves the whole pack.
      </p>
      {ocr && (
        <p class="ocr-note" role="note">
          {ocr}
        </p>
      )}
      <ul class="pack-checks">
        {verdict.result.checks.map((c) => (
          <li key={c.id} data-check={c.id}>
            <span class="pack-check">{checkById(c.id).title}</span> <StatusBadge status={c.status} />
            {c.decidedBy && <span class="where"> — {citeDecider(c.decidedBy)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
