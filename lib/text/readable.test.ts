import { describe, expect, it } from 'vitest';
import { hasReadableText } from './readable';

describe('hasReadableText', () => {
  it('finds nothing to read in blank, numeric or punctuation-only text', () => {
    for (const t of ['', '   \n\t ', '12 34 5678', '— • | … ©', 'A 1 b 2', 'Loading…'])
      expect(hasReadableText(t)).toBe(false);
  });
  it('reads a sentence in any script', () => {
    expect(hasReadableText('The Supplier shall pay')).toBe(true);
    expect(hasReadableText('Bydd y Cyflenwr yn talu')).toBe(true);
    expect(hasReadableText('Поставщик обязан платить')).toBe(true);
  });
});
