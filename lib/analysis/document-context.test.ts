import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse';

const statusIn = (text: string, id: string) =>
  analyseText(text, { asOf: '2026-11-25' }).findings.find((f) => f.id === id)!.status;

describe('document context shared by every sentence', () => {
  it("the authority's FOI advice to the public, naming no supplier, has no FOI clause", () => {
    const page =
      'Freedom of Information advice. The Freedom of Information Act entitles anybody to ask the Council for recorded information. ' +
      'All requests for information must be made in writing, and the Council must respond within 20 working days.';
    expect(statusIn(page, 'foi')).toBe('missing');
  });

  it('the same Act named in terms that bind a grant recipient is judged as a clause', () => {
    const terms =
      'The Recipient shall assist the Council to respond to any request for information under the Freedom of Information Act 2000 within five working days.';
    expect(statusIn(terms, 'foi')).toBe('strong');
  });

  it('an FOI page written for the council’s contractors keeps its weak mention', () => {
    const page =
      'Freedom of Information Act and contracts. Information marked confidential by a contractor may still be disclosed under the Act.';
    expect(statusIn(page, 'foi')).toBe('weak');
  });
});

describe('bidder-facing wording counts as a supplier setting', () => {
  it("'information in your tender may be disclosed' is a bidder notice, kept as weak", () => {
    expect(
      statusIn(
        'Information in your tender may be disclosed in response to a request under the Freedom of Information Act.',
        'foi',
      ),
    ).toBe('weak');
  });
});
