import { CHECKS } from '../checks/registry';
import { blocksFromText } from '../text/segment';
import type { CheckId, Confidence, Evidence, Status } from '../types';
import { type AnalyseOptions, AnalysisSession, passagesOf } from './analyse';
import { statusStep } from './reasons';
import {
  HARD_HEDGES,
  hedgeReading,
  hollowing,
  isDefinition,
  isHeadingLike,
  NEGATIONS,
  obligationHolder,
  obligationWords,
  SOFT_HEDGES,
} from './strength';

/** One sentence the cue prefilter picked for a check, with every rule that fired on it. */
export interface ExplainedSentence {
  text: string;
  start: number;
  end: number;
  /** plain-words names of the rules that matched, in the order they are applied */
  rules: string[];
  /** the sentence's verdict, or undefined when it was judged not to be about the check */
  verdict?: { strength: Evidence['strength']; why: string; weight: number };
  /** quoted as evidence in the finding */
  quoted: boolean;
}

export interface Explanation {
  checkId: CheckId;
  title: string;
  status: Status;
  confidence?: Confidence;
  candidates: ExplainedSentence[];
  /** candidate sentences past MAX_LISTED_CANDIDATES, counted in the reasoning but not listed */
  unlisted?: number;
  /** how the document-level verdict follows from the sentences, one step a line */
  reasoning: string[];
}

/** Past this many candidate sentences a check's list stops (their counts still cover all of them). */
export const MAX_LISTED_CANDIDATES = 100;

/**
 * Why a check got its verdict: the candidate sentences, the rules that fired on each, and how the verdict
 * was reached. Pure: it runs the same analysis as a scan and only reads what that analysis decided.
 */
export function explain(text: string, checkId: CheckId, opts: AnalyseOptions = {}): Explanation {
  return explainChecks(text, [checkId], opts)[0]!;
}

/** Explains several checks from one analysis of the text (a scan's worth of work, not one per check). */
export function explainChecks(text: string, checkIds: readonly CheckId[], opts: AnalyseOptions = {}): Explanation[] {
  const checks = checkIds.map((id) => {
    const check = CHECKS.find((c) => c.id === id);
    if (!check) throw new Error(`unknown check: ${id}`);
    return check;
  });
  const session = new AnalysisSession(opts);
  const blocks = blocksFromText(text);
  const { findings } = session.update(text, blocks);
  const sentences = blocks.flatMap((block) => passagesOf(block));
  return checks.map((check) => {
    const finding = findings.find((f) => f.id === check.id)!;
    // keyed by where a passage starts: a quote may run on into the sentence after, which refers back to it
    // (or where its judged sentence starts, when the quote begins with the sentence that one points back to)
    const mine = session.lastPassages.filter((p) => p.checkId === check.id);
    const judged = new Map(mine.map((p) => [p.at ?? p.evidence.start, p]));
    // a quote may be grown to the whole passage about the check: the passages inside it are quoted
    const quoted = new Set(
      mine
        .filter((p) => finding.evidence.some((e) => e.start <= p.evidence.start && p.evidence.end <= e.end))
        .map((p) => p.at ?? p.evidence.start),
    );
    const candidates: ExplainedSentence[] = [];
    const tally = { all: 0, strong: 0, weak: 0 };
    for (const s of sentences) {
      // only a sentence with a cue or a false friend is a candidate: the other rules are read for those alone
      if (!isCandidate(check, s.text)) continue;
      const key = s.start;
      const p = judged.get(key);
      tally.all++;
      if (p) tally[p.evidence.strength]++;
      if (candidates.length >= MAX_LISTED_CANDIDATES) continue;
      candidates.push({
        text: p?.evidence.text ?? s.text,
        start: p?.evidence.start ?? s.start,
        end: p?.evidence.end ?? s.end,
        rules: rulesFiredOn(check.id, s.text),
        verdict: p && { strength: p.evidence.strength, why: p.evidence.why, weight: p.weight },
        quoted: quoted.has(key),
      });
    }
    // passages that take their topic from a heading, a lead-in or the sentence before hold no cue of their own
    const listed = new Set<number>();
    for (const [at, p] of judged) if (candidates.some((c) => c.start === p.evidence.start)) listed.add(at);
    for (const c of candidates) listed.add(c.start);
    for (const [key, p] of judged) {
      if (listed.has(key) || isCandidate(check, p.evidence.text)) continue;
      tally.all++;
      tally[p.evidence.strength]++;
      if (candidates.length >= MAX_LISTED_CANDIDATES) continue;
      candidates.push({
        text: p.evidence.text,
        start: p.evidence.start,
        end: p.evidence.end,
        rules: ['topic carried from a heading, a list’s lead-in or the sentence before'],
        verdict: { strength: p.evidence.strength, why: p.evidence.why, weight: p.weight },
        quoted: quoted.has(key),
      });
    }
    candidates.sort((a, b) => a.start - b.start);
    return {
      checkId: check.id,
      title: check.title,
      status: finding.status,
      confidence: finding.confidence,
      candidates,
      ...(tally.all > candidates.length ? { unlisted: tally.all - candidates.length } : {}),
      reasoning: reasoningFor(finding.status, tally, finding.evidence.length),
    };
  });
}

function isCandidate(check: (typeof CHECKS)[number], sentence: string): boolean {
  return (
    check.cues.some((cue) => cue.test(sentence)) ||
    check.falseFriends.some((ff) => new RegExp(ff.pattern.source, ff.pattern.flags.replace('g', '')).test(sentence))
  );
}

/** The rules of one check and the general strength rules that match one sentence, named in plain words. */
export function rulesFiredOn(checkId: CheckId, sentence: string): string[] {
  const check = CHECKS.find((c) => c.id === checkId)!;
  const out: string[] = [];
  for (const cue of check.cues) if (cue.test(sentence)) out.push(`topic cue ${cue.source}`);
  for (const ff of check.falseFriends)
    if (new RegExp(ff.pattern.source, ff.pattern.flags.replace('g', '')).test(sentence))
      out.push(`false friend (${ff.effect === 'weak' ? 'stand-in, weak' : 'ignored'}): ${ff.name}`);
  for (const m of check.weakMarkers) if (m.pattern.test(sentence)) out.push(`weak marker: ${m.why}`);
  for (const m of check.strongMarkers) if (m.pattern.test(sentence)) out.push(`strong marker: ${m.why}`);
  const hedgeText = hedgeReading(sentence);
  for (const m of HARD_HEDGES) if (m.pattern.test(hedgeText)) out.push(`hedge: ${m.why}`);
  for (const m of NEGATIONS) if (m.pattern.test(sentence)) out.push(`negation: ${m.why}`);
  const duty = obligationWords(sentence);
  if (duty) out.push(`binding words: “${duty}” (duty of the ${obligationHolder(sentence) ?? 'supplier'})`);
  else for (const m of SOFT_HEDGES) if (m.pattern.test(hedgeText)) out.push(`soft hedge: ${m.why}`);
  if (isDefinition(sentence)) out.push('a definition');
  else if (isHeadingLike(sentence)) out.push('a heading or list entry');
  const hollow = hollowing(sentence);
  if (hollow && !out.some((r) => r.endsWith(hollow.why))) out.push(`hollowed: ${hollow.why}`);
  return out;
}

function reasoningFor(
  status: Status,
  { all, strong, weak }: { all: number; strong: number; weak: number },
  quoted: number,
): string[] {
  const lines = [
    `${all} candidate sentence(s): ${strong} strong, ${weak} weak, ${all - strong - weak} judged not about the check.`,
  ];
  if (all > MAX_LISTED_CANDIDATES) lines.push(`The first ${MAX_LISTED_CANDIDATES} are listed below.`);
  lines.push(statusStep(status, all > 0));
  if (quoted) lines.push(`Quoted as evidence: the ${quoted} most telling passage(s).`);
  return lines;
}
