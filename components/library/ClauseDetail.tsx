import type { PlaceholderValues } from '~/lib/clauses/placeholders';
import type { BuiltInUpdateOffer } from '~/lib/library/built-ins';
import { previewClause } from '~/lib/library/placeholder-values';
import type { LibraryClause } from '~/lib/library/types';
import { ClausePreview } from './ClausePreview';
import { LegalBasisList } from './LegalBasisList';
import { CHECK_TITLE, DOCUMENT_TYPE_LABEL, JURISDICTION_LABEL, listOrAny, SECTOR_LABEL } from './labels';
import { UpdateOfferNotice } from './UpdateOfferNotice';

/** One clause, read-only: filled wording, where it applies, its legal basis, notes and licence. */
export function ClauseDetail(props: {
  clause: LibraryClause;
  values: PlaceholderValues;
  offer?: BuiltInUpdateOffer;
  onCopy: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onAnswerOffer: (answer: 'take-new' | 'keep-mine') => void;
}) {
  const c = props.clause;
  const builtIn = c.origin === 'built-in';
  return (
    <article class="tl-clause-detail" aria-labelledby="clause-detail-title">
      <h2 id="clause-detail-title">{c.title}</h2>
      <p class="tl-muted">
        {CHECK_TITLE[c.checkId]} · {builtIn ? 'built-in' : 'yours'} · version {c.version} · changed{' '}
        {c.updatedAt.slice(0, 10) || 'with this release'}
      </p>
      {props.offer ? <UpdateOfferNotice offer={props.offer} onAnswer={props.onAnswerOffer} /> : null}
      <ClausePreview preview={previewClause(c.body, props.values)} label="Wording with your details filled in" />
      <dl class="tl-facts">
        <dt>Places</dt>
        <dd>{listOrAny(c.jurisdictions, JURISDICTION_LABEL)}</dd>
        <dt>Document types</dt>
        <dd>{listOrAny(c.documentTypes, DOCUMENT_TYPE_LABEL)}</dd>
        <dt>Sectors</dt>
        <dd>{listOrAny(c.sectors, SECTOR_LABEL)}</dd>
        <dt>Implements</dt>
        <dd>
          <LegalBasisList sources={c.legalBasis} implementsText={c.implements} />
        </dd>
        {c.notes ? (
          <>
            <dt>Notes</dt>
            <dd class="tl-notes">{c.notes}</dd>
          </>
        ) : null}
        <dt>Licence</dt>
        <dd>{[c.licence, c.attribution].filter(Boolean).join(' · ') || 'not stated'}</dd>
      </dl>
      <div class="tl-actions">
        {builtIn ? (
          <button type="button" onClick={props.onCopy}>
            Make my own copy to edit
          </button>
        ) : (
          <>
            <button type="button" onClick={props.onEdit}>
              Edit
            </button>
            <button type="button" onClick={props.onCopy}>
              Duplicate
            </button>
          </>
        )}
        <button type="button" class="tl-danger" onClick={props.onDelete}>
          {builtIn ? 'Hide this built-in' : 'Delete'}
        </button>
      </div>
    </article>
  );
}
