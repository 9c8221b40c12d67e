import { describe, expect, it } from 'vitest';
import { findAttachments, MAX_ATTACHMENTS, mayFetchAttachment } from './attachments';

const PAGE = 'https://www.find-tender.service.gov.uk/Notice/012345-2026';
const council = 'https://www.council.example/tenders/homecare';

describe('documents linked from a notice page', () => {
  it('finds PDF, Word and OpenDocument links by extension, type, download name or words', () => {
    const found = findAttachments(
      [
        {
          href: 'https://www.find-tender.service.gov.uk/docs/Terms%20and%20Conditions.pdf',
          text: 'Terms and conditions',
        },
        { href: 'https://www.find-tender.service.gov.uk/download?id=4471', text: 'Specification (Word, 12 KB)' },
        {
          href: 'https://www.find-tender.service.gov.uk/file/99',
          text: 'Pricing',
          type: 'application/vnd.oasis.opendocument.text',
        },
        { href: 'https://www.find-tender.service.gov.uk/get?f=docs/itt.docx', text: 'Invitation to tender' },
        {
          href: 'https://www.find-tender.service.gov.uk/blob/7',
          text: 'Form of tender',
          download: 'Form of Tender.docx',
        },
        { href: 'https://www.find-tender.service.gov.uk/Notice/other', text: 'Another notice' },
        { href: 'https://www.find-tender.service.gov.uk/img/logo.png', text: 'Logo (PDF version)' },
        { href: 'mailto:buyer@council.example', text: 'Email the buyer (PDF questions)' },
      ],
      PAGE,
    );
    expect(found.map((a) => [a.name, a.format])).toEqual([
      ['Terms and Conditions.pdf', 'pdf'],
      ['Specification.docx', 'docx'],
      ['Pricing.odt', 'odt'],
      ['itt.docx', 'docx'],
      ['Form of Tender.docx', 'docx'],
    ]);
  });

  it('lists Word 97-2003 and RTF files too, by extension or by type, since the reader opens them', () => {
    const found = findAttachments(
      [
        { href: `${PAGE.replace(/\/[^/]*$/, '')}/old-terms.doc`, text: 'Old terms' },
        { href: `${PAGE.replace(/\/[^/]*$/, '')}/download?id=7`, text: 'Method statement', type: 'application/msword' },
        { href: `${PAGE.replace(/\/[^/]*$/, '')}/letter.rtf`, text: 'Clarification letter' },
      ],
      PAGE,
    );
    expect(found.map((a) => [a.name, a.format])).toEqual([
      ['old-terms.doc', 'doc'],
      ['Method statement.doc', 'doc'],
      ['letter.rtf', 'rtf'],
    ]);
  });

  it('lists only the page’s own site and known portals, each address once', () => {
    const found = findAttachments(
      [
        { href: `${council}/terms.pdf`, text: 'Terms' },
        { href: `${council}/terms.pdf#page=3`, text: 'Terms, page 3' },
        { href: 'https://in-tendhost.co.uk/council/spec.docx', text: 'Specification' },
        { href: 'https://elsewhere.example/brochure.pdf', text: 'Brochure' },
        { href: 'http://www.council.example/tenders/old.pdf', text: 'Old terms (plain http, another origin)' },
      ],
      council,
    );
    expect(found.map((a) => a.url)).toEqual([`${council}/terms.pdf`, 'https://in-tendhost.co.uk/council/spec.docx']);
    expect(mayFetchAttachment('https://elsewhere.example/brochure.pdf', council)).toBe(false);
    expect(mayFetchAttachment('javascript:alert(1)', council)).toBe(false);
    expect(mayFetchAttachment(`${council}/x.pdf`, 'not a url')).toBe(false);
  });

  it('two documents with one name are told apart, and a page of thousands of links lists the first few', () => {
    const twice = findAttachments(
      [
        { href: `${council}/a/terms.pdf`, text: 'Terms' },
        { href: `${council}/b/terms.pdf`, text: 'Terms (revised)' },
      ],
      council,
    );
    expect(twice.map((a) => a.name)).toEqual(['terms.pdf', 'terms (2).pdf']);
    const flood = Array.from({ length: 5000 }, (_, i) => ({ href: `${council}/d${i}.pdf`, text: `Lot ${i}` }));
    expect(findAttachments(flood, council)).toHaveLength(MAX_ATTACHMENTS);
  });
});
