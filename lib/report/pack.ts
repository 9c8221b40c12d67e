import { citeLocation } from '../documents/assemble';
import type { PackMember } from '../pack/verdict';
import type { CheckId, Evidence } from '../types';
import { STATUS_LABEL } from './describe';

const FORMAT_LABEL: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word',
  odt: 'OpenDocument',
  doc: 'Word 97–2003',
  rtf: 'RTF',
};

/** "the page", "Terms.pdf": how a report names a part of the pack. */
export const memberName = (m: Pick<PackMember, 'kind' | 'name'>) => (m.kind === 'page' ? 'the page' : m.name);

/** One line per part of the pack: "Terms.pdf (PDF, 4 pages)", "Pricing.pdf: not read (it is larger than 40 MB…)". */
export function packMemberLine(m: PackMember): string {
  if (m.error) return `${m.name}: not read (${m.error})`;
  if (m.kind === 'page') return `${m.name} (the page)`;
  const what = [
    m.source ? FORMAT_LABEL[m.source.format] : undefined,
    m.source?.pages ? `${m.source.pages} pages` : undefined,
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
