import { describe, expect, it } from 'vitest';
import { analyseText } from '../analysis/analyse';
import { statusOf } from './testing';
import { tupePensions } from './tupe-pensions';

describe('tupe-pensions', () => {
  it('terms or a pension scheme are the topic only beside a transfer, outsourcing or a supplier', () => {
    const inPolicy = (t: string) => statusOf(tupePensions, t, { type: 'policy' });
    expect(inPolicy('Employees of the council are members of the Local Government Pension Scheme.')).toBe('missing');
    expect(inPolicy('Agency workers must receive terms no less favourable than permanent staff after 12 weeks.')).toBe(
      'missing',
    );
    expect(inPolicy('Unison said the outsourcing had led to a two-tier workforce.')).toBe('weak');
    expect(statusOf(tupePensions, 'The Contractor shall offer transferring staff membership of the LGPS.')).toBe(
      'strong',
    );
  });

  it("'must apply to join the fund' is how a body joins a pension fund, not a protection for transferred staff", () => {
    expect(
      statusOf(
        tupePensions,
        'Contractors may join the LGPS after a TUPE transfer. They must apply to become an admitted body.',
        {
          type: 'policy',
        },
      ),
    ).toBe('weak');
  });

  it('TUPE as model contract terms name it (defined terms for the transfer, the staff, the information)', () => {
    expect(statusOf(tupePensions, 'The Supplier shall comply with Schedule 9 (Staff Transfer).')).toBe('strong');
    expect(
      statusOf(
        tupePensions,
        'On exit the Supplier shall give the Buyer the Staffing Information needed for any Re-Transfer.',
      ),
    ).toBe('strong');
    expect(
      statusOf(
        tupePensions,
        'The start of the Services shall be a Relevant Transfer of the Transferring Buyer Employees.',
      ),
    ).toBe('strong');
    expect(statusOf(tupePensions, 'The employment regulations of the host country apply.')).toBe('missing');
  });

  it('the two-tier codes by name, and a regime that applies to the contract in the present tense, are strong', () => {
    expect(
      statusOf(
        tupePensions,
        'The Code of Practice on Workforce Matters applies to all contracts let under this framework.',
      ),
    ).toBe('strong');
    expect(statusOf(tupePensions, 'TUPE applies to this contract.')).toBe('strong');
    expect(statusOf(tupePensions, 'It is possible that TUPE applies to this contract.')).toBe('weak');
    expect(statusOf(tupePensions, 'The workforce code was discussed at the meeting.', { type: 'policy' })).toBe('weak');
  });

  it('a warranty that the contract gives rise to no transfer of staff protects no one', () => {
    expect(
      statusOf(
        tupePensions,
        'The Supplier warrants that the provision of the Services shall not give rise to a transfer of any employees to the Authority pursuant to TUPE.',
      ),
    ).toBe('weak');
    expect(
      statusOf(tupePensions, 'The parties agree that TUPE applies to the transfer of the service to the Supplier.'),
    ).toBe('strong');
  });

  it("the transfer's own formula, a contract of employment that carries over to the new employer, is the protection", () => {
    const inOrder = (t: string) => statusOf(tupePensions, t, { type: 'other' });
    expect(
      inOrder(
        'The contract of employment of each listed person is not ended on the transfer date but has effect as if originally made between that person and the Board.',
      ),
    ).toBe('strong');
    expect(
      inOrder(
        'If the service transfers, the contracts of employment might have effect as if made between the staff and the new body.',
      ),
    ).toBe('weak');
  });

  it('outside a contract, which staff would transfer under a plan is a forecast, not a protection', () => {
    const inReport = (t: string) => statusOf(tupePensions, t, { type: 'policy' });
    expect(inReport('If the plan is approved, the staff of both providers will be eligible for TUPE transfer.')).toBe(
      'weak',
    );
    expect(inReport('Current employees would transfer to the county council under TUPE.')).toBe('weak');
    expect(inReport('Contractors are obliged to ensure that transferring staff keep their LGPS membership.')).toBe(
      'strong',
    );
    expect(statusOf(tupePensions, 'Staff will transfer to the new provider under TUPE.', { type: 'notice' })).toBe(
      'strong',
    );
  });

  it("in its own pay policy statement, the authority's employer contributions to its pension scheme are not a transfer term", () => {
    const statement = [
      'Pay Policy Statement 2026/27',
      'For each member of the Local Government Pension Scheme the Council is required to pay an employer contribution under the contract of employment.',
    ].join('\n');
    expect(statusOf(tupePensions, statement, { type: 'policy' })).toBe('missing');
  });

  it('a TUPE document in a list of attachments is weak (regression: its "must be destroyed" read as binding)', () => {
    expect(statusOf(tupePensions, 'AB1234 TUPE Information (must be destroyed by 1 March 2024)')).toBe('weak');
  });

  it('"it is envisaged that TUPE will apply" is a forecast, not a term', () => {
    expect(statusOf(tupePensions, 'It is envisaged that TUPE will apply to this Contract.')).toBe('weak');
  });

  it('"will become an admission body" describes status, not a duty (regression: read as strong)', () => {
    expect(
      statusOf(tupePensions, 'An organisation will usually become an admission body because of a TUPE transfer.'),
    ).toBe('weak');
  });

  it('a duty to protect transferring staff’s pensions is strong', () => {
    expect(
      statusOf(
        tupePensions,
        'Contractors taking on the service are obliged to ensure that pensions of transferring staff are protected.',
      ),
    ).toBe('strong');
  });

  it('false friend: a bare pension mention with no transfer is not pension protection', () => {
    expect(statusOf(tupePensions, '- Sick pay, maternity pay and pension above statutory requirements')).toBe(
      'missing',
    );
  });

  it('false friend: two-tier local government', () => {
    expect(statusOf(tupePensions, 'The county has two-tier local government.')).toBe('missing');
  });

  it('false friend: pension investment services bought under the contract', () => {
    expect(statusOf(tupePensions, 'classification: 66131100 Pension investment services')).toBe('missing');
  });

  it('is n/a for a pure goods purchase', () => {
    expect(statusOf(tupePensions, 'TUPE will apply to this contract.', { sector: 'goods' })).toBe('n/a');
  });

  it('the pension-protection duty outranks a duty about the code as evidence (regression: stray evidence)', () => {
    const text = [
      'The workforce code must include model clauses so that staff can transfer under TUPE to the new employer.',
      'These clauses will ensure that their pensions arrangements are protected.',
    ].join(' ');
    const finding = analyseText(text, {
      profile: { type: 'other', sector: 'general', jurisdiction: 'wales' },
      asOf: '2026-11-25',
    }).findings.find((f) => f.id === 'tupe-pensions')!;
    expect(finding.status).toBe('strong');
    // the quote is the whole passage: the pension duty with the sentence its "These clauses" points back to
    expect(finding.evidence.map((e) => e.text)).toEqual([text]);
    expect(finding.evidence[0]!.why).not.toMatch(/code/);
  });

  it('transferring employees keeping their terms is a TUPE term', () => {
    expect(
      statusOf(tupePensions, 'Employees who transfer shall retain their existing terms and conditions of employment.'),
    ).toBe('strong');
  });

  it('moving pension fund data is not protecting staff pensions', () => {
    expect(statusOf(tupePensions, 'The Contractor shall transfer all pension fund records to the new platform.')).toBe(
      'missing',
    );
  });
});
