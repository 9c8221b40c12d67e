import { describe, expect, it } from 'vitest';
import { suggestClause } from '../clauses/select';
import { socialValue } from './social-value';
import { statusOf } from './testing';

describe('social-value', () => {
  it('a stated weighting in the award is strong, whoever applies it', () => {
    expect(statusOf(socialValue, 'We will allocate 20% of the total quality score to social value.')).toBe('strong');
  });

  it('commitments made contract KPIs are strong', () => {
    expect(
      statusOf(
        socialValue,
        'Social value commitments offered at tender will become key performance indicators of the contract.',
      ),
    ).toBe('strong');
  });

  it('community benefit clauses built into the contract are strong (Scottish equivalent)', () => {
    expect(
      statusOf(
        socialValue,
        'Community benefit clauses on local recruitment were written into the contract for the new depot.',
      ),
    ).toBe('strong');
  });

  it('a resolution agreeing a minimum weighting is strong', () => {
    expect(
      statusOf(
        socialValue,
        'To agree that every tender over £250,000 gives a minimum of 10% of the total score to Social Value.',
      ),
    ).toBe('strong');
  });

  it('a duty only to consider social value is weak', () => {
    expect(statusOf(socialValue, 'The authority must consider whether to impose community benefit requirements.')).toBe(
      'weak',
    );
  });

  it('a binding duty that names no weighting, measure or term is weak', () => {
    expect(statusOf(socialValue, 'The Provider shall contribute to the social value aims of the borough.')).toBe(
      'weak',
    );
  });

  it("'no specific social value weighting' is weak, not missing", () => {
    expect(statusOf(socialValue, 'Our tenders carry no specific social value weighting.')).toBe('weak');
  });

  it('a hedge in a long parenthetical aside does not hollow the main duty', () => {
    expect(
      statusOf(
        socialValue,
        'Tenders must allocate at least 10% of the total award criteria to social value (departments are encouraged to start earlier where they can).',
      ),
    ).toBe('strong');
  });

  it('a numbered title naming a mandatory rule is a heading, not the rule', () => {
    expect(statusOf(socialValue, '2.3 Mandatory Social Value')).toBe('weak');
  });

  it("a condition 'where benefits are included in a contract' does not make the notice duty a social-value term", () => {
    expect(
      statusOf(
        socialValue,
        'Where community benefit requirements are included in a contract, the authority must publish a statement of them.',
      ),
    ).toBe('weak');
  });

  it('false friend: the Social Value Act named as background is not a clause', () => {
    expect(statusOf(socialValue, 'The Public Services (Social Value) Act 2012 came into force in January 2013.')).toBe(
      'missing',
    );
  });

  it("false friend: 'social care' and 'value for money' are not social value", () => {
    expect(statusOf(socialValue, 'The social care framework shall deliver value for money.')).toBe('missing');
  });

  it('the three-pillar well-being wording is the topic, but generic participation is weak', () => {
    expect(
      statusOf(
        socialValue,
        "Contractors will be required to take part in the authority's social, economic and environmental objectives.",
      ),
    ).toBe('weak');
  });

  it('each devolved regime gets its own model wording', () => {
    const base = { type: 'itt', sector: 'general' } as const;
    expect(suggestClause('social-value', { ...base, jurisdiction: 'scotland' }).id).toBe(
      'social-value/scotland-community-benefits',
    );
    expect(suggestClause('social-value', { ...base, jurisdiction: 'ni' }).id).toBe('social-value/ni-ppn-01-21');
    expect(suggestClause('social-value', { ...base, jurisdiction: 'wales' }).id).toBe('social-value/wales-sppp');
    expect(suggestClause('social-value', { ...base, jurisdiction: 'england' }).id).toBe('social-value/standard');
  });

  it('a weighting written as a criteria line ("Social value 10%") is strong', () => {
    expect(statusOf(socialValue, 'Award criteria: Quality 55%, Price 35%, Social value 10%.')).toBe('strong');
    expect(statusOf(socialValue, 'Social Value (10%): describe the local jobs you will create.')).toBe('strong');
  });

  it("a weighting that only 'may' apply is weak", () => {
    expect(statusOf(socialValue, 'Social value may count for up to 10% of the score.')).toBe('weak');
  });

  it('a share of spend is not a weighting: "80% of procurement featuring social value" is weak', () => {
    expect(
      statusOf(socialValue, 'Already 80% of our procurement features social value elements, the leader said.'),
    ).toBe('weak');
  });

  it('quarterly reporting on social value delivered under the contract is strong', () => {
    expect(
      statusOf(
        socialValue,
        'The Provider shall report every quarter on the social value delivered under the contract.',
      ),
    ).toBe('strong');
  });

  it('a weighting below the 10% floor is weak where PPN 01/21 or PPN 002 applies', () => {
    expect(
      statusOf(socialValue, 'Social value will be weighted at 5% of the total score.', { jurisdiction: 'ni' }),
    ).toBe('weak');
    expect(statusOf(socialValue, 'Under PPN 002, social value will carry 5% of the total score.')).toBe('weak');
    expect(statusOf(socialValue, 'Social value will be weighted at 5% of the total score.')).toBe('strong');
  });

  it("a notice saying 'community benefits are included in this requirement' makes them part of the contract", () => {
    expect(statusOf(socialValue, 'Community benefits are included in this requirement.', { type: 'notice' })).toBe(
      'strong',
    );
  });
});
