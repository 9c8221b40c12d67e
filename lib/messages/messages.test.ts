import { describe, expect, it, vi } from 'vitest';
import { PORTAL_MATCHES, portalFor } from '../data/portal-hosts';
import type { ClauseFinding } from '../types';
import { badgeFor } from './badge';
import { parseMessage, ToBackgroundSchema, ToContentSchema } from './schemas';

describe('message validation', () => {
  it('accepts a well-formed message and drops (and logs) a malformed one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseMessage(ToContentSchema, { type: 'focus', start: 3, end: 9 }, 't')).toEqual({
      type: 'focus',
      start: 3,
      end: 9,
    });
    expect(parseMessage(ToContentSchema, { type: 'insert', text: 42 }, 't')).toBeUndefined();
    expect(parseMessage(ToBackgroundSchema, { type: 'set-profile', tabId: 1, profile: { sector: 'x' } }, 't')).toBe(
      undefined,
    );
    expect(parseMessage(ToBackgroundSchema, { type: 'eval', code: '1' }, 't')).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });
});

describe('portal hosts', () => {
  it('matches known portals precisely, tenant prefixes included', () => {
    expect(portalFor('https://www.find-tender.service.gov.uk/Notice/1')?.portal).toBe('Find a Tender');
    expect(portalFor('https://crowncommercialservice.bravosolution.co.uk/x')).toBeDefined();
    expect(portalFor('https://atamis-1928.my.site.com/s/')).toBeDefined();
    expect(portalFor('https://someone-else.my.site.com/s/')).toBeUndefined();
    expect(portalFor('https://find-tender.service.gov.uk.evil.example/')).toBeUndefined();
    expect(portalFor('file:///tmp/x.html')).toBeUndefined();
    expect(PORTAL_MATCHES.some((m) => m.includes('*.my.site.com'))).toBe(false);
  });
});

describe('toolbar badge', () => {
  it('counts missing and weak checks and takes the worst colour', () => {
    const checks: ClauseFinding[] = [
      { id: 'living-wage', status: 'weak', evidence: [], suggestion: null },
      { id: 'foi', status: 'strong', evidence: [], suggestion: null },
      { id: 'zero-hours', status: 'missing', evidence: [], suggestion: null },
    ];
    const badge = badgeFor({
      source: 'x',
      document: { type: 'notice', sector: 'general', jurisdiction: 'uk' },
      checks: [...checks],
    });
    expect(badge.text).toBe('2');
    expect(badge.color).toBe('#D55E00');
  });

  it('says a PDF or a page with nothing to read for what it is, never a count of missing checks', () => {
    const result = {
      source: 'x',
      document: { type: 'notice', sector: 'general', jurisdiction: 'uk' },
      checks: [],
    } as const;
    expect(badgeFor({ ...result, checks: [] }, 'pdf')).toMatchObject({
      text: 'PDF',
      title: expect.stringMatching(/scan it as a document/),
    });
    expect(badgeFor({ ...result, checks: [] }, 'empty')).toMatchObject({
      text: '–',
      title: expect.stringMatching(/nothing to check here/),
    });
  });
});

describe('page-text blocks', () => {
  it('round-trip as "id start end" lines and refuse a malformed line or one outside the text', async () => {
    const { encodeBlocks, decodeBlocks } = await import('./schemas');
    const blocks = [
      { id: 'b1x.2', start: 0, end: 5 },
      { id: 'b9', start: 6, end: 10 },
    ];
    expect(decodeBlocks(encodeBlocks(blocks), 10)).toEqual(blocks);
    expect(decodeBlocks(encodeBlocks(blocks), 9)).toBeUndefined();
    expect(decodeBlocks('b1 5 2', 10)).toBeUndefined();
    expect(decodeBlocks('b1 0 2\n__proto__ 0 1', 10)).toBeUndefined();
    expect(decodeBlocks('', 10)).toEqual([]);
  });
});
