import type { ScanResult } from '../types';
import { JURISDICTION_LABEL, STATUS_LABEL } from './describe';
import {
  byUrgency,
  quote,
  type ReportInput,
  type ReportOptions,
  type ReportRow,
  reportRows,
  statusCounts,
  today,
} from './rows';

export type { ReportInput, ReportOptions } from './rows';

/** "Weak" or, when the reviewer changed it, "Strong (scanned as Missing)". */
export function statusText(row: Pick<ReportRow, 'status' | 'detected' | 'override'>): string {
  return row.override && row.override.status !== row.detected
    ? `${STATUS_LABEL[row.status]} (scanned as ${STATUS_LABEL[row.detected]})`
    : STATUS_LABEL[row.status];
}

/** Counts that mean "N of these checks need work", for every report's headline. */
export function counts(result: ScanResult): ReturnType<typeof statusCounts> {
  return statusCounts(result.checks);
}

/** A readable report a union rep can forward: per check the status, quoted evidence, why, legal basis and wording. */
export function markdownReport(input: ScanResult | ReportInput, opts: ReportOptions = {}): string {
  const review: ReportInput = 'result' in input ? input : { result: input };
  const { result } = review;
  const asOf = opts.asOf ?? today();
  const rows = reportRows(review, { ...opts, asOf });
  const c = statusCounts(rows);
  const lines: string[] = [];
  lines.push(`# Tenderlight review: ${review.title ? quote(review.title) : result.source}`, '');
  if (review.url && review.url !== review.title) lines.push(`Page: <${review.url}>`, '');
  const saved = review.savedAt ? ` · review saved ${review.savedAt.slice(0, 10)}` : '';
  lines.push(
    `Document: ${result.document.type} · ${JURISDICTION_LABEL[result.document.jurisdiction]} · sector ${result.document.sector} · checked ${asOf}${saved}`,
    '',
  );
  lines.push(`**${c.missing} missing · ${c.weak} weak · ${c.strong} strong · ${c['n/a']} not applicable**`, '');
  lines.push('| Check | Status |', '|---|---|');
  for (const r of rows) lines.push(`| ${r.check.title} | ${statusText(r)} |`);
  lines.push('');
  for (const r of byUrgency(rows)) {
    lines.push(`## ${r.check.title} — ${statusText(r)}`, '');
    if (r.override && r.override.status !== r.detected)
      lines.push(`**Status changed by the reviewer:** ${quote(r.override.reason)}`, '');
    if (r.status === 'n/a') {
      lines.push('This check does not apply to this kind of document.', '');
      if (r.note) lines.push(`**Reviewer's note:** ${quote(r.note)}`, '');
      continue;
    }
    if (r.status === 'missing') lines.push(`Nothing in the document secures this. ${r.check.summary}`, '');
    for (const e of r.evidence) lines.push(`> ${quote(e.text)}`, '', `*${e.strength}: ${e.why}*`, '');
    if (r.note) lines.push(`**Reviewer's note:** ${quote(r.note)}`, '');
    if (r.status !== 'strong') {
      lines.push(`**Why it matters.** ${r.check.explanation}`, '');
      if (!r.legalBasis.covered) lines.push(`**Legal basis:** ${r.legalBasis.message}`, '');
      else {
        lines.push('**Legal basis:**');
        for (const s of r.legalBasis.sources)
          lines.push(`- ${s.title} (in force from ${s.inForceFrom}): ${s.effect} <${s.url}>`);
        lines.push('');
      }
    }
    if (r.clause && r.wording) {
      lines.push(`**Suggested wording** (${r.clause.title}; implements ${r.clause.implements}):`, '');
      lines.push(`> ${r.wording.text}`, '');
      if (r.wording.unfilled.length)
        lines.push(`*To complete: ${r.wording.unfilled.map((p) => `{${p}}`).join(', ')}*`, '');
    }
  }
  return lines.join('\n');
}

/** A terminal summary: one line per check. */
export function tableReport(result: ScanResult): string {
  const rows = result.checks.map((f) => {
    const first = f.evidence[0];
    const why = first ? first.why : '';
    return `${f.id.padEnd(21)} ${f.status.padEnd(8)} ${why}`;
  });
  const c = counts(result);
  return [
    `${result.source}  (${result.document.type}, ${result.document.jurisdiction}, ${result.document.sector})`,
    ...rows,
    `${c.missing} missing, ${c.weak} weak, ${c.strong} strong, ${c['n/a']} n/a`,
  ].join('\n');
}
