import { CHECKS } from '../checks/registry';
import type { AssessContext, CheckDefinition, Marker } from '../checks/types';
import { suggestClause } from '../clauses/select';
import type { WageRate } from '../data/wage-rates';
import { detectProfile } from '../profile/profile';
import { blocksFromText, type Sentence, sentencesOf, type TextBlock } from '../text/segment';
import { paragraphForRules, type ReadParagraph, TABLE_LINE } from '../text/terms';
import type { CheckId, ClauseFinding, Confidence, DocumentProfile, Evidence, Jurisdiction, Status } from '../types';
import { assessSentence, isBareName, plainOf, withAntecedent } from './assess';
import { type FilteredPattern, LiteralScanner, testFiltered } from './literals';
import {
  firstHedge,
  firstMatch,
  HARD_HEDGES,
  hasObligation,
  hollowing,
  isNumberedTitle,
  MENTION_ONLY,
  namesDutyHolder,
  REPORTING_VERB,
  SOFT_HEDGES,
  WEIGHT,
  WOULD_HEDGE,
} from './strength';
import { combineFacts, type DocumentFacts, dateFromFacts, documentFacts, type WageContext } from './wages';

export interface AnalyseOptions {
  /** the user's corrections to the detected profile */
  profile?: Partial<DocumentProfile>;
  /** ISO date the rates are judged at; defaults to today */
  asOf?: string;
  /** checks the user switched off are reported as n/a */
  disabledChecks?: readonly CheckId[];
  /** the user's edited rate table; figures are judged against the shipped table otherwise */
  wageRates?: readonly WageRate[];
  /** the user's usual place, used when the text names no nation of the UK (detection says 'uk') */
  defaultJurisdiction?: Jurisdiction;
  /** the page's address: a one-nation portal (Sell2Wales, Public Contracts Scotland, eTendersNI) is evidence of the place */
  pageUrl?: string;
}

export interface DocumentAnalysis {
  profile: DocumentProfile;
  findings: ClauseFinding[];
}

/** One judged passage for one check, before the document-level verdict. */
export interface PassageFinding {
  checkId: CheckId;
  evidence: Evidence;
  /** how telling the passage is (strength.ts WEIGHT); judge() shows the most telling first */
  weight: number;
  /** where the judged sentence starts, when the quote begins earlier (with the sentence it points back to) */
  at?: number;
}

/** A reader checks a verdict against two quoted passages; more dilutes it with bare mentions. */
const MAX_EVIDENCE = 2;

/**
 * Each check's cues and false friends, each with its own flags: tested one by one they short-circuit and
 * keep V8's literal-prefix scan, which one case-folded union of every pattern loses (about 15x slower).
 */
const CUE_WORDS = new LiteralScanner();
const CHECK_CUES = CHECKS.map((check) => ({
  check,
  patterns: [...check.cues, ...check.falseFriends.map((f) => f.pattern)].map((r) =>
    CUE_WORDS.filtered(new RegExp(r.source, r.flags.replace('g', ''))),
  ),
}));

/** For each literal id, the checks (indices in CHECK_CUES) with a pattern that needs it. */
const CHECKS_NEEDING: number[][] = [];
/** 1 for a check with a pattern that needs no literal: it is a candidate for every text. */
const ALWAYS_CANDIDATE = new Uint8Array(CHECK_CUES.length);
for (const [c, { patterns }] of CHECK_CUES.entries())
  for (const p of patterns) {
    if (!p.literalIds) ALWAYS_CANDIDATE[c] = 1;
    else
      for (const id of p.literalIds) {
        const needing = CHECKS_NEEDING[id] ?? [];
        if (!needing.includes(c)) needing.push(c);
        CHECKS_NEEDING[id] = needing;
      }
  }

/** A text's cue words, and which checks they make candidates (found from the words present, not by asking every check). */
interface CueWords {
  found: Uint8Array;
  candidates: Uint8Array;
}
function cueWords(text: string): CueWords {
  const ids: number[] = [];
  const found = CUE_WORDS.scan(text, ids);
  const candidates = ALWAYS_CANDIDATE.slice();
  for (const id of ids) for (const c of CHECKS_NEEDING[id] ?? []) candidates[c] = 1;
  return { found, candidates };
}

/** Whether any pattern matches `text`; `found` is `CUE_WORDS.scan(text)`, which skips patterns whose words are absent. */
function hits(patterns: readonly FilteredPattern[], text: string, found: Uint8Array): boolean {
  for (const p of patterns) if (testFiltered(p, text, found)) return true;
  return false;
}

/** Finds and judges every candidate sentence of one block. Pure: the same block text gives the same result. */
export function analyseBlock(block: TextBlock, ctx: AssessContext, before?: string): PassageFinding[] {
  return judgeBlock(block, ctx, before).passages;
}

/** A block's passages, and the checks whose words it used only in sentences judged not about them. */
interface BlockJudgement {
  passages: PassageFinding[];
  dismissed: CheckId[];
}

/**
 * `before` is the text of the block before, read only for whose "its" the block's first sentence means
 * ("The contract went to a local firm." / "Its employees will be paid …" in two paragraphs), or for the clause a
 * first sentence goes on with ("… may be requested under the Act." / "The Provider shall pass any such request …").
 */
function judgeBlock(block: TextBlock, ctx: AssessContext, before?: string): BlockJudgement {
  // a page's breadcrumb trail ("Your council > Access to information > Freedom of Information") is site navigation
  if (block.text.length < 200 && BREADCRUMB.test(block.text)) return { passages: [], dismissed: [] };
  const goesOn = before !== undefined && continuesBlockBefore(block.text);
  const opening =
    before !== undefined && (goesOn || ITS.test(block.text.slice(0, 400))) ? lastSentence(before) : undefined;
  const out: PassageFinding[] = [];
  const dismissed = new Set<CheckId>();
  const sentences = passagesOf(block);
  const words = sentences.map((s) => cueWords(s.text));
  // a short line after another is an entry in a list of links (a menu, a footer, related pages)
  const place = { amongLinks: before !== undefined && LINK_LINE.test(block.text) && LINK_LINE.test(before) };
  if (goesOn && opening !== undefined && sentences[0])
    out.push(...goingOn(opening, sentences[0], words[0]!.found, ctx));
  for (const [i, sentence] of sentences.entries()) {
    const { found, candidates } = words[i]!;
    for (const [c, { check, patterns }] of CHECK_CUES.entries()) {
      if (!candidates[c] || !hits(patterns, sentence.text, found)) continue;
      const previous = i > 0 ? sentences[i - 1]!.text : opening;
      let verdict = assessSentence(check, withAntecedent(sentence.text, previous), ctx, place);
      // reported speech goes on past its sentence ("… confirmed that the commitments formed part of the
      // conditions of contract. Each contractor would be required to …"): its 'would' is the reported 'will'
      if (
        verdict?.why === WOULD_HEDGE &&
        i > 0 &&
        REPORTED_DUTY.test(sentence.text) &&
        REPORTED_THAT.test(sentences[i - 1]!.text) &&
        !REPORT_CONDITION.test(sentence.text)
      ) {
        const asWill = sentence.text.replace(REPORTED_DUTY, (m) => m.replace(/would/i, 'will'));
        const reported = assessSentence(check, withAntecedent(asWill, previous), ctx);
        if (reported?.strength === 'strong')
          verdict = { ...reported, why: `${reported.why} (reported: the sentence before says who said so)` };
      }
      let span: Sentence = sentence;
      // the clause's topic carries to a next sentence that continues it ("... requests for information. It shall pass them on ...")
      const next = sentences[i + 1];
      if (
        verdict?.strength !== 'strong' &&
        next &&
        (continuesClause(next.text) || pointsBack(next.text)) &&
        !hits(patterns, next.text, words[i + 1]!.found) &&
        // "This will usually be the case …" predicts; it adds no duty to the sentence before
        !firstHedge(SOFT_HEDGES, next.text)
      ) {
        const joined = {
          ...sentence,
          text: block.text.slice(sentence.start - block.start, next.end - block.start),
          end: next.end,
        };
        // judged as one sentence, the second coordinated to the first; the evidence quotes both exactly
        const carried = assessSentence(check, coordinated(sentence.text, next.text), ctx, { carried: true });
        if (carried?.strength === 'strong') {
          verdict = carried;
          span = joined;
        }
      }
      // the quote takes in a next sentence that refers back to it ("… to meet the Charter. This is a
      // condition of award."): read alone, the first sentence hides the duty or hedge the second adds
      if (verdict && span === sentence && next && refersBack(next.text))
        span = {
          ...sentence,
          text: block.text.slice(sentence.start - block.start, next.end - block.start),
          end: next.end,
        };
      // and a sentence whose subject points back ("This includes …", "It means …") takes in the one it points to
      const prev = sentences[i - 1];
      if (verdict && prev && opensWithReference(sentence.text))
        span = { ...span, text: block.text.slice(prev.start - block.start, span.end - block.start), start: prev.start };
      if (verdict)
        out.push({
          checkId: check.id,
          evidence: toEvidence(span, verdict),
          weight: verdict.weight ?? WEIGHT.mention,
          at: sentence.start,
        });
      else dismissed.add(check.id);
    }
  }
  return { passages: out, dismissed: [...dismissed] };
}

/** Three or more short steps joined by "›", "»" or ">": where the page sits on its site, not what it says. */
const BREADCRUMB = /^\s*(?:[^>›»\n]{1,50}\s[>›»]\s+){2,}[^>›»\n]{1,60}$/;

/** A sentence reporting what someone said: "the Director confirmed that …", "officers advised members that …". */
const REPORTED_THAT = new RegExp(String.raw`\b(?:${REPORTING_VERB}|told|assured)\b[^.;]{0,80}?\bthat\b`, 'i');
/** A duty reported ("would be required to"), not a forecast ("would be compliant by January"). */
const REPORTED_DUTY = /\bwould (?:also |all |each )?(?:be (?:contractually )?(?:required|obliged|bound)|have to)\b/i;
/** A condition on what is reported: then 'would' is conditional, not a report of 'will'. */
const REPORT_CONDITION = /\b(?:if|unless|subject to|provided that|should)\b/i;

/** The pieces of a sentence that goes on with a duty: an item's label, a supplier-side party, the binding verb after it. */
const ITEM_LABEL = String.raw`(?:\(?[a-z0-9]{1,3}[.)]\s*)?`;
const DUTY_PARTY = String.raw`(?:the|each|every|any) (?:supplier|contractor|provider|service provider|consultant|operator|grantee|recipient|sub-?contractor)s?`;
const THEN_DUTY = String.raw`[^.;]{0,60}?\b(?:shall|must|will|is required to|are required to|agrees? to|undertakes? to)\b`;

/** Two sentences read as one, the second coordinated to the first ("… requests for information, and shall pass them on …"). */
function coordinated(first: string, next: string): string {
  const rest = next.replace(/^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:it|they)\s+/i, '');
  return `${first.replace(/[.!?]+["'’”)]*$/, '')}, and ${rest[0]!.toLowerCase()}${rest.slice(1)}`;
}
const CLAUSE_NUMBER = /^\s*\d{1,3}(?:\.\d{1,3})+\.?\s+/;

/** A block whose first sentence is read with the last sentence of the block before: an opening "its", or a clause going on. */
function readsBlockBefore(text: string): boolean {
  return ITS.test(text.slice(0, 400)) || continuesBlockBefore(text) || LINK_LINE.test(text);
}
/** A short line with no stop: a link, a menu entry or a title. */
const LINK_LINE = /^[^\n.;:!?]{1,48}$/;

/**
 * A block that opens by going on with the clause before it: a duty whose object points back ("9.2 The Provider
 * shall send any such request to the Council …" after "9.1 … information may be requested under the Act").
 */
function continuesBlockBefore(text: string): boolean {
  const opening = text.slice(0, 400).replace(CLAUSE_NUMBER, '');
  // the party that owes the duty is named ("It must be noted that …" is no one's duty)
  return PARTY_DUTY.test(opening) && refersBack(firstSentenceOf(opening)) && !firstHedge(SOFT_HEDGES, opening);
}
const PARTY_DUTY = new RegExp(String.raw`^${ITEM_LABEL}${DUTY_PARTY}\b${THEN_DUTY}`, 'i');
function firstSentenceOf(text: string): string {
  return sentencesOf({ id: '', start: 0, end: text.length, text })[0]?.text ?? text;
}

/**
 * The duty a block's first sentence states about the topic the block before ended on: judged as one sentence
 * with it, and quoted alone (the duty), only where that reading is strong and the sentence names no topic itself.
 */
function goingOn(before: string, first: Sentence, words: ReturnType<typeof CUE_WORDS.scan>, ctx: AssessContext) {
  const out: PassageFinding[] = [];
  const beforeWords = CUE_WORDS.scan(before);
  for (const { check, patterns } of CHECK_CUES) {
    if (!hits(patterns, before, beforeWords) || hits(patterns, first.text, words)) continue;
    if (assessSentence(check, before, ctx)?.strength === 'strong') continue;
    const v = assessSentence(check, coordinated(before, first.text.replace(CLAUSE_NUMBER, '')), ctx, {
      carried: true,
    });
    if (v?.strength !== 'strong') continue;
    out.push({
      checkId: check.id,
      evidence: toEvidence(first, { strength: 'strong', why: `${v.why} (going on from the clause before)` }),
      weight: Math.min(v.weight ?? WEIGHT.clause, WEIGHT.clause),
      at: first.start,
    });
  }
  return out;
}

/**
 * A sentence that goes on with the previous one's matter: its subject refers back (a pronoun, "such"/"that"
 * …) or is a supplier-side party, and a duty follows ("… requests for information. The Supplier shall assist
 * the Authority …"). The previous sentence names the topic, this one states what is owed.
 */
const CONTINUING_DUTY = new RegExp(
  String.raw`^${ITEM_LABEL}(?:it|they|this|such \w+|that \w+|these \w+|the same|in (?:that|such|which) case|thereafter|then|accordingly|${DUTY_PARTY})\b${THEN_DUTY}`,
  'i',
);
function continuesClause(next: string): boolean {
  return CONTINUING_DUTY.test(next);
}

/**
 * A contents page run together into one line ("1. Definitions 1 2. Term 5 3. Payment 6 …") is a list of
 * entries, each a number, a title and a page: each entry is read, and quoted, by itself.
 */
const CONTENTS_RUN = /(?:\b\d{1,3}\.\s+[^\d.;:]{2,80}?\s\d{1,3}\s+){3,}/;
const CONTENTS_ENTRY = /\b\d{1,3}\.\s+[^\d.;:]{2,80}?\s\d{1,3}(?=\s+\d{1,3}\.\s|\s*$)/g;

/** The block's sentences, with a run-together contents page split into its entries. */
export function passagesOf(block: TextBlock): Sentence[] {
  const sentences = tableRowsApart(sentencesOf(block));
  if (!CONTENTS_RUN.test(block.text)) return sentences;
  return sentences.flatMap((s) => {
    if (!CONTENTS_RUN.test(s.text)) return [s];
    const out: Sentence[] = [];
    let from = 0;
    for (const m of s.text.matchAll(CONTENTS_ENTRY)) {
      const at = m.index ?? 0;
      if (at > from && s.text.slice(from, at).trim()) out.push(piece(s, from, at));
      out.push(piece(s, at, at + m[0].length));
      from = at + m[0].length;
    }
    if (s.text.slice(from).trim()) out.push(piece(s, from, s.text.length));
    return out;
  });
}

/**
 * A table's rows run together with no full stop between them ("Risk | Likelihood | Mitigation" then a row per
 * risk): each row is a passage of its own, so one row's words never lend another row a topic or a duty.
 */
function tableRowsApart(sentences: Sentence[]): Sentence[] {
  if (!sentences.some((s) => s.text.includes('|') && s.text.includes('\n'))) return sentences;
  return sentences.flatMap((s) => {
    if (!s.text.includes('|') || !s.text.includes('\n')) return [s];
    const lines = s.text.split('\n');
    if (lines.filter((l) => TABLE_LINE.test(l)).length < 2) return [s];
    const out: Sentence[] = [];
    let from = 0;
    for (const line of lines) {
      if (line.trim()) out.push(piece(s, from, from + line.length));
      from += line.length + 1;
    }
    return out;
  });
}

function piece(s: Sentence, from: number, to: number): Sentence {
  const text = s.text.slice(from, to);
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return {
    text: trimmed,
    start: s.start + from + lead,
    end: s.start + from + lead + trimmed.length,
    blockId: s.blockId,
  };
}

/**
 * A sentence whose matter is the one before it: a pronoun or demonstrative as its subject ("It is a
 * voluntary rate", "This is a discretionary ground"), a connective that adds to it ("In addition, …"), or a
 * phrase pointing back at what was just said ("the same commitment", "similar measures", "any such cases",
 * "this conditionality"). Demonstratives naming the document or a time ("this Contract", "this year") point
 * elsewhere.
 */
const POINTS_ELSEWHERE =
  /^(?:the|a|an|contract|agreement|document|report|section|clause|schedule|annex|appendix|notice|page|site|website|paper|framework|tender|specification|invitation|itt|lot|act|regulation|year|month|week|day|time|date|stage|point|term|period|quarter|council|authority|is|was|will|would|means?|includes?|may|can|should|must|shall|has|had|have)s?\b/i;
const BACK_AT_START =
  /^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:(?:in addition|additionally|furthermore|moreover|likewise|similarly|also|however)\b,?\s*)?(?:(it(?!\s+(?:is|was|will be|would be|may be|might be|remains|becomes)\s+(?:\w+\s+){1,2}?(?:that|whether)\b)|they|he|she)\b|(this|these|that|those|such)\b\s*(\w*))/i;
const BACK_ANYWHERE = /\b(?:the same|similar|any such|such|this|these)\s+(?!the\b|a\b|an\b|as\b)(\w+)/gi;
const CONNECTIVE_START =
  /^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:in addition|additionally|furthermore|moreover|likewise|similarly)\b/i;

/** Refers back by a pronoun or demonstrative, not only by adding to the matter ("In addition, …"). */
function pointsBack(sentence: string): boolean {
  return (
    (refersBack(sentence) && !CONNECTIVE_START.test(sentence)) ||
    OBJECT_PRONOUN.test(sentence) ||
    DEFINITE_OFFER.test(sentence)
  );
}
/** "The commitments offered by the winning contractor are written into the contract": the offers just named. */
const DEFINITE_OFFER =
  /^(?:\(?[a-z0-9]{1,3}[.)]\s*)?the (?:commitments?|benefits|offers?|pledges|outcomes|proposals) (?:offered|made|proposed|promised|pledged|agreed|tendered|secured)\b/i;
const OBJECT_PRONOUN = /\b(?:for|to|on|of|with|by|against|towards?) (?:it|them)\b/i;

/** The sentence's subject is a pronoun or demonstrative pointing at the sentence before ("It means …", "This includes …"). */
export function opensWithReference(sentence: string): boolean {
  const start = BACK_AT_START.exec(sentence);
  if (!start || (!start[1] && !start[2])) return false;
  if (start[1]) return true;
  return !start[3] || VERB_AFTER.test(start[3]) || !POINTS_ELSEWHERE.test(start[3]);
}
const VERB_AFTER = /^(?:is|was|are|were|will|would|means?|includes?|may|can|should|must|shall|has|have|had)$/i;

export function refersBack(sentence: string): boolean {
  if (sentence.length > 400) return false;
  if (CONNECTIVE_START.test(sentence)) return true;
  const start = BACK_AT_START.exec(sentence);
  if (start) {
    if (start[1]) return true;
    // "This is …", "These measures …": a demonstrative subject, unless it names the document or a time
    if (
      !start[3] ||
      /^(?:is|was|are|were|will|would|means?|includes?|may|can|should|must|shall|has|have|had)$/i.test(start[3])
    )
      return true;
    if (!POINTS_ELSEWHERE.test(start[3])) return true;
  }
  for (const m of sentence.matchAll(BACK_ANYWHERE)) if (!POINTS_ELSEWHERE.test(m[1]!)) return true;
  return false;
}

function toEvidence(s: Sentence, v: { strength: Evidence['strength']; why: string }): Evidence {
  return { text: s.text, start: s.start, end: s.end, strength: v.strength, why: v.why };
}

/** Turns every passage found in a document into one finding per check, in contract order. */
export function judge(
  passages: readonly PassageFinding[],
  profile: DocumentProfile,
  disabled: readonly CheckId[] = [],
  dismissed: ReadonlySet<CheckId> = new Set(),
  inSection: ReadonlySet<PassageFinding> = new Set(),
  byCheck: ReadonlyMap<CheckId, readonly PassageFinding[]> = passagesOfEachCheck(passages),
): ClauseFinding[] {
  return CHECKS.map((check) =>
    judgeCheck(
      check,
      byCheck.get(check.id) ?? [],
      profile,
      disabled.includes(check.id),
      dismissed.has(check.id),
      inSection,
    ),
  );
}

/** Each check's passages, in one pass over them all (a long document has thousands). */
export function passagesOfEachCheck(passages: readonly PassageFinding[]): Map<CheckId, PassageFinding[]> {
  const out = new Map<CheckId, PassageFinding[]>();
  for (const p of passages) {
    const list = out.get(p.checkId);
    if (list) list.push(p);
    else out.set(p.checkId, [p]);
  }
  return out;
}

/** A run of blocks under a heading that names checks (up to SECTION_REACH blocks). */
interface SectionSpan {
  start: number;
  end: number;
  checks: CheckId[];
}

/** The passages that sit in a section whose heading names their check. */
function inSections(passages: readonly PassageFinding[], sections: readonly SectionSpan[]): Set<PassageFinding> {
  const out = new Set<PassageFinding>();
  if (!sections.length) return out;
  for (const p of passages) {
    // sections are in document order: the last one starting at or before the passage is the only one that can hold it
    let lo = 0;
    let hi = sections.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sections[mid]!.start <= p.evidence.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const s = sections[at];
    if (s && p.evidence.start < s.end && s.checks.includes(p.checkId)) out.add(p);
  }
  return out;
}

function judgeCheck(
  check: CheckDefinition,
  /** this check's passages */
  mine: readonly PassageFinding[],
  profile: DocumentProfile,
  disabled: boolean,
  dismissed: boolean,
  inSection: ReadonlySet<PassageFinding>,
): ClauseFinding {
  if (disabled || !check.applies(profile))
    return { id: check.id, status: 'n/a', evidence: [], suggestion: null, confidence: 'high' };
  const strong = mine.filter((p) => p.evidence.strength === 'strong');
  const weak = mine.filter((p) => p.evidence.strength === 'weak');
  const status: Status = strong.length ? 'strong' : weak.length ? 'weak' : 'missing';
  const deciding = mostTelling(strong.length ? strong : weak, inSection);
  // a binding clause is shown by itself: a second binding sentence only restates it, while two hedged
  // passages each show a different way the topic is left unsecured
  const evidence = (strong.length ? deciding.slice(0, 1) : deciding).map((p) => p.evidence);
  // beside a strong clause, a passage that negates or narrows it is what a reviewer must query (checks.md)
  const toQuery = strong.length ? mostTelling(weak).find((p) => p.weight >= WEIGHT.specific) : undefined;
  // most telling first: the deciding passages, then the one a reviewer must query
  if (toQuery) evidence.push(toQuery.evidence);
  return {
    id: check.id,
    status,
    evidence,
    suggestion: status === 'strong' ? null : suggestClause(check.id, profile).id,
    confidence: confidenceOf(status, deciding, strong.length ? strong : weak, profile, dismissed, Boolean(toQuery)),
  };
}

const ITS = /\bits\b/i;

/** The last sentence of a block's text (what a pronoun opening the next block points back to). */
function lastSentence(text: string): string | undefined {
  const sentences = sentencesOf({ id: '', start: 0, end: text.length, text: text.slice(-600) });
  return sentences[sentences.length - 1]?.text;
}

/** A supplier-side party named as the one who owes the duty. */
const NAMED_PARTY =
  /\b(?:the |each |every |any |all )?(?:supplier|contractor|provider|service provider|bidder|tenderer|consultant|operator|grantee|recipient|sub-?contractor)s?\b/i;
const CONTRACT_DOCUMENTS: ReadonlySet<DocumentProfile['type']> = new Set(['terms', 'itt', 'specification']);

/**
 * How many independent signals agree with the verdict. Strong: a binding clause (always), a named supplier,
 * a check-specific reason, a second distinct passage, a contract document; a passage that narrows it counts
 * against. Weak: a stated reason (a hedge on a duty, a stand-in) rather than a bare mention, and a second
 * passage; a bare mention or heading alone stays low. Missing: certain when the topic's words never appear, less so when they were dismissed.
 */
export function confidenceOf(
  status: Status,
  deciding: readonly PassageFinding[],
  sameStatus: readonly PassageFinding[],
  profile: DocumentProfile,
  dismissed: boolean,
  queried = false,
): Confidence {
  if (status === 'n/a') return 'high';
  if (status === 'missing') return dismissed ? 'medium' : 'high';
  let top = WEIGHT.heading as number;
  for (const p of deciding) if (p.weight > top) top = p.weight;
  const distinct = new Set<string>();
  for (const p of sameStatus) {
    if (p.weight >= WEIGHT.reason) distinct.add(p.evidence.text.toLowerCase().replace(/\s+/g, ' ').trim());
    if (distinct.size > 1) break;
  }
  const corroborated = distinct.size > 1;
  let signals = 1;
  if (status === 'strong') {
    if (deciding.some((p) => NAMED_PARTY.test(p.evidence.text))) signals++;
    if (top >= WEIGHT.specific) signals++;
    if (corroborated) signals++;
    if (CONTRACT_DOCUMENTS.has(profile.type)) signals++;
    if (queried || top <= WEIGHT.reason) signals--;
  } else {
    if (top >= WEIGHT.reason) signals++;
    if (top >= WEIGHT.specific) signals++;
    if (corroborated) signals++;
    if (top <= WEIGHT.mention) signals = 1;
  }
  return signals >= 3 ? 'high' : signals === 2 ? 'medium' : 'low';
}

/**
 * The passages that decide the verdict: the highest weight present, first in the document, up to
 * MAX_EVIDENCE, each text once. Lesser passages of the same status add nothing a reviewer needs.
 */
function mostTelling(
  passages: readonly PassageFinding[],
  inSection: ReadonlySet<PassageFinding> = new Set(),
): PassageFinding[] {
  if (!passages.length) return [];
  // a loop, not Math.max(...spread): a huge page of repeated cues would overflow the call stack
  let top = Number.NEGATIVE_INFINITY;
  for (const p of passages) if (p.weight > top) top = p.weight;
  // with no passage giving a reason, one mention shows the topic is there; more only repeat it
  const limit = top <= WEIGHT.mention ? 1 : MAX_EVIDENCE;
  const out: PassageFinding[] = [];
  let shown = 0;
  // of equally telling passages, one in the section its heading gives to the topic comes first
  const placed = (p: PassageFinding) => (inSection.has(p) ? 1 : 0);
  // of equally telling passages, one that says something about the topic comes before a bare mention (a title)
  const said = (p: PassageFinding) => (p.evidence.why === MENTION_ONLY ? 0 : 1);
  for (const p of [...passages].sort(
    (a, b) => b.weight - a.weight || placed(b) - placed(a) || said(b) - said(a) || a.evidence.start - b.evidence.start,
  )) {
    if (p.weight < top || shown >= limit) break;
    // a passage inside a quote already chosen (a quote runs on into the sentence after) is shown by it
    if (out.some((o) => p.evidence.start < o.evidence.end && o.evidence.start < p.evidence.end)) {
      shown++;
      continue;
    }
    // a report that repeats a sentence (summary and body) wraps it differently each time: quoted once
    if (out.some((o) => sameWords(o.evidence.text, p.evidence.text))) continue;
    out.push(p);
    shown++;
  }
  return out;
}

/** How many neighbouring sentences of its paragraph about the same check a quote may take in on each side. */
const PASSAGE_REACH = 2;
/** How many list items about the same check a quote may run on into, and back into (an item's lead-in or the item before). */
const ITEMS_AFTER = 3;
const ITEMS_BEFORE = 1;

/**
 * Each quote grown to the whole passage about its check: the sentences next to it in its paragraph that were
 * read as about the same check (a clause and its uplift duty, a hedge and the duty it hedges), and the items of
 * its list that go on with it. Paragraphs apart are passages apart: a campaign line after an adopted ban is not
 * part of the ban.
 */
function wholePassages(
  f: ClauseFinding,
  passages: readonly PassageFinding[],
  blocks: readonly ReadBlock[],
  fullText: string,
): Evidence[] {
  // a heading is no part of a passage's matter; a quote of another strength (one to query beside a clause) stays apart
  const mine = passages.filter(
    (p) =>
      p.weight > WEIGHT.heading &&
      !f.evidence.some(
        (o) => o.strength !== p.evidence.strength && o.start < p.evidence.end && p.evidence.start < o.end,
      ),
  );
  const grown = f.evidence.map((e) => wholePassage(e, mine, blocks, fullText));
  // a quote of the same strength that the passage before it has taken in is shown by it
  return grown.filter(
    (e, i) => !grown.some((o, j) => j < i && o.strength === e.strength && o.start <= e.start && e.end <= o.end),
  );
}

function wholePassage(
  e: Evidence,
  passages: readonly PassageFinding[],
  blocks: readonly ReadBlock[],
  fullText: string,
): Evidence {
  const at = blockHolding(blocks, e);
  if (at < 0) return e;
  const block = blocks[at]!;
  const near = passages.filter((p) => block.start <= p.evidence.start && p.evidence.end <= block.end);
  const blank = (b: TextBlock, from: number, to: number) => /^\s*$/.test(b.text.slice(from - b.start, to - b.start));
  let { start, end } = e;
  for (let k = 0; k < PASSAGE_REACH; k++) {
    const after = near.find((p) => p.evidence.start >= end && blank(block, end, p.evidence.start));
    if (!after) break;
    end = after.evidence.end;
  }
  for (let k = 0; k < PASSAGE_REACH; k++) {
    const before = near.find((p) => p.evidence.end <= start && blank(block, p.evidence.end, start));
    if (!before) break;
    start = before.evidence.start;
  }
  // across blocks only where every block is read as written: the quote is then the page's own text
  if (block.written === undefined) {
    let tail = at;
    for (let k = 0; k < ITEMS_AFTER && blank(blocks[tail]!, end, blocks[tail]!.end); k++) {
      const next = blocks[tail + 1];
      if (!next || next.written !== undefined || !itemsGoOn(blocks[tail]!, next)) break;
      const from = next.start + next.text.length - next.text.trimStart().length;
      const first = passages.find((p) => p.evidence.start === from && p.evidence.end <= next.end);
      if (!first) break;
      end = first.evidence.end;
      tail++;
    }
    let head = at;
    for (let k = 0; k < ITEMS_BEFORE && blank(blocks[head]!, blocks[head]!.start, start); k++) {
      const prev = blocks[head - 1];
      if (!prev || prev.written !== undefined || !itemsGoOn(prev, blocks[head]!)) break;
      const to = prev.start + prev.text.trimEnd().length;
      const last = passages.find((p) => p.evidence.end === to && p.evidence.start >= prev.start);
      if (!last) break;
      start = last.evidence.start;
      head--;
    }
  }
  if (start === e.start && end === e.end) return e;
  // inside its block the quote is the block as read (its offsets map back to the page's text later)
  const inBlock = block.start <= start && end <= block.end;
  return {
    ...e,
    start,
    end,
    text: inBlock ? block.text.slice(start - block.start, end - block.start) : fullText.slice(start, end),
  };
}

/** A section's own number opening a line: "13. Transfer of staff". */
const SECTION_NUMBER = /^\s*(\d{1,3})\.\s+\S/;

/** A paragraph that is a quotation from end to end, as a motion's text is in minutes. */
const QUOTED_PARAGRAPH = /^\s*["“‘'][\s\S]*["”’']\s*$/;

/** A block that ends as a lead-in does, on a colon (a quotation mark may close or open it). */
function endsLeadIn(text: string | undefined): boolean {
  return text !== undefined && /:["'“”‘’]?\s*$/.test(text);
}

/** A list goes on from one block to the next: an item after its lead-in or after another item. */
function itemsGoOn(block: TextBlock, next: TextBlock): boolean {
  if (layoutOf(next.text).role !== 'list-item') return false;
  return block.text.trimEnd().endsWith(':') || layoutOf(block.text).role === 'list-item';
}

/** The index of the block a quote lies in (-1 if none): blocks are in document order, so a binary search. */
function blockHolding(blocks: readonly TextBlock[], e: Evidence): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (b.end < e.start) lo = mid + 1;
    else if (b.start > e.start) hi = mid - 1;
    else return b.start <= e.start && e.end <= b.end ? mid : -1;
  }
  return -1;
}

/** The same sentence, whatever its line breaks, indentation or letter case. */
function sameWords(a: string, b: string): boolean {
  if (a === b) return true;
  const words = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return words(a) === words(b);
}

/** The date figures are judged at: the caller's, else the date the text itself speaks from. */
function contextFor(
  profile: DocumentProfile,
  opts: AnalyseOptions,
  text: string,
  facts: DocumentFacts,
  today: string,
): WageContext {
  const asOf = opts.asOf ?? dateFromFacts(facts, today);
  return {
    profile,
    asOf,
    dateKnown: Boolean(opts.asOf) || asOf !== today || facts.latestYear === Number(today.slice(0, 4)),
    livingWageIsReal: facts.definesLivingWageAsReal,
    ownEmployerText: facts.ownEmployerText,
    supplierSetting: SUPPLIER_SETTING.test(text),
    wageRates: opts.wageRates,
  };
}

/** A supplier-side party: without one, a page about FOI or pay speaks to the public, not to a contractor. */
const SUPPLIER_SETTING =
  /\b(?:suppliers?|contractors?|sub-?contractors?|providers?|bidders?|tenderers?|grantees?|recipients?|consultants?|compan(?:y|ies)|operators?|service providers?|economic operators?|tenders?|bids?|your (?:organisation|company|business|firm)|(?:selling|sell) (?:goods or services )?to (?:the|us|our)\b|information you (?:supply|provide|submit|send)|conditions of (?:the )?contract|LEP)\b/i;

/** Whole-document analysis of plain text. */
export function analyseText(text: string, opts: AnalyseOptions = {}): DocumentAnalysis {
  return new AnalysisSession(opts).update(text, blocksFromText(text));
}

/**
 * Keeps per-block results so that an edit re-judges only the blocks whose text changed.
 * Offsets of unchanged blocks are shifted, not recomputed.
 */
export class AnalysisSession {
  private cache = new Map<string, BlockEntry>();
  private profileKey = '';
  /** passages a heading carries into a block, by heading and block text (cleared with the profile) */
  private headingMemo = new Map<string, PassageFinding[]>();
  private judged: readonly PassageFinding[] = [];
  /** maps a passage read from the last update back to the text as written (set when any block was read differently) */
  private asWritten?: (e: Evidence) => Evidence;
  /** the blocks of the last update as read, when any was read differently from how it is written */
  private readBlocks?: readonly ReadBlock[];

  /** every passage judged in the last update, in document order, quoted as written (what explain() shows) */
  get lastPassages(): readonly PassageFinding[] {
    const asWritten = this.asWritten;
    // mapped when asked for, not on every keystroke: only explain and the rules report read them all
    const blocks = this.readBlocks;
    // the judged sentence's place too: explain finds each passage by where its sentence starts as written
    return asWritten
      ? this.judged.map((p) => ({
          ...p,
          evidence: asWritten(p.evidence),
          ...(p.at !== undefined && blocks ? { at: writtenOffset(p.at, blocks, false) } : {}),
        }))
      : this.judged;
  }

  constructor(private opts: AnalyseOptions = {}) {}

  setOptions(opts: AnalyseOptions) {
    this.opts = opts;
    this.cache.clear();
  }

  update(fullText: string, originalBlocks: readonly TextBlock[]): DocumentAnalysis {
    // rules read "social-value" as "social value", a no-break space or a run of spaces as one space and a paragraph's
    // wrapped lines as one line; quotes keep the page's text (restored below). A block read before is not read again.
    // A block read shorter than written keeps its start: its read offsets map back through `writtenAt`.
    let rewritten = false;
    // each block's text is compared with its cached entry once, here: comparing equal strings reads them whole
    const cachedOf: (BlockEntry | undefined)[] = [];
    const blocks = originalBlocks.map((b, i): ReadBlock => {
      const found = this.cache.get(b.id);
      const sameWriting = found !== undefined && (found.written ?? found.text) === b.text;
      cachedOf[i] = sameWriting ? found : undefined;
      // a block read as written before, and written the same now, is taken as it is
      if (sameWriting && found.written === undefined) return b;
      const read: ReadParagraph = sameWriting
        ? { text: found.text, ...(found.writtenAt ? { written: found.writtenAt } : {}) }
        : paragraphForRules(b.text);
      if (read.text === b.text) return b;
      rewritten = true;
      return { ...b, text: read.text, end: b.start + read.text.length, written: b.text, writtenAt: read.written };
    });
    const detected = detectProfile(fullText, this.opts.pageUrl);
    if (detected.knownFrom?.jurisdiction === 'assumed' && this.opts.defaultJurisdiction)
      detected.jurisdiction = this.opts.defaultJurisdiction;
    const profile = withCorrections(detected, this.opts.profile);
    const today = new Date().toISOString().slice(0, 10);
    // document-wide facts (date, definitions) are gathered per block, so an edit rescans only its block
    const blockFacts = blocks.map((b, i) => {
      const cached = cachedOf[i];
      return cached && cached.today === today ? cached.facts : documentFacts(b.text, today);
    });
    const ctx = contextFor(profile, this.opts, fullText, combineFacts(blockFacts), today);
    const key = JSON.stringify(ctx);
    // a new profile or context re-reads every block
    const reuse = key === this.profileKey;
    if (!reuse) {
      this.cache.clear();
      this.headingMemo.clear();
      this.profileKey = key;
    }
    const next = new Map<string, BlockEntry>();
    const all: PassageFinding[] = [];
    const dismissed = new Set<CheckId>();
    let leadInHedge: Marker | undefined;
    let leadInDuty: string | undefined;
    /** the duty a heading gave its list, while that heading's section lasts */
    let dutyHeading: string | undefined;
    let targetTable = false;
    /** the number of the last numbered section title read outside any lead-in's list */
    let sectionNumber: number | undefined;
    /** where in `all` the passages of a motion recorded as moved begin, while its outcome is not yet recorded */
    let motionFrom: number | undefined;
    const motionUndecided = (end: number) => {
      if (motionFrom === undefined) return;
      for (let k = motionFrom; k < end; k++) {
        const p = all[k]!;
        if (p.evidence.strength === 'strong') all[k] = reread(p, 'weak', MOTION_ONLY_MOVED);
      }
      motionFrom = undefined;
    };
    for (const [i, block] of blocks.entries()) {
      const cached = reuse ? cachedOf[i] : undefined;
      let entry: BlockEntry;
      const before = blocks[i - 1]?.text;
      if (cached && (cached.before === undefined || cached.before === before)) {
        // the entry belongs to this session alone: moved in place, so an edit costs nothing per block below it
        entry = cached;
        // the same reading may come from a different writing ("a  b" after "a b"): quotes map through the new one
        if (entry.written !== block.written || entry.writtenAt !== block.writtenAt) {
          entry.written = block.written;
          entry.writtenAt = block.writtenAt;
        }
        const shift = block.start - cached.start;
        if (shift) {
          entry.start = block.start;
          if (entry.passages.length) entry.passages = entry.passages.map((p) => shifted(p, shift));
        }
      } else {
        const judged = judgeBlock(block, ctx, before);
        entry = {
          text: block.text,
          written: block.written,
          writtenAt: block.writtenAt,
          start: block.start,
          passages: judged.passages,
          dismissed: judged.dismissed,
          facts: blockFacts[i]!,
          today,
          layout: layoutOf(block.text),
          headingTopics: headingTopics(block.text, judged.passages),
          // the block's reading depends on the one before only through an opening "its"
          before: readsBlockBefore(block.text) ? before : undefined,
        };
      }
      next.set(block.id, entry);
      for (const id of entry.dismissed) dismissed.add(id);
      // a motion recorded as moved governs what follows it until the minutes record its outcome or a heading ends it
      const outcome = motionFrom !== undefined && entry.layout.role === 'paragraph' ? motionOutcome(block.text) : '';
      if (outcome) {
        if (MOTION_NOT_CARRIED.test(outcome)) motionUndecided(all.length);
        motionFrom = undefined;
      } else if (motionFrom !== undefined && entry.layout.role === 'heading') motionUndecided(all.length);
      // a hedged lead-in ("We expect providers to work towards the following:") governs the list under it
      // a motion quoted in a paragraph of its own under a hedged lead-in ("Councillor A moved the following motion:")
      const quotedUnderHedge =
        entry.layout.role === 'paragraph' && leadInHedge && endsLeadIn(before) && QUOTED_PARAGRAPH.test(block.text)
          ? leadInHedge
          : undefined;
      // a numbered title that goes on from the last section's number ("13. Transfer of staff" after "12. Contract
      // terms") is the next section, not one more item of the lead-in's list before it
      const numbered = SECTION_NUMBER.exec(block.text);
      if (numbered && isNumberedTitle(block.text)) {
        const n = Number(numbered[1]);
        if (leadInDuty === undefined && leadInHedge === undefined) sectionNumber = n;
        else if (sectionNumber !== undefined && n === sectionNumber + 1) {
          leadInDuty = undefined;
          leadInHedge = undefined;
          sectionNumber = n;
        }
      }
      if (entry.layout.role === 'paragraph') {
        // a lead-in quoted under a hedged one keeps its hedge: "It was moved by Cllr A:" / "This Council resolves:"
        const nested = leadInHedge && endsLeadIn(before) && endsLeadIn(block.text) ? leadInHedge : undefined;
        leadInHedge = entry.layout.leadInHedge ?? nested;
        leadInDuty = entry.layout.leadInDuty && !nested ? bindingLeadIn(block.text) : undefined;
      } else if (entry.layout.leadInHedge) {
        leadInHedge = entry.layout.leadInHedge;
        leadInDuty = undefined;
      } else if (entry.layout.dutyStem) {
        leadInHedge = undefined;
        leadInDuty = entry.layout.dutyStem;
      } else if (entry.layout.role === 'heading') {
        // the next heading ends a section whose heading gave the duty or the demands ("What we encourage" after
        // "What suppliers must do")
        if (leadInDuty !== undefined && leadInDuty === dutyHeading) leadInDuty = undefined;
        if (leadInHedge === DEMANDS_HEADING) leadInHedge = undefined;
      }
      dutyHeading = entry.layout.dutyStem ?? (entry.layout.role === 'paragraph' ? undefined : dutyHeading);
      // a contract's table of KPIs or commitments: each row that names the topic with a target is a measured term
      // (most blocks hold no bar at all: the plain search spares them the pattern on every edit)
      if (!block.text.includes('|') || !TABLE_ROW.test(block.text)) targetTable = false;
      else if (KPI_HEADER.test(block.text)) targetTable = CONTRACT_DOCUMENTS.has(profile.type);
      if (quotedUnderHedge) {
        const why = `the lead-in hedges what it quotes: ${quotedUnderHedge.why}`;
        for (const p of entry.passages) all.push(p.evidence.strength === 'strong' ? reread(p, 'weak', why) : p);
      } else if (entry.layout.role === 'list-item' && leadInHedge) {
        const why = `the list's lead-in hedges every item: ${leadInHedge.why}`;
        for (const p of entry.passages) all.push(p.evidence.strength === 'strong' ? reread(p, 'weak', why) : p);
      } else if (
        targetTable &&
        TARGET_CELL.test(block.text) &&
        !firstHedge(SOFT_HEDGES, block.text) &&
        !hollowing(block.text)
      ) {
        const why = "a measured target in the contract's table of KPIs or commitments";
        for (const p of entry.passages) all.push(p.weight <= WEIGHT.mention ? reread(p, 'strong', why) : p);
      } else for (const p of entry.passages) all.push(p);
      if (entry.layout.role === 'list-item' && leadInDuty)
        for (const p of underLeadIn(leadInDuty, block, entry, ctx, this.headingMemo)) all.push(p);
      if (entry.layout.role === 'paragraph') {
        entry.runIn ??= runInHeadingPassages(block, entry, ctx, this.headingMemo);
        for (const p of entry.runIn) all.push(block.start ? shifted(p, block.start) : p);
      }
      if (
        motionFrom === undefined &&
        entry.layout.role === 'paragraph' &&
        MOTION_MOVED.test(block.text) &&
        !motionOutcome(block.text)
      )
        motionFrom = all.length;
    }
    motionUndecided(all.length);
    this.cache = next;
    if (this.headingMemo.size > 20_000) this.headingMemo.clear();
    const sections: SectionSpan[] = [];
    for (const p of underHeadings(blocks, next, ctx, this.headingMemo, sections)) all.push(p);
    const byCheck = passagesOfEachCheck(all);
    const findings = judge(all, profile, this.opts.disabledChecks, dismissed, inSections(all, sections), byCheck);
    for (const f of findings)
      if (f.evidence.length) f.evidence = wholePassages(f, byCheck.get(f.id) ?? [], blocks, fullText);
    this.judged = all;
    this.asWritten = rewritten ? (e: Evidence) => inOriginal(e, fullText, blocks) : undefined;
    this.readBlocks = rewritten ? blocks : undefined;
    if (this.asWritten) for (const f of findings) f.evidence = f.evidence.map(this.asWritten);
    return { profile, findings };
  }
}

/**
 * A quote as the page has it: its offsets mapped back through any block read shorter than written, and its text as
 * written, which differs from what the rules read only in spaces, line breaks and hyphens.
 */
function inOriginal(e: Evidence, original: string, blocks: readonly ReadBlock[]): Evidence {
  const start = writtenOffset(e.start, blocks, false);
  const end = writtenOffset(e.end, blocks, true);
  const written = original.slice(start, end);
  if (paragraphForRules(written).text !== e.text) return e;
  return written === e.text && start === e.start ? e : { ...e, text: written, start, end };
}

/** Where a read offset stands in the written text: through its block's map, when the block was read shorter. */
function writtenOffset(at: number, blocks: readonly ReadBlock[], isEnd: boolean): number {
  // the last block starting at or before the offset (an end may sit exactly at its block's end)
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (b.start < at || (b.start === at && !isEnd)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const block = blocks[found];
  const map = block?.writtenAt;
  if (!block || !map || at > block.end) return at;
  return block.start + map[at - block.start]!;
}

/** A heading names a check's topic by its cues, not through one of its false friends ("Living Wage Week"). */
function namesTopic(check: CheckDefinition, heading: string): boolean {
  return check.cues.some((r) => r.test(heading)) && !check.falseFriends.some((f) => plainOf(f.pattern).test(heading));
}

/**
 * The checks a heading block names, or undefined when the block is no heading. The heading is judged about
 * the topic, or is nothing but its name; a course title or a false friend names none.
 */
function headingTopics(text: string, passages: readonly PassageFinding[]): CheckDefinition[] | undefined {
  // a table's row ("Social Value | 0–10%") is a cell of the table, not a heading over what follows
  if (layoutOf(text).role !== 'heading' && !isNumberedTitle(text)) return undefined;
  if (text.includes('|') && TABLE_ROW.test(`${text}|`)) return undefined;
  const judged = new Set(passages.map((p) => p.checkId));
  // a heading joining two matters ("Accessibility and equality") heads sentences about either: it carries a
  // check's topic only when every part of it names that check, or its parts are one matter's ("Freedom of
  // Information and Environmental Information")
  const joined = twoMatters(text);
  // only a check whose cue words the heading holds can be named by it: the literal scan spares the rest their patterns
  const { candidates } = cueWords(text);
  return CHECK_CUES.filter(
    (c, i) =>
      candidates[i] && namesTopic(c.check, text) && ((judged.has(c.check.id) && !joined) || isBareName(c.check, text)),
  ).map((c) => c.check);
}

/** Two or more matters joined in one heading: "Accessibility and equality", "Health, safety and wellbeing". */
const COORDINATION = /\s*(?:,|&|\band\b)\s*/i;
const HEADING_FILLER = /^(?:the|of|for|to|in|on|a|an|our|its|their|and|clause|section|part|schedule)$/i;
function twoMatters(heading: string): boolean {
  const parts = heading.split(COORDINATION).filter((p) => /\w/.test(p));
  if (parts.length < 2) return false;
  const words = parts.map(
    (p) =>
      new Set(
        p
          .toLowerCase()
          .split(/[^a-z]+/)
          .filter((w) => w && !HEADING_FILLER.test(w)),
      ),
  );
  // parts that share a word name one matter in two ways
  return !words.slice(1).every((ws) => [...ws].some((w) => words[0]!.has(w)));
}

/** How many blocks under a heading its topic reaches: a section, not the rest of the document. */
const SECTION_REACH = 8;

/**
 * Document structure: a heading naming a topic ("Freedom of Information", "16. Workforce pay") carries it to
 * the duties in the section under it that do not repeat the topic's words. Only a duty the check would judge
 * strong with the heading read in is added, so a section can add a clause but never an incidental mention.
 */
function underHeadings(
  blocks: readonly TextBlock[],
  entries: ReadonlyMap<string, BlockEntry>,
  ctx: AssessContext,
  memo: Map<string, PassageFinding[]>,
  sections: SectionSpan[] = [],
): PassageFinding[] {
  const out: PassageFinding[] = [];
  let section: { title: string; checks: CheckDefinition[]; left: number } | undefined;
  // the binding lead-in the section's list items complete ("The Supplier shall:")
  let leadIn: string | undefined;
  for (const block of blocks) {
    const entry = entries.get(block.id)!;
    if (entry.headingTopics) {
      const checks = entry.headingTopics;
      section = checks.length ? { title: block.text, checks, left: SECTION_REACH } : undefined;
      leadIn = undefined;
      continue;
    }
    if (entry.layout.role === 'paragraph')
      leadIn = entry.layout.leadInDuty ? bindingLeadIn(block.text)?.replace(/[\s:]+$/, '') : undefined;
    if (!section || section.left-- <= 0) continue;
    sections.push({ start: block.start, end: block.end, checks: section.checks.map((c) => c.id) });
    const stem = entry.layout.role === 'list-item' ? leadIn : undefined;
    // judged once per heading, lead-in and block text, at offset 0, so an edit elsewhere re-judges nothing here
    const key = `${section.title}\u0000${stem ?? ''}\u0000${block.text}`;
    let carried = memo.get(key);
    if (!carried) {
      carried = carriedPassages({ ...block, start: 0, end: block.text.length }, entry, section, ctx, stem);
      memo.set(key, carried);
    }
    for (const p of carried) out.push(block.start ? shifted(p, block.start) : p);
  }
  return out;
}

function carriedPassages(
  block: TextBlock,
  entry: BlockEntry,
  section: { title: string; checks: CheckDefinition[] },
  ctx: AssessContext,
  leadIn?: string,
): PassageFinding[] {
  const out: PassageFinding[] = [];
  // a block that already holds the clause needs nothing carried; one that only mentions the topic may hold the
  // duty in another sentence ("FOI applies to us. Our contracts require suppliers to give us what we ask for …")
  const covered = new Set(entry.passages.filter((p) => p.evidence.strength === 'strong').map((p) => p.checkId));
  for (const check of section.checks) {
    if (covered.has(check.id)) continue;
    // the block is read here from offset 0, its judged passages where it stands in the document
    const judged = entry.passages
      .filter((p) => p.checkId === check.id)
      .map((p) => ({ start: p.evidence.start - entry.start, end: p.evidence.end - entry.start }));
    for (const sentence of passagesOf(block)) {
      if (judged.some((e) => e.start < sentence.end && sentence.start < e.end)) continue;
      // a list item is read as the end of its lead-in's sentence
      const text = leadIn ? `${leadIn} ${sentence.text.replace(ITEM_MARKER, '')}` : sentence.text;
      // a sentence in the section's own words ("may be disclosed in response to a request") counts, weak or strong
      const inOwnWords = !leadIn && check.sectionCues?.test(sentence.text) === true;
      // a duty with no holder named ("Breaches of this Code will be discussed") is no clause of the heading's topic
      if (!inOwnWords && (!hasObligation(text) || !namesDutyHolder(text))) continue;
      const v = assessSentence(check, `${section.title.replace(/[\s:.]+$/, '')}: ${text}`, ctx);
      if (!v || (v.strength !== 'strong' && !inOwnWords)) continue;
      out.push({
        checkId: check.id,
        evidence: toEvidence(sentence, {
          strength: v.strength,
          why: `${v.why} (under the heading “${section.title}”)`,
        }),
        // the heading's words made it specific: a clause that names its topic itself is the more telling quote
        weight: Math.min(v.weight ?? WEIGHT.clause, v.strength === 'strong' ? WEIGHT.clause : WEIGHT.mention),
      });
    }
  }
  return out;
}

/** A run-in heading: a paragraph's opening words set off as its title ("Freedom of information. The council is …"). */
const RUN_IN_TITLE = String.raw`^\s*(?:\d+(?:\.\d+)*\.?\s+)?[A-Z][\w’'&/() -]{2,60}?[.:]`;
const RUN_IN_HEADING = new RegExp(`${RUN_IN_TITLE}$`);
/** The same title at the start of a paragraph, with text after it. */
const RUN_IN_START = new RegExp(String.raw`${RUN_IN_TITLE}\s+\S`);

/**
 * A paragraph that opens with a run-in heading naming a topic carries it to the duties in the rest of the
 * paragraph, as a heading line does for its section: "Freedom of information. … Our terms require suppliers to
 * provide any information we request within five working days so that we can answer requests on time."
 */
function runInHeadingPassages(
  block: TextBlock,
  entry: BlockEntry,
  ctx: AssessContext,
  memo: Map<string, PassageFinding[]>,
): PassageFinding[] {
  // most paragraphs open with no run-in heading: a look at their first words settles it without splitting them
  if (!RUN_IN_START.test(block.text.slice(0, 80))) return [];
  const key = `run-in\u0000${block.text}`;
  let carried = memo.get(key);
  if (!carried) {
    carried = [];
    const local = { ...block, start: 0, end: block.text.length };
    const [first, ...rest] = sentencesOf(local);
    const title = first?.text.trim() ?? '';
    const heading = title.replace(/[.:]$/, '');
    if (rest.length && RUN_IN_HEADING.test(title) && heading.split(/\s+/).length <= 7 && !hasObligation(title)) {
      const checks = CHECK_CUES.filter(({ check }) => isBareName(check, heading)).map(({ check }) => check);
      // the rest of the paragraph is read as a section under a heading line is
      if (checks.length) carried = carriedPassages(local, entry, { title: heading, checks }, ctx);
    }
    memo.set(key, carried);
  }
  return carried;
}

/** A list item's own marker ("(a)", "•", "3."), which the lead-in's sentence reads past. */
const ITEM_MARKER = /^(?:[•▪◦·*\-–]|\d{1,3}(?:\.\d{1,3})+\.?(?=\s)|\d{1,3}[.)]|[a-z][.)]|\([a-z0-9]{1,4}\))\s+/i;

/**
 * A binding lead-in ("The Supplier shall:", "In relation to requests for information, the Contractor
 * shall:") governs each item of its list: the item is read as the end of the lead-in's sentence. The lead-in
 * brings its party and duty, and its topic when it names one; only a reading the check judges strong is
 * added, quoting the item, so a list can add a clause but never an incidental mention.
 */
function underLeadIn(
  leadIn: string,
  block: TextBlock,
  entry: BlockEntry,
  ctx: AssessContext,
  memo: Map<string, PassageFinding[]>,
): PassageFinding[] {
  const key = `lead-in\u0000${leadIn}\u0000${block.text}`;
  let carried = memo.get(key);
  if (!carried) {
    carried = [];
    const strong = new Set(entry.passages.filter((p) => p.evidence.strength === 'strong').map((p) => p.checkId));
    const stem = leadIn.replace(/[\s:]+$/, '');
    const local = { ...block, start: 0, end: block.text.length };
    const words = CUE_WORDS.scan(`${leadIn}\n${block.text}`);
    for (const { check, patterns } of CHECK_CUES) {
      if (strong.has(check.id) || !hits(patterns, `${leadIn}\n${block.text}`, words)) continue;
      for (const sentence of passagesOf(local)) {
        const item = sentence.text.replace(ITEM_MARKER, '');
        if (!item) continue;
        const v = assessSentence(check, `${stem} ${item}`, ctx);
        if (v?.strength !== 'strong') continue;
        // an item that names the topic itself is the more telling quote than one whose topic is the lead-in's
        const ownTopic = hits(patterns, item, CUE_WORDS.scan(item));
        carried.push({
          checkId: check.id,
          evidence: toEvidence(sentence, { strength: 'strong', why: `${v.why} (under the lead-in “${stem}:”)` }),
          weight: ownTopic ? (v.weight ?? WEIGHT.clause) : Math.min(v.weight ?? WEIGHT.clause, WEIGHT.clause),
        });
        break;
      }
    }
    memo.set(key, carried);
  }
  return block.start ? carried.map((p) => shifted(p, block.start)) : carried;
}

/** The detected profile with the user's corrections; a corrected place or buyer is known from the user. */
function withCorrections(
  detected: DocumentProfile,
  corrections: Partial<DocumentProfile> | undefined,
): DocumentProfile {
  if (!corrections) return detected;
  const { knownFrom: _ignored, ...set } = corrections;
  const knownFrom = detected.knownFrom && {
    jurisdiction: set.jurisdiction ? ('user' as const) : detected.knownFrom.jurisdiction,
    buyer: set.buyer ? ('user' as const) : detected.knownFrom.buyer,
  };
  return { ...detected, ...set, ...(knownFrom ? { knownFrom } : {}) };
}

/** Where a block sits in the page's layout: a list item, a short heading, or a paragraph (maybe a lead-in). */
interface BlockLayout {
  role: 'list-item' | 'heading' | 'paragraph';
  /** a paragraph ending in ':' whose wording is hedged, or a heading that calls its list demands */
  leadInHedge?: Marker;
  /** a paragraph ending in ':' that states a duty with no hedge: its list completes its sentence */
  leadInDuty?: boolean;
  /** a heading that states whose duty its list is ("What suppliers must do"): the duty its items complete */
  dutyStem?: string;
}

/**
 * A heading that says its list is what the supplier side must do: "What suppliers must do", "Contractor
 * obligations", "Requirements for providers". Its items ("- Pay the Real Living Wage …") are that duty.
 */
const DUTY_HEADING =
  /^\W*(?:what (?:the |our |all )?(suppliers?|contractors?|providers?|bidders?|tenderers?|grantees?) (?:must|shall|need to|are required to|will need to|have to|will be required to) do|(?:(?:our |mandatory |minimum |contract |key )?requirements (?:for|of|on) (?:our |all |the )?(suppliers?|contractors?|providers?|grantees?)|(supplier|contractor|provider|grantee)(?:s['’]?|['’]s)? (?:requirements|obligations|responsibilities|duties)))\W*$/i;

/**
 * A heading that says its list is what a campaign asks for: "What we are asking for", "Our demands", "What we want".
 * Its items ("The council to require the Real Living Wage …") are demands, not terms in force.
 */
const DEMANDS_HEADING: Marker = {
  pattern:
    /^\W*(?:what (?:we|the union|unison|unite|the gmb|the branch|the campaign|members) (?:are |is )?(?:asking|calling|campaigning|fighting|pushing|want|wants|demand|demands|need|needs)(?: for| (?:on )?(?:the |every |each |all |our )?(?:\w+ ){0,2}?to do)?|(?:our|the union['’]s|the campaign['’]s|the branch['’]s|key|main|campaign) (?:demands|asks|calls|campaign (?:aims|asks|demands))|we (?:are )?(?:call|calling|ask|asking|demand|demanding) (?:for|on (?:the )?(?:council|government|employer|authority|trust))|we want)\W*$/i,
  why: "a campaign's demands: what it asks for, not a term in force",
};

const FAQ_QUESTION = /^\s*(?:Q(?:uestion)?\s*\d{0,3}\s*[.:)–-]?\s+)[^\n?]{3,160}\?\s*$/;

const LIST_ITEM = /^(?:[•▪◦·*\-–]|\d{1,3}[.)]|[a-z][.)]|\([a-z0-9]{1,4}\))\s/i;

/** A numbered clause that opens in lower case ("21.1 transfer to the University …") completes its lead-in's sentence. */
const CONTINUING_CLAUSE = /^\d{1,3}(?:\.\d{1,3})+\s+[a-z]/;

export function layoutOf(text: string): BlockLayout {
  // a numbered question of a clarification log or FAQ heads its answer ("Q16 How is social value evaluated?")
  if (FAQ_QUESTION.test(text)) return { role: 'heading' };
  if (LIST_ITEM.test(text) || CONTINUING_CLAUSE.test(text)) return { role: 'list-item' };
  if (atMostWords(text, 6) && !'.:;!?'.includes(text.slice(-1) || '-')) {
    const duty = DUTY_HEADING.exec(text);
    const party = duty?.[1] ?? duty?.[2] ?? duty?.[3];
    if (party) return { role: 'heading', dutyStem: `The ${party.replace(/s$/i, '').toLowerCase()} must:` };
    return DEMANDS_HEADING.pattern.test(text) ? { role: 'heading', leadInHedge: DEMANDS_HEADING } : { role: 'heading' };
  }
  // a demands heading runs longer than most ("What we are asking the council to do")
  if (atMostWords(text, 10) && !'.:;!?'.includes(text.slice(-1) || '-') && DEMANDS_HEADING.pattern.test(text))
    return { role: 'heading', leadInHedge: DEMANDS_HEADING };
  if (!text.endsWith(':')) return { role: 'paragraph' };
  // the sentence that introduces the list decides: "We expect everyone to share our values. All contractors must:" binds
  if (bindingLeadIn(text) !== undefined) return { role: 'paragraph', leadInDuty: true };
  return { role: 'paragraph', leadInHedge: firstMatch(HARD_HEDGES, text), leadInDuty: false };
}

/**
 * The sentence of a paragraph that introduces its list (the last one), when it binds without a hedge:
 * "The Supplier shall:" does, "These initiatives can include:" or "… must consider the following:" do not.
 */
function bindingLeadIn(text: string): string | undefined {
  const sentences = sentencesOf({ id: '', start: 0, end: text.length, text });
  const last = sentences[sentences.length - 1]?.text ?? text;
  if (!hasObligation(last) || hollowing(last) || firstHedge(SOFT_HEDGES, last)) return undefined;
  return last;
}

/** Same as `text.split(/\s+/).length <= n`, without splitting a long block into words to count them. */
function atMostWords(text: string, n: number): boolean {
  const gap = /\s+/g;
  let pieces = 1;
  while (gap.exec(text)) if (++pieces > n) return false;
  return true;
}

/** A table's row, flattened with its cells between bars ("KPI 4 | Local new starters | 60% | Quarterly"). */
const TABLE_ROW = /\S\s*\|\s*\S.*\|/;
/** The header of a table of targets: names the targets or commitments, and holds no figure itself. */
const KPI_HEADER =
  /^(?=[^\d£%]*$)(?=.*\b(?:targets?|commitments?|KPIs?|key performance indicators?|service credits?|performance measures?)\b)/i;
/** A cell after the first that opens with a figure: the row's target. */
const TARGET_CELL = /\|\s*(?:£\s?\d|\d)/;

/** Minutes recording a motion moved (proposed, tabled) in the words of their own paragraph. */
const MOTION_MOVED =
  /\b(?:moved|proposed|tabled)\b[^.]{0,160}?\b(?:the|a|this|his|her|their) (?:following |special |substantive |amended |notice of )?motion\b|\b(?:the|a) (?:following |special )?motion\b[^.]{0,80}?\b(?:was|were) (?:moved|proposed|tabled)\b/i;
/**
 * The outcome the minutes record for it: the motion (or "it") said to be carried, lost, referred…, the vote's result, or
 * a decision line ("RESOLVED –"); an outcome word inside the motion's own quoted text ("the pay award agreed in 2023") is not one.
 */
const MOTION_OUTCOME =
  /\b(?:motion|it|proposal)\b[^.]{0,80}?\b(?:was|were|is|has been|be) (?:\w+ly )?(?:carried|agreed|adopted|approved|passed|lost|defeated|rejected|withdrawn|referred|deferred|not (?:carried|agreed|put))\b|\bput to the vote\b[^.]{0,60}?\b(?:carried|lost|agreed|defeated|fell)\b|\bmotion (?:fell|falls)\b|^\W*(?:RESOLVED|AGREED|CARRIED|LOST|FELL)\b/i;
const MOTION_NOT_CARRIED =
  /\b(?:lost|fell|defeated|rejected|withdrawn|referred|deferred|not (?:carried|agreed|adopted|approved|passed|put))\b/i;
const MOTION_ONLY_MOVED = 'a motion recorded as moved, not as carried: not a requirement in force';
/** The words recording the motion's own outcome, or '' (an amendment's "the amendment was LOST" is not the motion's). */
function motionOutcome(text: string): string {
  const own = text.replace(/[^.]*\bamendments?\b[^.]*\.?/gi, ' ');
  return MOTION_OUTCOME.test(own) ? own : '';
}

/** A passage read again in the light of its list or table: a new strength and reason, weighed as a clause. */
function reread(p: PassageFinding, strength: Evidence['strength'], why: string): PassageFinding {
  return { checkId: p.checkId, evidence: { ...p.evidence, strength, why }, weight: WEIGHT.clause };
}

interface BlockEntry extends BlockWriting {
  /** the block as the rules read it (paragraphForRules) */
  text: string;
  /** the text of the block before, when this block's reading depends on it (an opening "its", a clause going on) */
  before?: string;
  start: number;
  layout: BlockLayout;
  passages: PassageFinding[];
  /** for a heading, the checks whose topic it carries to its section */
  headingTopics?: CheckDefinition[];
  /** passages a run-in heading at the paragraph's start carries into it, in the block's own offsets (set when first read) */
  runIn?: PassageFinding[];
  /** checks whose words appeared here only in sentences judged not about them */
  dismissed: CheckId[];
  facts: DocumentFacts;
  /** the day the facts were gathered: years are judged against it */
  today: string;
}

/** A block the rules read differently from how it is written: the writing, and where each read offset stands in it. */
interface BlockWriting {
  written?: string;
  writtenAt?: Int32Array | undefined;
}
/** A block passed to judging: read text, and its writing when that differs. */
type ReadBlock = TextBlock & BlockWriting;

function shifted(p: PassageFinding, by: number): PassageFinding {
  const evidence = { ...p.evidence, start: p.evidence.start + by, end: p.evidence.end + by };
  // every passage below an edit is shifted on each keystroke: no spread of a throwaway object for `at`
  return p.at === undefined
    ? { checkId: p.checkId, evidence, weight: p.weight }
    : { checkId: p.checkId, evidence, weight: p.weight, at: p.at + by };
}
