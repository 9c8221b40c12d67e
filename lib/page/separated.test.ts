import { describe, expect, it } from 'vitest';
import { separated } from './editors';

describe('Insert keeps sentences apart', () => {
  it('adds a space after a sentence that runs up to the cursor, and before text that follows it', () => {
    expect(separated('The Supplier shall pay.', 'guaranteed hours.', '')).toBe(' The Supplier shall pay.');
    expect(separated('The Supplier shall pay.', '', 'Next sentence.')).toBe('The Supplier shall pay. ');
    expect(separated('X.', 'a.', 'b')).toBe(' X. ');
  });

  it('adds nothing at the start of a paragraph or beside existing space', () => {
    expect(separated('X.', '', '')).toBe('X.');
    expect(separated('X.', 'hours. ', ' more')).toBe('X.');
    expect(separated(' X. ', 'hours.', 'more')).toBe(' X. ');
  });
});
