import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import { blacklisting } from './blacklisting';
import { equality } from './equality';
import { fairWork } from './fair-work';
import { statusOf } from './testing';
import { training } from './training';
import { zeroHours } from './zero-hours';

describe('fair-work', () => {
  it('a question put to bidders is weak in every check that uses it; a stated number still binds', () => {
    expect(statusOf(fairWork, 'Tenderers will be asked about trade union recognition.')).toBe('weak');
    expect(statusOf(equality, 'Suppliers will be asked about their approach to equality and diversity.')).toBe('weak');
    expect(statusOf(training, 'Bidders will be asked how they will create apprenticeships.')).toBe('weak');
    expect(statusOf(training, 'The supplier will be asked to provide 10 apprenticeships.')).toBe('strong');
  });

  it('union access in other words: recognised unions, union reps, workplace representatives', () => {
    expect(statusOf(fairWork, 'Providers shall consult recognised unions before changing rotas.')).toBe('strong');
    expect(statusOf(fairWork, 'The Contractor shall give workplace representatives paid time off.')).toBe('strong');
    expect(statusOf(fairWork, 'The Contractor shall recognise the achievements of staff.')).toBe('missing');
  });

  it('bare prohibitions across the checks that own them (codes of conduct)', () => {
    const inCode = (check: Parameters<typeof statusOf>[0], t: string) => statusOf(check, t, { type: 'policy' });
    expect(inCode(fairWork, '- Do not dismiss and re-engage workers on worse terms.')).toBe('strong');
    expect(inCode(zeroHours, '- Offer secure work; do not use zero hours contracts.')).toBe('strong');
    expect(inCode(blacklisting, 'Never blacklist workers for trade union activity.')).toBe('strong');
    expect(inCode(equality, '- Do not discriminate against any worker because of disability or race.')).toBe('strong');
    expect(inCode(equality, 'Equality of opportunity matters to us.')).toBe('weak');
  });

  it('equal pay in other words: inequality in pay, alone or in a list, across a line break too', () => {
    const inPolicy = (t: string) => statusOf(fairWork, t, { type: 'policy' });
    expect(inPolicy('- Activities that narrow inequality in hiring, training\n    and pay across the workforce.')).toBe(
      'weak',
    );
    expect(statusOf(fairWork, 'The Supplier shall act on inequality in pay among workers on the Contract.')).toBe(
      'strong',
    );
    expect(inPolicy('Inequality in health outcomes remains high in the borough.')).toBe('missing');
  });

  it('union membership in a blacklisting sentence belongs to the blacklisting check (regression: stray weak)', () => {
    expect(statusOf(fairWork, 'Firms must confirm they do not use blacklists to keep out trade union activists.')).toBe(
      'missing',
    );
  });

  it('a duty protecting the freedom to be union members is strong', () => {
    expect(
      statusOf(fairWork, 'The contractor shall recognise the freedom of his workers to be members of trade unions.'),
    ).toBe('strong');
  });

  it("false friend: the authority's own social partnership with its unions", () => {
    expect(
      statusOf(fairWork, 'The Council will implement the code in partnership with the recognised trade unions.'),
    ).toBe('missing');
  });

  it('false friend: the Fair Work Convention and its framework are names, not terms', () => {
    expect(
      statusOf(fairWork, 'The Fair Work Framework, designed by the Fair Work Convention, has five dimensions.'),
    ).toBe('missing');
  });

  it('false friend: European Union', () => {
    expect(statusOf(fairWork, 'The Supplier shall comply with European Union procurement law.')).toBe('missing');
  });

  it('a bulleted practice is weak and outranks a bare heading as evidence', () => {
    expect(statusOf(fairWork, '- Collective bargaining arrangements for pay and conditions')).toBe('weak');
  });

  it('a debate question about union recognition is weak (regression: read as binding)', () => {
    expect(
      statusOf(
        fairWork,
        'He asked the Prime Minister if contracts shall not be given to firms which refuse union recognition.',
      ),
    ).toBe('weak');
  });

  it('a fair-work condition already in force is strong', () => {
    expect(
      statusOf(fairWork, 'The effective voice conditionality commenced on 1 July 2023 and applies to all new grants.'),
    ).toBe('strong');
  });

  it('evidence prefers hollow wording aimed at suppliers over guidance for public bodies (regression: stray evidence)', () => {
    const text = [
      'Guidance has been published to help public bodies and suppliers address fair work practices.',
      'Fair work practice would normally be expected to include fair and equal pay.',
      'We expect suppliers delivering public contracts to adopt fair work practices for all workers.',
    ].join('\n');
    const finding = analyseText(text, {
      profile: { type: 'policy', sector: 'general', jurisdiction: 'scotland' },
      asOf: '2026-11-25',
    }).findings.find((f) => f.id === 'fair-work')!;
    expect(finding.status).toBe('weak');
    expect(finding.evidence.map((e) => e.text)).toEqual([
      'We expect suppliers delivering public contracts to adopt fair work practices for all workers.',
    ]);
  });

  it('a tender question asking bidders to describe their approach is weak (regression: read as binding)', () => {
    expect(statusOf(fairWork, 'Bidders must demonstrate their approach to Fair Work First in their response.')).toBe(
      'weak',
    );
  });

  it("the authority's view of what shows commitment is not a bidder question", () => {
    expect(
      statusOf(fairWork, 'A supplier can demonstrate its commitment to fair work practices by paying fairly.'),
    ).toBe('weak');
  });

  it('a passing mention of a union representative is not a fair-work term', () => {
    expect(statusOf(fairWork, 'A union representative attended the meeting.')).toBe('missing');
  });

  it('the authority consulting its own unions is not a supplier term', () => {
    expect(statusOf(fairWork, 'The Council consulted the recognised trade unions on the new structure.')).toBe(
      'missing',
    );
  });

  it('a supplier duty to consult trade unions is strong', () => {
    expect(
      statusOf(fairWork, 'The Contractor shall consult the recognised trade unions before any change to rotas.'),
    ).toBe('strong');
  });
});
