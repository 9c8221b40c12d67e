import { describe, expect, it } from 'vitest';
import { CHECKS } from '../checks/registry';
import { legalBasisFor } from '../report/describe';
import { letterReport } from '../report/letter';
import { scanText } from '../scan';
import { parseReview, type Review } from './review';

// A central-government notice of our own: its letter must cite what binds central government.
const NOTICE = [
  'Ministry of Example Affairs: Facilities management services for government offices.',
  'The Department invites tenders for cleaning and security at its London offices.',
  'Suppliers are encouraged to pay the Real Living Wage.',
].join('\n\n');

function review(): Review {
  const result = scanText('ministry-notice.txt', NOTICE, undefined, {
    profile: { buyer: 'central-government', jurisdiction: 'england' },
    asOf: '2026-12-06',
  });
  return {
    url: 'https://example.test/notice',
    title: 'Facilities',
    savedAt: '2026-12-06T00:00:00Z',
    result,
    notes: {},
    overrides: {},
  };
}

describe('a saved review', () => {
  it('keeps the buyer, how the profile was known and each verdict’s confidence', () => {
    const before = review();
    expect(before.result.document.buyer).toBe('central-government');
    const saved = parseReview(structuredClone(before));
    expect(saved.result.document.buyer).toBe('central-government');
    expect(saved.result.document.knownFrom).toEqual(before.result.document.knownFrom);
    expect(saved.result.checks.map((c) => c.confidence)).toEqual(before.result.checks.map((c) => c.confidence));
  });

  it('cites, after saving, the legal basis for its own buyer, not a local council’s', () => {
    const before = review();
    const saved = parseReview(structuredClone(before));
    const basis = (profile: Review['result']['document']) =>
      CHECKS.map((c) => JSON.stringify(legalBasisFor(c, profile)));
    // the test means something only if central government's basis differs somewhere from a council's
    expect(basis(before.result.document)).not.toEqual(basis({ ...before.result.document, buyer: 'local-government' }));
    expect(basis(saved.result.document)).toEqual(basis(before.result.document));
    const opts = { asOf: '2026-12-06' };
    expect(letterReport(saved, {}, opts)).toBe(letterReport(before, {}, opts));
  });
});
