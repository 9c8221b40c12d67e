/** "page 2", "pages 2, 5 and 9": the scanned pages of a typed document, in words. */
export function pagesInWords(pages: readonly number[]): string {
  if (pages.length === 1) return `page ${pages[0]}`;
  return `pages ${pages.slice(0, -1).join(', ')} and ${pages.at(-1)}`;
}

/** "Page 2 is a picture with no text, so it was not checked.": what the reader and the pack say of such pages. */
export function notCheckedSentence(pages: readonly number[]): string {
  const one = pages.length === 1;
  return `${pagesInWords(pages).replace(/^p/, 'P')} ${one ? 'is a picture' : 'are pictures'} with no text, so ${one ? 'it was' : 'they were'} not checked.`;
}

/** Scanned pages among typed ones, which were not read: says which, and offers to read them with OCR here. */
export function ScannedPagesOffer(props: { pages: readonly number[]; onRead: () => void }) {
  const which = pagesInWords(props.pages);
  const one = props.pages.length === 1;
  return (
    <section class="scanned-pages" aria-label="Scanned pages">
      <p>
        {notCheckedSentence(props.pages)} Tenderlight can read {one ? 'it' : 'them'} with OCR here, on this computer;
        nothing is sent anywhere, and OCR can misread words.
      </p>
      <button type="button" onClick={props.onRead}>
        Read {which} with OCR (offline)
      </button>
    </section>
  );
}
