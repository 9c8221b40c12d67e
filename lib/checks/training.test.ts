import { describe, expect, it } from 'vitest';
import { statusOf } from './testing';
import { training } from './training';

describe('training', () => {
  it("the buyer's own people as the learners build the authority's capability, not the supplier's workforce", () => {
    const inPolicy = (t: string) => statusOf(training, t, { type: 'policy' });
    expect(inPolicy('Contract managers will be trained to compare supplier performance.')).toBe('missing');
    expect(inPolicy('Councillors will receive training on the procurement rules.')).toBe('missing');
    expect(
      statusOf(
        training,
        'The Contractor shall provide a training programme on running the plant for the Owner’s site personnel.',
      ),
    ).toBe('missing');
    expect(
      inPolicy('Training is offered so that all officers involved in procurements have the skills they need.'),
    ).toBe('missing');
    expect(
      statusOf(training, "The Contractor's staff shall receive training leading to a recognised qualification."),
    ).toBe('strong');
    expect(
      statusOf(
        training,
        'The Supplier shall provide 5 apprenticeships, reported to the contract manager each quarter.',
      ),
    ).toBe('strong');
  });

  it('apprentices named in a series of those paid (or not paid) a wage are a pay group, not training', () => {
    const inPolicy = (t: string) => statusOf(training, t, { type: 'policy' });
    expect(inPolicy('The pledge does not require firms to pay the rate to volunteers, apprentices and interns.')).toBe(
      'missing',
    );
    expect(statusOf(training, 'The Supplier shall take on two apprentices each year of the Contract.')).toBe('strong');
  });

  it('workforce development in other words: career development, work experience and industry placements', () => {
    expect(statusOf(training, 'The Supplier shall offer career development to every worker on the Contract.')).toBe(
      'strong',
    );
    expect(statusOf(training, 'The Contractor shall provide ten work experience placements each year.')).toBe('strong');
    expect(statusOf(training, 'The placement of the bins is shown on the plan.')).toBe('missing');
  });

  it('coaching firms to bid for contracts is supplier development, not training for the workforce', () => {
    const inPolicy = (t: string) => statusOf(training, t, { type: 'policy' });
    expect(inPolicy('The programme offered training that helped small bakeries tender for school contracts.')).toBe(
      'missing',
    );
    expect(inPolicy('Free bid-writing training is open to every local charity.')).toBe('missing');
    expect(statusOf(training, 'The Supplier shall give its staff training in paid time.')).toBe('strong');
  });

  it('training listed among the services bought is a deliverable, unless the list is about the workforce', () => {
    const asPolicy = (t: string) => statusOf(training, t, { type: 'other' });
    expect(asPolicy('Suppliers on the agreement provide installation, hosting, training and maintenance.')).toBe(
      'missing',
    );
    expect(asPolicy('The scope runs from design and testing to training, support and repairs.')).toBe('missing');
    expect(statusOf(training, 'The Provider shall give its staff training and support to progress.')).toBe('strong');
    expect(
      statusOf(
        training,
        'The Contractor shall provide training, support and supervision to all workers on the contract.',
      ),
    ).toBe('strong');
  });

  it("a learner's own education and training, and a list of the parts of well-being, are not workforce training", () => {
    const asReport = (t: string) => statusOf(training, t, { type: 'policy' });
    expect(asReport('Some young adults need help to finish their education and training.')).toBe('missing');
    expect(asReport('The duty covers their health, education, training and recreation.')).toBe('missing');
  });

  it('a public body running or offering training itself trains no supplier workforce; requiring it of contractors does', () => {
    const asPolicy = (t: string) => statusOf(training, t, { type: 'policy' });
    expect(asPolicy('The Department is making training modules available to buyers across government.')).toBe(
      'missing',
    );
    expect(asPolicy('We will run training sessions for bidders before the portal opens.')).toBe('missing');
    expect(asPolicy('The Council will require contractors to provide training for local people.')).toBe('strong');
  });

  it('false friend: a CPV 80 training-services line', () => {
    expect(statusOf(training, 'classification: 80500000 Training services')).toBe('missing');
  });

  it('training delivered to other people is the service, not a workforce commitment (regression: read as strong)', () => {
    expect(
      statusOf(training, 'The provider will deliver nutrition training for the wider early-years workforce.'),
    ).toBe('missing');
  });

  it('training delivered to its own staff still counts', () => {
    expect(
      statusOf(training, 'The Contractor shall deliver accredited training for all its staff on the contract.'),
    ).toBe('strong');
  });

  it('apprentices named only as a pay group belong to the living-wage check (regression: strong)', () => {
    expect(statusOf(training, 'Under the plans approved, the council will also pay the rate to its apprentices.')).toBe(
      'missing',
    );
  });

  it('a bare mention of skills and experience is not a skills commitment', () => {
    expect(statusOf(training, 'We invite organisations who have the skills and experience to respond.')).toBe(
      'missing',
    );
  });

  it('a requirement placed on contractors to employ apprentices is strong', () => {
    expect(
      statusOf(
        training,
        'Government includes requirements for contractors to employ 5% of their workforce as paid apprentices.',
      ),
    ).toBe('strong');
  });

  it('an apprenticeship target with a number is the most telling evidence', () => {
    expect(statusOf(training, 'The Supplier shall create at least 4 apprenticeship starts each year.')).toBe('strong');
  });

  it('false friend: the Apprenticeship Levy', () => {
    expect(statusOf(training, 'The Apprenticeship Levy is paid through PAYE.')).toBe('missing');
  });

  it('false friend: a training provider is the supplier of a training contract', () => {
    expect(statusOf(training, 'The training provider will deliver courses to jobseekers across the county.')).toBe(
      'missing',
    );
  });

  it('false friend: a lot for training and development services', () => {
    expect(statusOf(training, 'Lot 2: Training and Development Services')).toBe('missing');
  });

  it('a method statement request on apprenticeships is weak, not a commitment', () => {
    expect(
      statusOf(
        training,
        'The successful bidder will be required to provide a method statement on how they will deliver apprenticeships.',
      ),
    ).toBe('weak');
  });

  it('workforce development (a Fair Work First criterion) is on topic', () => {
    expect(statusOf(training, 'Investment in workforce development')).toBe('weak');
  });

  it('a duty only to participate in skills objectives names no commitment', () => {
    expect(
      statusOf(
        training,
        'The contractor will be required to actively participate in the achievement of objectives on skills development and training.',
      ),
    ).toBe('weak');
  });

  it('false friend: quality-related training the bidder must already provide', () => {
    expect(
      statusOf(
        training,
        'The bidder must have arrangements for providing its workforce with quality-related training.',
      ),
    ).toBe('missing');
  });

  it('training records and licence training are compliance, not development', () => {
    expect(statusOf(training, 'Training records shall be made available to the Council on request.')).toBe('missing');
    expect(statusOf(training, 'All drivers must have completed Driver CPC training.')).toBe('missing');
  });

  it('training that comes with an implementation is product training', () => {
    expect(statusOf(training, 'The Supplier will provide staff training as part of the implementation.')).toBe(
      'missing',
    );
  });

  it('a request to describe a training programme is weak', () => {
    expect(statusOf(training, 'The tenderer shall describe its staff training and development programme.')).toBe(
      'weak',
    );
  });
});
