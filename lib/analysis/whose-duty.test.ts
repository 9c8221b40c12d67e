import { describe, expect, it } from 'vitest';
import { scanText } from '../scan';
import { blocksFromText } from '../text/segment';
import { AnalysisSession, analyseText } from './analyse';
import { withAntecedent } from './assess';
import { willPredicts } from './strength';

const status = (text: string, id: string, type: string) =>
  analyseText(text, {
    profile: { type: type as 'policy', sector: 'general', jurisdiction: 'england' },
    asOf: '2026-11-25',
  }).findings.find((f) => f.id === id)!.status;

describe('whose duty: a binding word binds a supplier only when the sentence is about one', () => {
  it("what bidders are told ('should be aware that the Board … must have due regard') is the Board's own duty", () => {
    const told =
      'Tenderers should be aware that the Board is a public authority under the Equality Act 2010 and must have due regard to the need to eliminate discrimination.';
    expect(status(told, 'equality', 'itt')).toBe('weak');
    // told of a duty the Board lays on contractors, they are told of a term
    expect(
      status(
        'Tenderers should be aware that the Board requires every contractor to comply with the Equality Act 2010.',
        'equality',
        'itt',
      ),
    ).toBe('strong');
  });

  it("in a pay policy, the council's own duty to the pension scheme is not a supplier term", () => {
    const text =
      'Where employees join the Local Government Pension Scheme, the Council is required to pay an employer contribution.';
    expect(status(text, 'tupe-pensions', 'policy')).toBe('weak');
  });

  it("staff on the council's pay grades, and a government's employees, are its own; 'agreement of a pay award' is consent", () => {
    const text =
      'Staff at Grades 1 to 3 will still earn £13 an hour, which would increase with future agreement of any national pay award and uplift to the Real Living Wage.';
    expect(status(text, 'living-wage', 'policy')).toBe('missing');
    // a government's or department's employees are its own, as a council's are
    expect(status('How many Government employees are not paid the Real Living Wage?', 'living-wage', 'other')).toBe(
      'missing',
    );
    // its apprenticeship scheme and the apprentices it recruited are its own too
    expect(status('She joined the council’s apprenticeship scheme after leaving school.', 'training', 'other')).toBe(
      'missing',
    );
    expect(
      status(
        'When the Council previously recruited apprentices, these were in traditional roles such as electricians.',
        'training',
        'policy',
      ),
    ).toBe('missing');
    // a contract's agreement still names the supplier side
    expect(status('Under the agreement, cleaners will be paid the Real Living Wage.', 'living-wage', 'policy')).toBe(
      'strong',
    );
  });

  it("in a decision report, 'will' forecasts what happens to staff; it binds no one", () => {
    expect(status('Vacant posts in the team will absorb the staff eligible for TUPE.', 'tupe-pensions', 'policy')).toBe(
      'weak',
    );
  });

  it('the same sentence in contract terms stays a duty: terms bind the supplier without naming it', () => {
    expect(
      status(
        'Staff transferring under TUPE will keep their membership of the Local Government Pension Scheme.',
        'tupe-pensions',
        'terms',
      ),
    ).toBe('strong');
  });

  it('in a policy, workers owed pay or training are the employer’s duty, so the clause stays strong', () => {
    expect(
      status('Home care workers will be paid the Real Living Wage of £13.45 an hour.', 'living-wage', 'policy'),
    ).toBe('strong');
    expect(
      status(
        'All porters and cleaners at the hospital will receive the London Living Wage from May.',
        'living-wage',
        'other',
      ),
    ).toBe('strong');
    expect(
      status(
        'All cleaning, catering and helpdesk staff working at the City Hospital will receive the London Living Wage from May.',
        'living-wage',
        'other',
      ),
    ).toBe('strong');
  });

  it('a decision recorded as taken binds, and staff not directly employed by the body are a supplier’s', () => {
    expect(
      status(
        'In 2021 the board decided to set the London Living Wage as the minimum rate for staff at the hospital not directly employed by the trust.',
        'living-wage',
        'other',
      ),
    ).toBe('strong');
    expect(status('The board decided to look again at the Real Living Wage next year.', 'living-wage', 'other')).toBe(
      'weak',
    );
  });

  it("in news, a predictive 'will' is a forecast, not a duty; a supplier's 'will pay' stays one", () => {
    expect(status('Station cleaning will become worse when the Real Living Wage rises.', 'living-wage', 'other')).toBe(
      'weak',
    );
    expect(status('Contractors will pay the Real Living Wage from April.', 'living-wage', 'other')).toBe('strong');
  });

  it("whose 'will': a thing as the subject of an active verb is a forecast; a party, a document or a passive is a duty", () => {
    expect(willPredicts('Prices paid to contractors will climb steeply after the Real Living Wage uplift.')).toBe(true);
    expect(willPredicts('Waiting lists for home care will lengthen.')).toBe(true);
    expect(willPredicts('The operator will pay the Real Living Wage.')).toBe(false);
    expect(willPredicts('Care workers will receive the Real Living Wage.')).toBe(false);
    expect(willPredicts('Every new contract will include the Real Living Wage.')).toBe(false);
    expect(willPredicts('The Real Living Wage will apply to all new contracts.')).toBe(false);
    expect(willPredicts('Travel time will be paid at the Real Living Wage.')).toBe(false);
    expect(willPredicts('The merger of the two teams will ensure closer oversight of pay.')).toBe(true);
    expect(willPredicts('The new policy will ensure that contractors pay the Real Living Wage.')).toBe(false);
    expect(
      status(
        'Prices paid to contractors will climb steeply after the Real Living Wage uplift.',
        'living-wage',
        'other',
      ),
    ).toBe('weak');
  });

  it("'who require' describes people's needs, not a duty", () => {
    expect(status('The service supports staff who require more time for training.', 'training', 'policy')).toBe('weak');
    // staying in education or training is the service user's own learning: not about the workforce at all
    expect(
      status('The service supports young adults who require more time in education or training.', 'training', 'policy'),
    ).toBe('missing');
  });

  it("reported speech shifts 'will' to 'would': what a speaker confirmed will be done is not a hypothesis", () => {
    const sv = (t: string) => status(t, 'social-value', 'other');
    expect(
      sv('The Director confirmed that tenders would be evaluated on 60% quality, 30% price and 10% social value.'),
    ).toBe('strong');
    expect(sv('Officers said social value would make up 10% of the score if the policy is adopted.')).toBe('weak');
    expect(sv('Social value would make up 10% of the score.')).toBe('weak');
  });

  it("reported speech goes on into the next sentence: its 'would be required to' is the reported duty", () => {
    const minute = (next: string) =>
      `Asked how tender promises would be kept, the Head of Housing confirmed that the community benefit commitments formed part of the conditions of contract. ${next}`;
    expect(
      status(
        minute('Each contractor would be required to deliver six apprenticeships and report progress every quarter.'),
        'training',
        'other',
      ),
    ).toBe('strong');
    // a forecast stays a forecast, and a condition keeps 'would' conditional
    expect(
      status(
        minute('The contractors would be fully compliant with the Real Living Wage by January.'),
        'living-wage',
        'other',
      ),
    ).not.toBe('strong');
    expect(
      status(
        minute('Each contractor would be required to pay the Real Living Wage if the board approved the extra cost.'),
        'living-wage',
        'other',
      ),
    ).not.toBe('strong');
  });

  it('a consortium (the PPP contractor) is the supplier side: a variation that requires it to pay binds', () => {
    expect(
      status(
        'A variation agreed last year requires the consortium to pay its cleaning staff at least the Real Living Wage.',
        'living-wage',
        'other',
      ),
    ).toBe('strong');
  });

  it("a relative clause that requires a party to act ('which requires us to pay') is the duty itself", () => {
    expect(
      status(
        'Most of our work is commissioned under the county framework, which requires us to pay every care worker at least the Real Living Wage.',
        'living-wage',
        'other',
      ),
    ).toBe('strong');
    expect(
      status('Councils use frameworks that require all providers to pay the Real Living Wage.', 'living-wage', 'other'),
    ).toBe('strong');
  });
});

describe('a clause carries its topic to the next sentence of the same clause', () => {
  it("'the commitments offered' in the next sentence are the ones just named, and writing them into the contract binds", () => {
    const text =
      'We include community benefits in the tender evaluation. The commitments offered by the winning contractor are written into the contract.';
    expect(status(text, 'social-value', 'policy')).toBe('strong');
    expect(
      status(
        'We include community benefits in the tender evaluation. The report offered by the consultant is attached.',
        'social-value',
        'policy',
      ),
    ).toBe('weak');
  });

  it('an FOI request named in one sentence and the duty to pass it on in the next are one clause', () => {
    const text =
      'If the Supplier receives a request under the Freedom of Information Act 2000 about this Contract. It shall send the request to the Authority within two working days.';
    const { findings } = analyseText(text, { profile: { type: 'terms' }, asOf: '2026-11-25' });
    const foi = findings.find((f) => f.id === 'foi')!;
    expect(foi.status).toBe('strong');
    expect(foi.evidence[0]!.text).toBe(text);
  });

  it('the supplier named again as the next sentence’s subject continues the clause: the duty there is the FOI duty', () => {
    const text =
      'The Contractor acknowledges that the Council is subject to the Freedom of Information Act 2000. The Contractor shall assist and co-operate with the Council so that it can meet its duties of disclosure.';
    const { findings } = analyseText(text, { profile: { type: 'terms' }, asOf: '2026-11-25' });
    const foi = findings.find((f) => f.id === 'foi')!;
    expect(foi.status).toBe('strong');
    expect(foi.evidence[0]!.text).toBe(text);
  });

  it('a following sentence with its own subject does not carry the topic', () => {
    const text =
      'The Council is subject to the Freedom of Information Act 2000. The Supplier shall deliver the goods within ten days.';
    const { findings } = analyseText(text, { profile: { type: 'terms' }, asOf: '2026-11-25' });
    expect(findings.find((f) => f.id === 'foi')!.status).toBe('weak');
  });

  it('a forecast of the authority’s own change, naming the topic only among its aims, states no clause', () => {
    const text =
      'The new arrangement will give the service greater oversight of every placement, supporting fairness, inclusion, equity and social value.';
    expect(status(text, 'social-value', 'policy')).toBe('missing');
    const heading =
      'Moving the team will bring better outcomes for residents, supporting equality, inclusion and wellbeing.';
    expect(status(heading, 'equality', 'policy')).toBe('missing');
    // the same list in contract terms, or with a supplier named, is about the contract
    expect(status(text, 'social-value', 'terms')).not.toBe('missing');
    expect(
      status(
        'The new contract will require the provider to deliver fairness, inclusion, equity and social value.',
        'social-value',
        'policy',
      ),
    ).not.toBe('missing');
    // the topic alone, not one of a list of aims, is still a mention
    expect(status('Vacant posts in the team will absorb the staff eligible for TUPE.', 'tupe-pensions', 'policy')).toBe(
      'weak',
    );
  });
});

describe("whose 'its': the party named before it, else the subject of the sentence before", () => {
  it("a supplier named in the sentence before owns 'its employees', so the pay clause is the supplier's", () => {
    const text =
      'The cleaning contract was awarded to a local firm in March. Its employees will be paid at least the Real Living Wage for the whole term.';
    expect(status(text, 'living-wage', 'news')).not.toBe('missing');
    expect(
      status(
        'The Council is an accredited employer. Its employees will be paid at least the Real Living Wage.',
        'living-wage',
        'news',
      ),
    ).toBe('missing');
  });

  it("the sentence before may close the paragraph before, and an edit to it re-reads the 'its' after it", () => {
    const text = (owner: string) =>
      `The cleaning contract was awarded to ${owner} in March.\n\nIts employees will be paid at least the Real Living Wage for the whole term.`;
    expect(status(text('a local firm'), 'living-wage', 'news')).not.toBe('missing');
    const session = new AnalysisSession({
      profile: { type: 'news' as 'policy', sector: 'general', jurisdiction: 'england' },
      asOf: '2026-11-25',
    });
    const verdict = (t: string) => session.update(t, blocksFromText(t)).findings.find((f) => f.id === 'living-wage')!;
    expect(verdict(text('a local firm')).status).not.toBe('missing');
    expect(
      verdict(
        'The Council is an accredited employer.\n\nIts employees will be paid at least the Real Living Wage for the whole term.',
      ).status,
    ).toBe('missing');
  });

  it.each([
    ['Its staff are paid weekly.', 'The contract went to a cleaning firm.'],
    ['Its carers get paid travel time.', 'Brightway Care Ltd holds the contract.'],
  ])("reads '%s' after '%s' with the supplier as owner", (sentence, previous) => {
    expect(withAntecedent(sentence, previous)).toMatch(/^The supplier’s /);
  });

  it("a company named by its legal name owns the 'its' after it", () => {
    expect(
      status('Brightway Care Ltd will pay its staff at least the Real Living Wage from April.', 'living-wage', 'news'),
    ).not.toBe('missing');
  });

  it("a sentence that names the supplier keeps its own wording ('in its supply chain' stays as written)", () => {
    const s = 'The Supplier shall take steps to prevent exploitation in its supply chain.';
    expect(withAntecedent(s, 'The Council is the Authority.')).toBe(s);
  });

  it.each([
    ['Its pay policy is reviewed each year.', 'The Council publishes a pay policy statement.'],
    ['The Council reviews its pay scales each April.', 'A contractor cleans the offices.'],
    ['The service has been in place for ten years and its budget is £2m.', undefined],
  ])("keeps the authority's (or no one's) 'its': %s", (sentence, previous) => {
    expect(withAntecedent(sentence, previous)).toBe(sentence);
  });
});

describe('a next sentence that only predicts adds no duty to the one before', () => {
  it('"Buyers should consider … This will usually be the case …" stays weak', () => {
    const text =
      'Buyers should consider, at the strategy stage, whether Fair Work First practices are relevant to the contract. This will usually be the case for cleaning and care services.';
    const fairWork = scanText('guide.txt', text).checks.find((c) => c.id === 'fair-work')!;
    expect(fairWork.status).toBe('weak');
  });

  it('a consideration with its object between ("take modern slavery risks into account") is a duty only to consider', () => {
    const text = 'We will take modern slavery risks into account when planning high-risk procurements.';
    expect(scanText('strategy.txt', text).checks.find((c) => c.id === 'modern-slavery')!.status).toBe('weak');
  });
});

describe('an option on a list the supplier picks from binds no one to that option', () => {
  it("'select at least one theme; examples include …' leaves each example optional", () => {
    const text =
      'Tenderers must select at least one social value theme; examples include skills and training for staff, and offering contracts with guaranteed hours.';
    expect(status(text, 'zero-hours', 'itt')).toBe('weak');
    expect(status(text, 'training', 'itt')).toBe('weak');
    expect(
      status('The Contractor shall not use zero-hours contracts for staff on this contract.', 'zero-hours', 'itt'),
    ).toBe('strong');
  });
});
