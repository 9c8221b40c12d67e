import { describe, expect, it } from 'vitest';
import {
  DESCRIBE_ONLY,
  EVALUATED_ONLY,
  firstMatch,
  generalStrength,
  hasObligation,
  hedgeReading,
  hollowing,
  isCallToAction,
  isHeadingLike,
  isResearchSubject,
  NEGATIONS,
  namesSupplierSide,
  obligationHolder,
  WEIGHT,
  willPredicts,
  withoutNames,
} from './strength';

const strengthOf = (s: string) => generalStrength(s).strength;

describe('obligation verbs', () => {
  it('contracts that include a condition that something is done bind', () => {
    expect(
      strengthOf(
        'All new contracts for cleaning and catering include a condition that staff are paid at least the Real Living Wage.',
      ),
    ).toBe('strong');
    expect(strengthOf('The contracts include a range of services for older people.')).toBe('weak');
    // a provision or clause "to" do something, in the contract or the invitation to tender that sets it
    expect(strengthOf('Every invitation to tender includes a provision to exclude firms that use forced labour.')).toBe(
      'strong',
    );
    expect(strengthOf('The contract includes a provision to be reviewed each year.')).toBe('weak');
  });

  it('shall, must and is required to bind', () => {
    expect(strengthOf('The Contractor shall provide monthly staffing reports.')).toBe('strong');
    expect(strengthOf('Providers must hold a current registration.')).toBe('strong');
    expect(strengthOf('The operator is required to keep a visitor log.')).toBe('strong');
  });

  it("an optional clause of standard terms ('Where the Order Form states that … applies') binds only if the buyer selects it", () => {
    expect(
      strengthOf(
        '12.1 Where the Order Form states that this clause applies, the Supplier shall pay all staff the Real Living Wage.',
      ),
    ).toBe('weak');
    expect(strengthOf('If the Buyer selects this option, the Supplier shall provide monthly staffing reports.')).toBe(
      'weak',
    );
    // a condition that is a fact of the service, not the buyer's option, leaves the duty standing
    expect(strengthOf('Where staff transfer, the Supplier shall provide monthly staffing reports.')).toBe('strong');
  });

  it('a duty word governed by should, could or would is advice, unless a duty of its own follows', () => {
    expect(hasObligation('Councils should require contractors to pay their cleaners weekly.')).toBe(false);
    expect(hasObligation('Authorities could make it a contract condition.')).toBe(false);
    expect(
      hasObligation('The council should consider the options; the contractor shall pay its cleaners weekly.'),
    ).toBe(true);
  });

  it('a question whether something is required, and an election pledge, are not duties', () => {
    expect(
      strengthOf('To ask the Secretary of State, whether contractors are required to publish their accounts.'),
    ).toBe('weak');
    expect(strengthOf('Members asked whether the new contract requires weekly reports.')).toBe('weak');
    expect(strengthOf('Every worker, whether employed directly or by an agency, must be paid weekly.')).toBe('strong');
    expect(strengthOf('If elected, we will make every council contract publish its accounts.')).toBe('weak');
  });

  it("'guarantee' binds as a verb, not as the name of a security", () => {
    expect(hasObligation('Parent company guarantee and performance bond for the cleaning contract.')).toBe(false);
    expect(hasObligation('A bank guarantee of £50,000 is held against the catering contract.')).toBe(false);
    expect(hasObligation('Many cleaners are on contracts with no guaranteed work or sick pay.')).toBe(false);
    expect(hasObligation('The provider guarantees that every carer is paid for travel time.')).toBe(true);
    expect(hasObligation('We guarantee to pay all invoices to small firms within 10 days.')).toBe(true);
  });

  it("a 'will' inside a parenthetical aside is commentary, not the sentence's duty", () => {
    expect(
      hasObligation(
        'Confirming that you avoid zero hours contracts (often this will be where demand swings by season).',
      ),
    ).toBe(false);
    expect(
      hasObligation('The Supplier shall (and shall procure that its subcontractors shall) pay the Real Living Wage.'),
    ).toBe(true);
  });

  it('a power to require is no requirement: "it is possible to require", "authorities can require"', () => {
    expect(
      hasObligation('It is possible to require the Real Living Wage to be paid to workers on public contracts where:'),
    ).toBe(false);
    expect(
      hasObligation('Every public body in Scotland can require payment of the real Living Wage on its contracts.'),
    ).toBe(false);
    expect(hasObligation('The Council requires payment of the real Living Wage on its contracts.')).toBe(true);
  });

  it('a duty word inside a leading condition that opens with a phrase ("In designing contracts where …,") is no duty', () => {
    expect(
      hasObligation(
        'In designing contracts where apprenticeship targets are to be built in, early talks with the market help.',
      ),
    ).toBe(false);
    expect(hasObligation('In contracts where staff transfer, the Supplier shall protect their pensions.')).toBe(true);
  });

  it("'there is no one-size-fits-all approach' says approaches differ; it does not say the provision is absent", () => {
    expect(
      firstMatch(NEGATIONS, 'There is no ‘one-size-fits-all’ approach to delivering social value.'),
    ).toBeUndefined();
    expect(firstMatch(NEGATIONS, 'There is no single way to measure community benefits.')).toBeUndefined();
    expect(firstMatch(NEGATIONS, 'There is no social value weighting in these contracts.')).toBeDefined();
  });

  it("a duty to share the authority's aim ('must share its desire to …') hollows the clause", () => {
    expect(
      strengthOf(
        'The firms the council contracts must share its desire to invest in the skills of their staff through good training.',
      ),
    ).toBe('weak');
    expect(strengthOf('The firms the council contracts must give every worker ten days of training a year.')).toBe(
      'strong',
    );
  });

  it("'the Provider is to …' binds the party it names; 'the aim is to …' states a purpose", () => {
    expect(hasObligation('The Provider is to facilitate any inspection of its records by the Council.')).toBe(true);
    expect(hasObligation('The aim is to provide a better service for residents.')).toBe(false);
  });

  it("the law's test of a requirement ('it must be relevant to the subject matter') is no duty on the supplier", () => {
    expect(
      strengthOf('Fair work requirements must be relevant to the subject matter of the contract and proportionate.'),
    ).toBe('weak');
    expect(strengthOf('The Supplier must give every worker on the contract a written statement of terms.')).toBe(
      'strong',
    );
  });

  it('a law that will place a body under a duty only to seek to improve something sets an aim', () => {
    expect(
      strengthOf(
        'The Act will place the Council under a duty to seek to improve the economic, social, environmental and cultural well-being of its area.',
      ),
    ).toBe('weak');
  });

  it("a contrast that hedges only the rest ('…, while the other criteria will be encouraged') leaves the first clause a duty", () => {
    expect(
      strengthOf(
        'From July, paying the real Living Wage will be mandatory for grant recipients, while the other criteria will be encouraged.',
      ),
    ).toBe('strong');
    expect(strengthOf('Paying the real Living Wage will be encouraged.')).toBe('weak');
  });

  it("'they commit to pay' undertakes; 'we are committed to paying' states a stance", () => {
    expect(hasObligation('They commit to pay at least the real Living Wage to all staff on the contract.')).toBe(true);
    expect(hasObligation('We are committed to paying the real Living Wage.')).toBe(false);
  });

  it("'it is a condition of the contract that' binds", () => {
    expect(hasObligation('It is a condition of this contract that cleaners are paid weekly.')).toBe(true);
  });

  it("making something 'a condition of' contracts binds; changing 'the conditions of contract' does not", () => {
    expect(
      hasObligation('In 2019 the board made timely payment of subcontractors a condition of its works contracts.'),
    ).toBe(true);
    expect(hasObligation('The board made changes to the conditions of contract last year.')).toBe(false);
  });

  it("a 'proposal' that bidders submit is a tender document, not a plan; a proposal still to be decided is", () => {
    expect(generalStrength('Bidders must submit a method statement proposal with their tender.').strength).toBe(
      'strong',
    );
    expect(generalStrength('The proposal to require contractors to pay the rate goes to Cabinet.').strength).toBe(
      'weak',
    );
  });

  it("'the proposed contract' names the thing being bought; 'it is proposed that' is still a plan", () => {
    expect(generalStrength('The Contractor shall pay the Real Living Wage under the proposed contract.').strength).toBe(
      'strong',
    );
    expect(generalStrength('It is proposed that the Contractor shall pay the Real Living Wage.').strength).toBe('weak');
    expect(generalStrength('The proposed weighting of 10% shall apply to every tender.').strength).toBe('weak');
  });

  it('hedges in quotation marks, questions put actively, matters kept under review, hypothetical requirements', () => {
    expect(generalStrength('Suppliers will be "asked to consider" risks in their supply chains.').strength).toBe(
      'weak',
    );
    expect(generalStrength('The council will ask bidders to set out how they will reduce emissions.').why).toBe(
      DESCRIBE_ONLY,
    );
    expect(generalStrength('The in-house option will be kept under review.').strength).toBe('weak');
    expect(generalStrength('Bringing the service in-house would require £2m of capital.').strength).toBe('weak');
    expect(generalStrength('The Contractor shall keep the Exit Plan under review.').strength).toBe('strong');
  });

  it('the authority training its own officers or budget holders is its own conduct', () => {
    expect(obligationHolder('Officers will deliver training to all budget holders on the new rules.')).toBe(
      'authority',
    );
    expect(obligationHolder('The Contractor will deliver training to its staff.')).toBe('supplier');
  });

  it('an expectation of what will happen, and what may be required, are not terms', () => {
    expect(generalStrength('It is envisaged that TUPE will apply to this contract.').strength).toBe('weak');
    expect(
      generalStrength('The parties do not anticipate that TUPE will apply at the start of the Contract.').strength,
    ).toBe('weak');
    expect(generalStrength('The Council may be required to disclose information about this Contract.').strength).toBe(
      'weak',
    );
    expect(generalStrength('The Contractor shall, where required to do so, assist the Council.').strength).toBe(
      'strong',
    );
  });

  it('a duty word only inside a leading condition, and a paper still to be brought to a committee, bind no one', () => {
    expect(
      generalStrength('If staff will be transferring to you from another provider, take advice on TUPE early.')
        .strength,
    ).toBe('weak');
    expect(
      generalStrength('Where the Contractor receives a request for information, it shall transfer it to the Council.')
        .strength,
    ).toBe('strong');
    expect(
      generalStrength(
        'An options appraisal on insourcing will be brought to the Finance and Performance Committee in spring.',
      ).strength,
    ).toBe('weak');
  });

  it('an infinitive of describing ("to set out what they will deliver") and a question that will assess are tender steps', () => {
    expect(
      generalStrength(
        'Bidders use the points menu to set out what they will deliver, for example: local subcontracting.',
      ).why,
    ).toBe(DESCRIBE_ONLY);
    expect(
      generalStrength('Question 7 will assess commitments in the following areas: spend with small firms.').why,
    ).toBe(EVALUATED_ONLY);
    expect(
      generalStrength('The Contractor shall pay subcontractors within 30 days and shall explain how it does so.')
        .strength,
    ).toBe('strong');
  });

  it('bidders scored on their commitment, or given marks for it, are evaluated, not bound', () => {
    expect(
      generalStrength('Suppliers will be evaluated on their commitment to fair pay, including the real Living Wage.')
        .why,
    ).toBe(EVALUATED_ONLY);
    expect(
      generalStrength('Contractors paying the real Living Wage will receive extra marks in the evaluation.').why,
    ).toBe(EVALUATED_ONLY);
    expect(
      generalStrength('The Contractor shall pay the real Living Wage, and its performance will be reviewed quarterly.')
        .strength,
    ).toBe('strong');
  });

  it("the law's own duty to consider, retold, is background: it ranks below the body's own hedged words", () => {
    const retold = [
      'The Public Services (Social Value) Act 2012 requires us to consider how what we buy might improve the well-being of the area.',
      'Statutory guidance on fair work sets an obligation on public bodies to consider whether to ask about the real Living Wage.',
    ];
    for (const t of retold) {
      expect(generalStrength(t).strength).toBe('weak');
      expect(generalStrength(t).weight).toBe(WEIGHT.mention);
    }
    expect(generalStrength('The council must consider paying the real Living Wage in its contracts.').weight).toBe(
      WEIGHT.clause,
    );
  });

  it('research commissioned to examine a topic makes the topic its subject matter', () => {
    expect(
      isResearchSubject(
        'The Department wishes to commission independent research to examine how zero-hours contract use has changed.',
      ),
    ).toBe(true);
    expect(
      isResearchSubject(
        'Papers show the study will examine whether employers would pay the real Living Wage voluntarily.',
      ),
    ).toBe(true);
    expect(isResearchSubject('The Contractor shall not use zero-hours contracts for staff on this contract.')).toBe(
      false,
    );
  });

  it('a prohibition binds; working towards a qualification is training, not a hedge; "likely to apply" is a forecast', () => {
    expect(generalStrength('Use of zero-hours contracts by the Contractor is not permitted.').strength).toBe('strong');
    expect(
      generalStrength('The Contractor must ensure all care staff hold, or are working towards, the relevant SVQ.')
        .strength,
    ).toBe('strong');
    expect(generalStrength('The Contractor will work towards paying the real Living Wage by 2027.').strength).toBe(
      'weak',
    );
    expect(
      generalStrength('TUPE is likely to apply, and the Contractor will receive staff details at award.').strength,
    ).toBe('weak');
  });

  it('contract documents as the subject of a ban or exclusion bind', () => {
    expect(
      generalStrength(
        'The framework terms exclude firms that have used blacklists unless they have taken remedial measures.',
      ).strength,
    ).toBe('strong');
    expect(
      generalStrength('Firms that have used blacklists may be excluded at the council’s discretion.').strength,
    ).toBe('weak');
  });

  it('a duty weighed in a "consider whether" clause is only to be considered', () => {
    expect(
      generalStrength(
        'Buyers should consider whether payment of the real Living Wage can be included as a condition of contract.',
      ).why,
    ).toBe('a duty only to consider it: nothing has to be secured');
    expect(
      generalStrength('The Council has considered the options, and the Contractor shall pay the real Living Wage.')
        .strength,
    ).toBe('strong');
  });

  it('"whether you will pay" in a question\'s list of points is asked, not promised', () => {
    expect(
      generalStrength('(a) your pay rates for operatives, and whether you will pay the Real Living Wage;').strength,
    ).toBe('weak');
  });

  it("a page's navigation links are not contents of the text", () => {
    expect(isCallToAction('Related pages: Freedom of information | Current tenders | Prompt payment')).toBe(true);
    expect(isCallToAction('See also: Modern slavery statement')).toBe(true);
  });

  it('a pointer to where more is said ("For information on X, please see", "More information can be found in …") is a link', () => {
    expect(
      isCallToAction('For information on Fair Work First in contracts, including the model question, please see'),
    ).toBe(true);
    expect(
      isCallToAction('More information can be found in our pensions policy (PDF, 274kb) (opens new window).'),
    ).toBe(true);
    // what "can be found on their website" is only pointed at
    expect(isCallToAction('Events and training can be found on their website.')).toBe(true);
    expect(
      isCallToAction('Details of the apprenticeships the Contractor must provide can be found on our website.'),
    ).toBe(false);
    expect(
      isCallToAction('More information is required from the contractor before the Real Living Wage is paid.'),
    ).toBe(false);
  });

  it("a supplier that 'has agreed to' or 'has committed to' deliver has undertaken it; an authority that has is stating a stance", () => {
    expect(strengthOf('The Contractor has agreed to pay every worker on the contract the real Living Wage.')).toBe(
      'strong',
    );
    expect(strengthOf('The successful provider has committed to deliver twelve apprenticeships.')).toBe('strong');
    expect(strengthOf('The council has committed to pay the real Living Wage.')).toBe('weak');
    // contracts described by what a contractor has committed to: a count of such contracts, not an undertaking
    expect(
      strengthOf(
        'The number of contracts in which contractors have committed to pay the real Living Wage is not known.',
      ),
    ).toBe('weak');
  });

  it('a topic that "will be addressed in the procurement process" is announced for the tender, not made a term', () => {
    expect(
      strengthOf('Bidders are advised that fair work practices will be addressed in the procurement process.'),
    ).toBe('weak');
    expect(strengthOf('Community benefits will be taken into account during the tender stage.')).toBe('weak');
    expect(
      strengthOf(
        'The Contractor shall deliver the community benefits it offered, which were considered in the evaluation.',
      ),
    ).toBe('strong');
  });

  it('a plan word inside a condition ("where the Authority intends to re-tender") sets the circumstance, it does not hedge the duty', () => {
    expect(
      strengthOf(
        'The Contractor shall provide staff information where the Authority intends to re-tender the Services.',
      ),
    ).toBe('strong');
    expect(
      strengthOf(
        'If the Council is proposing to re-procure the service, the Supplier shall co-operate with any TUPE transfer.',
      ),
    ).toBe('strong');
    expect(strengthOf('The Council intends that the Supplier shall pay the real Living Wage.')).toBe('weak');
  });

  it('a leading "If …:" that introduces a list of cases and then the duty is a condition, not a question heading', () => {
    expect(
      strengthOf(
        'If any of the following occurs: a Contractor Default; or an emergency, then the Contractor shall hand over the service records within five days.',
      ),
    ).toBe('strong');
    expect(generalStrength('If the Contractor must pay the real Living Wage').why).toBe(
      'only a question or FAQ heading: it binds no one',
    );
  });

  it('a duty only to support a campaign or initiative promotes it; a duty to do what the campaign asks binds', () => {
    expect(
      strengthOf('The Council requires its suppliers to support the local campaign against unpaid trial shifts.'),
    ).toBe('weak');
    expect(strengthOf('The Contractor shall support the national Fair Tax initiative.')).toBe('weak');
    expect(strengthOf('The Council requires its suppliers to pay staff for every trial shift they work.')).toBe(
      'strong',
    );
  });

  it('a quoted term "is the …" is a definition: a duty word inside the defined name binds no one', () => {
    expect(
      generalStrength('(3)The “mandatory reporting period” is the period of six months beginning with the award.').why,
    ).toBe('only a definition: it explains the term, it binds no one');
    expect(strengthOf('The Contractor shall meet the mandatory reporting period.')).toBe('strong');
  });

  it('"the next step is to …" says what is planned, not what is required', () => {
    expect(strengthOf('The next step is to require every contractor to publish a Carbon Reduction Plan.')).toBe('weak');
    expect(strengthOf('As a next step, the Contractor shall publish a Carbon Reduction Plan.')).toBe('strong');
  });

  it("'the recommended rate' names a rate and recommends nothing; 'the recommended approach' still advises", () => {
    expect(strengthOf('The Contractor shall pay all cleaning staff at least the recommended hourly rate.')).toBe(
      'strong',
    );
    expect(strengthOf('The recommended approach is that the Contractor shall pay the real Living Wage.')).toBe('weak');
    expect(strengthOf('We recommend that the Contractor shall pay the real Living Wage.')).toBe('weak');
  });

  it("a request's numbered question, a reporting action and a recommendation to consider decide nothing", () => {
    expect(
      generalStrength('1. Whether the contract requires the contractor to pay the real Living Wage.').strength,
    ).toBe('weak');
    expect(
      generalStrength('Whether or not the work is urgent, the Contractor shall pay the real Living Wage.').strength,
    ).toBe('strong');
    expect(
      generalStrength('Report to Cabinet on the cost of requiring the real Living Wage in new contracts.').strength,
    ).toBe('weak');
    expect(
      generalStrength('(b) Considers applying a social value weighting of at least 10% in future tenders;').strength,
    ).toBe('weak');
  });

  it('asking or urging the council to require something is a demand, not the requirement', () => {
    expect(
      generalStrength('"We have asked the council to insist that every cleaner gets the real Living Wage," he said.')
        .strength,
    ).toBe('weak');
    expect(generalStrength('Residents are urging the mayor to require contractors to pay the rate.').strength).toBe(
      'weak',
    );
  });

  it('what research will look at is its subject matter, not a term', () => {
    expect(isResearchSubject('Researchers will look at whether firms moved staff onto zero-hours contracts.')).toBe(
      true,
    );
    expect(isResearchSubject('The study will examine how the real Living Wage affects staff turnover.')).toBe(true);
    expect(isResearchSubject('The review team must check that the Contractor pays the real Living Wage.')).toBe(false);
  });

  it('a decision or move to require something is a plan until it is recorded as made', () => {
    expect(
      generalStrength(
        'Any decision to require the real Living Wage in contracts would be subject to a separate report.',
      ).strength,
    ).toBe('weak');
    expect(
      generalStrength('The decision to require the real Living Wage was made in 2019 and contractors must pay it.')
        .strength,
    ).toBe('strong');
  });

  it('a matter still to be decided or debated is no requirement yet', () => {
    expect(
      generalStrength('A bid to require contractors to pay the real Living Wage will be decided next month.').strength,
    ).toBe('weak');
    expect(generalStrength('The social value policy is due to be debated at Full Council in March.').strength).toBe(
      'weak',
    );
    // a term that says how disputes will be decided is still a term
    expect(generalStrength('The Contractor shall refer any dispute to mediation.').strength).toBe('strong');
  });

  it('what forms part of the tender assessment, or earns points, is evaluated, not required', () => {
    expect(
      generalStrength('Paid travel time will form part of the tender assessment and points will be awarded for it.')
        .why,
    ).toBe(EVALUATED_ONLY);
    expect(generalStrength('Points will be awarded for each apprenticeship offered.').strength).toBe('weak');
  });

  it('exploring the costs or feasibility of requiring something is a plan, not the requirement', () => {
    expect(
      generalStrength(
        'That Cabinet asks officers to explore the costs and implications of requiring contractors to pay the Real Living Wage.',
      ).strength,
    ).toBe('weak');
    expect(
      generalStrength('Officers will investigate the feasibility of introducing a social value weighting.').strength,
    ).toBe('weak');
    // a supplier's own duty to assess something is still a duty
    expect(generalStrength('The Contractor shall assess the impact of the works on local residents.').strength).toBe(
      'strong',
    );
  });

  it('a tender question put to bidders holds a duty only as what an answer may promise', () => {
    expect(
      generalStrength(
        'Tenderers are asked to describe, in no more than 1,500 words, how they will pay the real Living Wage.',
      ).why,
    ).toBe(DESCRIBE_ONLY);
    expect(generalStrength('Bidders are invited to explain how their staff will be trained.').strength).toBe('weak');
    // a duty stated before the question still binds
    expect(
      generalStrength(
        'The Contractor shall pay the real Living Wage and is required to explain how it will uplift pay.',
      ).strength,
    ).toBe('strong');
  });

  it("what the supplier 'proposed' in its offer, named in a relative clause, is its offer, not a plan", () => {
    expect(generalStrength('The Contractor shall deliver the training outcomes it proposed.').strength).toBe('strong');
    expect(
      generalStrength('The Contractor shall deliver everything the bidder proposed in its method statement.').strength,
    ).toBe('strong');
    expect(generalStrength('The council proposed that contractors should pay the rate.').strength).toBe('weak');
  });

  it("'X means that …' states a consequence, not a definition", () => {
    expect(generalStrength('The new rule means that every subcontractor is paid within 30 days.').why).not.toMatch(
      /definition/,
    );
    expect(generalStrength('“Subcontractor” means any person engaged by the Supplier.').why).toMatch(/definition/);
  });

  it("a duty inside an embedded question ('confirm whether the contract requires …') asks, it binds no one", () => {
    expect(
      generalStrength(
        'Please confirm whether your cleaning contract requires the contractor to pay the London Living Wage.',
      ).strength,
    ).toBe('weak');
    expect(generalStrength('Please confirm that you will pay the London Living Wage to all staff.').strength).toBe(
      'strong',
    );
  });

  it("a duty reported after 'confirmed that' belongs to the clause's own subject; 'it' there is the reporter", () => {
    expect(obligationHolder('The council confirmed that all transferring staff will keep their pension rights.')).toBe(
      'supplier',
    );
    expect(obligationHolder('The council confirmed that it will keep the service under review.')).toBe('authority');
    // a contract's agreement names the supplier side; agreement as consent ('agreement of a pay award') does not
    expect(namesSupplierSide('details of the persons in admission agreements to which it is a party')).toBe(true);
    expect(namesSupplierSide('which would rise with future agreement of any national pay award')).toBe(false);
    // what the promise serves is the authority's own duties
    expect(
      obligationHolder(
        'We will commit the necessary resources to make sure that our Section 75 statutory duties are met.',
      ),
    ).toBe('authority');
    expect(
      obligationHolder('We will require our contractors to meet their obligations under the Equality Act 2010.'),
    ).toBe('supplier');
  });

  it("'will see', 'will mean', 'will result in' state an effect, whatever the subject", () => {
    expect(willPredicts('The contract will see around 90 cleaners transfer to the new provider.')).toBe(true);
    expect(willPredicts('The contract will include a duty to pay the real Living Wage.')).toBe(false);
    // what happens, with how often: "this will normally happen when …"
    expect(willPredicts('This will normally happen when the admission agreement comes to an end.')).toBe(true);
    expect(willPredicts('Such a change will occur only with the Authority’s consent.')).toBe(true);
    expect(willPredicts('The new scheme will help the council reduce its carbon emissions.')).toBe(true);
    expect(willPredicts('The new contract will create 50 apprenticeships for local people.')).toBe(false);
  });

  it("the document's own upkeep ('this policy will be reviewed') is the authority's, a supplier's policy is not", () => {
    expect(obligationHolder('The policy will be reviewed to ensure it complies with the Equality Act 2010.')).toBe(
      'authority',
    );
    expect(obligationHolder('This procurement strategy will be updated every year.')).toBe('authority');
    expect(obligationHolder("The Supplier's equality policy shall be reviewed every year.")).toBe('supplier');
  });

  it("escapes: 'where relevant and proportionate', 'in appropriate cases', 'subject to Best Value considerations'", () => {
    for (const sentence of [
      'Where it is relevant and proportionate to do so, the Council will require contractors to pay the real Living Wage.',
      'In appropriate cases, contractors will be required to pay the London Living Wage.',
      'The Council will require payment of the real Living Wage in all relevant contracts, subject to Best Value considerations.',
    ])
      expect(generalStrength(sentence).strength).toBe('weak');
    expect(generalStrength('Contractors will be required to pay the real Living Wage in all contracts.').strength).toBe(
      'strong',
    );
  });

  it("'under the plans' is a plan unless the plans are said to be approved", () => {
    expect(
      generalStrength(
        'Under the plans, firms bidding for council contracts will need to show they pay the real Living Wage.',
      ).strength,
    ).toBe('weak');
    expect(
      generalStrength(
        'Contractors will have to pay the London Living Wage under plans approved by the council last night.',
      ).strength,
    ).toBe('strong');
  });

  it('a motion recorded as agreed states a requirement in force; one still to be debated does not', () => {
    expect(
      generalStrength('The motion calling for the real Living Wage to be paid on all council contracts was agreed.')
        .strength,
    ).toBe('strong');
    expect(
      generalStrength('Full Council passed a motion requiring contractors to pay the real Living Wage.').strength,
    ).toBe('strong');
    expect(
      generalStrength('A motion calling for the real Living Wage to be paid on all council contracts will be debated.')
        .strength,
    ).toBe('weak');
    expect(
      generalStrength('The motion calling for the real Living Wage on council contracts was not agreed.').strength,
    ).toBe('weak');
  });

  it("'X means <a statement>' (a subject and its verb after 'means') is a consequence, not a definition", () => {
    expect(
      generalStrength('The new approach means pay is now reviewed by the contractor every April.').why,
    ).not.toMatch(/definition/);
    expect(generalStrength('“Subcontractor” means any person who is engaged by the Supplier.').why).toMatch(
      /definition/,
    );
  });

  it("'notwithstanding any other condition of this Contract' is not an obligation", () => {
    expect(hasObligation('Notwithstanding any other condition of this Contract, the parties meet yearly')).toBe(false);
  });

  it("'is to be aware' records a fact and binds no one", () => {
    const v = generalStrength('The Provider is to be aware that the Trust publishes its spending.');
    expect(v.strength).toBe('weak');
    expect(v.why).toMatch(/acknowledgement/);
  });
});

describe('whose duty it is', () => {
  it('the authority describing its own consultation is its own conduct', () => {
    expect(obligationHolder('The Council will consult bidders before any release.')).toBe('authority');
    expect(strengthOf('The Council will consult bidders before any release.')).toBe('weak');
  });

  it('an officer’s advice or approval that must be obtained is the authority’s own governance step', () => {
    const rule = 'Before a service is outsourced, the approval of the Head of Finance must be obtained.';
    expect(obligationHolder(rule)).toBe('authority');
    expect(strengthOf(rule)).toBe('weak');
    expect(obligationHolder('The Contractor shall obtain the approval of the Council before any change.')).toBe(
      'supplier',
    );
  });

  it('a promise about the authority’s own staff binds no supplier', () => {
    expect(obligationHolder('The Council will extend the higher rate to its apprentices next year.')).toBe('authority');
  });

  it('a passive decision "made by the cabinet" is the authority’s, not the supplier’s', () => {
    expect(obligationHolder('The final decision will be made by the Cabinet in spring.')).toBe('authority');
  });

  it('"our suppliers will" is a supplier duty even though "our" names the authority', () => {
    expect(obligationHolder('Our suppliers will report their gender pay gap each year.')).toBe('supplier');
  });

  it('a passive duty with no named holder counts as the supplier’s', () => {
    expect(obligationHolder('All invoices must be paid within 30 days.')).toBe('supplier');
  });
});

describe('hedges', () => {
  it("'where reasonably practicable' downgrades shall to weak", () => {
    expect(strengthOf('The Contractor shall recruit locally where reasonably practicable.')).toBe('weak');
  });

  it("'where they can' and 'if it is able' leave it to the supplier, like 'where possible'", () => {
    expect(strengthOf('The Contractor will recruit local people where they can.')).toBe('weak');
    expect(strengthOf('The Provider shall offer placements if it is able to.')).toBe('weak');
    expect(strengthOf('The Contractor shall recruit local people.')).toBe('strong');
  });

  it('a duty only to describe an approach or answer a question is a tender question, not a duty to do it', () => {
    expect(strengthOf('Bidders shall describe their approach to local recruitment.')).toBe('weak');
    expect(strengthOf('Tenderers will be asked about their plans for apprenticeships.')).toBe('weak');
    expect(strengthOf('Tenderers must state whether they offer apprenticeships.')).toBe('weak');
    expect(strengthOf('Bidders shall confirm that they will offer two apprenticeships.')).toBe('strong');
    expect(strengthOf('The Contractor shall describe the training in its monthly report and deliver it.')).toBe(
      'strong',
    );
  });

  it("'voluntary' hedges a duty, but not as part of a name ('the voluntary Living Wage', 'the voluntary sector')", () => {
    expect(strengthOf('Suppliers may sign up to the charter on a voluntary basis.')).toBe('weak');
    expect(strengthOf('Membership of the scheme is voluntary.')).toBe('weak');
    expect(strengthOf('The Contractor shall pay all staff at least the voluntary Living Wage.')).toBe('strong');
    expect(strengthOf('The Provider shall give staff paid time off for voluntary work.')).toBe('strong');
    expect(strengthOf('The Supplier shall offer subcontracts to voluntary and community sector groups.')).toBe(
      'strong',
    );
  });

  it("'hope' states a wish", () => {
    expect(strengthOf('We hope that suppliers will offer work placements.')).toBe('weak');
    expect(strengthOf('Hoping for the best is not a plan, so suppliers will offer work placements.')).toBe('weak');
    expect(strengthOf('The Contractor shall offer work placements at its depot on Hope Street.')).toBe('strong');
  });

  it("'encouraged to' is aspirational", () => {
    expect(strengthOf('Suppliers are encouraged to offer work placements.')).toBe('weak');
  });

  it("'subject to affordability' is an escape clause even after must", () => {
    expect(strengthOf('The Provider must fund the uplift, subject to affordability.')).toBe('weak');
  });

  it("'should' is weak only when no firm obligation is present", () => {
    expect(strengthOf('Bidders should submit a method statement.')).toBe('weak');
    expect(strengthOf('Bidders shall submit a method statement, which should be brief.')).toBe('strong');
  });

  it('a hedge inside a long parenthetical aside does not hollow the main duty', () => {
    const s =
      'Tenders must allocate a minimum of 12% of the marks to the criterion (other bodies are encouraged to do so earlier if they wish).';
    expect(hollowing(s)).toBeUndefined();
  });

  it('a short parenthetical hedge still hollows the duty', () => {
    expect(strengthOf('The Supplier shall pay travel time (where possible).')).toBe('weak');
  });

  it("'optional' and 'discretionary' leave it to choice", () => {
    expect(strengthOf('For smaller contracts the measure will be discretionary.')).toBe('weak');
  });
});

describe('negation scope', () => {
  it("'is not required to' removes the duty", () => {
    expect(generalStrength('The Contractor is not required to publish its accounts.').why).toMatch(/negated/);
  });

  it("'shall not be obliged' removes the duty", () => {
    expect(strengthOf('The Supplier shall not be obliged to offer guaranteed hours.')).toBe('weak');
  });

  it("'does not have a specific weighting' says the provision is absent", () => {
    expect(generalStrength('Our approach does not have a specific weighting for this.').why).toMatch(/negated/);
  });

  it('the law said not to allow a requirement negates it: "does not permit … a mandatory condition"', () => {
    for (const sentence of [
      'Procurement law does not allow the Real Living Wage to be a mandatory requirement in most contracts.',
      'The rules do not permit authorities to make payment of the Real Living Wage a mandatory condition.',
      'Payment of the real Living Wage cannot be a mandatory requirement in tenders.',
      // the contract itself said not to oblige the party
      'Nothing in this Contract shall oblige the Contractor to answer a request made under the Freedom of Information Act 2000.',
      // reported: the officer said it could not be made a condition
      'The Head of Procurement said the Council could not make the real Living Wage a condition of the cleaning contract.',
    ])
      expect(generalStrength(sentence).why).toMatch(/negated/);
    expect(strengthOf('Payment of the Real Living Wage is a mandatory requirement of this contract.')).toBe('strong');
  });

  it("'there is no …' inside a condition sets when the duty applies; it does not say the provision is absent", () => {
    for (const sentence of [
      'Where there is no recognised trade union, the Contractor shall consult elected staff representatives.',
      'If there is no Contractor Default, the Authority shall still be entitled to terminate on six months’ notice.',
    ])
      expect(strengthOf(sentence)).toBe('strong');
    expect(generalStrength('There is no requirement for the Contractor to consult staff representatives.').why).toMatch(
      /negated/,
    );
  });

  it('a negation elsewhere in the text does not leak into a plain duty', () => {
    expect(strengthOf('The Supplier shall keep records for six years.')).toBe('strong');
  });
});

describe('scope limiters', () => {
  it("'directly employed staff only' leaves out subcontractors", () => {
    const v = generalStrength('The Contractor shall pay the higher rate to directly employed staff only.');
    expect(v.strength).toBe('weak');
    expect(v.why).toMatch(/scope/);
  });

  it("'excluding agency' narrows the duty", () => {
    expect(strengthOf('The Provider shall apply the rate to all workers, excluding agency workers.')).toBe('weak');
  });
});

describe('what only sounds like a duty (real pages, session 29)', () => {
  it('a view on whether a requirement would be lawful is not the requirement', () => {
    expect(
      generalStrength(
        'A contract requirement for suppliers to pay the Real Living Wage would not be a breach of procurement law.',
      ).why,
    ).toMatch(/lawful/);
    expect(
      strengthOf('The Contractor shall pay the Real Living Wage; any failure to do so is a breach of this Contract.'),
    ).toBe('strong');
    expect(
      generalStrength(
        'The minister said making the Real Living Wage mandatory in public contracts would breach EU procurement law.',
      ).why,
    ).toMatch(/lawful/);
  });

  it('a question that opens "Which … have", even without its question mark, only asks about the duty inside it', () => {
    expect(
      generalStrength(
        'Which employers have asked to be exempted from the condition that businesses receiving public grants must pay all staff the Real Living Wage.',
      ).why,
    ).toMatch(/question/);
  });

  it('"to the extent possible" is an escape like "where possible"; a right "only on approval from" someone waits on them', () => {
    expect(
      generalStrength('To the extent possible, the Contractor shall recruit local people for the works.').why,
    ).toMatch(/escape/);
    expect(
      generalStrength(
        'Trade union representatives shall be permitted to meet staff on site, but only on approval from the site manager.',
      ).why,
    ).toMatch(/approval/);
    // the approval another power waits on leaves the duty before it whole
    expect(
      strengthOf(
        'The Contractor shall pay the Real Living Wage to all staff and may subcontract the Services only with the prior approval of the Council.',
      ),
    ).toBe('strong');
  });

  it('a belief about what will happen is an opinion; believing in something is not', () => {
    expect(generalStrength('Most buyers believe the Real Living Wage will not push up supplier costs.').why).toMatch(
      /opinion/,
    );
    expect(strengthOf('We believe in fair pay and will require all contractors to pay the Real Living Wage.')).toBe(
      'strong',
    );
    // the belief's own clause ends at 'and': what follows is the commitment
    expect(
      strengthOf('We believe fair pay matters and we will require all contractors to pay the Real Living Wage.'),
    ).toBe('strong');
  });

  it('"will look to" is an aim, like "will seek to"', () => {
    expect(generalStrength('The Contractor shall look to recruit apprentices from the local area.').why).toMatch(/aim/);
  });

  it('a web page or its figures "will be updated" is the publisher’s upkeep', () => {
    expect(strengthOf('As such, the webpage will be updated with the latest figures on fair work conditions.')).toBe(
      'weak',
    );
  });
});

describe('duties only to consider, definitions and questions', () => {
  it('a duty only to consider secures nothing', () => {
    expect(generalStrength('The authority must, before buying, consider whether to add such terms.').why).toMatch(
      /consider/,
    );
    expect(
      generalStrength(
        'Public bodies must now consider, before starting a procurement, whether to include a question on fair work practices.',
      ).why,
    ).toMatch(/consider/);
  });

  it('the use of a term considered, not made ("consider the use of … as contract conditions"), secures nothing', () => {
    for (const sentence of [
      'The 2012 Act now enables councils to consider the use of social clauses as contractual conditions in their contracts.',
      'The Council will consider the inclusion of the Real Living Wage as a condition of contract in future tenders.',
    ])
      expect(generalStrength(sentence).why).toMatch(/consider/);
    expect(strengthOf('The Council will include payment of the Real Living Wage as a condition of contract.')).toBe(
      'strong',
    );
  });

  it('a definition binds no one', () => {
    expect(generalStrength('For the purposes of this Part, a local supplier is one based in the county.').why).toMatch(
      /definition/,
    );
  });

  it('"It means that" is not a definition', () => {
    expect(generalStrength('It means that the Supplier shall answer within ten days.').strength).toBe('strong');
  });

  it('an FAQ question is weak, a pass/fail confirmation question is not hollowed', () => {
    expect(generalStrength('What happens when the council receives a request?').why).toMatch(/question/);
    expect(hollowing('Do you confirm that you will pay every worker the stated rate?')).toBeUndefined();
  });
});

describe('headings and contents entries', () => {
  it('a numbered contents entry is heading-like', () => {
    expect(isHeadingLike('14. Equal opportunities')).toBe(true);
  });

  it('a sentence with a binding verb is not a heading', () => {
    expect(isHeadingLike('The Supplier shall comply.')).toBe(false);
  });

  it('a heading is the least telling evidence', () => {
    const v = generalStrength('Workforce matters');
    expect(v.strength).toBe('weak');
    expect(v.weight).toBe(WEIGHT.heading);
  });
});

describe('regressions in the general rules', () => {
  it("an 'optional extension' is a contract period, not an optional duty", () => {
    expect(
      strengthOf('The Supplier shall pay the agreed rate during the initial term and any optional extension.'),
    ).toBe('strong');
  });

  it('a later "will consider" by another party does not turn a firm duty into a duty to consider', () => {
    expect(
      strengthOf(
        'The Contractor shall keep payroll records, and the Council will consider any request to vary the price.',
      ),
    ).toBe('strong');
  });

  it("'a statutory obligation on public bodies to consider' is a duty only to consider", () => {
    expect(
      generalStrength('The guidance sets a statutory obligation on public bodies to consider this issue.').why,
    ).toMatch(/consider/);
  });
});

describe('advocacy and advice are not duties', () => {
  it("'we will advocate and lobby ... to promote' binds no one to pay", () => {
    expect(strengthOf('We will advocate and lobby across the region to promote the benefits of fair pay.')).toBe(
      'weak',
    );
  });

  it("'the Supplier shall promote' is a duty only to promote", () => {
    expect(generalStrength('The Supplier shall promote apprenticeships among its subcontractors.').why).toMatch(
      /promote/,
    );
  });

  it('guidance that "suggests contractors should pay" is advice, even with a "will" later in the sentence', () => {
    expect(
      strengthOf(
        'Guidance suggests contractors should pay the higher rate where it will not discriminate against small firms.',
      ),
    ).toBe('weak');
  });

  it("'Recommendations are approved' records an adopted decision, not a suggestion", () => {
    expect(hollowing('Recommendations are approved: the Contractor shall pay the higher rate.')).toBeUndefined();
  });
});

describe('a hedge word inside a name is part of the name', () => {
  it("'Support' in a service's name does not make a lots sentence 'promotion or support'", () => {
    expect(generalStrength('The Floating Support Services contract is divided into three lots.').why).not.toMatch(
      /support/,
    );
    // the same word as a verb still hedges
    expect(generalStrength('The scheme supports small firms to bid for the lots.').why).toMatch(/support/);
  });

  it("'Aspire' or 'Encouraging' in a programme's title does not hollow a duty", () => {
    expect(strengthOf("The Supplier shall offer two placements a year on the Council's Aspire Skills Programme.")).toBe(
      'strong',
    );
    expect(strengthOf('The Contractor shall refer every vacancy to the Encouraging Enterprise Network.')).toBe(
      'strong',
    );
    expect(strengthOf('The Supplier shall aspire to offer two placements a year.')).toBe('weak');
  });

  it("'support' as a noun (technical support, support services) is not a hedge; the verb still is", () => {
    expect(
      generalStrength('The framework covers design, installation, support and maintenance of training systems.').why,
    ).not.toMatch(/support/);
    expect(generalStrength('Apprentices get technical support from the college.').why).not.toMatch(/support/);
    expect(generalStrength('The Council will support local firms to offer apprenticeships.').why).not.toMatch(
      /binding/,
    );
  });

  it("'support' closing its phrase with no object is a noun (a lot or service name), not a hedge", () => {
    expect(generalStrength('Lot 3: Network and desktop support').why).not.toMatch(/support/);
    expect(generalStrength('Each school receives ongoing IT support, training and repairs.').why).not.toMatch(
      /support/,
    );
    expect(hedgeReading('Providers are asked to support.')).toMatch(/support/);
  });

  it('a Title Case modal is never part of a name', () => {
    expect(withoutNames('The Supplier Should Consider Lots')).toMatch(/Should/);
  });
});

describe('reported requirements are duties in force', () => {
  it("'a requirement on contractors to …' binds the contractors, whatever the topic", () => {
    expect(strengthOf('The framework sets a requirement on all contractors to recruit two apprentices a year.')).toBe(
      'strong',
    );
    expect(strengthOf('There is a requirement for suppliers to employ local people on the works.')).toBe('strong');
  });

  it('conditionality that has commenced or applies is a condition in force; one still planned is not', () => {
    expect(
      strengthOf(
        'Real Living Wage conditionality commenced on 1 July and is being applied to all grants awarded since.',
      ),
    ).toBe('strong');
    expect(strengthOf('Ministers propose that conditionality be introduced on grants next year.')).toBe('weak');
  });

  it('a duty only to try, or a duty governed by an aim before it, secures nothing', () => {
    expect(strengthOf('The contractor shall aim to pay all cleaners the hourly rate set each November.')).toBe('weak');
    expect(strengthOf('The operator will seek to ensure that drivers take their breaks.')).toBe('weak');
    // reasonable steps to secure it: the effort is owed, the result is not
    expect(
      strengthOf('The Contractor shall take all reasonable steps to ensure that its drivers are paid for every break.'),
    ).toBe('weak');
    expect(strengthOf('We aim to write break-time requirements into all our transport contracts.')).toBe('weak');
    // the duty itself still binds
    expect(strengthOf('The contractor shall pay all cleaners the hourly rate set each November.')).toBe('strong');
  });

  it('a question put to bidders (whether they do it, or their practices) holds no duty', () => {
    expect(strengthOf('Suppliers will be asked whether they pay sick pay from the first day.')).toBe('weak');
    expect(
      strengthOf(
        'Bidders are invited to describe the recruitment practices they will apply on this contract, including apprenticeships.',
      ),
    ).toBe('weak');
    expect(strengthOf('Bidders will be asked about sick pay, and the contractor shall pay it from day one.')).toBe(
      'strong',
    );
  });

  it('what the contract says is no term of it, or no breach to fail, binds no one', () => {
    expect(strengthOf('Local hiring targets are not Key Performance Indicators under this Contract.')).toBe('weak');
    expect(
      strengthOf("The Contractor's failure to meet any local hiring target shall not be a breach of this Contract."),
    ).toBe('weak');
    expect(
      strengthOf(
        'The Contractor shall meet every local hiring target, and failure to meet one is a breach of this Contract.',
      ),
    ).toBe('strong');
  });

  it("a part of the evaluation or contract negated, and a notice's field answered no, are not terms", () => {
    expect(strengthOf('Carbon reporting will not form part of the contract.')).toBe('weak');
    expect(strengthOf('Apprenticeship requirements are included in this contract: No')).toBe('weak');
    expect(strengthOf('Apprenticeship requirements are included in this contract: Yes')).toBe('strong');
  });

  it("'guaranteed hours' names a kind of contract; 'required that' and the contract's listed requirements bind", () => {
    expect(hasObligation('Providers should offer care workers the option of a contract with guaranteed hours.')).toBe(
      false,
    );
    expect(hasObligation('The provider guarantees each worker 16 hours a week.')).toBe(true);
    expect(hasObligation('The trust has required that all porters are paid weekly.')).toBe(true);
    expect(hasObligation('The trust may have required that porters are paid weekly.')).toBe(false);
    expect(hasObligation('Other requirements in the contract include:')).toBe(true);
  });

  it('investigating whether to require something is a plan', () => {
    expect(strengthOf('Officers investigated requiring all contractors to pay sick pay from day one.')).toBe('weak');
    // a report back on what requiring it would cost is the same study
    expect(
      strengthOf('The committee asked officers to report back on the cost of requiring contractors to pay sick pay.'),
    ).toBe('weak');
  });

  it("working 'with its suppliers to' spread something persuades them; nothing binds them", () => {
    // whoever the subject is (a body known only by its initials here), the suppliers are its own
    expect(strengthOf('The NWFA will work with its suppliers to extend sick pay from the first day of absence.')).toBe(
      'weak',
    );
    expect(strengthOf('The NWFA will require its suppliers to pay sick pay from the first day of absence.')).toBe(
      'strong',
    );
  });
});
