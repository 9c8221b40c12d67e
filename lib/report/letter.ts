import { citeLocation } from '../documents/assemble';
import type { CheckId } from '../types';
import { STATUS_LABEL } from './describe';
import { memberName, notAddressed } from './pack';
import { ocrCaution, quote, type ReportInput, type ReportOptions, type ReportRow, reportRows, today } from './rows';

/** Who the letter is from and to; every field has a sensible default so the letter is complete without them. */
export interface LetterParties {
  /** e.g. "Ms A. Patel, Commissioning Manager"; default "the Commissioning Manager" */
  recipient?: string;
  /** the contracting authority, also filled into the model wording; default "the Authority" */
  authority?: string;
  /** the writer's name; default "[Your name]" is left visible on purpose */
  sender?: string;
  /** the writer's union branch or organisation */
  organisation?: string;
  /** days the authority is asked to reply within; default 14 */
  replyWithinDays?: number;
}

const addDays = (isoDate: string, days: number) => {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const longDate = (isoDate: string) =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

export interface LetterOptions extends ReportOptions {
  /** the checks the rep chose to raise; default the headline checks and the checks the rep marked */
  only?: readonly CheckId[];
}

/** The three checks the product exists for: a letter raises them whenever they are missing or weak. */
export const HEADLINE_CHECKS: readonly CheckId[] = ['living-wage', 'social-value', 'foi'];

/** The checks a letter can raise: what the reader sees as missing or weak, headline checks first (contract order). */
export function letterConcerns(input: ReportInput, opts: ReportOptions = {}): ReportRow[] {
  return reportRows(input, opts).filter((r) => r.status === 'missing' || r.status === 'weak');
}

/** What a letter raises unless the rep chooses: the headline checks, and any check the rep noted or re-assessed. */
export function defaultLetterPoints(input: ReportInput, opts: ReportOptions = {}): CheckId[] {
  return letterConcerns(input, opts)
    .filter((r) => HEADLINE_CHECKS.includes(r.check.id) || r.note || (r.override && r.override.status !== r.detected))
    .map((r) => r.check.id);
}

const WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const countWord = (n: number) => WORDS[n] ?? String(n);

/** "Every worker on the contract … is paid" → "every worker on the contract … is paid", to follow "We ask that". */
const asClause = (summary: string) => summary.charAt(0).toLowerCase() + summary.slice(1);

/**
 * A plain-text letter from a union rep to the commissioner, meant to fit on about two pages: one short paragraph
 * per point (what the document says, in one quotation; what we ask; the one legal basis that applies to this
 * buyer), and the full model wording in an annex.
 */
export function letterReport(input: ReportInput, parties: LetterParties = {}, opts: LetterOptions = {}): string {
  const asOf = opts.asOf ?? today();
  const authority = parties.authority?.trim() || 'the Authority';
  const recipient = parties.recipient?.trim() || 'the Commissioning Manager';
  const sender = parties.sender?.trim() || '[Your name]';
  const organisation = parties.organisation?.trim();
  const title = quote(input.title || input.result.source);
  const url = input.url ?? input.result.source;
  const rowOpts = {
    ...opts,
    asOf,
    values: { contract: 'the contract', supplier: 'Supplier', ...opts.values, authority },
  };
  const raisable = letterConcerns(input, rowOpts);
  const only = opts.only ?? defaultLetterPoints(input, rowOpts);
  const concerns = raisable.filter((r) => only.includes(r.check.id));
  const on = organisation ? ` on behalf of ${organisation}` : '';
  // a pack names its documents, so the commissioner knows the review read them, not only the notice
  const docs = input.pack?.filter((m) => m.kind === 'document' && !m.error).map(memberName) ?? [];
  const subject = docs.length ? `the tender above and its documents (${docs.join(', ')})` : 'the document above';
  const says = docs.length ? 'The tender says' : 'The document says';
  const lines: string[] = [];
  lines.push(longDate(asOf), '', `To: ${recipient}`);
  if (parties.authority?.trim()) lines.push(authority);
  lines.push('', `Re: ${title}`);
  if (url !== title) lines.push(url);
  // "Ms R. Okafor, Head of Commissioning" is addressed as "Dear Ms R. Okafor"; no name gives the role.
  const salutation = parties.recipient?.trim() ? recipient.split(',')[0]!.trim() : 'Commissioning Manager';
  lines.push('', `Dear ${salutation},`, '');
  const topics = 'Real Living Wage, social value, Freedom of Information and fair-work provisions';
  if (!concerns.length && raisable.length) {
    lines.push(
      `I am writing${on} about ${subject}. We have reviewed it for ${topics} and will write again with the points we wish to raise.`,
      '',
    );
  } else if (!concerns.length) {
    lines.push(
      `I am writing${on} about ${subject}. We have reviewed it for ${topics} and found each of them secured. Thank you; we would be glad to see the same standard carried into the contract and monitored through its life.`,
      '',
    );
  } else {
    lines.push(
      `I am writing${on} about ${subject}. We have reviewed it for ${topics}. ${concerns.length === 1 ? 'One point needs' : `${countWord(concerns.length)} points need`} your attention before the contract is let; for each we say what the document says, what we ask, and the legal basis. Model wording for each is in the annex.`,
      '',
    );
    // quotes read by OCR may misread a word: the commissioner is told before reading them
    const ocr = ocrCaution(input);
    if (ocr) lines.push(`${ocr.replace(/: check quotes/, ', so please check our quotations')}`, '');
    const annex: string[] = [];
    concerns.forEach((r, i) => {
      lines.push(`${i + 1}. ${r.check.title} (${STATUS_LABEL[r.status].toLowerCase()})`);
      const first = r.evidence[0];
      if (r.status === 'missing' || !first) lines.push(notAddressed(input.pack));
      else
        lines.push(
          `${says}${first.location ? ` (${citeLocation(first.location)})` : ''}: "${quote(first.text)}" (${first.why}).`,
        );
      if (r.override && r.override.status !== r.detected) lines.push(`Our assessment: ${quote(r.override.reason)}`);
      if (r.note) lines.push(`Our comment: ${quote(r.note)}`);
      const annexRef = r.wording ? ` Suggested wording is in annex ${i + 1}.` : '';
      lines.push(`We ask that the contract secures this: ${asClause(r.check.summary)}${annexRef}`);
      if (!r.legalBasis.covered) lines.push(`Legal basis: ${r.legalBasis.message}`);
      else {
        const basis = r.legalBasis.sources[0];
        if (basis) lines.push(`Legal basis: ${basis.title}. ${basis.effect}`);
      }
      lines.push('');
      if (r.clause && r.wording)
        annex.push(
          `${i + 1}. ${r.check.title}: ${r.clause.title}`,
          `   "${r.wording.text}"`,
          ...(r.caution ? [`   (${r.caution})`] : []),
          ...(r.rateNote ? [`   (${r.rateNote})`] : []),
          '',
        );
    });
    lines.push(
      `We would be grateful for your reply by ${longDate(addDays(asOf, parties.replyWithinDays ?? 14))}, and for a meeting to discuss these points before the contract terms are finalised.`,
      '',
    );
    lines.push('Yours sincerely,', '', sender);
    if (organisation) lines.push(organisation);
    if (annex.length) lines.push('', '', 'Annex: model wording', '', ...annex);
    return `${lines.join('\n').trimEnd()}\n`;
  }
  lines.push('Yours sincerely,', '', sender);
  if (organisation) lines.push(organisation);
  return `${lines.join('\n')}\n`;
}
