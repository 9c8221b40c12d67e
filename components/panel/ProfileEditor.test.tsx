// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentProfile } from '~/lib/types';
import { ProfileEditor } from './ProfileEditor';

afterEach(() => render(null, document.body));

function labels(profile: DocumentProfile, override: Partial<DocumentProfile> | null = null): string[] {
  render(<ProfileEditor profile={profile} override={override} onChange={() => {}} />, document.body);
  return [...document.querySelectorAll('.profile-field > span')].map((s) => s.textContent ?? '');
}

describe('the profile says how the place and buyer were known', () => {
  const base: DocumentProfile = {
    type: 'notice',
    sector: 'general',
    jurisdiction: 'england',
    buyer: 'local-government',
  };

  it('"detected" only when the text showed it; "assumed" for a default', () => {
    expect(labels({ ...base, knownFrom: { jurisdiction: 'text', buyer: 'text' } })).toEqual([
      'Type (detected)',
      'Jurisdiction (detected)',
      'Buyer (detected)',
      'Sector (detected)',
    ]);
    expect(labels({ ...base, knownFrom: { jurisdiction: 'assumed', buyer: 'assumed' } })).toContain(
      'Jurisdiction (assumed)',
    );
    expect(labels({ ...base, knownFrom: { jurisdiction: 'assumed', buyer: 'assumed' } })).toContain('Buyer (assumed)');
  });

  it('a one-nation portal is named as the source; a correction says so', () => {
    const wales: DocumentProfile = {
      ...base,
      jurisdiction: 'wales',
      knownFrom: { jurisdiction: 'portal', buyer: 'assumed' },
    };
    expect(labels(wales)).toContain("Jurisdiction (from the portal's address)");
    expect(labels(wales, { buyer: 'nhs' })).toContain('Buyer (corrected)');
  });

  it('a profile saved before buyers were detected reads as an assumed local-government buyer', () => {
    const old: DocumentProfile = { type: 'terms', sector: 'general', jurisdiction: 'scotland' };
    expect(labels(old)).toContain('Buyer (assumed)');
    expect((document.querySelectorAll('select')[2] as HTMLSelectElement).value).toBe('local-government');
  });
});
