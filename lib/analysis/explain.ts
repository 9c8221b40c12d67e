import { CHECKS } from '../checks/registry';
import { blocksFromText, sentencesOf } from '../text/segment';
import type { CheckId, Confidence, Evidence, Status } from '../types';
import { type AnalyseOptions, AnalysisSession } from './analyse';
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
  /** how the document-level verdict follows from the sentences, one step a line */
  reasoning: string[];
}

/**
 * Why a check got its verdict: the candidate sentences, the rules that fired on each, and how the verdict
 * was reached. Pure: it runs the same analysis as a scan and only reads what that analysis decided.
 */
export function explain(text: string, checkId: CheckId, opts: AnalyseOptions = {}): Explanation {
  const check = CHECKS.find((c) => c.id === checkId);
  if (!check) throw new Error(`unknown check: ${checkId}`);
  const session = new AnalysisSession(opts);
  const blocks = blocksFromText(text);
  const { findings } = session.update(text, blocks);
  const finding = findings.find((f) => f.id === checkId)!;
  const judged = new Map(
    session.lastPassages.filter((p) => p.checkId === checkId).map((p) => [`${p.evidence.start}:${p.evidence.end}`, p]),
  );
  const quoted = new Set(finding.evidence.map((e) => `${e.start}:${e.end}`));
  const candidates: ExplainedSentence[] = [];
  for (const block of blocks)
    for (const s of sentencesOf(block)) {
      const rules = rulesFiredOn(check.id, s.text);
      if (!rules.some((r) => r.startsWith('topic cue') || r.startsWith('false friend'))) continue;
      const key = `${s.start}:${s.end}`;
      const p = judged.get(key);
      candidates.push({
        text: s.text,
        start: s.start,
        end: s.end,
        rules,
        verdict: p && { strength: p.evidence.strength, why: p.evidence.why, weight: p.weight },
        quoted: quoted.has(key),
      });
    }
  // passages that take their topic from a heading, a lead-in or the sentence before hold no cue of their own
  const listed = new Set(candidates.map((c) => `${c.start}:${c.end}`));
  for (const [key, p] of judged) {
    if (listed.has(key)) continue;
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
    checkId,
    title: check.title,
    status: finding.status,
    confidence: finding.confidence,
    candidates,
    reasoning: reasoningFor(finding.status, candidates, finding.evidence.length),
  };
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

function reasoningFor(status: Status, candidates: readonly ExplainedSentence[], quoted: number): string[] {
  const strong = candidates.filter((c) => c.verdict?.strength === 'strong').length;
  const weak = candidates.filter((c) => c.verdict?.strength === 'weak').length;
  const dropped = candidates.length - strong - weak;
  const lines = [
    `${candidates.length} candidate sentence(s): ${strong} strong, ${weak} weak, ${dropped} judged not about the check.`,
  ];
  lines.push(statusStep(status, candidates.length > 0));
  if (quoted) lines.push(`Quoted as evidence: the ${quoted} most telling passage(s).`);
  return lines;
}
