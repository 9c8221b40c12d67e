import { CHECKS } from '../checks/registry';
import type { AssessContext, CheckDefinition } from '../checks/types';
import { suggestClause } from '../clauses/select';
import { detectProfile } from '../profile/profile';
import { blocksFromText, type Sentence, sentencesOf, type TextBlock } from '../text/segment';
import type { CheckId, ClauseFinding, DocumentProfile, Evidence, Status } from '../types';
import { assessSentence } from './assess';

export interface AnalyseOptions {
  /** the user's corrections to the detected profile */
  profile?: Partial<DocumentProfile>;
  /** ISO date the rates are judged at; defaults to today */
  asOf?: string;
  /** checks the user switched off are reported as n/a */
  disabledChecks?: readonly CheckId[];
}

export interface DocumentAnalysis {
  profile: DocumentProfile;
  findings: ClauseFinding[];
}

/** One judged passage for one check, before the document-level verdict. */
export interface PassageFinding {
  checkId: CheckId;
  evidence: Evidence;
}

const MAX_EVIDENCE = 3;

// One pass over a block with the union of every cue decides whether any check needs a closer look.
const ANY_CUE = new RegExp(
  CHECKS.flatMap((c) => [...c.cues.map((r) => r.source), ...c.falseFriends.map((f) => f.pattern.source)]).join('|'),
  'i',
);

/** Finds and judges every candidate sentence of one block. Pure: the same block text gives the same result. */
export function analyseBlock(block: TextBlock, ctx: AssessContext): PassageFinding[] {
  if (!ANY_CUE.test(block.text)) return [];
  const out: PassageFinding[] = [];
  for (const sentence of sentencesOf(block)) {
    if (!ANY_CUE.test(sentence.text)) continue;
    for (const check of CHECKS) {
      const verdict = assessSentence(check, sentence.text, ctx);
      if (verdict) out.push({ checkId: check.id, evidence: toEvidence(sentence, verdict) });
    }
  }
  return out;
}

function toEvidence(s: Sentence, v: { strength: Evidence['strength']; why: string }): Evidence {
  return { text: s.text, start: s.start, end: s.end, strength: v.strength, why: v.why };
}

/** Turns every passage found in a document into one finding per check, in contract order. */
export function judge(
  passages: readonly PassageFinding[],
  profile: DocumentProfile,
  disabled: readonly CheckId[] = [],
): ClauseFinding[] {
  return CHECKS.map((check) => judgeCheck(check, passages, profile, disabled.includes(check.id)));
}

function judgeCheck(
  check: CheckDefinition,
  passages: readonly PassageFinding[],
  profile: DocumentProfile,
  disabled: boolean,
): ClauseFinding {
  if (disabled || !check.applies(profile)) return { id: check.id, status: 'n/a', evidence: [], suggestion: null };
  const mine = passages.filter((p) => p.checkId === check.id).map((p) => p.evidence);
  const strong = mine.filter((e) => e.strength === 'strong');
  const weak = mine.filter((e) => e.strength === 'weak');
  const status: Status = strong.length ? 'strong' : weak.length ? 'weak' : 'missing';
  const evidence = strong.length ? strong.slice(0, MAX_EVIDENCE) : weak.slice(0, MAX_EVIDENCE);
  // A hollowing passage beside a strong one is still worth showing: it is what a reviewer would query.
  if (strong.length && evidence.length < MAX_EVIDENCE) {
    const hollow = weak.find((e) => /encouraged|escape|negated|statutory|scope/.test(e.why));
    if (hollow) evidence.push(hollow);
  }
  evidence.sort((a, b) => a.start - b.start);
  return {
    id: check.id,
    status,
    evidence,
    suggestion: status === 'strong' ? null : suggestClause(check.id, profile).id,
  };
}

function contextFor(profile: DocumentProfile, opts: AnalyseOptions): AssessContext {
  return { profile, asOf: opts.asOf ?? new Date().toISOString().slice(0, 10) };
}

/** Whole-document analysis of plain text. */
export function analyseText(text: string, opts: AnalyseOptions = {}): DocumentAnalysis {
  return new AnalysisSession(opts).update(text, blocksFromText(text));
}

/**
 * Keeps per-block results so that an edit re-judges only the blocks whose text changed.
 * Offsets of unchanged blocks are shifted, not recomputed.
 */
export class AnalysisSession {
  private cache = new Map<string, { text: string; start: number; passages: PassageFinding[] }>();
  private profileKey = '';

  constructor(private opts: AnalyseOptions = {}) {}

  setOptions(opts: AnalyseOptions) {
    this.opts = opts;
    this.cache.clear();
  }

  update(fullText: string, blocks: readonly TextBlock[]): DocumentAnalysis {
    const profile = { ...detectProfile(fullText), ...this.opts.profile } as DocumentProfile;
    const key = JSON.stringify(profile);
    if (key !== this.profileKey) {
      this.cache.clear();
      this.profileKey = key;
    }
    const ctx = contextFor(profile, this.opts);
    const next = new Map<string, { text: string; start: number; passages: PassageFinding[] }>();
    const all: PassageFinding[] = [];
    for (const block of blocks) {
      const cached = this.cache.get(block.id);
      let entry: { text: string; start: number; passages: PassageFinding[] };
      if (cached && cached.text === block.text) {
        const shift = block.start - cached.start;
        entry = shift
          ? { text: block.text, start: block.start, passages: cached.passages.map((p) => shifted(p, shift)) }
          : cached;
      } else {
        entry = { text: block.text, start: block.start, passages: analyseBlock(block, ctx) };
      }
      next.set(block.id, entry);
      for (const p of entry.passages) all.push(p);
    }
    this.cache = next;
    return { profile, findings: judge(all, profile, this.opts.disabledChecks) };
  }
}

function shifted(p: PassageFinding, by: number): PassageFinding {
  return { checkId: p.checkId, evidence: { ...p.evidence, start: p.evidence.start + by, end: p.evidence.end + by } };
}
