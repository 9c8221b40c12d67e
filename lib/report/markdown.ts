import type { ModelClause } from '../checks/types';
import { builtInClause } from '../clauses/library';
import { fillClause, type PlaceholderValues, rateValues } from '../clauses/placeholders';
import type { ScanResult, Status } from '../types';
import { checkById, JURISDICTION_LABEL, legalBasisFor, STATUS_LABEL } from './describe';

export interface ReportOptions {
  asOf?: string;
  values?: PlaceholderValues;
  /** clause lookup, so a user's library can stand in for the built-ins */
  clause?: (id: string) => ModelClause | undefined;
  /** the reviewer's note per check */
  notes?: Partial<Record<string, string>>;
}

const ORDER: Status[] = ['missing', 'weak', 'strong', 'n/a'];

export function counts(result: ScanResult): Record<Status, number> {
  const c: Record<Status, number> = { strong: 0, weak: 0, missing: 0, 'n/a': 0 };
  for (const f of result.checks) c[f.status]++;
  return c;
}

const quote = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A readable report a union rep can forward: per check the status, quoted evidence, why, legal basis and wording. */
export function markdownReport(result: ScanResult, opts: ReportOptions = {}): string {
  const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);
  const values = { ...rateValues(asOf), ...opts.values };
  const lookup = opts.clause ?? builtInClause;
  const c = counts(result);
  const lines: string[] = [];
  lines.push(`# Tenderlight review: ${result.source}`, '');
  lines.push(
    `Document: ${result.document.type} · ${JURISDICTION_LABEL[result.document.jurisdiction]} · sector ${result.document.sector} · checked ${asOf}`,
    '',
  );
  lines.push(`**${c.missing} missing · ${c.weak} weak · ${c.strong} strong · ${c['n/a']} not applicable**`, '');
  lines.push('| Check | Status |', '|---|---|');
  for (const f of result.checks) lines.push(`| ${checkById(f.id).title} | ${STATUS_LABEL[f.status]} |`);
  lines.push('');
  for (const status of ORDER) {
    for (const f of result.checks.filter((x) => x.status === status)) {
      const check = checkById(f.id);
      lines.push(`## ${check.title} — ${STATUS_LABEL[f.status]}`, '');
      if (f.status === 'n/a') {
        lines.push('This check does not apply to this kind of document.', '');
        continue;
      }
      if (f.status === 'missing') lines.push(`Nothing in the document secures this. ${check.summary}`, '');
      for (const e of f.evidence) {
        lines.push(`> ${quote(e.text)}`, '', `*${e.strength}: ${e.why}*`, '');
      }
      const note = opts.notes?.[f.id];
      if (note) lines.push(`**Reviewer's note:** ${note}`, '');
      if (f.status !== 'strong') {
        lines.push(`**Why it matters.** ${check.explanation}`, '');
        lines.push('**Legal basis:**');
        for (const s of legalBasisFor(check, result.document.jurisdiction))
          lines.push(`- ${s.title} (in force from ${s.inForceFrom}): ${s.effect} <${s.url}>`);
        lines.push('');
      }
      const clause = f.suggestion ? lookup(f.suggestion) : undefined;
      if (clause) {
        const filled = fillClause(clause.body, values);
        lines.push(`**Suggested wording** (${clause.title}; implements ${clause.implements}):`, '');
        lines.push(`> ${filled.text}`, '');
        if (filled.unfilled.length) lines.push(`*To complete: ${filled.unfilled.map((p) => `{${p}}`).join(', ')}*`, '');
      }
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
