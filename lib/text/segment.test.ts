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

  it('in a text wrapped to one width, joins a full line even where it ends a sentence, but not a short one', () => {
    const text = [
      'Service standards for the home support contract, as agreed with the',
      'providers in March. Every visit will be at least thirty minutes long.',
      'Visits will be planned so that care workers are never rushed, and the',
      'rota will be shared with each client a week before it starts. Travel',
      'time between visits will be paid at the hourly rate for every worker.',
      'Providers will give each worker a named supervisor and a monthly',
      'meeting.',
      'Contract management',
      'The council will review the standards every year with the providers and',
      'publish the results, with the complaints received and the action taken.',
    ].join('\n');
    const blocks = blocksFromText(text).map((b) => b.text.replace(/\n/g, ' '));
    expect(blocks[0]).toContain('at least thirty minutes long. Visits will be planned');
    expect(blocks[0]).toContain('and a monthly meeting.');
    // "meeting." is short: the break after it is the paragraph's end, and the heading stays apart
    expect(blocks).toContain('Contract management');
  });

  it('a line that reads as unfinished prose stays apart from a next line that opens a sentence of its own', () => {
    const text = [
      'Make sure your cleaners are paid the Real Living Wage and know their hours well ahead',
      'This will be checked by:',
      'Asking for your last three payroll summaries.',
    ].join('\n');
    expect(blocksFromText(text)).toHaveLength(3);
    // a capitalised name going on is still the same sentence
    expect(
      blocksFromText(
        'Every cleaner on the contract must be paid at least the hourly rate of the Real Living\nWage as set each November.',
      ),
    ).toHaveLength(1);
  });

  it('does not treat a list of short lines of similar length as wrapped prose', () => {
    const text = ['Lot 1 North', 'Lot 2 Central', 'Lot 3 East', 'Lot 4 West', 'Lot 5 Islands', 'Lot 6 City'].join('\n');
    expect(blocksFromText(text)).toHaveLength(6);
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
