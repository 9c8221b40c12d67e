import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import { equality } from './equality';
import { statusOf } from './testing';

const status = (text: string) => statusOf(equality, text);

function evidenceOf(text: string) {
  const { findings } = analyseText(text, {
    profile: { type: 'terms', sector: 'general', jurisdiction: 'england' },
    asOf: '2026-11-25',
  });
  return findings.find((f) => f.id === 'equality')!.evidence.map((e) => e.text);
}

describe('equality', () => {
  it("outside a contract, 'equality' as one of the authority's values binds no supplier; equality law still counts", () => {
    const inPolicy = (t: string) => statusOf(equality, t, { type: 'policy' });
    expect(inPolicy('The plan will support greater equality, inclusion and wellbeing across the borough.')).toBe(
      'missing',
    );
    expect(inPolicy('Suppliers must demonstrate their commitment to equality.')).toBe('strong');
    expect(inPolicy('Compliance with relevant employment, equality and health and safety law;')).toBe('strong');
    expect(inPolicy('12. Equality')).toBe('weak');
  });

  it('discrimination for union membership or whistleblowing is a fair-work right, not a protected characteristic', () => {
    expect(status('The Contractor must not discriminate against workers for trade union membership.')).toBe('missing');
    expect(status('The Contractor must not discriminate against any worker because of race or union membership.')).toBe(
      'strong',
    );
  });

  it('discrimination between bidders, firms, products or places is procurement law, not equality', () => {
    const inNews = (t: string) => statusOf(equality, t, { type: 'other' });
    expect(inNews('A living wage condition could be discriminatory against bidders from other countries.')).toBe(
      'missing',
    );
    expect(inNews('The specification must not discriminate in favour of a particular brand.')).toBe('missing');
    expect(inNews('Local firms cannot be favoured, as that would be discriminatory under procurement law.')).toBe(
      'missing',
    );
    expect(statusOf(equality, 'The Contractor must not discriminate against any worker because of their age.')).toBe(
      'strong',
    );
  });

  it("the authority's own 'due regard' to the equality duty stays with it unless a supplier is named", () => {
    const inReport = (t: string) => statusOf(equality, t, { type: 'policy' });
    expect(inReport('The council must have due regard to the public sector equality duty in this decision.')).toBe(
      'missing',
    );
    expect(
      statusOf(
        equality,
        'The Contractor shall assist the Council to have due regard to its public sector equality duty.',
      ),
    ).toBe('strong');
  });

  it('an accessibility standard is on topic but weak unless the Equality Act or the duty is named', () => {
    expect(status('Every online service shall meet WCAG 2.2 AA.')).toBe('weak');
    expect(status('The Supplier shall meet the required levels of accessibility.')).toBe('weak');
    expect(
      status(
        'The Supplier shall meet the accessibility regulations and make reasonable adjustments under the Equality Act 2010.',
      ),
    ).toBe('strong');
    expect(status('The building has step-free access to every floor.')).toBe('missing');
  });

  it('the topic in other words: equity and diversity, diversity and inclusion', () => {
    const inPolicy = (t: string) => statusOf(equality, t, { type: 'policy' });
    expect(inPolicy('We want our suppliers to value equity and diversity in their teams.')).toBe('weak');
    expect(status('The Supplier shall report each year on diversity and inclusion in its workforce.')).toBe('strong');
    expect(inPolicy('The menu offers diversity of choice and equity release advice.')).toBe('missing');
  });

  it("the authority's own equality impact assessment of its decision is not a supplier duty; a duty to contribute to it is", () => {
    const inReport = (t: string) => statusOf(equality, t, { type: 'policy' });
    expect(inReport('The EqIA in the appendix describes the likely impacts on protected characteristics.')).toBe(
      'missing',
    );
    expect(
      inReport('Most of the equality impact falls on tenants with the protected characteristics of age and sex.'),
    ).toBe('missing');
    expect(inReport('7. Equalities implications')).toBe('missing');
    expect(status('The Supplier shall contribute to any equality impact assessment of the service.')).toBe('strong');
  });

  it("'We will not tolerate discrimination' is a stance, not a duty", () => {
    expect(status('We will not tolerate discrimination in our offices.')).toBe('weak');
  });

  it('an obligation to operate an equal opportunities policy is only a policy', () => {
    expect(status('The Contractor shall operate an equal opportunities policy.')).toBe('weak');
  });

  it("'Equalities Act' (a common misnaming) is still the Equality Act", () => {
    expect(status('The Supplier shall comply with the provisions of the Equalities Act 2010.')).toBe('strong');
  });

  it('a semicolon-ended item in a list of requirements is strong; the same words as a heading are not', () => {
    expect(status('Compliance with equality and employment law;')).toBe('strong');
    expect(status('Compliance with equality law')).toBe('weak');
  });

  it('a duty naming the Equality Act is preferred as evidence to a general one', () => {
    const text = [
      'The Supplier shall take steps to prevent any recurrence of unlawful discrimination.',
      'The Supplier shall comply with the Equality Act 2010.',
    ].join('\n');
    expect(evidenceOf(text)).toEqual(['The Supplier shall comply with the Equality Act 2010.']);
  });

  it('questions on equality asked at tender are not a contract duty', () => {
    expect(status('Questions relating to equalities will be asked in the selection questionnaire.')).toBe('weak');
  });

  it("false friend: 'equal treatment' of bidders is a procurement principle", () => {
    expect(status('The Council will apply equal treatment and non-discrimination to all tenderers.')).toBe('missing');
  });

  it("false friend: 'not discriminate/favour potential contractors' concerns bidders", () => {
    expect(status('The criteria should not discriminate/favour potential contractors.')).toBe('missing');
  });

  it("false friend: the authority's own equality impact assessment", () => {
    expect(status('An equality impact assessment has been completed by the Council.')).toBe('missing');
  });

  it('an equal opportunities policy beside a duty naming the Act is not shown as hollowing it', () => {
    const text = [
      'The Supplier shall operate an equal opportunities policy.',
      'The Supplier shall comply with the Equality Act 2010.',
    ].join('\n');
    expect(evidenceOf(text)).toEqual(['The Supplier shall comply with the Equality Act 2010.']);
  });
});
