import { describe, expect, it } from 'vitest';
import { estimateDocumentDate } from './wages';

const today = '2026-11-25';

describe('document date', () => {
  it('a stated publication date wins over other years in the text', () => {
    expect(estimateDocumentDate('Last updated: 16 July 2019. The contract runs to 2024.', today)).toBe('2019-07-16');
    expect(estimateDocumentDate('datePublished: 2015-02-10T23:44:22Z', today)).toBe('2015-02-10');
    expect(estimateDocumentDate('Published 3/5/2016 by the council', today)).toBe('2016-05-03');
  });

  it('a contract end year is not the year the text was written', () => {
    expect(estimateDocumentDate('In 2016 the council let a contract that runs until 2021.', today)).toBe('2016-07-01');
  });

  it('a year something is due to begin is not the year the text was written either', () => {
    expect(
      estimateDocumentDate('The trust raised pay in November 2019; the new contract is to begin in April 2020.', today),
    ).toBe('2019-07-01');
    expect(estimateDocumentDate('The service started in April 2020 and is going well.', today)).toBe('2020-07-01');
  });

  it('a stated date after today is capped at today', () => {
    expect(estimateDocumentDate('Published: 1 January 2030', today)).toBe(today);
  });
});
