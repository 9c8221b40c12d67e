/**
 * The tender pack: a notice page and the documents attached to it, judged as one. A clause that is
 * secured in the contract terms is secured for the tender, whatever the notice says, so per check the
 * strongest status anywhere wins and the verdict names where its deciding passage is.
 */
import { citeLocation } from '../documents/assemble';
import type { DocumentSource } from '../documents/locate';
import type { SourceLocation } from '../documents/types';
import {
  CHECK_IDS,
  type CheckId,
  type ClauseFinding,
  type Confidence,
  type Evidence,
  type ScanResult,
  type Status,
} from '../types';

/** One member of the pack: the page the rep is on, or a document read from it (or from a folder). */
export interface PackPart {
  /** how people name it: the page's title, or the document's file name */
  name: string;
  kind: 'page' | 'document';
  /** where it was fetched from, when it was */
  url?: string;
  /** its checks; a document's evidence carries its location (file, page, clause) */
  result: ScanResult;
  /** what was read (format, pages, warnings), for a document */
  source?: DocumentSource;
}

/** Where the passage that decides a pack verdict sits. */
export interface Decider {
  part: string;
  kind: 'page' | 'document';
  location?: SourceLocation;
}

/** A check's verdict for the whole pack; the evidence leads with the deciding passage. */
export interface PackFinding extends ClauseFinding {
  /** absent when nothing decided it (missing everywhere, or not applicable) */
  decidedBy?: Decider;
  /** the check's status in each part, in the parts' order (undefined where a part has no verdict for it) */
  byPart: (Status | undefined)[];
}

/** A part of a saved pack: what it is and where each check stood in it, or why it could not be read. */
export interface PackMember {
  name: string;
  kind: 'page' | 'document';
  url?: string;
  source?: DocumentSource;
  statuses: Partial<Record<CheckId, Status>>;
  /** the plain reason a document could not be read; it is still listed, so nothing is silently left out */
  error?: string;
}

export interface PackVerdict {
  /** the contract's shape: one finding per check, the pack's profile (the page's, else the first document's) */
  result: Omit<ScanResult, 'checks'> & { checks: PackFinding[] };
  members: PackMember[];
}

/** A document that could not be read, kept in the pack's list with its reason. */
export interface PackFailure {
  name: string;
  url?: string;
  error: string;
}

/** Most passages a pack verdict quotes for one check: the decider, then the others by strength. */
export const MAX_PACK_EVIDENCE = 8;

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/**
 * Combines the parts per check: strong anywhere wins, else weak anywhere, else missing where it applies
 * anywhere, and not applicable only where it applies nowhere. Parts with no verdicts (an unreadable page)
 * add nothing. Failures are listed as members with their reason.
 */
export function combinePack(parts: readonly PackPart[], failures: readonly PackFailure[] = []): PackVerdict {
  const judged = parts.filter((p) => p.result.checks.length > 0);
  const lead = judged.find((p) => p.kind === 'page') ?? judged[0] ?? parts[0];
  const source = parts.find((p) => p.kind === 'page')?.result.source ?? lead?.result.source ?? 'tender pack';
  const checks: PackFinding[] = [];
  for (const id of CHECK_IDS) {
    const findings = judged.map((p) => p.result.checks.find((c) => c.id === id));
    if (findings.every((f) => f === undefined)) continue;
    checks.push(combineCheck(id, judged, findings));
  }
  const members: PackMember[] = parts.map((p) => ({
    name: p.name,
    kind: p.kind,
    ...(p.url ? { url: p.url } : {}),
    ...(p.source ? { source: p.source } : {}),
    statuses: Object.fromEntries(p.result.checks.map((c) => [c.id, c.status])),
  }));
  for (const f of failures)
    members.push({ name: f.name, kind: 'document', ...(f.url ? { url: f.url } : {}), statuses: {}, error: f.error });
  const document = lead?.result.document ?? { type: 'other', sector: 'general', jurisdiction: 'uk' };
  return { result: { source, document, checks }, members };
}

function combineCheck(id: CheckId, parts: readonly PackPart[], findings: readonly (ClauseFinding | undefined)[]) {
  const byPart = findings.map((f) => f?.status);
  const status: Status = byPart.includes('strong')
    ? 'strong'
    : byPart.includes('weak')
      ? 'weak'
      : byPart.includes('missing')
        ? 'missing'
        : 'n/a';
  // among the parts with the winning status, the surest decides; the earlier part breaks a tie
  let at = -1;
  findings.forEach((f, i) => {
    if (f?.status !== status) return;
    if (at < 0 || RANK[f.confidence ?? 'low'] > RANK[findings[at]!.confidence ?? 'low']) at = i;
  });
  const decider = findings[at]!;
  const deciding =
    status === 'strong' || status === 'weak' ? decider.evidence.find((e) => e.strength === status) : undefined;
  const others = findings.flatMap((f) => (f ? f.evidence.filter((e) => e !== deciding) : []));
  // the stronger passages first, so a reader sees what secures the check before what hedges it
  others.sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1));
  const evidence: Evidence[] = [...(deciding ? [deciding] : []), ...others].slice(0, MAX_PACK_EVIDENCE);
  const finding: PackFinding = {
    id,
    status,
    evidence,
    suggestion: status === 'strong' || status === 'n/a' ? null : decider.suggestion,
    confidence: decider.confidence ?? 'low',
    byPart,
  };
  if (deciding) {
    const part = parts[at]!;
    finding.decidedBy = {
      part: part.name,
      kind: part.kind,
      ...(deciding.location ? { location: deciding.location } : {}),
    };
  }
  return finding;
}

/** "Terms.pdf, p. 14" for a document's passage (with its clause when known), "the page" for the notice's own text. */
export function citeDecider(d: Decider): string {
  if (d.kind === 'page') return 'the page';
  return d.location ? citeLocation(d.location) : d.part;
}
