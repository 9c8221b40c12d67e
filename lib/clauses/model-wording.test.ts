import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import type { ModelClause } from '../checks/types';
import type { DocumentProfile, DocumentType } from '../types';
import { BUILT_IN_CLAUSES } from './library';
import { fillClause, rateValues } from './placeholders';
import { rankClauses, suggestClause } from './select';

const AS_OF = '2026-06-01';

/** The values a commissioner's settings fill in, as the panel inserts them. */
const VALUES = {
  ...rateValues(AS_OF),
  authority: 'Brackenford Borough Council',
  contract: 'the Community Services Contract',
  supplier: 'Supplier',
  wage_floor: '€14.00',
};

const filled = (c: ModelClause) => fillClause(c.body, VALUES);

function profileFor(c: ModelClause): DocumentProfile {
  return {
    type: c.documentTypes[0] ?? 'terms',
    jurisdiction: c.jurisdictions[0] ?? 'england',
    sector: c.sectors[0] ?? (c.checkId === 'ethical-care' ? 'homecare' : 'facilities'),
    buyer: 'local-government',
  };
}

/** A realistic document of each type, in the project's own words, with none of the sixteen topics in it. */
const SURROUNDINGS: Record<DocumentType, [string, string]> = {
  terms: [
    'Conditions of Contract for Services\n\n1. Definitions\nIn this Contract "Services" means the services described in the Specification and "Contract Period" means the period set out in the Order Form.\n\n2. Supply of the Services\nThe Supplier shall provide the Services with reasonable skill and care and in accordance with Good Industry Practice.\n\n3. Payment\nThe Authority shall pay the Charges in arrears on receipt of a valid invoice.',
    '4. Insurance\nThe Supplier shall hold public liability insurance of not less than £5,000,000 for any one claim.\n\n5. Governing law\nThis Contract is governed by the law of England and Wales.',
  ],
  itt: [
    'Invitation to Tender\n\nInstructions to Bidders\nBidders are asked to answer every question in the response form and to submit their tender through the portal by the deadline.\n\nSection A: Selection questions\nBidders must provide their registered company number and the contact details of a named person.',
    'Section C: Pricing\nBidders must complete the pricing schedule in full. Prices shall be fixed for the first year.\n\nClarification questions must be raised through the portal messaging service.',
  ],
  notice: [
    'Contract notice\n\nBrackenford Borough Council invites tenders for community support services. Estimated value: £2,400,000. Procedure type: open. Lot 1: North. CPV: 85312000.',
    'Submission deadline: 12 noon on 30 June 2026. Tenders must be submitted through the portal.',
  ],
  specification: [
    'Specification\n\n1. Introduction\nThis specification sets out the services the Council requires at its offices and depots.\n\n2. Service hours\nThe service operates from 7am to 7pm on weekdays.',
    '3. Reporting\nThe Provider shall report monthly on the volume of work completed.',
  ],
  policy: [
    'Procurement strategy\n\nThe Council buys goods and services worth £200m a year.',
    'The strategy runs to 2030.',
  ],
  other: ['Notes', 'End.'],
};

const statusOf = (text: string, c: ModelClause) =>
  analyseText(text, { asOf: AS_OF, profile: profileFor(c) }).findings.find((f) => f.id === c.checkId)!.status;

/** A tender question asks bidders; it may leave its check weak until the contract binds them, and says it is a question. */
const isQuestion = (c: ModelClause) => c.question === true;
const passes = (c: ModelClause, status: string) => (isQuestion(c) ? ['weak', 'strong'] : ['strong']).includes(status);

describe('every built-in clause passes its own check, as inserted', () => {
  for (const c of BUILT_IN_CLAUSES) {
    const want = isQuestion(c) ? 'weak or strong (a question)' : 'strong';
    it(`${c.id} on its own is ${want}`, () => {
      const { text, unfilled } = filled(c);
      expect(unfilled).toEqual([]);
      expect([c.id, statusOf(text, c)]).toSatisfy(([, s]: string[]) => passes(c, s!));
    });

    it(`${c.id} inside a ${profileFor(c).type} document is ${want}`, () => {
      const [before, after] = SURROUNDINGS[profileFor(c).type];
      expect(statusOf(`${before}\n\n${after}`, c)).not.toBe('strong');
      expect(passes(c, statusOf(`${before}\n\n${filled(c).text}\n\n${after}`, c))).toBe(true);
    });

    if (isQuestion(c))
      it(`${c.id} is labelled a question, never binding`, () => {
        expect(c.title).toMatch(/question|requirement|tender/i);
        expect(`${c.title} ${c.body}`).not.toMatch(/\bbinding\b/i);
      });
    else
      it(`${c.id} is not worded as a question`, () => {
        expect(c.title).not.toMatch(/question/i);
        expect(c.body).not.toMatch(/^Question\b/);
      });
  }
});

describe('the suggestion for a check is the clause that fixes it', () => {
  it('on contract terms, FOI suggests the FOI assistance clause; open contract information is an alternative', () => {
    const profile: DocumentProfile = { type: 'terms', jurisdiction: 'england', sector: 'general' };
    expect(suggestClause('foi', profile).id).toBe('foi/standard');
    expect(rankClauses('foi', profile).map((c) => c.id)).toContain('foi/transparency-schedule');
  });

  it('for every check, place and document type, the first suggestion is a clause that turns the check strong or a question', () => {
    const types: DocumentType[] = ['terms', 'itt', 'notice', 'specification'];
    for (const c of BUILT_IN_CLAUSES)
      for (const jurisdiction of ['england', 'wales', 'scotland', 'ni'] as const)
        for (const type of types) {
          const profile: DocumentProfile = { type, jurisdiction, sector: profileFor(c).sector };
          const best = suggestClause(c.checkId, profile);
          const status = analyseText(filled(best).text, { asOf: AS_OF, profile }).findings.find(
            (f) => f.id === c.checkId,
          )!.status;
          if (status === 'n/a') continue;
          expect([best.id, passes(best, status)]).toEqual([best.id, true]);
          // outside an invitation to tender the suggestion binds the supplier; a question is an alternative
          if (type !== 'itt') expect([best.id, isQuestion(best)]).toEqual([best.id, false]);
        }
  });
});

describe('questions are shown as questions', () => {
  it('evidence from a pass/fail tender question is labelled a question, not binding', async () => {
    const { evidenceLabel } = await import('../report/describe');
    const c = BUILT_IN_CLAUSES.find((x) => x.id === 'living-wage/itt-question')!;
    const profile: DocumentProfile = { type: 'itt', jurisdiction: 'england', sector: 'facilities' };
    const f = analyseText(filled(c).text, { asOf: AS_OF, profile }).findings.find((x) => x.id === 'living-wage')!;
    const label = evidenceLabel(f.evidence[0]!);
    expect(label.kind).toBe('Tender question');
    expect(`${label.kind} ${label.why}`).not.toMatch(/binding/i);
  });
});
