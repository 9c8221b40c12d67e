import { describe, expect, it } from 'vitest';
import { notCheckedSentence, pagesInWords } from './ScannedPagesOffer';

describe('scanned pages among typed ones, in words', () => {
  it('names one page or several, and says they were not checked', () => {
    expect(pagesInWords([2])).toBe('page 2');
    expect(pagesInWords([2, 5, 9])).toBe('pages 2, 5 and 9');
    expect(notCheckedSentence([2])).toBe('Page 2 is a picture with no text, so it was not checked.');
    expect(notCheckedSentence([2, 5])).toBe('Pages 2 and 5 are pictures with no text, so they were not checked.');
  });
});
