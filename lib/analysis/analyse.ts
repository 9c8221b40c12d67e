import { CHECKS } from '../checks/registry';
import type { AssessContext, CheckDefinition, Marker } from '../checks/types';
import { suggestClause } from '../clauses/select';
import type { WageRate } from '../data/wage-rates';
import { detectProfile } from '../profile/profile';
import { blocksFromText, type Sentence, sentencesOf, type TextBlock } from '../text/segment';
import type { CheckId, ClauseFinding, DocumentProfile, Evidence, Jurisdiction, Status } from '../types';
import { assessSentence } from './assess';
import { firstMatch, HARD_HEDGES, WEIGHT } from './strength';
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
}

/** A reader checks a verdict against two quoted passages; more dilutes it with bare mentions. */
const MAX_EVIDENCE = 2;

/**
 * Each check's cues and false friends, each with its own flags: tested one by one they short-circuit and
 * keep V8's literal-prefix scan, which one case-folded union of every pattern loses (about 15x slower).
 */
const CHECK_CUES = CHECKS.map((check) => ({
  check,
  patterns: [...check.cues, ...check.falseFriends.map((f) => f.pattern)].map(
    (r) => new RegExp(r.source, r.flags.replace('g', '')),
  ),
}));

const hits = (patterns: readonly RegExp[], text: string) => patterns.some((r) => r.test(text));

/** Finds and judges every candidate sentence of one block. Pure: the same block text gives the same result. */
export function analyseBlock(block: TextBlock, ctx: AssessContext): PassageFinding[] {
  const candidates = CHECK_CUES.filter((c) => hits(c.patterns, block.text));
  if (!candidates.length) return [];
  const out: PassageFinding[] = [];
  for (const sentence of sentencesOf(block)) {
    for (const { check, patterns } of candidates) {
      if (!hits(patterns, sentence.text)) continue;
      const verdict = assessSentence(check, sentence.text, ctx);
      if (verdict)
        out.push({
          checkId: check.id,
          evidence: toEvidence(sentence, verdict),
          weight: verdict.weight ?? WEIGHT.mention,
        });
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
  const mine = passages.filter((p) => p.checkId === check.id);
  const strong = mine.filter((p) => p.evidence.strength === 'strong');
  const weak = mine.filter((p) => p.evidence.strength === 'weak');
  const status: Status = strong.length ? 'strong' : weak.length ? 'weak' : 'missing';
  const evidence = mostTelling(strong.length ? strong : weak).map((p) => p.evidence);
  // beside a strong clause, a passage that negates or narrows it is what a reviewer must query (checks.md)
  const toQuery = strong.length ? mostTelling(weak).find((p) => p.weight >= WEIGHT.specific) : undefined;
  if (toQuery) evidence.push(toQuery.evidence);
  evidence.sort((a, b) => a.start - b.start);
  return {
    id: check.id,
    status,
    evidence,
    suggestion: status === 'strong' ? null : suggestClause(check.id, profile).id,
  };
}

/**
 * The passages that decide the verdict: the highest weight present, first in the document, up to
 * MAX_EVIDENCE, each text once. Lesser passages of the same status add nothing a reviewer needs.
 */
function mostTelling(passages: readonly PassageFinding[]): PassageFinding[] {
  if (!passages.length) return [];
  const top = Math.max(...passages.map((p) => p.weight));
  // with no passage giving a reason, one mention shows the topic is there; more only repeat it
  const limit = top <= WEIGHT.mention ? 1 : MAX_EVIDENCE;
  const out: PassageFinding[] = [];
  for (const p of [...passages].sort((a, b) => b.weight - a.weight || a.evidence.start - b.evidence.start)) {
    if (p.weight < top || out.length >= limit) break;
    if (!out.some((o) => o.evidence.text === p.evidence.text)) out.push(p);
  }
  return out;
}

/** The date figures are judged at: the caller's, else the date the text itself speaks from. */
function contextFor(
  profile: DocumentProfile,
  opts: AnalyseOptions,
  text: string,
  facts: DocumentFacts,
  today: string,
): WageContext {
  return {
    profile,
    asOf: opts.asOf ?? dateFromFacts(facts, today),
    livingWageIsReal: facts.definesLivingWageAsReal,
    supplierSetting: SUPPLIER_SETTING.test(text),
    wageRates: opts.wageRates,
  };
}

/** A supplier-side party: without one, a page about FOI or pay speaks to the public, not to a contractor. */
const SUPPLIER_SETTING =
  /\b(?:suppliers?|contractors?|sub-?contractors?|providers?|bidders?|tenderers?|grantees?|recipients?|consultants?|compan(?:y|ies)|operators?|service providers?|economic operators?|tenders?|bids?|your organisation|LEP)\b/i;

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

  constructor(private opts: AnalyseOptions = {}) {}

  setOptions(opts: AnalyseOptions) {
    this.opts = opts;
    this.cache.clear();
  }

  update(fullText: string, blocks: readonly TextBlock[]): DocumentAnalysis {
    const detected = detectProfile(fullText, this.opts.pageUrl);
    if (detected.knownFrom?.jurisdiction === 'assumed' && this.opts.defaultJurisdiction)
      detected.jurisdiction = this.opts.defaultJurisdiction;
    const profile = withCorrections(detected, this.opts.profile);
    const today = new Date().toISOString().slice(0, 10);
    // document-wide facts (date, definitions) are gathered per block, so an edit rescans only its block
    const blockFacts = blocks.map((b) => {
      const cached = this.cache.get(b.id);
      return cached && cached.text === b.text && cached.today === today ? cached.facts : documentFacts(b.text, today);
    });
    const ctx = contextFor(profile, this.opts, fullText, combineFacts(blockFacts), today);
    const key = JSON.stringify(ctx);
    if (key !== this.profileKey) {
      this.cache.clear();
      this.profileKey = key;
    }
    const next = new Map<string, BlockEntry>();
    const all: PassageFinding[] = [];
    let leadInHedge: Marker | undefined;
    for (const [i, block] of blocks.entries()) {
      const cached = this.cache.get(block.id);
      let entry: BlockEntry;
      if (cached && cached.text === block.text) {
        const shift = block.start - cached.start;
        entry = shift
          ? { ...cached, start: block.start, passages: cached.passages.map((p) => shifted(p, shift)) }
          : cached;
      } else {
        entry = {
          text: block.text,
          start: block.start,
          passages: analyseBlock(block, ctx),
          facts: blockFacts[i]!,
          today,
          layout: layoutOf(block.text),
        };
      }
      next.set(block.id, entry);
      // a hedged lead-in ("We expect providers to work towards the following:") governs the list under it
      if (entry.layout.role === 'paragraph') leadInHedge = entry.layout.leadInHedge;
      if (entry.layout.role === 'list-item' && leadInHedge) {
        for (const p of entry.passages) all.push(p.evidence.strength === 'strong' ? hedgedByLeadIn(p, leadInHedge) : p);
      } else for (const p of entry.passages) all.push(p);
    }
    this.cache = next;
    return { profile, findings: judge(all, profile, this.opts.disabledChecks) };
  }
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
  /** a paragraph ending in ':' whose wording is hedged */
  leadInHedge?: Marker;
}

const LIST_ITEM = /^(?:[•▪◦·*\-–]|\d{1,3}[.)]|[a-z][.)]|\([a-z0-9]{1,4}\))\s/i;

export function layoutOf(text: string): BlockLayout {
  if (LIST_ITEM.test(text)) return { role: 'list-item' };
  if (text.split(/\s+/).length <= 6 && !/[.:;!?]$/.test(text)) return { role: 'heading' };
  return { role: 'paragraph', leadInHedge: text.endsWith(':') ? firstMatch(HARD_HEDGES, text) : undefined };
}

function hedgedByLeadIn(p: PassageFinding, hedge: Marker): PassageFinding {
  return {
    checkId: p.checkId,
    evidence: { ...p.evidence, strength: 'weak', why: `the list's lead-in hedges every item: ${hedge.why}` },
    weight: WEIGHT.clause,
  };
}

interface BlockEntry {
  text: string;
  start: number;
  layout: BlockLayout;
  passages: PassageFinding[];
  facts: DocumentFacts;
  /** the day the facts were gathered: years are judged against it */
  today: string;
}

function shifted(p: PassageFinding, by: number): PassageFinding {
  return {
    checkId: p.checkId,
    evidence: { ...p.evidence, start: p.evidence.start + by, end: p.evidence.end + by },
    weight: p.weight,
  };
}
