import type { AssessContext, CheckDefinition } from '../checks/types';
import {
  CONTRACT_DOCUMENTS,
  firstMatch,
  generalStrength,
  hasObligation,
  hollowing,
  isCallToAction,
  isResearchSubject,
  MENU_OF_OPTIONS,
  namesSupplierParty,
  namesSupplierSide,
  type Verdict,
  WEIGHT,
  willPredicts,
  workersOwed,
} from './strength';

/** Replaces the spans a pattern matches with spaces, so offsets stay put but the words no longer count. */
function mask(text: string, pattern: RegExp): { text: string; hit: boolean } {
  const global = globalOf(pattern);
  let hit = false;
  const out = text.replace(global, (m) => {
    hit = true;
    return ' '.repeat(m.length);
  });
  return { text: out, hit };
}

/** Each pattern without its global or sticky flag, made once: `test` then keeps no place between texts. */
const PLAIN_TWIN = new WeakMap<RegExp, RegExp>();
export function plainOf(pattern: RegExp): RegExp {
  let plain = PLAIN_TWIN.get(pattern);
  if (!plain) {
    plain = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    PLAIN_TWIN.set(pattern, plain);
  }
  return plain;
}

/** Each pattern's global twin, made once: `replace` with a global pattern starts from 0 and leaves lastIndex at 0. */
const GLOBAL_TWIN = new WeakMap<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let global = GLOBAL_TWIN.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    GLOBAL_TWIN.set(pattern, global);
  }
  return global;
}

/** A duty that names who owes it is better evidence than a passive one or a fragment. */
function strongWeight(sentence: string): number {
  return NAMED_OBLIGOR.test(sentence) ? WEIGHT.specific : WEIGHT.clause;
}
const NAMED_OBLIGOR =
  /\b(?:supplier|contractor|provider|bidder|tenderer|consultant|recipient|grantee|operator|sub-?contractor|tenders?|contracts?)s?\b[^.;]{0,80}?\b(?:shall|must|will|agrees?|undertakes?|(?:is|are) required)\b/i;

/** A line that ends in a UK postcode: a contact address that names a body ("Living Wage Foundation, …, E1 2AB"), not a passage. */
const POSTAL_ADDRESS = /,\s*(?:[\w'’.-]+ ){0,3}[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\.?\s*$/;

/** Words a navigation link adds to a topic's name ("Modern slavery statement", "Freedom of Information Act 2000"). */
const LINK_FILLER = /^(?:the|our|a|an|and|&|of|act|policy|statement|page|pages|information|\d{4}|[|·•>»\-–])$/i;

/**
 * A short unnumbered line that is only the topic's name: among other links, a menu, footer or related-links entry,
 * which the page's own text never binds anyone to. Numbered contents entries are kept.
 */
export function isBareName(check: CheckDefinition, text: string): boolean {
  const line = text.trim();
  if (line.length > 48 || /[.;:!?]$/.test(line) || /^(?:\d|\(?[a-z]\)|[A-Z]\.\s)/.test(line)) return false;
  let rest = line;
  for (const cue of globalCues(check)) rest = rest.replace(cue, ' ');
  if (rest === line) return false;
  return rest.split(/[\s,()]+/).filter((w) => w && !LINK_FILLER.test(w)).length === 0;
}

/** Each check's cues as global patterns, built once (a long document asks for them on every short line). */
const GLOBAL_CUES = new WeakMap<CheckDefinition, RegExp[]>();
function globalCues(check: CheckDefinition): RegExp[] {
  let cues = GLOBAL_CUES.get(check);
  if (!cues) {
    cues = check.cues.map(globalOf);
    GLOBAL_CUES.set(check, cues);
  }
  return cues;
}

export function mentionsTopic(check: CheckDefinition, text: string): boolean {
  return check.cues.some((c) => c.test(text));
}

/** Where a coordinated clause with its own subject and verb begins: ", and the Contractor shall …", ", but we will …". */
const CLAUSE_JOIN =
  /,\s+(?:and|but|while|whereas)\s+(?=(?:we|they|it|I|(?:the|our|its|their|all|each|every|any) [\w-]+(?: [\w-]+)?)\s+(?:will|shall|must|should|may|can|is|are|has|have)\b)/gi;

/**
 * The clauses of a sentence that are about the check, when its coordinated clauses (each with its own subject
 * and verb) are not all about it and none of them binds: another clause's duty says nothing of the topic.
 */
function clausesAbout(check: CheckDefinition, sentence: string): string {
  if (!sentence.includes(',')) return sentence;
  const clauses = sentence.split(CLAUSE_JOIN);
  if (clauses.length < 2) return sentence;
  const about = (c: string) =>
    mentionsTopic(check, c) || check.falseFriends.some((f) => f.effect === 'weak' && plainOf(f.pattern).test(c));
  const kept = clauses.filter(about);
  if (!kept.length || kept.length === clauses.length) return sentence;
  // only a duty word that is another clause's is set aside: a topic clause with its own duty keeps the sentence's subject
  const topic = kept.join(', ');
  return hasObligation(topic) ? sentence : topic;
}

/** Where a sentence stands on the page, as far as its reading depends on it. */
export interface SentencePlace {
  /** the line before it is another short line with no stop: the sentence is an entry in a list of links */
  amongLinks?: boolean;
  /** two sentences joined on purpose, the topic of one carried into the duty of the next: read as one */
  carried?: boolean;
}

/**
 * Judges one sentence for one check: undefined when the sentence is not about the check's topic
 * (or only through a false friend that is ignored), otherwise a strength with its reason and weight.
 */
export function assessSentence(
  check: CheckDefinition,
  sentence: string,
  ctx: AssessContext,
  place: SentencePlace = {},
): Verdict | undefined {
  // "We value equality, and the Contractor shall submit monthly reports": the duty is another clause's
  const own = place.carried ? sentence : clausesAbout(check, sentence);
  if (own !== sentence) return assessSentence(check, own, ctx, place);
  let masked = sentence;
  let standIn: string | undefined;
  for (const ff of check.falseFriends) {
    const r = mask(masked, ff.pattern);
    if (r.hit) {
      masked = r.text;
      if (ff.effect === 'weak' && !standIn) standIn = ff.why;
    }
  }
  const onTopic = mentionsTopic(check, masked);
  if (!onTopic && !standIn) return undefined;
  // the topic's bare name among other links is a menu entry; alone (a page's title, a section's heading) it is a heading
  if ((place.amongLinks && isBareName(check, masked)) || POSTAL_ADDRESS.test(masked)) return undefined;
  if (aboutOwnWorkforce(sentence, ctx) || isCallToAction(sentence) || isResearchSubject(sentence)) return undefined;
  if (expectedEffectOnly(check, sentence, ctx)) return undefined;
  // named only among the options the supplier picks from ("select at least one theme; examples include …")
  const menu = OPTION_LIST.exec(sentence);
  if (menu && firstCueIndex(check, sentence) >= menu.index + menu[0].length)
    return {
      strength: 'weak',
      why: 'only one option on a list the supplier picks from: none of them has to be this one',
      weight: WEIGHT.reason,
    };
  const custom = check.assess?.(sentence, ctx);
  if (custom === null) return undefined;
  if (custom) {
    const v = { weight: custom.strength === 'strong' ? strongWeight(sentence) : WEIGHT.reason, ...custom };
    // a check that falls back on the general reading of a duty gets the general whose-duty test too
    return v.why === GENERAL_DUTY ? outsideAnyContract(v, sentence, ctx) : v;
  }
  // a check's own reason (a stand-in, a topic-specific hollow phrase) tells more than a general hedge
  if (!onTopic && standIn)
    return (
      hollowing(sentence) ?? {
        strength: 'weak',
        why: standIn,
        // the stand-in is decisive when it is what gets paid or required, not when it is only named, and least
        // telling when named as a cost or a change ("the cost of April's rise in the National Living Wage")
        weight:
          hasObligation(sentence) || /\bpa(?:y|id|ying|yment)\b/i.test(sentence)
            ? WEIGHT.clause
            : STAND_IN_AS_COST.test(sentence)
              ? WEIGHT.mention
              : WEIGHT.reason,
      }
    );
  const weak = firstMatch(check.weakMarkers, sentence);
  if (weak) return { strength: 'weak', why: hollowing(sentence)?.why ?? weak.why, weight: WEIGHT.clause };
  const strong = firstMatch(check.strongMarkers, sentence);
  if (strong) return hollowing(sentence) ?? { strength: 'strong', why: strong.why, weight: strongWeight(sentence) };
  return outsideAnyContract(generalStrength(sentence), sentence, ctx);
}

const GENERAL_DUTY = 'binding obligation on the supplier';

/** A stand-in named as what something costs or how it changes: "rises", "the increase in", "the cost of". */
const STAND_IN_AS_COST = /\b(?:rises?|rose|rising|increases?|increased|uplifts?|hikes?|costs?|costing)\b/i;

/** A list of options the supplier picks from, up to where its entries begin. */
const OPTION_LIST = new RegExp(
  `${MENU_OF_OPTIONS.source}|\\b(?:select|choose|pick)\\w* (?:at least |a minimum of )?(?:one|two|three|\\d+|any)\\b[^.;:]{0,80}?[;:,]\\s*(?:for )?(?:examples?|options?) (?:include|includes|are|could be|might be)\\b`,
  'i',
);

/** A run of coordinated aims ending just before the topic: "fairness, inclusion, equity and …". */
const AIMS_BEFORE = /(?:[\w-]+(?: [\w-]+){0,2}, ){2,}(?:[\w-]+ ){0,2}(?:and|or) (?:[\w-]+ ){0,3}$/i;
/** The topic heading such a run: "equality, inclusion, equity and …". */
const AIMS_AFTER = /^[\w-]+(?: [\w-]+){0,3}, (?:[\w-]+(?: [\w-]+){0,2}, )*(?:[\w-]+ ){0,2}(?:and|or) /i;

/**
 * Outside contract documents, a forecast whose subject is a thing ("the new arrangement will ensure greater
 * oversight, supporting fairness, inclusion, equity and social value"), naming no supplier, contract or tender,
 * with the topic only one of a list of aims: the topic is an expected effect of the authority's own action, and
 * no clause about it is stated, weak or strong.
 */
function expectedEffectOnly(check: CheckDefinition, sentence: string, ctx: AssessContext): boolean {
  if (CONTRACT_DOCUMENTS.has(ctx.profile.type) || !/\bwill\b/i.test(sentence) || namesSupplierSide(sentence))
    return false;
  const at = firstCueIndex(check, sentence);
  if (at < 0) return false;
  const listed = AIMS_BEFORE.test(sentence.slice(Math.max(0, at - 160), at)) || AIMS_AFTER.test(sentence.slice(at));
  if (!listed) return false;
  return willPredicts(sentence);
}

function firstCueIndex(check: CheckDefinition, text: string): number {
  let first = -1;
  for (const cue of check.cues) {
    const m = plainOf(cue).exec(text);
    if (m && (first < 0 || m.index < first)) first = m.index;
  }
  return first;
}

/**
 * The authority's own workforce as the subject ("the Council employs apprentices", "its pay structures", "council
 * employees receive"): a pay policy statement or a report about the authority as an employer says nothing about
 * what a supplier must do, so outside contract documents such a sentence is not about any check.
 */
const OWN_WORKFORCE_TOPIC =
  /\b(?:its|our|the (?:council|authority|trust)['’]s) (?:own )?(?:directly employed )?(?:staff|employees|workforce|workers|apprentices|apprenticeship (?:scheme|programme)s?|pay (?:structures?|scales?|policy|awards?|grades?|bands?))\b|\b(?:council|authority|county|city|trust|government|department) (?:staff|employees|workforce|apprentices)\b|\b(?:staff|employees?|workers?) of the (?:council|authority|trust)\b|\b(?:we|the (?:council|authority|trust)) recogni[sz]es? (?:the )?(?:\w+ )?(?:trade )?unions?\b|\b(?:the )?(?:council|authority|trust) (?:\w+ly )?(?:employs|employed|recruits|recruited|pays\b(?! (?:\w+ ){0,2}?(?:prices?|contractors?|suppliers?|providers?|invoices?|charges?|fees?)\b))\b|\bpay policy statement\b|\b(?:local|national) pay (?:bargaining|awards?|settlements?)\b|\b(?:staff )?pay awards? (?:for |of )?(?:19|20)\d\d(?:[/–-]\d{2,4})?\b|\bstaff pay awards?\b|\b(?:all |our |its )?directly employed (?:staff|employees|workforce|workers)\b|\b(?:our|its) (?:lowest |highest |minimum |bottom )?(?:pay points?|spinal (?:column )?points?|rates? of pay|salar(?:y|ies))\b|\bAgenda for Change\b|\b(?:staff|employees|workers) (?:at|on|in) (?:pay )?grades? \d+\b|\bgrades? \d+ (?:to|-|–) \d+\b/i;
/** What the authority itself uses for its employees ("the council does not use zero-hours contracts for employees"). */
const OWN_EMPLOYER_PRACTICE =
  /\b(?:the )?(?:council|authority|trust)\b (?:does not |do not |will not |no longer |never )?(?:uses?|offers?)\b[^.;]{0,40}?\bfor (?:its |our )?(?:own )?(?:employees|staff)\b/i;
const SUPPLIER_NAMED = /\b(?:suppliers?|contractors?|sub-?contractors?|providers?|bidders?|tenderers?)\b/i;

/** Contracts of employment ("zero-hours contracts", "contracts of employment"): a workforce's, not a supplier's. */
const EMPLOYMENT_CONTRACTS =
  /\b(?:(?:zero|nil|non-guaranteed|guaranteed|minimum|fixed|annuali[sz]ed|banded|casual|permanent|temporary|part-time|full-time)[- ]hours?|employment|casual|permanent|temporary|fixed-term) contracts?\b|\bcontracts? of employment\b/gi;

/** "As an employee of the Council you …": the reader addressed is the authority's employee, not a bidder. */
const ADDRESSED_EMPLOYEE = /\b(?:employees?|staff|members? of staff) of the (?:council|authority|trust)\b/i;

/** The sentence with what only names the authority's own people set aside: contracts of employment, a "you" who works for it. */
function ownStaffReading(sentence: string): string {
  const out = sentence.replace(EMPLOYMENT_CONTRACTS, ' ');
  return ADDRESSED_EMPLOYEE.test(out) ? out.replace(YOU, ' ') : out;
}
/** The reader addressed: in a text for the authority's own staff, one of them. */
const YOU = /\byou(?:rs?)?\b/gi;

function aboutOwnWorkforce(sentence: string, ctx: AssessContext): boolean {
  return (
    !CONTRACT_DOCUMENTS.has(ctx.profile.type) &&
    (ctx.ownEmployerText
      ? // in a text about the authority as an employer, the "you" addressed works for it
        !namesSupplierParty(sentence.replace(YOU, ' '))
      : (OWN_WORKFORCE_TOPIC.test(sentence) && !namesSupplierSide(ownStaffReading(sentence))) ||
        // its "contracts" here are its employees' contracts of employment
        (OWN_EMPLOYER_PRACTICE.test(sentence) && !SUPPLIER_NAMED.test(sentence)))
  );
}

/** A party that can own a workforce: a supplier-side employer, a company by its legal name, or the authority. */
const SUPPLIER_OWNER =
  /\b(?:(?:sub-?)?contractors?|suppliers?|providers?|compan(?:y|ies)|firms?|employers?|operators?|consultants?|bidders?|tenderers?|charit(?:y|ies)|social enterprises?|businesses)\b/gi;
/** A company by its legal name ("Brightway Care Ltd"); case-sensitive, so "a limited number" is no company. */
const COMPANY_NAME = /\b(?:Ltd|Limited|plc|PLC|LLP|CIC)\b/g;
const AUTHORITY_OWNER =
  /\b(?:[Cc]ouncils?|[Aa]uthorit(?:y|ies)|[Tt]rusts?|[Dd]epartments?|[Gg]overnment|[Mm]inistry|[Bb]oard|[Ww]e|[Oo]ur|[Uu]s)\b/g;

/** The party named first (the subject, as a rule) or last before `end` in `text`. */
function ownerIn(text: string, which: 'first' | 'last', end = text.length): 'supplier' | 'authority' | undefined {
  const at = (r: RegExp) => {
    const found = [...text.slice(0, end).matchAll(r)].map((m) => m.index ?? 0);
    return which === 'first' ? found[0] : found[found.length - 1];
  };
  const noun = at(SUPPLIER_OWNER);
  const name = at(COMPANY_NAME);
  const s =
    noun === undefined
      ? name
      : name === undefined
        ? noun
        : which === 'first'
          ? Math.min(noun, name)
          : Math.max(noun, name);
  const a = at(AUTHORITY_OWNER);
  if (s === undefined) return a === undefined ? undefined : 'authority';
  if (a === undefined) return 'supplier';
  return (which === 'first' ? s < a : s > a) ? 'supplier' : 'authority';
}

/**
 * Whose "its": the party named before it in the sentence, else the subject of the sentence before
 * ("The contract went to a cleaning firm. Its employees are paid the Real Living Wage."). When that is a
 * supplier, the sentence is read with the owner named ("the supplier's employees"), so the authority's
 * own-workforce reading applies only to the authority's own people.
 */
export function withAntecedent(sentence: string, previous: string | undefined): string {
  const its = /\bits\b/i.exec(sentence);
  // a sentence that names a supplier-side party already reads as the supplier's; the check's own wording stays as written
  if (!its || namesSupplierParty(sentence)) return sentence;
  const owner = ownerIn(sentence, 'last', its.index) ?? (previous ? ownerIn(previous, 'first') : undefined);
  if (owner !== 'supplier') return sentence;
  return sentence.replace(/\bits\b/gi, (m) => (m[0] === 'I' ? 'The supplier’s' : 'the supplier’s'));
}

/**
 * Whose duty: in a policy, report or news text, a binding word in a sentence that names no supplier, contract
 * or tender is the authority describing its own affairs, or a forecast ("staff will transfer"), not a term.
 */
function outsideAnyContract(v: Verdict, sentence: string, ctx: AssessContext): Verdict {
  if (v.strength !== 'strong' || CONTRACT_DOCUMENTS.has(ctx.profile.type)) return v;
  if (!/\b(?:shall|must|required|obliged)\b/i.test(sentence) && willPredicts(sentence) && !workersOwed(sentence))
    return {
      strength: 'weak',
      why: "a forecast ('will rise', 'will become'): it says what is expected to happen, it binds no one",
      weight: WEIGHT.mention,
    };
  if (namesSupplierSide(sentence)) return v;
  return {
    strength: 'weak',
    why: 'no supplier, contract or tender is named: this describes the authority’s own affairs or what will happen, it binds no supplier',
    weight: WEIGHT.mention,
  };
}
