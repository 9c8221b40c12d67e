import type { CheckId } from '../types';
import { STATUS_LABEL } from './describe';
import { quote, type ReportInput, type ReportOptions, type ReportRow, reportRows, today } from './rows';

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
  /** the checks the rep chose to raise; default every missing or weak one */
  only?: readonly CheckId[];
}

/** The checks a letter can raise: what the reader sees as missing or weak, headline checks first (contract order). */
export function letterConcerns(input: ReportInput, opts: ReportOptions = {}): ReportRow[] {
  return reportRows(input, opts).filter((r) => r.status === 'missing' || r.status === 'weak');
}

/**
 * A plain-text letter from a union rep to the commissioner, ready to paste into an email or print:
 * for each missing or weak check, the quoted evidence, why it matters, the legal basis and the wording asked for.
 */
export function letterReport(input: ReportInput, parties: LetterParties = {}, opts: LetterOptions = {}): string {
  const asOf = opts.asOf ?? today();
  const authority = parties.authority?.trim() || 'the Authority';
  const recipient = parties.recipient?.trim() || 'the Commissioning Manager';
  const sender = parties.sender?.trim() || '[Your name]';
  const organisation = parties.organisation?.trim();
  const title = quote(input.title || input.result.source);
  const url = input.url ?? input.result.source;
  const raisable = letterConcerns(input, {
    ...opts,
    asOf,
    values: { contract: 'the contract', supplier: 'Supplier', ...opts.values, authority },
  });
  const concerns = raisable.filter((r) => !opts.only || opts.only.includes(r.check.id));
  const on = organisation ? ` on behalf of ${organisation}` : '';
  const lines: string[] = [];
  lines.push(longDate(asOf), '', `To: ${recipient}`);
  if (parties.authority?.trim()) lines.push(authority);
  lines.push('', `Re: ${title}`);
  if (url !== title) lines.push(url);
  // "Ms R. Okafor, Head of Commissioning" is addressed as "Dear Ms R. Okafor"; no name gives the role.
  const salutation = parties.recipient?.trim() ? recipient.split(',')[0]!.trim() : 'Commissioning Manager';
  lines.push('', `Dear ${salutation},`, '');
  if (!concerns.length && raisable.length) {
    lines.push(
      `I am writing${on} about the document above. We have reviewed it for Real Living Wage, social value, Freedom of Information and fair-work provisions and will write again with the points we wish to raise.`,
      '',
    );
  } else if (!concerns.length) {
    lines.push(
      `I am writing${on} about the document above. We have reviewed it for Real Living Wage, social value, Freedom of Information and fair-work provisions and found each of them secured. Thank you; we would be glad to see the same standard carried into the contract and monitored through its life.`,
      '',
    );
  } else {
    lines.push(
      `I am writing${on} about the document above. We have reviewed it for Real Living Wage, social value, Freedom of Information and fair-work provisions. ${concerns.length === 1 ? 'One provision is' : `${concerns.length} provisions are`} missing or too weak to be enforced. For each we set out what the document says, why it matters, the legal basis on which ${authority} can require it, and the wording we ask you to include.`,
      '',
    );
    concerns.forEach((r, i) => {
      lines.push(`${i + 1}. ${r.check.title} (${STATUS_LABEL[r.status].toLowerCase()})`, '');
      if (r.status === 'missing' || !r.evidence.length) lines.push('The document says nothing that secures this.');
      else {
        lines.push('The document says:');
        for (const e of r.evidence) lines.push(`   "${quote(e.text)}"`, `   (${e.why})`);
      }
      if (r.override && r.override.status !== r.detected) lines.push(`Our assessment: ${quote(r.override.reason)}`);
      if (r.note) lines.push(`Our comment: ${quote(r.note)}`);
      lines.push('', `Why it matters: ${r.check.explanation}`, '', 'Legal basis:');
      if (!r.legalBasis.covered) lines.push(`   ${r.legalBasis.message}`);
      else for (const s of r.legalBasis.sources) lines.push(`   - ${s.title}: ${s.effect} (${s.url})`);
      if (r.wording) {
        lines.push('', 'We ask that the following wording be included:', `   "${r.wording.text}"`);
      }
      lines.push('');
    });
    lines.push(
      `We would be grateful for your reply by ${longDate(addDays(asOf, parties.replyWithinDays ?? 14))}, and for a meeting to discuss these points before the contract terms are finalised.`,
      '',
    );
  }
  lines.push('Yours sincerely,', '', sender);
  if (organisation) lines.push(organisation);
  return `${lines.join('\n')}\n`;
}
