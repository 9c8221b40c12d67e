import { type AnalyseOptions, AnalysisSession } from './analysis/analyse';
import { blocksFromText, type TextBlock } from './text/segment';
import type { ScanResult } from './types';

/**
 * The most characters one scan checks (about 750,000 words, far beyond any real tender). Past it a
 * hostile or runaway input would cost seconds and gigabytes, so only the start is checked and the
 * result says so.
 */
export const MAX_CHECKED_CHARS = 5_000_000;

/** Present only when a text was longer than the limit and just its start was checked. */
export interface Truncation {
  checkedChars: number;
  totalChars: number;
}

/** The `scan` contract's result, plus the additive `document.truncated` field. */
export type ScanReport = ScanResult & { document: ScanResult['document'] & { truncated?: Truncation } };

/** Scans extracted text (with the page's blocks, when it came from a page) into the `scan` contract's shape. */
export function scanText(
  source: string,
  text: string,
  blocks?: readonly TextBlock[],
  opts: AnalyseOptions & { maxChars?: number } = {},
): ScanReport {
  const max = opts.maxChars ?? MAX_CHECKED_CHARS;
  const cut = text.length > max ? cutPoint(text, max) : text.length;
  const checked = cut < text.length ? text.slice(0, cut) : text;
  const checkedBlocks = blocks ? blocksBefore(blocks, cut) : blocksFromText(checked);
  const analysis = new AnalysisSession(opts).update(checked, checkedBlocks);
  const document =
    cut < text.length
      ? { ...analysis.profile, truncated: { checkedChars: cut, totalChars: text.length } }
      : analysis.profile;
  // confidence is added to the contract's fields, which keep their names and order
  const checks = analysis.findings.map(({ id, status, evidence, suggestion, confidence }) => ({
    id,
    status,
    evidence,
    suggestion,
    confidence: confidence ?? 'low',
  }));
  return { source, document, checks };
}

/** Where to stop checking: the last line break, else sentence end, else space, in the final tenth before `max`. */
export function cutPoint(text: string, max: number): number {
  const floor = Math.floor(max * 0.9);
  for (const mark of ['\n', '. ', ' ']) {
    const at = text.lastIndexOf(mark, max - mark.length);
    if (at >= floor) return at + mark.length;
  }
  // No break near the limit: cut there, but never between the two halves of a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** The blocks that start before `cut`, the last one shortened to end there. */
function blocksBefore(blocks: readonly TextBlock[], cut: number): TextBlock[] {
  const kept: TextBlock[] = [];
  for (const b of blocks) {
    if (b.start >= cut) continue;
    kept.push(b.end <= cut ? b : { ...b, end: cut, text: b.text.slice(0, cut - b.start) });
  }
  return kept;
}
