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

/** What the reader says of text read by OCR: of the whole document, or of the pages that were pictures. */
export function ocrReadSentence(ocrPages: readonly number[] | undefined): string {
  if (!ocrPages?.length)
    return 'This text was read by OCR from pictures of the pages: words may be misread, so check any quote against the original before you use it.';
  const one = ocrPages.length === 1;
  return `${pagesInWords(ocrPages).replace(/^p/, 'P')} ${one ? 'was' : 'were'} read by OCR from ${one ? 'a picture' : 'pictures'}: words may be misread, so check any quote from ${one ? 'it' : 'them'} against the original before you use it. The other pages were read from their text.`;
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
