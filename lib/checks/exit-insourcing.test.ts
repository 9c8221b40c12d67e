import { describe, expect, it } from 'vitest';
import { exitInsourcing } from './exit-insourcing';
import { statusOf } from './testing';

const status = (text: string) => statusOf(exitInsourcing, text);

describe('exit-insourcing', () => {
  it('exit in other words: termination assistance, a hand-back of all assets', () => {
    expect(status('On termination the Supplier shall provide termination assistance to the Council.')).toBe('strong');
    expect(status('The Supplier shall complete a handback of all assets at the end of the Term.')).toBe('strong');
  });

  it('a proposal to take a service in-house, or not to let its contract again, is on topic but weak', () => {
    const inReport = (t: string) => statusOf(exitInsourcing, t, { type: 'policy' });
    expect(inReport('Members are asked to approve the proposal not to re-commission the day centre contracts.')).toBe(
      'weak',
    );
    expect(inReport('Under option 2 the whole service would be in-house by April.')).toBe('weak');
    expect(inReport('The Council has decided not to re-tender the cleaning contract and will run it itself.')).toBe(
      'weak',
    );
    expect(inReport('The library service is run by council staff.')).toBe('missing');
  });

  it('an IP licence that may pass to the replacement contractor is only a passing mention', () => {
    expect(
      status('The licence shall include the right to transfer, novate or assign to the replacement Contractor.'),
    ).toBe('weak');
  });

  it('a duty to assist the replacement contractor is an exit duty', () => {
    expect(status('The Contractor shall assist the replacement contractor to take over the services.')).toBe('strong');
  });

  it("the authority's right to terminate for convenience is strong although it says 'may'", () => {
    expect(status('The Authority may terminate the Contract for convenience by giving 90 days’ notice.')).toBe(
      'strong',
    );
  });

  it("an exit plan that only ends in 'the service will be re-tendered' secures no in-house option", () => {
    expect(status('Under the exit plan the service will be re-tendered at the end of the term.')).toBe('weak');
  });

  it('a re-tender on its own is not an exit provision', () => {
    expect(status('The service will be re-tendered next year.')).toBe('missing');
  });

  it('bringing the service back in-house is insourcing', () => {
    expect(status('On expiry the Supplier shall support the Council in bringing the service back in-house.')).toBe(
      'strong',
    );
  });

  it("an 'in-house café' is not insourcing", () => {
    expect(status('The council employs a team at the in-house café.')).toBe('missing');
  });

  it("a contents entry 'Break' is weak; 'Consequences of termination and break' too", () => {
    expect(status('36. Break')).toBe('weak');
    expect(status('37. Consequences of termination and break')).toBe('weak');
  });

  it('false friend: rest breaks and short-break care are not break clauses', () => {
    expect(status('Care workers shall have a rest break and the service includes short breaks for carers.')).toBe(
      'missing',
    );
  });

  it('false friend: renewal and extension options are not exit', () => {
    expect(status('The Council shall have the option to extend the contract by 12 months.')).toBe('missing');
  });

  it('false friend: fire exits are not contract exit', () => {
    expect(status('The Contractor shall keep every fire exit route clear.')).toBe('missing');
  });

  it('termination by either party on notice without cause is a break right', () => {
    expect(status("Either party may terminate this Agreement on six months' notice.")).toBe('strong');
  });

  it('termination on notice for an unremedied breach is not a break right', () => {
    expect(status("The Authority may terminate on 30 days' notice if the Supplier fails to remedy a breach.")).toBe(
      'missing',
    );
  });

  it("the authority's reserved right to bring the service back in-house is strong", () => {
    expect(status('The Council reserves the right to bring the service back in-house after year three.')).toBe(
      'strong',
    );
  });

  it("'the transfer of the services' to the new supplier at the start is not exit", () => {
    expect(status('TUPE is expected to apply on the transfer of the services to the Supplier.')).toBe('missing');
    expect(status('The Supplier shall assist the transfer of the services on expiry to any successor.')).toBe('strong');
  });
});
