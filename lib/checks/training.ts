import { firstMatch, WEIGHT } from '../analysis/strength';
import { DESCRIBE_APPROACH, listEntryOrGeneral, TENDER_QUESTION, VAGUE_PARTICIPATION } from './fair-work';
import type { CheckDefinition, Marker } from './types';

/** A workforce-development cue other than the bare word "training", which alone is often the service bought. */
const DEVELOPMENT_CUE =
  /\bdevelopment\b|\bapprentice(?:ships?)\b|\btrainees?(?:hips?)?\b|\bskills\b|\bprogression\b|\bN?S?\/? ?[NS]VQs?\b|\bqualifications?\b/i;
/** The supplier's own people, to whom a workforce-training commitment is owed. */
const OWN_WORKFORCE =
  /\b(?:its|their|own|all|the supplier['’]s|the contractor['’]s|the provider['’]s) (?:\w+ )?(?:staff|employees|workers|workforce|personnel|operatives)\b/i;
/** Training delivered to other people as the service itself (a training-services contract, CPV 80). */
const TRAINING_AS_SERVICE =
  /\b(?:deliver\w*|provide|provision of|run|commission\w*)\b[^.]{0,40}\btraining\b[^.]{0,30}\b(?:to|for) (?:the )?(?:wider|public|pupils|students|schools?|parents|patients|clients|service users|residents|professionals|practitioners|partners|volunteers|carers|communities|families)\b/i;
/** Apprentices named only as a group whose pay is set: the living-wage check's subject. */
const APPRENTICES_AS_PAY_GROUP =
  /\b(?:living wage|LLW|rLW|minimum wage|wages?|the rate|pay rates?|pay|paid)\b[^.]{0,80}\b(?:to|including|and) (?:its |their |our |all )?(?:[\w-]+, ){0,3}apprentices\b|\bexclud\w* apprentices\b/i;

/** What a supplier does for the buyer besides training: in a list with these, training is a deliverable. */
const SERVICE_ACTIVITY =
  'support|maintenance|installation|configuration|implementation|integration|enhancements?|consultancy|hosting|commissioning|servicing|repairs?|upgrades?|documentation|testing|supply';
/** The supplier's workforce as the ones trained, which keeps training in a list about them. */
const WORKFORCE_WORD = '(?:staff|workers?|employees|workforce|apprentices|personnel|operatives)\\b';

/**
 * A public body as the one who trains or offers training ("the Cabinet Office is making training products
 * available", "the Council will run training sessions for bidders"): its officers or the market learn, not a supplier's
 * workforce. A body that requires others to train ("will require contractors to provide training") is not one.
 */
const PUBLIC_BODY_TRAINS =
  /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the (?:cabinet office|council|authority|government|department|commission|board|trust|agency|ministry)|we)\b(?:(?!requir|ensur|expect|ask|oblig|contract)[^.;]){0,30}?\b(?:is |are |will |has |have )?(?:mak\w+|provid\w*|offer\w*|deliver\w*|run\w*|develop\w*|publish\w*|produc\w*)\b[^.;]{0,40}\btraining\b/i;

/**
 * The buyer's own people as the learners ("contract managers will be trained to compare supplier performance",
 * "councillors will receive training on the procurement rules"): the authority building its own capability,
 * whoever runs the course, binds no supplier to develop its workforce.
 */
const AUTHORITY_LEARNERS =
  /\b(?:contract managers?|contract management (?:staff|teams?|officers?)|(?:procurement|commissioning|commercial|purchasing) (?:officers?|staff|teams?|professionals?|practitioners?|leads?|colleagues)|commissioners|buyers|category managers?|councillors|elected members|(?:council|our|authority) officers|officers of the (?:council|authority)|officers (?:involved|engaged) in (?:the |its |our )?(?:procur|commission|purchas|buying|contract)\w*|evaluators|evaluation panels?|super[- ]?users|end[- ]users|(?:the )?(?:trust|council|authority|buyer|customer|university|board|department|owner|client|employer|purchaser)['’]s (?:own )?(?:[\w-]+ )?(?:staff|users|employees|personnel|clinicians|nurses|operators))\b/i;
/** A supplier-side workforce named beside them keeps the sentence about the contract's workers. */
const SUPPLIER_WORKFORCE =
  /\b(?:suppliers?|contractors?|sub-?contractors?|providers?|bidders?|tenderers?|operators?)['’]?s?\b[^.;]{0,40}\b(?:staff|employees|workers|workforce|personnel|apprentices|trainees)\b|\bapprentice(?:s|ships?)\b/i;

/** A short title naming a course ("Oral Health Training"): a product or lot of a training contract. */
const COURSE_TITLE =
  /\b(?!(?:Staff|Workforce|Employee|Apprenticeship|Vocational|Paid|Accredited|Further|Free|Skills)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)? Training\b/;

const SPECIFIC_TARGETS: Marker = {
  pattern:
    /\b\d+(?:\.\d+)?\s?%[^.]{0,80}\b(?:apprentice|trainee)|\b(?:at least |minimum of )?\d+ (?:apprentice(?:ship)?|trainee(?:ship)?|new entrant)s?(?: starts| places| posts)?\b|\bweeks of employment\b[^.]{0,60}\btrainees?\b/i,
  why: 'a measurable apprenticeship or trainee target placed on the supplier',
};

/** Training, skills, in-work progression and apprenticeships for the people delivering the contract. */
export const training: CheckDefinition = {
  id: 'training',
  title: 'Training, skills and apprenticeships',
  theme: 'workforce',
  summary:
    'The supplier commits to measurable apprenticeships or trainee places, training in paid time at no cost to the worker, and routes for progression, for its own and subcontracted staff on the contract, and reports on them.',
  explanation:
    'Long public contracts can build skills in an area for years: apprenticeship starts, new-entrant trainee places and qualifications for existing staff give people routes out of low pay. Without a contract term they are the first thing cut when margins tighten, and training that workers must pay for or do in their own time shuts out those on the lowest wages. UK central government policy (PPN 14/15) expects 3–5% of the workforce on large contracts to be apprentices or trainees; Scottish community-benefit duties and the Welsh and Northern Irish social-value rules name training and recruitment directly. Mandatory competence training (safeguarding, manual handling) is part of doing the job safely, not a skills commitment, and a contract whose subject is training is not a workforce promise.',
  cues: [
    /\bapprentice(?:s|ships?)?\b/i,
    /\btrainees?(?:hips?)?\b/i,
    /\btraining\b/i,
    // the participle is the same topic: "workers will be trained", "staff are fully trained"
    /\b(?:re-?)?trained\b/i,
    /\bemployment,? and skills\b|\bskills,? (?:and )?employment\b|\bskills (?:development|training|gaps?|programmes?|plans?|pathways?)\b|\b(?:up|re)-?skill(?:s|ing|ed)?\b/i,
    /\b(?:develop\w*|invest\w*|improv\w*) (?:in )?(?:the )?(?:their |its |workforce |staff )?skills\b/i,
    /\bcareer development\b|\bwork experience(?: placements?)?\b|\b(?:work|industry|T[- ]Level) placements?\b|\bT[- ]Levels?\b/,
    /\b(?:in-work|career) progression\b|\bprogression (?:routes?|pathways?|opportunities)\b/i,
    /\bworkforce development\b|\bcontinuing professional development\b|\bdevelop(?:ment|ing)? (?:of )?(?:the |their |its |your )?(?:workforce|staff|employees)\b/i,
    /\b(?:S\/ ?)?NVQs?\b|\bSVQs?\b|\b(?:accredited|vocational|recognised) qualifications?\b/,
    // the social care sector's induction standard, and induction programmes by name
    /\bcare certificate\b|\binduction (?:training|programmes?|standards?)\b/i,
    /\blevel \d (?:or \d )?(?:qualification|diploma|certificate|award|NVQ|SVQ|apprenticeship)s?\b|\b(?:gain|achieve|obtain|complete)\w* (?:a |an |the |their )?(?:[\w-]+ ){0,4}qualifications?\b/i,
  ],
  falseFriends: [
    {
      name: 'a place or kit for training (a training pitch, ground or room) is a thing being built or bought',
      pattern: /\btraining (?:pitch(?:es)?|grounds?|kit|shoes|venues?|rooms?|suites?)\b/gi,
      effect: 'ignore',
      why: 'a facility or equipment named after training, not training for the supplier’s workforce',
      examples: ['The new school will include a sports hall and a floodlit training pitch.'],
    },
    {
      name: 'training as the subject of the contract (CPV 80 training services)',
      pattern:
        /\b(?:[\w-]+ ){0,2}training(?: and [\w-]+)? services\b|\btraining (?:providers?|organisations?|companies|company|bodies|body)\b|\b80\d{6}\b/gi,
      effect: 'ignore',
      why: 'training is the service being bought, not a commitment to the supplier’s workforce',
      examples: ['classification: 80000000 Education and training services'],
    },
    {
      name: "'qualification' of bidders in the procurement is not a worker's qualification",
      pattern:
        /\b(?:pre-?)?qualification (?:questionnaires?|stage|criteria|requirements|envelope|documents?|process|system)\b|\bPQQs?\b/gi,
      effect: 'ignore',
      why: 'the selection stage of the procurement, not training for the workforce',
      examples: ['Bidders must complete the qualification questionnaire by 5 May.'],
    },
    {
      name: "young people's progression into 'education, employment or training' (NEET)",
      pattern: /\beducation,? employment,? (?:and|or) training\b|\bNEETs?\b|\bnot in education\b/gi,
      effect: 'ignore',
      why: 'an outcome for service users, not training for the supplier’s workforce',
      examples: ['The service supports pupils to progress into education, employment or training.'],
    },
    {
      name: "a learner's own 'education and training', or a list of the parts of a person's well-being",
      pattern:
        /\b(?:their|his or her) education,? (?:and|or) training\b|\beducation,? training,? (?:and|or) (?:recreation|leisure|play)\b|\b(?:time|remain\w*|stay\w*|continu\w*|participat\w*|engag\w*|kept|keep\w*) in (?:full-time )?education,? (?:and|or) training\b/gi,
      effect: 'ignore',
      why: 'the education of the people a service is for, not training for the supplier’s workforce',
      examples: [
        'The service helps young adults who need longer to complete their education and training.',
        'Well-being covers physical and mental health, education, training and recreation.',
        'The grant helps care leavers who need extra time in education or training to reach their goals.',
      ],
    },
    {
      name: 'training listed among the services supplied (installation, support, maintenance)',
      pattern: new RegExp(
        // every look-around follows the keyword: one that leads is tried at every position of a text
        `\\btraining\\b(?:(?=,? (?:and |or )?(?:\\w+ )?(?:${SERVICE_ACTIVITY})\\b)|(?<=\\b(?:${SERVICE_ACTIVITY}),? (?:and |or )?(?:\\w+ )?training))(?<!\\b${WORKFORCE_WORD}[^.;]{0,60}training)(?![^.;]{0,60}\\b${WORKFORCE_WORD})`,
        'gi',
      ),
      effect: 'ignore',
      why: 'training is one of the services bought, beside support and maintenance: not development of the workforce',
      examples: [
        'The framework covers design, installation, configuration, training and ongoing maintenance of the system.',
        'Suppliers on the agreement provide hosting, support, training and upgrades.',
      ],
    },
    {
      name: "'recruitment, training and promotion' in an equal-opportunities clause",
      pattern: /\brecruitment,? training,? (?:and|or) promotion\b|\btraining,? (?:and|or) promotion\b/gi,
      effect: 'ignore',
      why: 'equal treatment in employment decisions, which the equality check covers',
      examples: ['The policy shall be given to all employees concerned with recruitment, training and promotion.'],
    },
    {
      name: 'mandatory competence training is part of the service specification, not a skills commitment',
      pattern:
        /\b(?:quality[- ]related|safety[- ]related|safeguarding|manual handling|moving and handling|fire safety|first aid|health and safety|infection control|data protection|GDPR|induction|food hygiene|medication|equality and diversity|anti-fraud|cyber security|security awareness|mandatory|statutory) training\b/gi,
      effect: 'ignore',
      why: 'competence training needed to do the job safely, not workforce development',
      examples: ['All staff shall complete safeguarding training before starting work.'],
    },
    {
      name: 'training needed to do the job, or to use what is bought, is not a skills commitment',
      pattern:
        /\b(?:suitably|properly|adequately|appropriately|fully) (?:qualified,? )?(?:and )?trained\b|\b(?:appropriate|adequate|sufficient|necessary|relevant|proper|such) training (?:as is necessary |as required )?(?:to|for|in order to) (?:enable them to )?(?:perform|deliver|carry out|provide|undertake|operate)\b|\btraining(?: programmes?| programs?| courses?| sessions?)? (?:on|in) (?:the )?(?:use|operation|maintenance)(?: and (?:use|operation|maintenance))? of\b|\b(?:end[- ])?user training\b|\btraining (?:records?|matri(?:x|ces)|certificates?|logs?|register)\b|\b(?:CPC|SIA|CSCS|licen[cs]e|certification|refresher|compliance|implementation|installation|handover|go-live) training\b|\btraining\b[^.]{0,40}\bas part of (?:the )?(?:implementation|installation|roll-?out|go-live|handover|commissioning)\b|\btraining (?:for|to) (?:the )?(?:authority|council|trust|customer|client|buyer|purchaser)['’]?s? (?:staff|users|personnel|employees)\b/gi,
      effect: 'ignore',
      why: 'competence or product training that comes with the service, not development of the workforce',
      examples: [
        'The Contractor shall ensure that all Staff receive appropriate training to perform the Services.',
        'The Supplier shall provide training on the use of the equipment to the Authority’s staff.',
        "Contractor shall provide, at its own expense, a training program in the operation and maintenance of the Project for the operator's personnel.",
      ],
    },
    {
      name: 'a qualification the person doing a task must already hold is a competence, not development',
      pattern:
        /\b(?:holding|holds?|possess(?:es|ing)?|who (?:has|have))\s(?:a |an |the )?(?:recognised |relevant |appropriate |valid |suitable |current )?(?:qualifications?|certificates?|licen[cs]es?)\b(?: in [\w -]{1,40})?/gi,
      effect: 'ignore',
      why: 'a qualification required to do a task, not training or development for the workforce',
      examples: [
        'Gas appliances shall be serviced only by an engineer holding a recognised qualification in gas safety.',
      ],
    },
    {
      name: "training for the authority's own officers",
      pattern:
        /\b(?:procurement )?training (?:for|of) (?:our |council |its |the authority['’]s )?(?:officers|buyers|commissioners|councillors|members of staff)\b/gi,
      effect: 'ignore',
      why: 'the authority training its own officers binds no supplier',
      examples: ['Awareness will be raised through procurement training for officers.'],
    },
    {
      name: 'training firms to bid for public contracts is supplier development, not workforce training',
      pattern:
        /\btraining\b(?=[^.;]{0,80}\b(?:to bid|bidding|to tender|tendering|bid for|tender for|win (?:public )?contracts)\b)|\b(?:bid[- ]writing|tender(?:ing)?[- ]writing|tender(?:ing)?) training\b/gi,
      effect: 'ignore',
      why: 'coaching firms to win contracts, not training for the people who deliver one',
      examples: [
        'Local firms can join free bid-writing training before the framework opens.',
        'The supplier programme gave training that helped small nurseries bid for council contracts.',
      ],
    },
    {
      name: 'the Apprenticeship Levy and skills bodies are names, not commitments',
      pattern:
        /\bapprenticeship levy\b|\b(?:national )?skills academy\b|\bskills development scotland\b|\bskills funding agency\b|\bsector skills councils?\b/gi,
      effect: 'ignore',
      why: 'a tax or an organisation named in passing, not a workforce commitment',
      examples: ['The council has adopted the National Skills Academy approach.'],
    },
  ],
  weakMarkers: [
    TENDER_QUESTION,
    DESCRIBE_APPROACH,
    VAGUE_PARTICIPATION,
    {
      // training promised only to the level the job needs: no qualification, apprenticeship or progression
      pattern:
        /\btrained to (?:the |a )?(?:necessary|required|appropriate|relevant|minimum|expected) (?:standards?|levels?)\b/i,
      why: 'training only to the standard the job needs: no qualification, apprenticeship or development is required',
    },
  ],
  strongMarkers: [],
  assess(sentence) {
    const development = DEVELOPMENT_CUE.test(sentence);
    if (!development && TRAINING_AS_SERVICE.test(sentence) && !OWN_WORKFORCE.test(sentence)) return null;
    if (!/\bapprenticeships?\b|\btrain/i.test(sentence) && APPRENTICES_AS_PAY_GROUP.test(sentence)) return null;
    if (!development && PUBLIC_BODY_TRAINS.test(sentence)) return null;
    if (AUTHORITY_LEARNERS.test(sentence) && !SUPPLIER_WORKFORCE.test(sentence)) return null;
    const hollow = firstMatch(training.weakMarkers, sentence);
    if (hollow) return { strength: 'weak', why: hollow.why };
    if (firstMatch(training.strongMarkers, sentence)) return undefined;
    const verdict = listEntryOrGeneral(sentence);
    if (verdict.weight !== undefined && verdict.weight <= WEIGHT.mention && !development && COURSE_TITLE.test(sentence))
      return sentence.split(/\s+/).length <= 8 ? null : verdict;
    if (verdict.strength === 'strong' && SPECIFIC_TARGETS.pattern.test(sentence))
      return { strength: 'strong', why: SPECIFIC_TARGETS.why, weight: WEIGHT.specific };
    return verdict;
  },
  applies: () => true,
  clauses: [
    {
      id: 'training/standard',
      checkId: 'training',
      title: 'Apprenticeships, paid training and progression on the contract',
      body: 'The {supplier} shall ensure that at least 5% of the full-time-equivalent workforce delivering {contract} for {authority}, including subcontractors’ staff, are apprentices, trainees or graduates on an accredited programme throughout the contract. The {supplier} shall provide every worker on the contract with training relevant to their role and progression, free of charge and in paid working time, shall offer a recognised qualification to each worker who has completed twelve months on the contract, and shall report each quarter the number of apprenticeship starts, completions and qualifications achieved.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements: 'PPN 14/15 (apprenticeships and skills); National Procurement Policy Statement 2025',
      version: 1,
    },
    {
      id: 'training/scotland-community-benefits',
      checkId: 'training',
      title: 'Training and recruitment community benefits (Scotland)',
      body: 'As a community benefit requirement of {contract} under section 25 of the Procurement Reform (Scotland) Act 2014, the {supplier} shall create the number of new-entrant trainee and Modern Apprenticeship places stated in its tender (and in any case at least one for each £1m of contract value), shall give existing workers on the contract access to SVQ or equivalent qualifications in paid time at no cost to them, and shall report to {authority} every six months on places filled and qualifications gained, with a remedy plan where targets are missed.',
      jurisdictions: ['scotland'],
      documentTypes: [],
      sectors: [],
      implements: 'Procurement Reform (Scotland) Act 2014 s.25; Fair Work First (workforce development)',
      version: 1,
    },
  ],
  examples: [
    {
      // training only to the level the job needs is promised, but no development is required
      text: 'All care workers will be trained to the required standard before working alone.',
      status: 'weak',
    },
    {
      // the buyer's own users taught to use what is bought: a deliverable, not development of the supplier's workforce
      text: 'The Supplier will deliver face-to-face training for about 200 super users nominated by the Trust.',
      status: 'missing',
      profile: { type: 'itt' },
    },
    {
      // apprentices named among those paid a wage: a pay group, not training
      text: 'The Grantee shall pay at least the Real Living Wage to all staff aged 18 and over, including apprentices.',
      status: 'missing',
      profile: { type: 'terms' },
    },
    {
      // the Care Certificate is social care's induction training standard, made a duty
      text: 'All Care Workers shall complete the Care Certificate within 12 weeks of starting work.',
      status: 'strong',
    },
    { text: 'Suppliers on the framework provide installation, hosting, training and maintenance.', status: 'missing' },
    {
      text: 'There is a requirement on contractors to offer one apprenticeship for every £1m of contract value.',
      status: 'strong',
    },
    {
      text: 'All care workers will be trained to a recognised standard in paid time.',
      status: 'strong',
      profile: { type: 'policy' },
    },
    {
      text: 'The Provider will support every care worker to gain a Level 3 qualification in paid time.',
      status: 'strong',
    },
    {
      text: 'The Contractor shall ensure that at least 5% of its workforce on the Contract are apprentices.',
      status: 'strong',
    },
    {
      text: 'The Supplier must provide training to its staff in paid working time and at no cost to them.',
      status: 'strong',
    },
    {
      text: 'Bidders should describe how they will support apprenticeships where possible.',
      status: 'weak',
    },
    { text: 'Apprenticeships and other paid training opportunities', status: 'weak' },
    { text: 'All staff shall complete safeguarding training.', status: 'missing' },
    {
      text: 'The provider will deliver oral hygiene training for the wider school workforce.',
      status: 'missing',
    },
    { text: '3. Customer Complaints Training', status: 'missing' },
    {
      text: 'The council will extend the London Living Wage to its apprentices next year.',
      status: 'missing',
    },
  ],
};
