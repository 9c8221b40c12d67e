import { describe, expect, it } from 'vitest';
import { notCheckedSentence, ocrReadSentence, pagesInWords } from './ScannedPagesOffer';

describe('scanned pages among typed ones, in words', () => {
  it('names one page or several, and says they were not checked', () => {
    expect(pagesInWords([2])).toBe('page 2');
    expect(pagesInWords([2, 5, 9])).toBe('pages 2, 5 and 9');
    expect(notCheckedSentence([2])).toBe('Page 2 is a picture with no text, so it was not checked.');
    expect(notCheckedSentence([2, 5])).toBe('Pages 2 and 5 are pictures with no text, so they were not checked.');
  });

  it('says which pages OCR read when the others had text, and the whole document otherwise', () => {
    expect(ocrReadSentence([2])).toBe(
      'Page 2 was read by OCR from a picture: words may be misread, so check any quote from it against the original before you use it. The other pages were read from their text.',
    );
    expect(ocrReadSentence([2, 3])).toMatch(/^Pages 2 and 3 were read by OCR from pictures: .* from them against/);
    expect(ocrReadSentence(undefined)).toMatch(/^This text was read by OCR from pictures of the pages/);
  });
});
