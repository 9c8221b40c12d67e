import { describe, expect, it } from 'vitest';
import { failureMessage, ocrProgressLine } from './use-document-reader';

describe('what the reader says when a document cannot be read', () => {
  it('gives each failure kind a plain sentence naming the file, never a stack or an id', () => {
    const cases = [
      failureMessage('no-text-layer', 'scan.pdf', 'has no text layer', 12),
      failureMessage('corrupt', 'terms.pdf', 'cannot be read (Invalid PDF structure)'),
      failureMessage('too-large', 'huge.pdf', 'is larger than 100 MB; split it first'),
      failureMessage('unsupported', 'notes.txt', 'is not a PDF, Word or OpenDocument file'),
      failureMessage('cancelled', 'long.pdf', 'reading was cancelled'),
    ];
    expect(cases[0]).toBe('scan.pdf has no text to read on any of its 12 pages: it looks like a scan.');
    expect(cases[1]).toBe(
      'terms.pdf cannot be read (Invalid PDF structure). It may be damaged or incomplete: download it again and retry.',
    );
    expect(cases[2]).toBe('huge.pdf is larger than 100 MB; split it first');
    expect(cases[3]).toBe('notes.txt is not a PDF, Word or OpenDocument file');
    expect(cases[4]).toBe('Reading long.pdf was cancelled.');
    for (const m of cases) expect(m).not.toMatch(/no-text-layer|too-large|Error:|\bat .*\.js/);
  });

  it('says which page OCR is reading, never past the last', () => {
    expect(ocrProgressLine('scan.pdf', 0, 12)).toBe('Reading scan.pdf with OCR: page 1 of 12…');
    expect(ocrProgressLine('scan.pdf', 12, 12)).toBe('Reading scan.pdf with OCR: page 12 of 12…');
  });
});
