import { type AnalyseOptions, AnalysisSession } from './analysis/analyse';
import { blocksFromText, type TextBlock } from './text/segment';
import type { ScanResult } from './types';

/** Scans extracted text (with the page's blocks, when it came from a page) into the `scan` contract's shape. */
export function scanText(
  source: string,
  text: string,
  blocks?: readonly TextBlock[],
  opts: AnalyseOptions = {},
): ScanResult {
  const analysis = new AnalysisSession(opts).update(text, blocks ?? blocksFromText(text));
  // confidence is added to the contract's fields, which keep their names and order
  const checks = analysis.findings.map(({ id, status, evidence, suggestion, confidence }) => ({
    id,
    status,
    evidence,
    suggestion,
    confidence: confidence ?? 'low',
  }));
  return { source, document: analysis.profile, checks };
}
