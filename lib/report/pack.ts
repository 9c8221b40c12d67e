import { citeLocation } from '../documents/assemble';
import { summarise } from '../documents/pdf';
import { citeDecider, type PackFinding, type PackMember } from '../pack/verdict';
import type { CheckId, Evidence, ScanResult } from '../types';
import { buyerLine, checkById, JURISDICTION_LABEL, knownFromLabel, SECTOR_LABEL, STATUS_LABEL } from './describe';
import { statusCounts } from './rows';

const FORMAT_LABEL: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word',
  odt: 'OpenDocument',
  doc: 'Word 97–2003',
  rtf: 'RTF',
};

/** "the page", "Terms.pdf": how a report names a part of the pack. */
export const memberName = (m: Pick<PackMember, 'kind' | 'name'>) => (m.kind === 'page' ? 'the page' : m.name);

/** One line per part of the pack: "Terms.pdf (PDF, 4 pages)", "Scan.pdf (PDF, 2 pages, read with OCR)", "Signed.pdf (PDF, 3 pages, page 3 read with OCR)", "Pricing.pdf: not read (it is larger than 40 MB…)". */
export function packMemberLine(m: PackMember): string {
  if (m.error) return `${m.name}: not read (${m.error})`;
  if (m.kind === 'page') return `${m.name} (the page)`;
  const what = [
    m.source ? FORMAT_LABEL[m.source.format] : undefined,
    m.source?.pages ? `${m.source.pages} pages` : undefined,
    m.source?.ocrPages?.length
      ? `${summarise(m.source.ocrPages)} read with OCR`
      : m.source?.ocr
        ? 'read with OCR'
        : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return what ? `${m.name} (${what})` : m.name;
}

/** Where a passage is, for a report: "Terms.pdf, p. 14, clause 14.3"; in a pack, the page's own passages are "the page". */
export function evidencePlace(
  e: Pick<Evidence, 'location'>,
  pack: readonly PackMember[] | undefined,
): string | undefined {
  if (e.location) return citeLocation(e.location);
  return pack?.length ? 'the page' : undefined;
}

/** "the page: Weak · Terms.pdf: Strong": where one check stands in each part that was read. */
export function statusesByPart(pack: readonly PackMember[], id: CheckId): string {
  return pack
    .filter((m) => !m.error && m.statuses[id])
    .map((m) => `${memberName(m)}: ${STATUS_LABEL[m.statuses[id]!]}`)
    .join(' · ');
}

/** What a report says of a check nothing addresses: of one document, or of every part of the pack. */
export function notAddressed(pack: readonly PackMember[] | undefined): string {
  const read = pack?.filter((m) => !m.error) ?? [];
  if (read.length < 2) return 'The document does not address this.';
  return `None of the tender documents read (${read.map(memberName).join(', ')}) addresses this.`;
}

/**
 * The terminal summary of a tender pack: the documents read (and not), then one line per check with its
 * pack status and where the deciding passage is ("Terms.pdf, p. 3, clause 9.2").
 */
export function packTableReport(
  result: Pick<ScanResult, 'source' | 'document'> & { checks: readonly PackFinding[] },
  pack: readonly PackMember[],
): string {
  const doc = result.document;
  const titles = result.checks.map((f) => checkById(f.id).title);
  const width = Math.max(...titles.map((t) => t.length));
  const statusWidth = Math.max(...Object.values(STATUS_LABEL).map((s) => s.length));
  const rows = result.checks.map((f, i) => {
    const where = f.decidedBy ? citeDecider(f.decidedBy) : '';
    return `${titles[i]!.padEnd(width)}  ${STATUS_LABEL[f.status].padEnd(statusWidth)}  ${where}`.trimEnd();
  });
  const c = statusCounts(result.checks);
  const read = pack.filter((m) => !m.error).length;
  return [
    `${result.source}  (tender pack of ${read} ${read === 1 ? 'document' : 'documents'} · ${JURISDICTION_LABEL[doc.jurisdiction]} (${knownFromLabel(doc.knownFrom?.jurisdiction)}) · ${SECTOR_LABEL[doc.sector]} · ${buyerLine(doc).replace(/^For /, 'for ')})`,
    ...pack.map((m) => `  ${packMemberLine(m)}`),
    ...rows,
    `${c.missing} missing, ${c.weak} weak, ${c.strong} strong, ${c['n/a']} not applicable`,
  ].join('\n');
}
