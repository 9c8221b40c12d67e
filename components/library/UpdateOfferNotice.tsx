import type { BuiltInUpdateOffer } from '~/lib/library/built-ins';

/** Offers the newer built-in wording to a user copy; the user decides, nothing changes by itself. */
export function UpdateOfferNotice(props: {
  offer: BuiltInUpdateOffer;
  onAnswer: (answer: 'take-new' | 'keep-mine') => void;
}) {
  return (
    <aside class="tl-notice" aria-label="Newer built-in wording">
      <p>
        Tenderlight now ships version {props.offer.builtIn.version} of “{props.offer.builtIn.title}”, which this clause
        was copied from. Your wording is unchanged.
      </p>
      <details>
        <summary>Read the new built-in wording</summary>
        <p class="tl-preview-text">{props.offer.builtIn.body}</p>
      </details>
      <button type="button" onClick={() => props.onAnswer('take-new')}>
        Use the new wording
      </button>{' '}
      <button type="button" onClick={() => props.onAnswer('keep-mine')}>
        Keep mine
      </button>
    </aside>
  );
}
