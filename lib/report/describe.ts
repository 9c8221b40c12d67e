import { CHECKS } from '../checks/registry';
import type { CheckDefinition } from '../checks/types';
import { BUYER_LABEL, legalBasisFor as fromTable, type LegalBasisAnswer, placeOf } from '../data/legal-basis';
import {
  newestRealLivingWage,
  rateTableIsStale,
  rateYear,
  STALE_RATE_WARNING,
  WAGE_RATES,
  type WageRate,
} from '../data/wage-rates';
import type { CheckId, DocumentProfile, Evidence, Jurisdiction, Status } from '../types';

export const STATUS_LABEL: Record<Status, string> = {
  strong: 'Strong',
  weak: 'Weak',
  missing: 'Missing',
  'n/a': 'Not applicable',
};

export { JURISDICTION_LABEL, SECTOR_LABEL, TYPE_LABEL } from '../labels';

export function checkById(id: CheckId): CheckDefinition {
  const c = CHECKS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown check ${id}`);
  return c;
}

/** A profile made before buyers were detected is read as local government, the usual buyer. */
export const buyerOf = (profile: Pick<DocumentProfile, 'buyer'>) => profile.buyer ?? 'local-government';

/** The legal basis to cite for the document's place and buyer (lib/data/legal-basis.ts). */
export function legalBasisFor(
  check: CheckDefinition,
  profile: Pick<DocumentProfile, 'jurisdiction' | 'buyer'>,
): LegalBasisAnswer {
  return fromTable(check.id, profile.jurisdiction, buyerOf(profile));
}

/** "For local government (assumed)": whose duties the sources are read for. */
export function buyerLine(profile: Pick<DocumentProfile, 'buyer' | 'knownFrom'>): string {
  const how = profile.buyer ? knownFromLabel(profile.knownFrom?.buyer) : 'assumed';
  return `For ${BUYER_LABEL[buyerOf(profile)]} (${how})`;
}

/** "detected", "from the portal's address", "assumed" or "set by you": how a profile field was known. */
export function knownFromLabel(from: string | undefined): string {
  if (from === 'portal') return "from the portal's address";
  if (from === 'assumed') return 'assumed';
  if (from === 'user') return 'corrected';
  return 'detected';
}

/** The editors Insert writes into, by the names their makers use. */
export const EDITOR_LABEL: Record<string, string> = {
  textarea: 'text box',
  contenteditable: 'editor',
  ckeditor5: 'CKEditor 5',
  ckeditor4: 'CKEditor 4',
  tinymce: 'TinyMCE editor',
  quill: 'Quill editor',
};

/** "Weak → Strong" for a check: a change of status as people say it. */
export function statusChangeText(c: { id: CheckId; from: Status; to: Status }): string {
  return `${checkById(c.id).title}: ${STATUS_LABEL[c.from]} → ${STATUS_LABEL[c.to]}`;
}

const FIELD_WORDS: Record<string, string> = {
  overrides: 'status change',
  notes: 'note',
  reason: 'reason',
  status: 'status',
  title: 'title',
  url: 'page address',
  savedAt: 'date saved',
  result: 'scan',
};

/**
 * A validation message's field path in words: "(overrides.foi.reason)" becomes "(Freedom of Information,
 * status change: reason)". Paths it cannot name are dropped rather than shown.
 */
export function plainFieldMessage(message: string): string {
  return message.replace(/\s*\(([\w.-]+(?:\.[\w.-]+)+|[\w-]+)\)\s*$/, (_whole, path: string) => {
    const parts = path.split('.').map((p) => {
      const check = CHECKS.find((c) => c.id === p);
      return check ? check.title : FIELD_WORDS[p];
    });
    if (parts.some((p) => !p)) return '';
    const [first, ...rest] = parts as string[];
    const check = rest.find((p) => CHECKS.some((c) => c.title === p));
    const others = [first, ...rest].filter((p) => p !== check);
    return ` (${check ? `${check}, ` : ''}${others.join(': ')})`;
  });
}

/** A sentence that asks bidders something: it is a tender question, whatever the wording around it requires. */
const QUESTION_TO_BIDDERS = /^\s*(?:\(?\d+\)?\s*)?Question\b|\?["”’]?\s*$|\b(?:do|will|can) you confirm\b/i;

/**
 * How a quoted passage is introduced to a reader: "Binding", "Hollow", or "Tender question" for a question put
 * to bidders, which commits the winner only once the contract terms require it.
 */
export function evidenceLabel(ev: Pick<Evidence, 'text' | 'strength' | 'why'>): { kind: string; why: string } {
  if (QUESTION_TO_BIDDERS.test(ev.text))
    return {
      kind: 'Tender question',
      why:
        ev.strength === 'strong'
          ? 'bidders must commit to this to be considered; it holds the winner once the contract terms require it'
          : ev.why,
    };
  return { kind: ev.strength === 'strong' ? 'Binding' : 'Hollow', why: ev.why };
}

/** A UK statute, regulation or policy note named in model wording: "Equality Act 2010", "PPN 002", "TUPE". */
const UK_LAW_NAME =
  /\b(?:[A-Z][\w’'-]*|\([^()]*\))(?:\s+(?:[A-Z][\w’'-]*|of|and|for|\([^()]*\)))*?\s+(?:Act|Regulations|Order)\s+\d{4}\b|\bPPN\s*\d+(?:\/\d+)?\b|\bTUPE\b/g;

/** Every UK law a wording names, once each, in order. */
export function ukLawNamedIn(text: string): string[] {
  return [...new Set([...text.matchAll(UK_LAW_NAME)].map((m) => m[0].replace(/^(?:the|The)\s+/, '')))];
}

/**
 * Outside the UK and the EU, model wording that names UK law would cite law that does not apply there: the
 * reader is told which references to replace. Undefined where the wording's law applies or it names none.
 */
export function foreignLawCaution(text: string, jurisdiction: Jurisdiction): string | undefined {
  if (placeOf(jurisdiction)) return undefined;
  const named = ukLawNamedIn(text);
  if (!named.length) return undefined;
  const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0];
  return `This wording was written for the UK: ${list} ${named.length > 1 ? 'do' : 'does'} not apply here. Replace ${named.length > 1 ? 'those references' : 'that reference'} with the law of this place before using it.`;
}

/**
 * A clause filled with the Real Living Wage from a table whose newest rate is more than a year old says so, so a
 * letter or an insertion never passes an old rate off as current. Undefined when the wording names no such rate.
 */
export function staleRateNote(body: string, asOf: string, table: readonly WageRate[] = WAGE_RATES): string | undefined {
  if (!/\{rlw_(?:rate|london_rate|year)\}/.test(body) || !rateTableIsStale(asOf, table)) return undefined;
  const newest = newestRealLivingWage(table);
  const which = newest
    ? `the ${rateYear(newest)} rate, announced ${newest.announced}`
    : 'the newest rate Tenderlight knows';
  return `The Real Living Wage in this wording is ${which}, and is ${STALE_RATE_WARNING}; put the current rate in before using it.`;
}
