import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import { netZero } from './net-zero';
import { statusOf } from './testing';

const status = (text: string) => statusOf(netZero, text);

function evidenceOf(text: string) {
  const { findings } = analyseText(text, {
    profile: { type: 'policy', sector: 'general', jurisdiction: 'england' },
    asOf: '2026-11-25',
  });
  return findings.find((f) => f.id === 'net-zero')!.evidence.map((e) => e.text);
}

describe('net-zero', () => {
  it('cutting carbon in other words: a carbon reduction heading is weak, a duty to cut the footprint by a figure is strong', () => {
    expect(statusOf(netZero, '21. Carbon Reduction')).toBe('weak');
    expect(statusOf(netZero, 'The Contractor shall reduce the carbon footprint of the Services by 10% a year.')).toBe(
      'strong',
    );
    expect(statusOf(netZero, 'The Contractor shall supply carbon paper to each office.')).toBe('missing');
  });

  it("a wrapped line 'to commit to achieving Net Zero by 2050' is the required commitment", () => {
    expect(status('contracts to commit to achieving Net Zero by 2050 and publish a')).toBe('strong');
  });

  it("the authority extending a requirement later ('the NHS will extend') is not yet in force", () => {
    expect(status('From April 2027 the NHS will extend the Carbon Reduction Plan requirements to all contracts.')).toBe(
      'weak',
    );
  });

  it("the authority's own net-zero date binds no supplier (like its own Living Wage accreditation)", () => {
    expect(status('The Council will become net zero by 2030.')).toBe('missing');
    expect(status('The Council will become net zero by 2030 and suppliers must publish a Carbon Reduction Plan.')).toBe(
      'strong',
    );
  });

  it("'steps to align with the net zero ambition' is an ambition", () => {
    expect(status('Suppliers must take steps to align with our net zero ambition.')).toBe('weak');
  });

  it('a duty about carbon with no reduction, reporting or plan is only an environmental measure', () => {
    expect(status('The Contractor shall use electric vans to cut carbon emissions on site.')).toBe('weak');
    expect(status('The Contractor shall report the carbon emissions of its vans every quarter.')).toBe('strong');
  });

  it('an invitation to commit is not a requirement', () => {
    expect(status('Bidders are asked to commit to net zero by 2045 where they can.')).toBe('weak');
  });

  it("false friend: 'zero-emission vehicles' is not a net-zero commitment", () => {
    expect(status('The Supplier shall provide zero-emission vehicles for the school run.')).toBe('missing');
  });

  it("false friend: 'carbon paper' is not carbon emissions", () => {
    expect(status('The Supplier shall supply carbon paper and carbon copy books.')).toBe('missing');
  });

  it('a sentence that only cites PPN 06/21 is not shown as hollowing the requirement beside it', () => {
    const text = [
      'Suppliers must publish a Carbon Reduction Plan for their Scope 1 and 2 emissions.',
      'This guidance is intended to be used with PPN 06/21.',
    ].join('\n');
    expect(evidenceOf(text)).toEqual([
      'Suppliers must publish a Carbon Reduction Plan for their Scope 1 and 2 emissions.',
    ]);
  });
});
