import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import { livingWage } from './living-wage';
import { statusOf } from './testing';

const findingFor = (text: string, asOf = '2026-11-25') =>
  analyseText(text, { asOf, profile: { type: 'terms', sector: 'facilities', jurisdiction: 'england' } }).findings.find(
    (f) => f.id === 'living-wage',
  )!;

describe('living-wage', () => {
  it('the statutory rate named only as a cost is quoted after a hedged Real Living Wage', () => {
    const text = [
      "Providers say the fee uplift falls far short of the cost of April's rise in the National Living Wage.",
      'The council said it would encourage all providers to work towards paying the Real Living Wage.',
    ].join('\n\n');
    const f = findingFor(text);
    expect(f.status).toBe('weak');
    expect(f.evidence.map((e) => e.text)).toEqual([
      'The council said it would encourage all providers to work towards paying the Real Living Wage.',
    ]);
  });

  it("'the London minimum wage' in a news story is no statutory stand-in: there is no statutory London rate", () => {
    const inNews = (t: string) => statusOf(livingWage, t, { type: 'other' });
    expect(
      inNews('The borough is one of four councils paying its contract cleaners the London minimum wage.'),
    ).not.toBe('weak');
    expect(inNews('Contract cleaners there are paid only the national minimum wage.')).toBe('weak');
  });

  it("the statutory rate behind what workers are paid ('rates for night workers') is the stand-in at work, not background", () => {
    const inNews = (t: string) => statusOf(livingWage, t, { type: 'other' });
    expect(
      inNews('Many care firms met the National Living Wage by raising their rates for night (sleep-in) workers.'),
    ).toBe('weak');
    expect(inNews('The National Living Wage was introduced in April 2016.')).toBe('missing');
  });

  it('a duty to pay the Real Living Wage to everyone on the contract is strong', () => {
    expect(
      statusOf(
        livingWage,
        'The Contractor shall ensure that every cleaner and porter on the site, agency staff included, is paid no less than the Real Living Wage.',
      ),
    ).toBe('strong');
  });

  it("'where reasonably practicable' downgrades shall to weak", () => {
    expect(
      statusOf(livingWage, 'Where reasonably practicable the Operator shall pay its staff the London Living Wage.'),
    ).toBe('weak');
  });

  it("negation scope: 'is not required to pay' is weak, not strong", () => {
    expect(
      statusOf(livingWage, 'The Grantee is not required to pay the Real Living Wage to volunteers or staff.'),
    ).toBe('weak');
  });

  it("scope limiter: 'directly employed staff only' is weak", () => {
    expect(
      statusOf(livingWage, 'The Provider must pay the Real Living Wage to its directly employed staff only.'),
    ).toBe('weak');
  });

  it("false friend: 'National Living Wage' is a statutory floor, never strong", () => {
    const f = findingFor('All catering staff must receive at least the National Living Wage for each hour worked.');
    expect(f.status).toBe('weak');
    expect(f.evidence[0]!.why).toMatch(/statutory/);
  });

  it("false friend: the authority's own accreditation binds no supplier", () => {
    expect(statusOf(livingWage, 'We are proud to be an accredited Living Wage Employer.')).toBe('missing');
    expect(statusOf(livingWage, 'The borough has yet to be given London Living Wage accredited status.')).toBe(
      'missing',
    );
  });

  it("an undefined 'the living wage' pay promise is weak: it can be read as the statutory minimum", () => {
    expect(statusOf(livingWage, 'All home carers will be paid at least the living wage.')).toBe('weak');
  });

  it("'the Living Wage movement' is not a pay promise, so it is not hollowed by the vague name", () => {
    const f = findingFor(
      'At the heart of the Living Wage movement is a simple idea. The Supplier shall pay the Real Living Wage.',
    );
    expect(f.status).toBe('strong');
  });

  it('£12.21 an hour in a 2025 notice is the statutory minimum, and the reason names both rates', () => {
    const f = findingFor('Support workers on this contract will be paid £12.21 per hour.', '2025-07-01');
    expect(f.status).toBe('weak');
    expect(f.evidence[0]!.why).toContain('£12.21');
    expect(f.evidence[0]!.why).toContain('£12.60');
  });

  it('£8.25 an hour in a 2016 contract was the Real Living Wage then, so it is strong', () => {
    const f = findingFor('From September 2016 home carers will be paid £8.25 per hour.', '2016-07-01');
    expect(f.status).toBe('strong');
  });

  it('the document date is read from the text when no date is given', () => {
    const text = 'Published 3 May 2016. From September 2016 home carers will be paid £8.25 per hour.';
    const f = analyseText(text).findings.find((x) => x.id === 'living-wage')!;
    expect(f.status).toBe('strong');
  });

  it('an hourly price paid to care providers is not a wage figure', () => {
    expect(statusOf(livingWage, 'The framework price for home care is £21.40 per hour of delivered care.')).toBe(
      'missing',
    );
  });

  it('a council writing the rate into its contracts is strong', () => {
    expect(
      statusOf(
        livingWage,
        'The council is writing into contracts that contractors pay their employees the London Living Wage.',
      ),
    ).toBe('strong');
  });

  it('a plan to phase the rate in is weak', () => {
    expect(
      statusOf(livingWage, 'The council will phase in the London Living Wage for contractors over several years.'),
    ).toBe('weak');
  });

  it('evidence is the passage of the clause, not the news around it', () => {
    const f = findingFor(
      [
        'Living Wage Week starts on Monday, the campaign said.',
        'Pay. The Supplier shall pay every worker at least the Real Living Wage. The Real Living Wage is set by the Living Wage Foundation.',
        'Our cleaners told us about the Living Wage campaign last year.',
      ].join('\n'),
    );
    expect(f.status).toBe('strong');
    // the clause with the sentence beside it that says what the rate is; the paragraphs around it are not quoted
    expect(f.evidence.map((e) => e.text)).toEqual([
      'The Supplier shall pay every worker at least the Real Living Wage. The Real Living Wage is set by the Living Wage Foundation.',
    ]);
  });

  it('a parking charge per hour is not a wage figure', () => {
    expect(statusOf(livingWage, 'Parking costs £2.50 per hour in the staff car park.')).toBe('missing');
  });

  it('a stale Real Living Wage figure in a current contract is weak, naming the current rate', () => {
    const f = findingFor('Cleaners on the contract must be paid £12.60 per hour.', '2026-11-25');
    expect(f.status).toBe('weak');
    expect(f.evidence[0]!.why).toContain('£13.45');
  });

  it('in a text with no date of its own, a past Real Living Wage figure dates the text: the named floor stays strong', () => {
    const text = 'The Contractor shall pay all staff the Real Living Wage, currently £9.30 per hour.';
    const undated = analyseText(text, { profile: { type: 'terms' } }).findings.find((f) => f.id === 'living-wage')!;
    expect(undated.status).toBe('strong');
    // the same figure in a text that states a later date is a stale rate
    const dated = analyseText(`Published: 3 March 2024\n\n${text}`, { profile: { type: 'terms' } }).findings.find(
      (f) => f.id === 'living-wage',
    )!;
    expect(dated.status).toBe('weak');
  });

  it("'is a condition of this contract' binds without a modal verb", () => {
    expect(
      statusOf(livingWage, 'Payment of the Real Living Wage to all workers is a condition of this contract.'),
    ).toBe('strong');
  });

  it('beside a strong clause, a passage that negates part of it is still shown, marked weak', () => {
    const f = findingFor(
      'The Supplier shall pay every worker the Real Living Wage. The Supplier is not required to pay the Real Living Wage to agency workers.',
    );
    expect(f.status).toBe('strong');
    expect(f.evidence.map((e) => e.strength)).toEqual(['strong', 'weak']);
  });

  it("a contract that defines 'the Living Wage' as the Foundation's rate makes the bare name strong", () => {
    const text =
      '1.1 “Living Wage” means the hourly rate set each year by the Living Wage Foundation.\n7.2 The Contractor shall pay all Staff at least the Living Wage.';
    expect(findingFor(text).status).toBe('strong');
    expect(findingFor('7.2 The Contractor shall pay all Staff at least the Living Wage.').status).toBe('weak');
  });

  it('the definition does not turn the National Living Wage into the real one', () => {
    const text =
      '“Living Wage” means the rate set by the Living Wage Foundation.\nThe Contractor shall pay at least the National Living Wage.';
    expect(findingFor(text).status).toBe('weak');
  });

  it("negation scope: 'shall ensure that there are no workers paid below' is a duty, not its negation", () => {
    expect(
      statusOf(
        livingWage,
        'The Contractor shall ensure that there are no workers on the contract paid below the Real Living Wage.',
      ),
    ).toBe('strong');
  });

  it('the statutory rate named only as news is not about contract pay at all', () => {
    expect(statusOf(livingWage, 'The National Living Wage rises by 4% in April, the Chancellor announced.')).toBe(
      'missing',
    );
  });

  it('a motion still to be voted on is weak; one recorded as adopted is strong', () => {
    expect(
      statusOf(livingWage, 'Members will debate a motion calling for contractors to pay the Real Living Wage.'),
    ).toBe('weak');
    expect(
      statusOf(livingWage, 'The council adopted a motion requiring all its contractors to pay the Real Living Wage.'),
    ).toBe('strong');
  });
});
