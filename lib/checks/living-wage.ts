import { plainOf } from '../analysis/assess';
import { generalStrength, hasObligation, hollowing } from '../analysis/strength';
import { hourlyFigures, judgeFigure, money, type WageContext } from '../analysis/wages';
import type { CheckDefinition } from './types';

const STATUTORY_ONLY = /\bnational living wage\b|\bminimum wage\b|\b(?:NLW|NMW)\b/i;
/** A fair-wages clause (the Fair Wages Resolution, or pay no less favourable than the trade's or another group's rates), the Real Living Wage unnamed. */
const FAIR_WAGES_FLOOR =
  /\b(?:observ\w*|compl(?:y|ies|iance) with|contain\w*|includ\w*|incorporat\w*|insert\w*) (?:the |a )?fair[- ]wages? (?:resolution|clause)s?\b(?<!\bliving wage\b[^.;]*)(?![^.;]*\bliving wage\b)[^.;]*|\b(?:pay|paid|earn\w*|conditions? of)\b(?<!\bliving wage\b[^.;]*)(?:(?!living wage)[^.;]){0,60}?\b(?:rates? of (?:wages|pay)|wages)\b(?:(?!living wage)[^.;]){0,160}?\b(?:not|no) (?:less favourable|lower) than\b(?![^.;]*\bliving wage\b)[^.;]*/gi;
/** Pay held to a rate stated elsewhere ("paid at least the rate set out in the funding letter"), the Real Living Wage unnamed. */
const RATE_BY_REFERENCE =
  /\b(?:pa(?:y|id)|remunerat\w*)\b(?<!\bliving wage\b[^.;]*)[^.;]{0,40}?\b(?:at least|no less than|not less than|a minimum of)\b,? (?:at )?the (?:hourly |minimum )?rates? (?:as )?(?:detailed|set out|specified|stated|set|agreed|published)\b(?![^.;]*\bliving wage\b)[^.;]*/gi;
/** The Real Living Wage by any of its names ("the Living Wage" alone included, but not the National one). */
const REAL_NAMED =
  /\b(?:real|london|scottish|foundation) living wage\b|\bliving wage foundation\b|\b(?:rLW|LLW)\b|(?<!national )\bliving wage\b/i;

/** Real Living Wage: every worker on the contract paid at least the Living Wage Foundation rate. */
export const livingWage: CheckDefinition = {
  id: 'living-wage',
  title: 'Real Living Wage',
  theme: 'pay-and-hours',
  summary:
    'Every worker on the contract, subcontractors and agency staff included, is paid at least the Real Living Wage (the London rate in London), uplifted each year.',
  explanation:
    'The Real Living Wage is calculated by the Living Wage Foundation from what people need to live on. It is higher than the statutory National Living Wage, which is only the legal minimum. Outsourced cleaning, care, catering and security staff are often paid the legal minimum unless the contract itself requires more; a clause that only "encourages" the supplier leaves pay to the lowest bid.',
  cues: [
    /\b(?:real|london|scottish) living wage\b/i,
    /\bliving wage(?: foundation| employer| rate| accreditation| accredited| costed)?\b/i,
    // the abbreviations as written: "rLW" or "RLW" for the Real Living Wage, "LLW" for London's
    /\b(?:[rR]LW|LLW)\b/,
    /£\s?\d{1,2}(?:\.\d{2})?\s?(?:per hour|an hour|p\/?h\b|\/\s?h)/i,
  ],
  falseFriends: [
    {
      name: 'the National Living Wage as what research, monitoring or a report is about is not a pay term',
      pattern:
        /\b(?:research|stud(?:y|ies|ied|ying)|evaluat\w*|analys\w*|reviews?|reports?|evidence|monitor\w*|examin\w*|assess\w*|investigat\w*|model\w*|look(?:s|ed|ing)? at|explor\w*|compar\w*)\b[^.;]{0,80}?\b(?:effects?|impacts?|consequences|affordability|outcomes?|(?:recent |annual |successive )?(?:increases?|rises?|uprating))\b (?:of|in|on|from) (?:the )?(?:national living wage|NLW)\b[^.;]*|\b(?:research|stud(?:y|ies)|reports?|evidence|inquiry) (?:into|on|about|of) (?:the )?(?:national living wage|NLW)\b[^.;]*|\b(?:effects?|impacts?) of (?:the )?(?:national living wage|NLW)\b (?:on|for) (?:employment|jobs|hours|pay|businesses|employers|the (?:economy|labour market)|low-paid|small)\b[^.;]*|\b(?:the )?(?:national living wage|NLW)\b (?:has |have |had )?(?:risen|rose|increased|grown|gone up|fallen|lagged)\b(?! to\b)[^.;]*/gi,
      effect: 'ignore',
      why: 'the statutory wage as the subject of research or monitoring, not a term on anyone’s pay',
      examples: [
        'The department has commissioned a study to examine how recent increases in the National Living Wage have affected small retailers.',
        'The Low Pay Commission reports each year on the effects of the National Living Wage on employment and hours.',
        // its history as an economic statistic
        'Since 2016 the National Living Wage has risen faster than average earnings.',
      ],
    },
    {
      name: 'the statutory rate and the Real Living Wage compared, as what a study measures, are not a pay term',
      // employers or workers on the one rate set beside those on the other: the study's subject, not anyone's duty
      pattern:
        /\b(?:compar\w*|contrast\w*|set (?:\w+ )?(?:beside|against))\b[^.;]{0,80}?\b(?:statutory (?:rate|minimum)|legal minimum|national (?:minimum|living) wage|NLW|NMW)\b[^.;]{0,60}?\b(?:with|to|and|against)\b[^.;]{0,40}?\b(?:voluntar(?:y|ily) )?(?:paying |paid )?(?:the )?(?:voluntary )?real living wage\b[^.;]*/gi,
      effect: 'ignore',
      why: 'two wage rates compared as the subject of research, not a term on anyone’s pay',
      examples: [
        'The second strand of the study will compare the statutory rate with the voluntary real Living Wage.',
        '- compare care homes paying the legal minimum with those voluntarily paying the real Living Wage.',
      ],
    },
    {
      name: "the statutory 'National Living Wage' is not the Real Living Wage",
      pattern: /\bnational living wage\b|\bNLW\b/gi,
      effect: 'weak',
      why: 'statutory stand-in: the National Living Wage is the legal minimum, not the Real Living Wage',
      examples: ['The Contractor shall pay all staff at least the National Living Wage.'],
    },
    {
      name: "a fair-wages clause: pay 'not less favourable than' the trade's or another group's rates",
      // a floor tied to other rates binds, but not to the Real Living Wage; where that is named too, it decides
      pattern: FAIR_WAGES_FLOOR,
      effect: 'weak',
      why: 'a fair-wages floor: pay no less favourable than the trade’s or another group’s rates, which is not the Real Living Wage',
      examples: [
        'The contractor shall pay rates of wages not less favourable than those agreed for the trade in the district.',
        'Cleaning firms are required to pay their staff rates of pay no less favourable than those of directly employed cleaners.',
        'Every cleaning contract contains the Fair Wages Clause.',
        'Will she insist on conditions of wages and holidays no less favourable than those of her own staff?',
      ],
    },
    {
      name: 'pay held to a rate stated elsewhere (a funding letter, a schedule), with the Real Living Wage unnamed',
      pattern: RATE_BY_REFERENCE,
      effect: 'weak',
      why: 'a pay floor set by a rate stated elsewhere: the text does not say it is the Real Living Wage',
      examples: ['Care workers must be paid at least the rate set out in the funding letter for each hour worked.'],
    },
    {
      name: "'National Minimum Wage' or 'legal minimum wage' is a statutory floor",
      // there is no statutory London rate: "the London minimum wage" is a news story's name for the London Living Wage
      pattern: /\b(?:national |legal |statutory )?(?<!\blondon )minimum wage\b|\bNMW\b/gi,
      effect: 'weak',
      why: 'statutory stand-in: paying the minimum wage is already the law, not a Real Living Wage clause',
      examples: ['The Supplier must pay at least the National Minimum Wage for all working time.'],
    },
    {
      name: "suppliers invited to follow the authority's own accreditation ('… and we would like our suppliers to do the same')",
      pattern:
        /\b(?:accredited (?:real )?living wage employer|(?:real )?living wage (?:foundation )?accredit\w*)\b[^.]{0,120}?\b(?:suppliers?|contractors?|providers?|partners|businesses|firms|organisations|companies|employers|tenderers|bidders)\b[^.]{0,60}?\b(?:do(?:ing)? the same|follow(?:ing)? (?:suit|(?:our|its|their|the council['’]s) (?:lead|example))|shar(?:e|es|ing) (?:this|that|our|its|the same) (?:commitment|approach|values?|ambition|aim))\b/gi,
      effect: 'weak',
      why: "suppliers are only invited to follow the authority's own accreditation: nothing is required of them",
      examples: [
        'The trust became an accredited Living Wage Employer in 2021 and would like its contractors to do the same.',
        'We are proud to be an accredited Real Living Wage employer and we hope our suppliers will follow our lead.',
        'The college is an accredited Living Wage Employer and welcomes bids from organisations that share this commitment.',
      ],
    },
    {
      name: "the authority's own Living Wage accreditation is not a duty on the supplier",
      pattern:
        /\b(?:we are|the council is|the authority is|is an?|as an?)(?<!\b(?:supplier|contractor|provider|operator)s?['’]s?\b[^.;]{0,60}(?:we are|the council is|the authority is|is an?|as an?)) (?:proud(?:ly)? )?(?:accredited )?(?:real )?living wage (?:employer|foundation accredited)\b|\b(?:we|the council|the authority) (?:became|become|has become|have become|is now|are now) (?:an? )?(?:real )?living wage (?:foundation )?accredited(?: employer)?\b|\b(?:we are|the council is|the authority is) (?:proud(?:ly)? )?(?:to be )?accredited by the (?:real )?living wage foundation\b|(?<!\b(?:required to|must|shall|agrees? to|undertakes? to|will need to)\s+(?:be|become|remain)\s+(?:an?\s+)?)(?<!\b(?:suppliers?|contractors?|sub-?contractors?|providers?|bidders?|tenderers?|they|firms|companies|organisations)\b[^.;]{0,50})\baccredited (?:real )?living wage employers?\b|\b(?:seek\w*|apply(?:ing)? for|achiev\w*|gain\w*|obtain\w*|proceed(?:ing)? with|(?:be|been|being) (?:given|granted|awarded)|hold\w*)(?: \w+)? (?:(?:real |london )?living wage )?accredit(?:ation|ed status)(?: (?:by|from|with|to) the (?:real )?living wage foundation| for the (?:london |real )?living wage)?/gi,
      effect: 'ignore',
      why: 'the authority describes its own accreditation; it binds no supplier',
      examples: [
        'The Council is an accredited Living Wage Employer.',
        'The Cabinet agreed that the Council should seek accredited status by the Real Living Wage Foundation.',
        'The borough has yet to be given London Living Wage accredited status.',
        'The council became a Living Wage Foundation accredited employer in 2019.',
      ],
    },
    {
      name: 'a body, place scheme or post named after the Living Wage is a name, not a wage',
      // "Living Wage Scotland", "a Living Wage City action group", "Living Wage Programme Officer": the words name
      // who someone is; a sentence that also names the wage as pay is still read for it
      pattern:
        /\bliving wage (?:scotland|wales|cymru|commission|(?:cit(?:y|ies)|places?|towns?) (?:action group|scheme|partnership|steering group|launch)|action groups?|(?:programme |project )?officers?)\b/gi,
      effect: 'ignore',
      why: 'the name of an organisation, scheme or post, not a wage anyone is paid',
      examples: [
        'The debate heard evidence from the Poverty Alliance, which hosts Living Wage Scotland.',
        'Living Wage Programme Officer (Economic Development), Grade 6, fixed term to March 2026.',
        'Tender for the print of posters and banners for the Living Wage City action group launch.',
      ],
    },
    {
      name: "'living wage week' news is not a clause",
      pattern: /\bliving wage week\b/gi,
      effect: 'ignore',
      why: 'a campaign event, not a contract term',
      examples: ['Join us to celebrate Living Wage Week in November.'],
    },
  ],
  weakMarkers: [
    {
      // an alternative priced bid, or the buyer left to decide: the wage is on offer, not required
      pattern:
        /\b(?:costed|priced) (?:bid|option|variant|alternative)s?\b|\bvariant bids?\b|\b(?:decide|choose|chooses|opt|opts) (?:if|whether)\b/i,
      why: 'offered as an option for the buyer to choose, not a requirement',
    },
    {
      // only a pay promise is hollowed by the vague name; "the Living Wage movement" is not a pay promise
      pattern:
        /^(?:(?!real|london|foundation|rlw|llw|scottish).)*\b(?:pa(?:ys?|id|ying|yments?)(?: of)?|earn\w*|receiv\w*)\b(?: \w+){0,5} (?:a|the) living wage\b(?:(?!real|london|foundation|£).)*$/i,
      why: "'the Living Wage' is not defined: without the Living Wage Foundation rate it can be read as the statutory minimum",
    },
  ],
  strongMarkers: [],
  assess(sentence, ctx: WageContext) {
    // the statutory rate named as news or background, with no one paid or bound, is not about contract pay
    if (
      STATUTORY_ONLY.test(sentence) &&
      !REAL_NAMED.test(sentence) &&
      // ...but the statutory rate behind what providers are paid (a fee uplift, contract rates) or an employer's obligations under its Act are the stand-in at work; a cost it adds, named as news, is not
      !/\bpa(?:y|ys|id|ying|yment)\b|\bearn\w*|\b(?:fees?|fee uplifts?|uplifts?|contract (?:rates?|prices?))\b|\bobligations? under\b|\brates? (?:for|of) (?:[\w()-]+ ){0,4}?(?:workers|staff|carers|employees|cleaners)\b/i.test(
        sentence,
      ) &&
      !hasObligation(sentence)
    )
      return null;
    // once the document defines "the Living Wage" as the Foundation's rate, the bare name is that rate
    if (
      ctx.livingWageIsReal &&
      /(?<!National )\bLiving Wage\b(?! Week)/i.test(sentence) &&
      !/\bnational living wage\b|\bminimum wage\b/i.test(sentence) &&
      !hourlyFigures(sentence).length
    )
      return /\b(?:means|shall mean|is defined as)\b/.test(sentence) ? hollowing(sentence) : generalStrength(sentence);
    const figures = hourlyFigures(sentence);
    // an hourly £ figure is the topic only as a wage: not a price, a fee or a parking charge
    // a fair-wages floor is read as the stand-in it is (the false friend above)
    // (a plain look for their closing words first: most pay sentences have neither)
    if (
      ((/less favourable|lower than|fair[- ]wage/i.test(sentence) && plainOf(FAIR_WAGES_FLOOR).test(sentence)) ||
        (/\brates?\b/i.test(sentence) && plainOf(RATE_BY_REFERENCE).test(sentence))) &&
      !REAL_NAMED.test(sentence)
    )
      return undefined;
    if (!/\bliving wage\b|\b(?:rLW|LLW)\b|\bminimum wage\b|\bNMW\b/i.test(sentence)) {
      const wage = /\b(?:pa(?:y|id|ying|yment)|wages?|salar\w*|earn\w*|receiv\w*)\b/i.test(sentence);
      const price = /\b(?:price|fees?|charges?|tariff|commission(?:ed|ing)? rates?)\b/i.test(sentence);
      if (!figures.length || !wage || price) return null;
    }
    if (!figures.length || !/\b(?:pa(?:y|id|yment)|wage|rate|salar|earn|hour)/i.test(sentence)) return undefined;
    const area = /\blondon\b/i.test(sentence) ? 'london' : 'uk';
    // the Foundation's rate named, and no statutory one: a figure equal to one of its past rates is that rate
    const named =
      /\b(?:real|london) living wage\b|\bliving wage foundation\b|\bfoundation rate\b/i.test(sentence) &&
      !/\b(?:national|minimum) (?:living |minimum )?wage\b|\bNLW\b|\bNMW\b/i.test(sentence)
        ? 'rlw'
        : undefined;
    const verdicts = figures.map((f) => ({
      amount: f.amount,
      verdict: judgeFigure(f.amount, area, ctx.asOf, ctx.wageRates, named),
    }));
    // a Real Living Wage figure beside a statutory one is the usual comparison, not a stand-in; in an undated
    // text a past year's Real Living Wage figure dates the text, it does not make its pay floor stale
    if (verdicts.some((v) => v.verdict.kind === 'real-living-wage' || (v.verdict.kind === 'stale' && !ctx.dateKnown)))
      return undefined;
    for (const { amount, verdict } of verdicts) {
      if (verdict.kind === 'statutory')
        return {
          strength: 'weak',
          why: `${money(amount)} is the ${verdict.row.label}, a legal minimum${verdict.current ? `, below the ${verdict.current.label} of ${money(verdict.current.rate)}` : ''}`,
        };
      if (verdict.kind === 'stale')
        return {
          strength: 'weak',
          why: `${money(amount)} was the ${verdict.row.label}; the ${verdict.current.label} of ${money(verdict.current.rate)} applies now`,
        };
      if (verdict.kind === 'below')
        return {
          strength: 'weak',
          why: `${money(amount)} is below the ${verdict.current.label} of ${money(verdict.current.rate)}${verdict.statutory ? ` (the ${verdict.statutory.label} is ${money(verdict.statutory.rate)})` : ''}`,
        };
    }
    // an unlisted figure at or above the Real Living Wage pays the rate even when the name is not used
    if (/\b(?:minimum|national) (?:living |minimum )?wage\b/i.test(sentence)) return undefined;
    return hollowing(sentence) ?? undefined;
  },
  applies: () => true,
  clauses: [
    {
      id: 'living-wage/standard',
      checkId: 'living-wage',
      title: 'Real Living Wage for everyone working on the contract',
      body: 'The Supplier shall pay, and shall procure that its subcontractors and any employment agency pay, every worker aged 18 or over engaged in delivering this Contract for {authority} not less than the Real Living Wage set by the Living Wage Foundation (the {rlw_year} rates are {rlw_rate} per hour, or {rlw_london_rate} per hour for work in Greater London, payable from {rates_effective}) for every hour worked, including travel time between assignments. The Supplier shall apply each new rate within six months of its announcement, shall provide payroll evidence of compliance on request, and shall report each quarter the number of workers paid at or above the rate. Failure to pay the rate is a material breach of this Contract.',
      jurisdictions: [],
      documentTypes: [],
      sectors: [],
      implements:
        'National Procurement Policy Statement 2025 (fair pay); Procurement Act 2023 conditions of performance',
      version: 1,
    },
    {
      id: 'living-wage/scotland-fair-work-first',
      checkId: 'living-wage',
      title: 'Real Living Wage under Fair Work First (Scotland)',
      body: 'As a condition of this Contract with {authority}, and in line with Fair Work First (SPPN 1/2024) and the statutory guidance under section 29 of the Procurement Reform (Scotland) Act 2014, the Supplier shall pay at least the Real Living Wage (the {rlw_year} rate is {rlw_rate} per hour, payable from {rates_effective}) to every worker, including agency and subcontracted workers, engaged in delivering the Contract in the United Kingdom, shall apply each annual uplift within six months of its announcement, and shall evidence compliance in its quarterly Fair Work report.',
      jurisdictions: ['scotland'],
      documentTypes: [],
      sectors: [],
      implements: 'Fair Work First (SPPN 1/2024); Procurement Reform (Scotland) Act 2014 s.29',
      version: 1,
    },
    {
      id: 'living-wage/wales-ethical-employment',
      checkId: 'living-wage',
      title: 'Real Living Wage as a fair-pay term (Wales)',
      body: 'In support of the well-being goals and the socially responsible procurement duty under the Social Partnership and Public Procurement (Wales) Act 2023, and the Code of Practice on Ethical Employment in Supply Chains, the Supplier shall pay every worker engaged in delivering this Contract for {authority}, including agency and subcontracted workers, at least the Real Living Wage set by the Living Wage Foundation (the {rlw_year} rate is {rlw_rate} per hour, payable from {rates_effective}). The Supplier shall apply each new rate within six months of its announcement and shall report to {authority} every year the number of workers on the Contract and the rate each is paid.',
      jurisdictions: ['wales'],
      documentTypes: [],
      sectors: [],
      implements:
        'Social Partnership and Public Procurement (Wales) Act 2023; Welsh Government Code of Practice on Ethical Employment in Supply Chains',
      version: 1,
    },
    {
      id: 'living-wage/ni-condition-of-contract',
      checkId: 'living-wage',
      title: 'Real Living Wage as a condition of contract (Northern Ireland)',
      body: 'It is a condition of this Contract with {authority}, in line with Procurement Policy Note PPN 01/21, that the Supplier pays every worker engaged in delivering the Contract, including agency and subcontracted workers, at least the Real Living Wage set by the Living Wage Foundation (the {rlw_year} rate is {rlw_rate} per hour, payable from {rates_effective}), and applies each new rate within six months of its announcement. The Supplier shall provide payroll evidence of compliance on request; a failure to pay the rate is a material breach.',
      jurisdictions: ['ni'],
      documentTypes: [],
      sectors: [],
      implements: 'NI Procurement Policy Note PPN 01/21 (living wage as a condition of contract from 1 June 2022)',
      version: 1,
    },
    {
      id: 'living-wage/eu-performance-condition',
      checkId: 'living-wage',
      title: 'Pay floor as a performance condition (EU)',
      body: 'As a condition for the performance of this Contract under Article 70 of Directive 2014/24/EU, the Supplier shall pay every worker engaged in delivering it, including subcontracted and agency workers, a living wage of no less than {wage_floor} per hour, and in any case no less than the wages required by law or by the collective agreements that apply under Article 18(2). The Supplier shall provide payroll evidence on request and shall bind its subcontractors to the same terms.',
      jurisdictions: ['eu'],
      documentTypes: [],
      sectors: [],
      implements: 'Directive 2014/24/EU Art. 18(2) and Art. 70',
      version: 1,
    },
    {
      id: 'living-wage/itt-question',
      checkId: 'living-wage',
      title: 'Pass/fail tender question on the Real Living Wage',
      body: 'Question (pass/fail): Do you confirm that, if awarded the contract with {authority}, you will pay every worker engaged in its delivery, including agency and subcontracted workers, at least the Real Living Wage set by the Living Wage Foundation (the {rlw_year} rate is {rlw_rate} per hour; {rlw_london_rate} in London), and apply each annual uplift within six months? A tender that does not answer "Yes" will not be considered further.',
      jurisdictions: [],
      documentTypes: ['itt', 'notice'],
      sectors: [],
      implements: 'National Procurement Policy Statement 2025; Fair Work First model question (Scotland)',
      version: 1,
      question: true,
    },
  ],
  examples: [
    {
      // a duty only to report how many are paid it: monitoring, no pay floor
      text: '14.2 The Provider will be asked to report each year on the number of staff paid at or above the Real Living Wage.',
      status: 'weak',
    },
    {
      // the contractor's own accreditation, only monitored: working towards it binds nothing yet
      text: "9.5.2 The Council will monitor the Contractor's progress towards accreditation as a Living Wage Employer.",
      status: 'weak',
    },
    {
      // £10.85 was London's rate in 2020 (and is the 18-20 minimum in 2026): named as London's, it is London's,
      // superseded by the date the examples are judged at (undated, it dates the text: wages.test.ts)
      text: 'Staff on the contract must be paid the London Living Wage of £10.85 an hour.',
      status: 'weak',
    },
    {
      // a question put in Parliament, not an answer
      text: 'To ask the Chancellor of the Duchy of Lancaster, whether his Department requires suppliers to pay the real Living Wage.',
      status: 'weak',
    },
    {
      // advice to authorities: "should make it a condition" makes nothing a condition
      text: 'Contracting authorities should make payment of the real Living Wage a contract condition for all outsourced services.',
      status: 'weak',
    },
    {
      // a demand of the council
      text: 'We want the council to write guaranteed hours and the real Living Wage into every homecare contract.',
      status: 'weak',
    },
    {
      // declining costs the bidder nothing
      text: 'Bidders will not be excluded for declining to commit to the Real Living Wage; responses will be scored using the scale at 3.4.',
      status: 'weak',
    },
    {
      // "whether … or …" lists who is covered; it asks nothing
      text: 'Every officer, whether employed by the contractor or supplied through a subcontractor, must be paid at least the London Living Wage.',
      status: 'strong',
    },
    {
      // an election pledge
      text: 'If elected in May, a new administration will make every council contract pay the Real Living Wage.',
      status: 'weak',
    },
    {
      // a notice's field answered "Not applicable", with the statutory minimum in its place
      text: 'Living wage: Not applicable - suppliers must pay at least the National Minimum Wage.',
      status: 'weak',
    },
    {
      // an adopted resolution applying the policy to contracts, and a contract that obliges the contractor
      text: "RESOLVED - That the Council's Real Living Wage Policy be applied to all new and re-let contracts for care services from 1 April 2026.",
      status: 'strong',
    },
    {
      text: 'The new soft FM contract obliges the contractor to pay porters and domestics the London Living Wage from day one.',
      status: 'strong',
    },
    {
      // approval in principle, pending a report, decides nothing yet
      text: 'That Cabinet approves in principle that the Real Living Wage must be paid on all new contracts, subject to a further report on costs.',
      status: 'weak',
    },
    {
      // a fair-wages floor beside the Real Living Wage named: the named rate decides
      text: 'The Contractor shall pay at least the real Living Wage, and rates of pay no less favourable than those of the council’s own staff.',
      status: 'strong',
    },
    {
      // a supplier's duties under the statute that sets the floor are that floor, as a term
      text: 'Suppliers are reminded of their obligations under the National Minimum Wage Act 1998 as employers.',
      status: 'weak',
    },
    {
      // the statutory rate behind what providers are paid is the stand-in at work, not background news
      text: 'The council’s fee uplift of 6% for homecare providers reflects the increase in the National Living Wage.',
      status: 'weak',
    },
    {
      // the abbreviation in capitals, as many contracts write it
      text: 'All staff employed on the contract must be paid no less than the RLW.',
      status: 'strong',
    },
    {
      // 'a contract condition' stated outright
      text: 'Payment of the real Living Wage to everyone working on the service is a contract condition.',
      status: 'strong',
    },
    {
      // assessed in the tender evaluation, not required of the supplier
      text: 'Fair work practices, including paying the real Living Wage, will be evaluated as part of this tender.',
      status: 'weak',
    },
    {
      // a reported contract condition: the council made payment a term, so the pay floor binds the contractors
      text: 'Cleaners on council contracts now receive the real Living Wage after the council made it a contract condition.',
      status: 'strong',
    },
    {
      // a clause stated as included in the contract is a term of it
      text: 'A real Living Wage clause was included in the new cleaning contract.',
      status: 'strong',
    },
    {
      // a tender question about the topic secures no pay floor
      text: 'Bidders shall describe their approach to paying the Real Living Wage.',
      status: 'weak',
    },
    {
      text: 'Suppliers will be asked about their commitment to the Living Wage as part of the evaluation.',
      status: 'weak',
    },
    {
      // the bidder's accreditation asked about: the topic is there, nothing is required
      text: 'Tenderers must state whether they are an accredited Living Wage employer.',
      status: 'weak',
    },
    {
      text: 'The council has written the London Living Wage into all of its cleaning and security contracts.',
      status: 'strong',
    },
    {
      text: 'Real Living Wage conditionality commenced in April and is being applied to every grant awarded since.',
      status: 'strong',
    },
    {
      text: 'The Supplier shall pay all staff engaged on the Contract at least the Real Living Wage.',
      status: 'strong',
    },
    {
      text: 'The Contractor must pay the London Living Wage to every worker, including subcontractors and agency staff.',
      status: 'strong',
    },
    { text: 'Suppliers are encouraged to pay the Real Living Wage where possible.', status: 'weak' },
    { text: 'The Contractor shall pay all employees at least the National Living Wage.', status: 'weak' },
    { text: 'Care workers will be paid £12.21 per hour.', status: 'weak' },
    { text: 'The Provider is not required to pay the Real Living Wage.', status: 'weak' },
    { text: 'The Council is an accredited Living Wage Employer.', status: 'missing' },
    {
      // the supplier's duty to be accredited is a duty, not the authority describing itself
      text: 'The successful contractor will be required to become an accredited Living Wage Employer within a year of award.',
      status: 'strong',
    },
    { text: 'The contract is for the supply of office furniture to the Council.', status: 'missing' },
  ],
};
