import type { PackMember } from '~/lib/pack/verdict';
import { packMemberLine } from '~/lib/report/pack';

/** "Tender pack": the page and each document a saved review covers, or why one was not read. */
export function PackDocuments({ pack }: { pack: readonly PackMember[] }) {
  return (
    <section class="pack-documents" aria-labelledby="pack-title">
      <h2 id="pack-title">Tender pack</h2>
      <p class="muted">This review covers the page and the documents read with it:</p>
      <ul>
        {pack.map((m) => (
          <li key={`${m.kind}:${m.name}`} class={m.error ? 'error' : undefined}>
            {packMemberLine(m)}
          </li>
        ))}
      </ul>
    </section>
  );
}
