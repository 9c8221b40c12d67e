import { citeLocation } from '../documents/assemble';
import type { ScanResult } from '../types';
import {
  buyerLine,
  checkById,
  evidenceLabel,
  JURISDICTION_LABEL,
  knownFromLabel,
  SECTOR_LABEL,
  STATUS_LABEL,
  TYPE_LABEL,
} from './describe';
import { HEADLINE_CHECKS } from './letter';
import { evidencePlace, notAddressed, packMemberLine, statusesByPart } from './pack';
import {
  byUrgency,
  ocrCaution,
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

/**
 * Text from a page or a user, made inert in Markdown: no links, images, raw HTML, emphasis or headings can come
 * out of it. HTML is entity-escaped and the characters that make Markdown syntax are backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_{}[\]#!|~]/g, (c) => `\\${c}`)
      // a list marker or numbered item at the start would turn the quotation into a list
      .replace(/^([-+]|\d+(?=\.))/, '\\$1')
  );
}

/** A link only for http(s) addresses; anything else (javascript:, data:) is shown as inert text. */
export function markdownLink(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return escapeMarkdown(url);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return escapeMarkdown(url);
  // an autolink cannot contain spaces or angle brackets; the URL parser has percent-encoded them
  return `<${parsed.href.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

const shortWhy = (r: ReportRow) => {
  if (r.status === 'missing') return 'not addressed in the document';
  const first = r.evidence.find((e) => e.strength === (r.status === 'strong' ? 'strong' : 'weak')) ?? r.evidence[0];
  const where = first?.location ? ` (${escapeMarkdown(citeLocation(first.location))})` : '';
  return first ? `${escapeMarkdown(first.why)}${where}` : '';
};

/**
 * A readable report a union rep can forward. It leads with a one-screen summary (what needs action, what is
 * secured); the details follow: per check the quoted evidence, why it matters, the legal basis and the wording.
 */
export function markdownReport(input: ScanResult | ReportInput, opts: ReportOptions = {}): string {
  const review: ReportInput = 'result' in input ? input : { result: input };
  const { result } = review;
  const doc = result.document;
  const asOf = opts.asOf ?? today();
  const rows = reportRows(review, { ...opts, asOf });
  const c = statusCounts(rows);
  const lines: string[] = [];
  lines.push(`# Tenderlight review: ${escapeMarkdown(review.title ? quote(review.title) : result.source)}`, '');
  const url = review.url ?? result.source;
  if (/^https?:/i.test(url) && url !== review.title) lines.push(`Page: ${markdownLink(url)}`, '');
  const saved = review.savedAt ? ` · review saved ${review.savedAt.slice(0, 10)}` : '';
  lines.push(
    `${TYPE_LABEL[doc.type]} · ${SECTOR_LABEL[doc.sector]} · ${JURISDICTION_LABEL[doc.jurisdiction]} (${knownFromLabel(doc.knownFrom?.jurisdiction)}) · ${buyerLine(doc).replace(/^For /, '')} · checked ${asOf}${saved}`,
    '',
  );
  const ocr = ocrCaution(review);
  if (ocr) lines.push(`*${escapeMarkdown(ocr)}*`, '');
  if (review.pack?.length) {
    lines.push('## Tender pack', '', 'This review covers the page and the documents read with it:', '');
    for (const m of review.pack) lines.push(`- ${escapeMarkdown(packMemberLine(m))}`);
    lines.push('');
  }
  lines.push(`**${c.missing} missing · ${c.weak} weak · ${c.strong} strong · ${c['n/a']} not applicable**`, '');
  // the headline checks lead, then the rest by urgency
  const needing = byUrgency(rows).filter((r) => r.status === 'missing' || r.status === 'weak');
  const action = [
    ...needing.filter((r) => HEADLINE_CHECKS.includes(r.check.id)),
    ...needing.filter((r) => !HEADLINE_CHECKS.includes(r.check.id)),
  ];
  if (action.length) {
    lines.push('## Needs action', '');
    for (const r of action) lines.push(`- **${r.check.title}**: ${statusText(r)}, ${shortWhy(r)}`);
    lines.push('');
  }
  const secured = rows.filter((r) => r.status === 'strong');
  if (secured.length) lines.push(`**Secured:** ${secured.map((r) => r.check.title).join(', ')}`, '');
  const na = rows.filter((r) => r.status === 'n/a');
  if (na.length) lines.push(`**Not applicable here:** ${na.map((r) => r.check.title).join(', ')}`, '');
  lines.push('## Details', '');
  for (const r of byUrgency(rows)) {
    lines.push(`### ${r.check.title}: ${statusText(r)}`, '');
    if (r.override && r.override.status !== r.detected)
      lines.push(`**Status changed by the reviewer:** ${escapeMarkdown(quote(r.override.reason))}`, '');
    if (r.status === 'n/a') {
      lines.push('This check does not apply to this kind of document.', '');
      if (r.note) lines.push(`**Reviewer's note:** ${escapeMarkdown(quote(r.note))}`, '');
      continue;
    }
    if (review.pack?.length)
      lines.push(`*In each part:* ${escapeMarkdown(statusesByPart(review.pack, r.check.id))}`, '');
    if (r.status === 'missing')
      lines.push(`${notAddressed(review.pack)} A strong clause secures: ${r.check.summary}`, '');
    for (const e of r.evidence) {
      const where = evidencePlace(e, review.pack);
      lines.push(
        `> ${escapeMarkdown(quote(e.text))}`,
        '',
        `*${evidenceLabel(e).kind}: ${escapeMarkdown(evidenceLabel(e).why)}*${where ? ` — ${escapeMarkdown(where)}` : ''}`,
        '',
      );
    }
    if (r.note) lines.push(`**Reviewer's note:** ${escapeMarkdown(quote(r.note))}`, '');
    if (r.status !== 'strong') {
      lines.push(`**Why it matters.** ${r.check.explanation}`, '');
      if (!r.legalBasis.covered) lines.push(`**Legal basis:** ${r.legalBasis.message}`, '');
      else {
        lines.push('**Legal basis:**');
        for (const s of r.legalBasis.sources)
          lines.push(
            `- ${escapeMarkdown(s.title)} (in force from ${s.inForceFrom}): ${escapeMarkdown(s.effect)} ${markdownLink(s.url)}`,
          );
        lines.push('');
      }
    }
    if (r.clause && r.wording) {
      lines.push(`**Suggested wording** (${escapeMarkdown(r.clause.title)}):`, '');
      lines.push(`> ${escapeMarkdown(r.wording.text)}`, '');
      if (r.caution) lines.push(`*${escapeMarkdown(r.caution)}*`, '');
      if (r.rateNote) lines.push(`*${escapeMarkdown(r.rateNote)}*`, '');
      if (r.wording.unfilled.length)
        lines.push(`*To complete: ${r.wording.unfilled.map((p) => `\\{${p}\\}`).join(', ')}*`, '');
    }
  }
  return lines.join('\n');
}

/**
 * A terminal summary, one line per check, in the words the panel uses: check titles and statuses as a person
 * says them, never their ids (the JSON output keeps the ids for programs).
 */
export function tableReport(result: ScanResult): string {
  const doc = result.document;
  const titles = result.checks.map((f) => checkById(f.id).title);
  const width = Math.max(...titles.map((t) => t.length));
  const statusWidth = Math.max(...Object.values(STATUS_LABEL).map((s) => s.length));
  const rows = result.checks.map((f, i) => {
    const ev = f.evidence[0];
    // a read document's evidence says where it is: "terms.pdf, p. 14, clause 14.3"
    const why = `${ev?.why ?? ''}${ev?.location ? ` — ${citeLocation(ev.location)}` : ''}`;
    return `${titles[i]!.padEnd(width)}  ${STATUS_LABEL[f.status].padEnd(statusWidth)}  ${why}`.trimEnd();
  });
  const c = counts(result);
  return [
    `${result.source}  (${TYPE_LABEL[doc.type]} · ${JURISDICTION_LABEL[doc.jurisdiction]} (${knownFromLabel(doc.knownFrom?.jurisdiction)}) · ${SECTOR_LABEL[doc.sector]} · ${buyerLine(doc).replace(/^For /, 'for ')})`,
    ...rows,
    `${c.missing} missing, ${c.weak} weak, ${c.strong} strong, ${c['n/a']} not applicable`,
  ].join('\n');
}
