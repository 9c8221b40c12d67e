import { describe, expect, it } from 'vitest';
import { CHECKS } from '../checks/registry';
import { legalBasisFor } from '../report/describe';
import { letterReport } from '../report/letter';
import { markdownReport } from '../report/markdown';
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

describe('a saved review of a read document', () => {
  it('keeps where each passage sits, and the report and letter cite it', () => {
    const before = review();
    const rlw = before.result.checks.find((c) => c.id === 'living-wage')!;
    expect(rlw.evidence.length).toBeGreaterThan(0);
    rlw.evidence[0]!.location = { file: 'terms.pdf', page: 14, clause: '14.3' };
    const saved = parseReview(structuredClone(before));
    expect(saved.result.checks.find((c) => c.id === 'living-wage')!.evidence[0]!.location).toEqual({
      file: 'terms.pdf',
      page: 14,
      clause: '14.3',
    });
    expect(markdownReport(saved, { asOf: '2026-12-06' })).toContain('terms.pdf, p. 14, clause 14.3');
    expect(letterReport(saved, {}, { asOf: '2026-12-06' })).toContain(
      'The document says (terms.pdf, p. 14, clause 14.3):',
    );
  });

  it('refuses a location that is not one', () => {
    const bad = review();
    (bad.result.checks[0]!.evidence as unknown[]).push({
      text: 'x',
      start: 0,
      end: 1,
      strength: 'weak',
      why: 'x',
      location: { file: 'a.pdf', page: -3 },
    });
    expect(() => parseReview(bad)).toThrow();
  });
});
