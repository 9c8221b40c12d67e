import type { PlaceholderValues } from '~/lib/clauses/placeholders';
import { BUYER_LABEL } from '~/lib/data/legal-basis';
import { type BuiltInUpdateOffer, legalBasisShown } from '~/lib/library/built-ins';
import { previewClause } from '~/lib/library/placeholder-values';
import type { LibraryClause } from '~/lib/library/types';
import type { BuyerKind, Jurisdiction } from '~/lib/types';
import { ClausePreview } from './ClausePreview';
import { LegalBasisList } from './LegalBasisList';
import { CHECK_TITLE, DOCUMENT_TYPE_LABEL, JURISDICTION_LABEL, listOrAny, SECTOR_LABEL } from './labels';
import { UpdateOfferNotice } from './UpdateOfferNotice';

/** One clause, read-only: filled wording, where it applies, its legal basis, notes and licence. */
export function ClauseDetail(props: {
  clause: LibraryClause;
  values: PlaceholderValues;
  /** the user's default place and kind of buyer, for which a clause written for any place is read */
  place: { jurisdiction: Jurisdiction; buyer: BuyerKind };
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
          <ClauseLegalBasis clause={c} place={props.place} />
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

/** A built-in for any place is read for the user's place and buyer, and says so; other clauses list their own. */
function ClauseLegalBasis({
  clause,
  place,
}: {
  clause: LibraryClause;
  place: { jurisdiction: Jurisdiction; buyer: BuyerKind };
}) {
  const shown = legalBasisShown(clause, place.jurisdiction, place.buyer);
  if (shown.kind === 'not-covered')
    return (
      <p data-testid="clause-legal-basis-place">
        This wording is written for any place. {shown.message} (Your default place in Settings:{' '}
        {JURISDICTION_LABEL[shown.jurisdiction]}.)
      </p>
    );
  return (
    <>
      {shown.forPlace ? (
        <p class="tl-muted" data-testid="clause-legal-basis-place">
          Written for any place; the law below is what applies in {placeName(shown.forPlace.jurisdiction)} to{' '}
          {BUYER_LABEL[shown.forPlace.buyer]} (your default place and kind of body, set in Settings).
        </p>
      ) : null}
      <LegalBasisList sources={shown.sources} implementsText={shown.implementsText} />
    </>
  );
}

/** A UK-wide setting is read under the law for England, and says so. */
const placeName = (j: Jurisdiction) =>
  j === 'uk' ? 'England (a UK-wide setting is read under the law for England)' : JURISDICTION_LABEL[j];
