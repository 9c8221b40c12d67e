import { evidenceLabel, JURISDICTION_LABEL, SECTOR_LABEL, TYPE_LABEL } from './describe';
import { statusText } from './markdown';
import { evidencePlace, notAddressed, packMemberLine, statusesByPart } from './pack';
import {
  byUrgency,
  ocrCaution,
  quote,
  type ReportInput,
  type ReportOptions,
  reportRows,
  statusCounts,
  today,
} from './rows';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every string that reaches the HTML report goes through here: page text is never markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? escapeHtml(url) : undefined);

const STYLE = `
  :root { color-scheme: light; }
  body { font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; }
  h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
  .meta { color: #444; margin: 0 0 1rem; }
  .summary { font-weight: 600; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
  th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
  .status { display: inline-block; padding: 0 .4rem; border: 1px solid; border-radius: 3px; font-size: .85em; font-weight: 600; }
  .status-missing { color: #8a1c1c; } .status-weak { color: #7a4a00; } .status-strong { color: #1d5e20; } .status-na { color: #555; }
  blockquote { margin: .5rem 0; padding: .25rem .75rem; border-left: 4px solid #999; background: #f6f6f6; }
  .why { font-style: italic; color: #333; margin: 0 0 .5rem; }
  .wording { border-left-color: #1d5e20; background: #f1f8f1; }
  .note { border: 1px dashed #777; padding: .4rem .6rem; }
  section { break-inside: avoid-page; }
  footer { margin-top: 2rem; color: #555; font-size: .85em; }
  @page { margin: 18mm 16mm; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10.5pt; }
    a { color: inherit; text-decoration: none; }
    a[href^="http"]:not(.bare)::after { content: " <" attr(href) ">"; font-size: .85em; word-break: break-all; }
    h2 { break-after: avoid-page; }
    blockquote { background: none; }
  }
`;

const badge = (status: string, label: string) =>
  `<span class="status status-${status === 'n/a' ? 'na' : status}">${escapeHtml(label)}</span>`;

/** A standalone page with a print stylesheet: opening it and choosing "Save as PDF" gives a clean document. */
export function htmlReport(input: ReportInput, opts: ReportOptions = {}): string {
  const { result } = input;
  const asOf = opts.asOf ?? today();
  const rows = reportRows(input, { ...opts, asOf });
  const c = statusCounts(rows);
  const title = input.title || result.source;
  const url = input.url ?? result.source;
  const href = safeHref(url);
  const out: string[] = [];
  out.push(
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Tenderlight review: ${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>Tenderlight review: ${escapeHtml(title)}</h1>`,
    `<p class="meta">Page: ${href ? `<a class="bare" href="${href}">${escapeHtml(url)}</a>` : escapeHtml(url)}<br>`,
    `Document: ${escapeHtml(TYPE_LABEL[result.document.type])} · ${escapeHtml(JURISDICTION_LABEL[result.document.jurisdiction])} · ${escapeHtml(SECTOR_LABEL[result.document.sector])} · checked ${escapeHtml(asOf)}${input.savedAt ? ` · review saved ${escapeHtml(input.savedAt.slice(0, 10))}` : ''}</p>`,
    `<p class="summary">${c.missing} missing · ${c.weak} weak · ${c.strong} strong · ${c['n/a']} not applicable</p>`,
  );
  const ocr = ocrCaution(input);
  if (ocr) out.push(`<p class="note ocr-note" role="note">${escapeHtml(ocr)}</p>`);
  out.push('</header>');
  if (input.pack?.length) {
    out.push('<h2>Tender pack</h2>', '<p>This review covers the page and the documents read with it:</p>', '<ul>');
    for (const m of input.pack) out.push(`<li>${escapeHtml(packMemberLine(m))}</li>`);
    out.push('</ul>');
  }
  out.push('<table><thead><tr><th>Check</th><th>Status</th></tr></thead><tbody>');
  for (const r of rows)
    out.push(`<tr><td>${escapeHtml(r.check.title)}</td><td>${badge(r.status, statusText(r))}</td></tr>`);
  out.push('</tbody></table>');
  for (const r of byUrgency(rows)) {
    out.push(`<section id="${escapeHtml(r.check.id)}">`);
    out.push(`<h2>${escapeHtml(r.check.title)} ${badge(r.status, statusText(r))}</h2>`);
    if (r.override && r.override.status !== r.detected)
      out.push(`<p><strong>Status changed by the reviewer:</strong> ${escapeHtml(r.override.reason)}</p>`);
    if (input.pack?.length)
      out.push(`<p class="why">In each part: ${escapeHtml(statusesByPart(input.pack, r.check.id))}</p>`);
    if (r.status === 'n/a') out.push('<p>This check does not apply to this kind of document.</p>');
    else {
      if (r.status === 'missing')
        out.push(
          `<p>${escapeHtml(notAddressed(input.pack))} A strong clause secures: ${escapeHtml(r.check.summary)}</p>`,
        );
      for (const e of r.evidence) {
        const where = evidencePlace(e, input.pack);
        out.push(
          `<blockquote>${escapeHtml(quote(e.text))}</blockquote>`,
          `<p class="why">${escapeHtml(evidenceLabel(e).kind)}: ${escapeHtml(evidenceLabel(e).why)}${where ? ` — ${escapeHtml(where)}` : ''}</p>`,
        );
      }
    }
    if (r.note) out.push(`<p class="note"><strong>Reviewer's note:</strong> ${escapeHtml(r.note)}</p>`);
    if (r.status === 'weak' || r.status === 'missing') {
      out.push(`<p><strong>Why it matters.</strong> ${escapeHtml(r.check.explanation)}</p>`);
      if (!r.legalBasis.covered) out.push(`<p><strong>Legal basis:</strong> ${escapeHtml(r.legalBasis.message)}</p>`);
      else {
        out.push('<p><strong>Legal basis:</strong></p><ul>');
        for (const s of r.legalBasis.sources) {
          const link = safeHref(s.url);
          const name = link ? `<a href="${link}">${escapeHtml(s.title)}</a>` : escapeHtml(s.title);
          out.push(`<li>${name} (in force from ${escapeHtml(s.inForceFrom)}): ${escapeHtml(s.effect)}</li>`);
        }
        out.push('</ul>');
      }
    }
    if (r.clause && r.wording) {
      out.push(
        `<p><strong>Suggested wording</strong> (${escapeHtml(r.clause.title)}):</p>`,
        `<blockquote class="wording">${escapeHtml(r.wording.text)}</blockquote>`,
      );
      if (r.caution) out.push(`<p class="why">${escapeHtml(r.caution)}</p>`);
      if (r.rateNote) out.push(`<p class="why">${escapeHtml(r.rateNote)}</p>`);
      if (r.wording.unfilled.length)
        out.push(`<p class="why">To complete: ${escapeHtml(r.wording.unfilled.map((p) => `{${p}}`).join(', '))}</p>`);
    }
    out.push('</section>');
  }
  out.push(
    `<footer>Prepared with Tenderlight on ${escapeHtml(asOf)}. Statuses are an automated reading of the text and the reviewer's judgement; check the source document before relying on them.</footer>`,
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}
