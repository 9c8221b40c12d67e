import { describe, expect, it } from 'vitest';
import { blocksFromText, sentencesOf } from './segment';

const sentences = (text: string) => blocksFromText(text).flatMap((b) => sentencesOf(b).map((s) => s.text));

describe('blocksFromText', () => {
  it('rejoins a hard-wrapped paragraph whose next line starts in lower case', () => {
    const text = 'Contractor pay levels follow the statutory\nrequirements. We do not require\npay above that level.';
    const blocks = blocksFromText(text);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text).toBe(text);
  });

  it('rejoins a line that stops on a word that cannot end a sentence', () => {
    expect(blocksFromText('Staff are paid at the\nLondon rate set each year.')).toHaveLength(1);
  });

  it('rejoins a line cut in the middle of a sentence that began on it, even before a capital', () => {
    const text = 'Staff were consulted on the changes. The full Staffing\nReview is attached as an appendix.';
    expect(blocksFromText(text)).toHaveLength(1);
    expect(sentences(text)).toEqual([
      'Staff were consulted on the changes.',
      'The full Staffing\nReview is attached as an appendix.',
    ]);
  });

  it('keeps a title line that follows a finished sentence apart', () => {
    expect(blocksFromText('The Supplier shall pay it.\nLiving Wage')).toHaveLength(2);
  });

  it('keeps headings, bullets and blank-line paragraphs as blocks of their own', () => {
    const text = 'Living Wage\nThe Supplier shall pay it.\n• agency staff\n\nnext paragraph';
    expect(blocksFromText(text).map((b) => b.text)).toEqual([
      'Living Wage',
      'The Supplier shall pay it.',
      '• agency staff',
      'next paragraph',
    ]);
  });

  it('keeps exact offsets into the source', () => {
    const text = '  Title  \r\n\r\nfirst line of\nthe body.  ';
    for (const b of blocksFromText(text)) expect(text.slice(b.start, b.end)).toBe(b.text);
  });
});

describe('sentencesOf', () => {
  it('splits at a full stop followed by a capital', () => {
    expect(sentences('The Supplier shall pay. The Council will monitor.')).toEqual([
      'The Supplier shall pay.',
      'The Council will monitor.',
    ]);
  });

  it('does not split after abbreviations such as e.g. and s.', () => {
    expect(sentences('Apply s. 3 of the Act, e.g. Information held for us.')).toHaveLength(1);
  });

  it('a list number opening a line stays with its entry', () => {
    expect(sentences('25. Freedom of information')).toEqual(['25. Freedom of information']);
  });

  it('page numbers and entry numbers in a contents line do not end sentences', () => {
    expect(sentences('23. Absences 14 24. Freedom of information 14 25. Data protection 14')).toHaveLength(1);
  });

  it('a sentence ending in a year still ends there', () => {
    expect(sentences('The rate applied from April 2016. Staff were paid weekly.')).toHaveLength(2);
  });
});
