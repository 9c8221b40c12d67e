import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import { blacklisting } from './blacklisting';
import { statusOf } from './testing';

const status = (text: string) => statusOf(blacklisting, text);

function evidenceOf(text: string) {
  const { findings } = analyseText(text, {
    profile: { type: 'other', sector: 'construction', jurisdiction: 'england' },
    asOf: '2026-11-25',
  });
  return findings.find((f) => f.id === 'blacklisting')!.evidence.map((e) => e.text);
}

describe('blacklisting', () => {
  it('the practice in other words: lists of union members kept to vet or screen workers', () => {
    expect(
      statusOf(blacklisting, 'The Contractor shall not keep lists of trade union members to screen job applicants.'),
    ).toBe('strong');
    expect(statusOf(blacklisting, 'Firms that vetted workers for trade union activity will be excluded.')).toBe(
      'strong',
    );
    expect(statusOf(blacklisting, 'The union published a list of its members’ achievements.', { type: 'other' })).toBe(
      'missing',
    );
  });

  it("a moved motion ('That the Council … will ensure') is a proposal, not a requirement", () => {
    expect(status('“That the Council will ensure that firms involved in blacklisting are not invited to tender.')).toBe(
      'weak',
    );
  });

  it("'blacklisting will not happen again' in a list under a motion is not a duty", () => {
    expect(status('Set out the steps taken to ensure that blacklisting will not happen again;')).toBe('weak');
  });

  it('a motion recorded as carried is strong even though it mentions support', () => {
    expect(
      status('The motion to stop contracts going to firms that blacklisted workers received all-party support.'),
    ).toBe('strong');
  });

  it('a motion recorded as defeated stays weak', () => {
    expect(status('The motion to bar blacklisting firms from contracts was defeated.')).toBe('weak');
  });

  it("a requirement reported as what 'says Council leader' is a politician's pledge", () => {
    expect(
      status(
        'Firms bidding for council work will have to prove they do not use blacklists, says council leader Jo Bloggs.',
      ),
    ).toBe('weak');
  });

  it('a duty naming the Blacklists Regulations is preferred as evidence over a general one', () => {
    const text = [
      'Companies that blacklist workers will be barred from public contracts.',
      'Public bodies must exclude any bidder found to have breached the Blacklists Regulations 2010.',
    ].join('\n');
    expect(evidenceOf(text)).toEqual([
      'Public bodies must exclude any bidder found to have breached the Blacklists Regulations 2010.',
    ]);
  });

  it("'black listing' written as two words is still the topic", () => {
    expect(status('The Contractor shall not engage in black listing of any worker.')).toBe('strong');
  });

  it('false friend: an IP or email blacklist is ignored', () => {
    expect(status('The service must block any IP address blacklist entries within one hour.')).toBe('missing');
    expect(status('Messages from blacklisted email senders shall be quarantined.')).toBe('missing');
  });

  it('a campaign sentence beside an adopted ban is not shown as hollowing it', () => {
    const text = [
      'Any contractor found using a blacklist will have its contract ended.',
      'The leader will urge other councils to follow and will call for a public inquiry into blacklisting.',
    ].join('\n');
    expect(evidenceOf(text)).toEqual(['Any contractor found using a blacklist will have its contract ended.']);
  });

  it("the authority's right to terminate for blacklisting is strong although it says 'may'", () => {
    expect(status('The Authority may terminate the Contract at once if the Supplier has used a blacklist.')).toBe(
      'strong',
    );
  });

  it("'may exclude' a blacklister stays a discretionary ground, weak", () => {
    expect(status('A contracting authority may exclude a bidder that has breached the blacklisting rules.')).toBe(
      'weak',
    );
  });

  it('false friend: blacklisted domains (plural) are ignored too', () => {
    expect(status('Staff must not open links from blacklisted domains.')).toBe('missing');
  });
});
