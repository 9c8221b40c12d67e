import nlp from 'compromise';
import type { Marker } from '../checks/types';
import type { Strength } from '../types';

export interface Verdict {
  strength: Strength;
  why: string;
}

/** Hedges that hollow out any obligation in the same sentence. */
export const HARD_HEDGES: Marker[] = [
  { pattern: /\bencourag(?:e|ed|es|ing)\b/i, why: "aspirational: 'encouraged to' is not a contract condition" },
  {
    pattern: /\bwhere(?:ver)? (?:reasonably )?(?:possible|practicable|practical|feasible|appropriate)\b/i,
    why: "escape clause: 'where possible' leaves it to the supplier",
  },
  {
    pattern: /\bas far as (?:is )?(?:reasonably )?(?:practicable|possible)(?: and affordable)?\b/i,
    why: "escape clause: 'as far as practicable' leaves it to the supplier",
  },
  { pattern: /\bendeavou?rs?\b/i, why: "'endeavours' promises effort, not a result" },
  { pattern: /\baspir(?:e|es|ation|ational)\b/i, why: 'aspirational wording, not a contract condition' },
  { pattern: /\bexpect(?:s|ed|ation|ations)?\b/i, why: "'expect' states a hope, not a contract condition" },
  {
    pattern:
      /\bsubject to (?:affordability|funding|budget|available (?:funding|resources)|resources)\b|\bif affordable\b|\baffordab(?:le|ility)\b/i,
    why: "escape clause: 'subject to affordability' lets the duty lapse",
  },
  { pattern: /\bvoluntar(?:y|ily)\b/i, why: 'voluntary: nothing binds the supplier' },
  { pattern: /\bwork(?:s|ing)? towards?\b/i, why: "'work towards' is a direction of travel, not a duty" },
  { pattern: /\burg(?:e|es|ed|ing)\b/i, why: 'a call or campaign, not a contract condition' },
  {
    pattern:
      /\b(?:propos(?:e|es|ed|al|als)|plan(?:s|ned|ning)? to|intend(?:s|ed)?|intention|will look at|to look at|consult(?:ation|ing) on|is developing|are developing|developing an?)\b/i,
    why: 'a plan or proposal, not a requirement in force',
  },
  { pattern: /\bphased\b|\bover a period of\b|\bup to \w+ years to\b/i, why: 'phased in later: not yet a condition' },
];

/** Hedges that count only when no firm obligation is present. */
export const SOFT_HEDGES: Marker[] = [
  { pattern: /\bshould\b/i, why: "'should' is advice, not a condition" },
  { pattern: /\bmay\b|\bmight\b|\bcould\b/i, why: "'may' makes it optional" },
  { pattern: /\bconsider(?:s|ed|ing|ation)?\b/i, why: "'consider' asks for thought, not action" },
  { pattern: /\bseek(?:s|ing)? to\b|\baim(?:s|ing)? to\b|\btry to\b|\bstrive\b/i, why: 'an aim, not a duty' },
  { pattern: /\bpromot(?:e|es|ing)\b|\bsupport(?:s|ing)?\b/i, why: 'promotion or support, not a duty on the supplier' },
  { pattern: /\bprefer(?:red|ence)?\b/i, why: 'a preference, not a condition' },
];

export const NEGATIONS: Marker[] = [
  {
    pattern:
      /\b(?:is|are|was|were|will be)? ?not (?:be )?(?:required|obliged|obligated|mandatory|compulsory|legally binding|bound)\b/i,
    why: "negated: 'not required' removes the duty",
  },
  {
    pattern:
      /\bunable to (?:make|require|mandate|insist)\b|\bcannot (?:be )?(?:require|mandate|insist)|\bcan ?not make\b/i,
    why: 'negated: the text says the requirement cannot be made',
  },
  { pattern: /\bno (?:requirement|obligation|duty)\b|\bneed not\b|\bnot a requirement\b/i, why: 'negated: no duty' },
];

export const SCOPE_LIMITERS: Marker[] = [
  {
    pattern: /\bdirectly employed (?:staff|employees|workers)? ?only\b|\bonly (?:to )?(?:its )?directly employed\b/i,
    why: 'scope limited to directly employed staff: subcontractors and agency workers are left out',
  },
  { pattern: /\bexcluding (?:sub-?contractors?|agency)\b/i, why: 'scope excludes subcontracted or agency workers' },
];

/** Binding verbs: an obligation is present when one of these governs the sentence. */
const OBLIGATION =
  /\b(?:shall|must|will|is required|are required|required to|requires?|requiring|is obliged|are obliged|obliged to|undertakes?|agrees? to|condition of (?:the |this |their |any )?(?:contract|grant|funding|award)|conditions? of contract|contractual (?:requirement|obligation|commitment)s?|mandatory|insists?|guarantee[sd]?|has to|have to|is to be|are to be|legally required|key requirement|will be required|is a requirement|are a requirement)\b/i;

/** Words that mark the authority itself as the subject, describing its own conduct. */
const AUTHORITY_SUBJECT =
  /\b(?:we|our|us|the council|the authority|the trust|the department|the government|the board|the purchaser|the buyer|the county|the city|the commissioners?|the contracting authority|the partnership|the university|the college|the nhs)\b/i;
/** Authority verbs that are its own housekeeping rather than a duty laid on suppliers. */
const AUTHORITY_SELF_VERBS =
  /^\s*(?:also )?(?:consult|seek|support|work|try|look|aim|explore|review|monitor|continue|help|promote|encourage|engage|strive|endeavour|inform|notify|respond|be bound|treat|consider|keep|reserve|retain|act|use|provide information)\b/i;

/** Short verbless lines: a heading, a contents entry or a bullet naming the topic. */
const NUMBERED_HEADING = /^(?:\d+(?:\.\d+)*\.?|[a-z]\)|\([a-z0-9]+\)|[•\-–?]|Annex [A-Z]:?|Appendix \d+)\s/i;

const parseCache = new Map<string, ReturnType<typeof nlp>>();
function parse(sentence: string) {
  let doc = parseCache.get(sentence);
  if (!doc) {
    doc = nlp(sentence);
    if (parseCache.size > 2000) parseCache.clear();
    parseCache.set(sentence, doc);
  }
  return doc;
}

export function firstMatch(markers: readonly Marker[], text: string): Marker | undefined {
  return markers.find((m) => m.pattern.test(text));
}

/** True when the sentence names the topic without any verb that could bind anyone. */
export function isHeadingLike(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter(Boolean).length;
  if (words > 14) return false;
  if (OBLIGATION.test(sentence)) return false;
  if (NUMBERED_HEADING.test(sentence) && words <= 10) return true;
  const doc = parse(sentence);
  return (
    !doc.has('(#Modal|#Auxiliary|#Copula)') &&
    doc.verbs().filter((v) => v.has('#PastTense') === false).length <= 1 &&
    !/[.!?]$/.test(sentence)
  );
}

/**
 * Who carries the obligation: `authority` when the authority describes its own conduct
 * ("the Council will consult"), `supplier` otherwise (a named supplier or a passive duty).
 */
export function obligationHolder(sentence: string): 'authority' | 'supplier' | undefined {
  const m = OBLIGATION.exec(sentence);
  if (!m) return undefined;
  const before = sentence.slice(0, m.index);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const subjectText = before.slice(clauseStart + 1);
  const after = sentence.slice(m.index + m[0].length);
  if (!AUTHORITY_SUBJECT.test(subjectText)) return 'supplier';
  // compromise confirms the subject noun phrase really is the authority, not e.g. "our suppliers"
  const subject = parse(subjectText.trim() || sentence)
    .nouns()
    .out('array')
    .join(' ');
  if (/\bsuppliers?|contractors?|providers?|bidders?|tenderers?|partners\b/i.test(subject)) return 'supplier';
  return AUTHORITY_SELF_VERBS.test(after) ? 'authority' : 'supplier';
}

export function hasObligation(sentence: string): boolean {
  return OBLIGATION.test(sentence);
}

/**
 * General strength rules for a sentence already known to be about a check's topic.
 * Check-specific markers are applied by the caller first.
 */
export function generalStrength(sentence: string): Verdict {
  const hard = firstMatch(HARD_HEDGES, sentence);
  if (hard) return { strength: 'weak', why: hard.why };
  const negated = firstMatch(NEGATIONS, sentence);
  if (negated) return { strength: 'weak', why: negated.why };
  const scope = firstMatch(SCOPE_LIMITERS, sentence);
  if (scope) return { strength: 'weak', why: scope.why };
  if (hasObligation(sentence)) {
    const holder = obligationHolder(sentence);
    if (holder === 'authority')
      return { strength: 'weak', why: 'the authority describes its own conduct; nothing here binds the supplier' };
    return { strength: 'strong', why: 'binding obligation on the supplier' };
  }
  const soft = firstMatch(SOFT_HEDGES, sentence);
  if (soft) return { strength: 'weak', why: soft.why };
  if (isHeadingLike(sentence))
    return { strength: 'weak', why: 'only a heading or list entry: it names the topic but binds no one' };
  return { strength: 'weak', why: 'the topic is mentioned, but no obligation is placed on the supplier' };
}
