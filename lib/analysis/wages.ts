import type { AssessContext } from '../checks/types';
import { currentNationalLivingWage, currentRealLivingWage, WAGE_RATES, type WageRate } from '../data/wage-rates';

/** An hourly £ figure found in a sentence. */
export interface WageFigure {
  amount: number;
  index: number;
}

const HOURLY =
  /£\s?(\d{1,2}(?:\.\d{2})?)(?!\d|,\d|\s?(?:m|bn|k|million|billion)\b)(\s?(?:p\/?h|per hour|an hour|\/\s?h(?:ou)?r|ph)\b)?/gi;

/** £ figures between £5 and £30 written in pence or followed by "per hour": the range of hourly pay. */
export function hourlyFigures(sentence: string): WageFigure[] {
  const out: WageFigure[] = [];
  for (const m of sentence.matchAll(HOURLY)) {
    // a whole-pound figure is an hourly rate only when the text says "per hour" ("£12 an hour", not "£12 grant")
    if (!m[1]!.includes('.') && !m[2]) continue;
    const amount = Number(m[1]);
    if (amount >= 5 && amount <= 30) out.push({ amount, index: m.index ?? 0 });
  }
  return out;
}

/** Every table row a figure equals (to the penny). */
export function matchingRates(amount: number, table: readonly WageRate[] = WAGE_RATES): WageRate[] {
  return table.filter((r) => Math.abs(r.rate - amount) < 0.005);
}

/**
 * The table row a figure equals. When two rows share a figure (£9.50 was the 2020 Real Living Wage and
 * the 2022 statutory rate), the one in force nearest the document's date wins.
 */
export function matchRate(
  amount: number,
  asOf?: string,
  table: readonly WageRate[] = WAGE_RATES,
  named?: 'rlw',
): WageRate | undefined {
  const all = matchingRates(amount, table);
  // the text names the Foundation's rate beside the figure: of the rows it equals, that rate's (£10.85 was
  // London's in 2020 and is the 18-20 minimum in 2026; "the London Living Wage of £10.85" means the first)
  const rows = named && all.some((r) => r.kind === named) ? all.filter((r) => r.kind === named) : all;
  if (rows.length < 2 || !asOf) return rows[0];
  const distance = (r: WageRate) => Math.abs(Date.parse(r.effectiveFrom) - Date.parse(asOf));
  return [...rows].sort((a, b) => distance(a) - distance(b))[0];
}

export const money = (n: number) => `£${n.toFixed(2)}`;

/** What an hourly figure is, judged at the document's date. */
export type FigureVerdict =
  /** a Real Living Wage rate that was current at the document's date (or newer) */
  | { kind: 'real-living-wage'; row: WageRate }
  /** an older Real Living Wage rate, superseded by the document's date */
  | { kind: 'stale'; row: WageRate; current: WageRate }
  /** a statutory National Living / Minimum Wage rate */
  | { kind: 'statutory'; row: WageRate; current?: WageRate }
  /** an unlisted figure below the Real Living Wage of the time */
  | { kind: 'below'; current: WageRate; statutory?: WageRate }
  /** an unlisted figure at or above the Real Living Wage of the time */
  | { kind: 'at-or-above'; current?: WageRate };

/** Compares one hourly figure with the dated rate table at the document's date. */
export function judgeFigure(
  amount: number,
  area: 'uk' | 'london',
  asOf: string,
  table: readonly WageRate[] = WAGE_RATES,
  named?: 'rlw',
): FigureVerdict {
  const current = currentRealLivingWage(area, asOf, table) ?? currentRealLivingWage('uk', asOf, table);
  const row = matchRate(amount, asOf, table, named);
  if (row?.kind === 'rlw') {
    const sameArea = currentRealLivingWage(row.area, asOf, table);
    // a rate is stale only once its successor must be paid, not the day the successor is announced
    const superseded = table.some(
      (r) => r.kind === 'rlw' && r.area === row.area && r.announced > row.announced && r.effectiveFrom <= asOf,
    );
    return superseded && sameArea ? { kind: 'stale', row, current: sameArea } : { kind: 'real-living-wage', row };
  }
  if (row) return { kind: 'statutory', row, current };
  if (!current) return { kind: 'at-or-above' };
  if (amount + 0.005 < current.rate)
    return { kind: 'below', current, statutory: currentNationalLivingWage(asOf, table) };
  return { kind: 'at-or-above', current };
}

const YEAR = /\b(?:19[89]\d|20\d\d)\b/g;
/** A year after these words is when something ends or is due, not when the text was written. */
const LATER_YEAR = /\b(?:until|till|to|by|through|ending|expir\w*|end of|runs? to|extend\w* to)\s+(?:\w+\s+){0,2}$/i;
/** A year after these words is when something is due to begin: the text was written then or in the year before. */
const START_YEAR = /\b(?:begins?|starts?|commences?|(?:is |are )?due)\s+(?:\w+\s+){0,2}$/i;
/** A year in a statute's or policy's name dates the law, not the text citing it ("Procurement Act 2023"). */
const CITATION_YEAR =
  /\b(?:Act|Regulations?|Order|Directive|Rules|Measure|Code of Practice|Statement|Strategy|Guidance|Framework|PPN|SPPN|WPPN|Note)\s*(?:\(\w+\)\s*)?$/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Published: 16 July 2019", "Last updated 3/5/2016", "datePublished: 2015-02-10T23:44:22Z". */
const STATED_DATE =
  /\b(?:published|last updated|updated|posted|issued|date ?published|dated)\b\s*(?:on\s*)?:?\s*(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[/.](\d{1,2})[/.](\d{4})|(?:\w+day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4}))/i;

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The publication date a text states about itself, if it states one. */
function statedDate(text: string): string | undefined {
  const m = STATED_DATE.exec(text);
  if (!m) return undefined;
  if (m[1]) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  if (m[6]) return iso(Number(m[6]), Number(m[5]), Number(m[4]));
  const month = MONTHS.indexOf(m[8]!.toLowerCase()) + 1;
  return month ? iso(Number(m[9]), month, Number(m[7])) : undefined;
}

/**
 * The date a document most likely speaks from: the publication date it states, else mid-year of the
 * latest year it mentions (leaving out end dates such as "until 2030") when that is before `today`'s
 * year; otherwise `today`. Old news and minutes then meet the rates of their own time.
 */
export function estimateDocumentDate(text: string, today: string): string {
  return dateFromFacts(documentFacts(text, today), today);
}

/** What one stretch of text says about the document as a whole; the facts of a document's blocks combine. */
export interface DocumentFacts {
  /** the first publication date the text states about itself */
  stated?: string;
  /** the latest year mentioned that is not an end date, a start date, a citation or in the future (0 if none) */
  latestYear: number;
  /** the latest year something is said to begin in ("the new contract is to begin in April 2020"), 0 if none */
  startYear?: number;
  /** the text defines "the Living Wage" as the Living Wage Foundation's rate */
  definesLivingWageAsReal: boolean;
  /** the text is about the authority as an employer: its pay policy statement (Localism Act 2011 s.38), a page for its staff */
  ownEmployerText?: boolean;
}

/**
 * A pay policy statement (by law, Localism Act 2011 ss.38–39, about the authority's own employees), or a page for its
 * own staff titled as one ("Employee benefits", "Working for Lowmoor District Council", "Careers").
 */
const OWN_EMPLOYER_TEXT =
  /\bpay policy statements?\b|\bLocalism Act 2011\b[^.]{0,80}\b(?:section|sections|s\.|ss\.) ?3[89]\b|\b(?:section|s\.) ?38\b[^.]{0,40}\bLocalism Act\b|^\s*(?:employee benefits|staff benefits|(?:working|work|careers?|jobs) (?:for|at|with) (?:us|the (?:council|authority|trust)|[\w&'’ -]{2,60}?(?:Council|Trust|Authority|Board))|careers|benefits of working (?:for|at) [\w&'’ -]{2,60})\s*$/im;

export function documentFacts(text: string, today: string): DocumentFacts {
  const thisYear = Number(today.slice(0, 4));
  let latest = 0;
  let start = 0;
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[0]);
    if (y > thisYear || y <= latest) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
    if (LATER_YEAR.test(before) || CITATION_YEAR.test(before)) continue;
    if (START_YEAR.test(before)) {
      start = Math.max(start, y);
      continue;
    }
    if (/^\/\d+\/E[UC]\b/.test(text.slice((m.index ?? 0) + 4, (m.index ?? 0) + 12))) continue;
    latest = y;
  }
  return {
    stated: statedDate(text),
    latestYear: latest,
    startYear: start,
    definesLivingWageAsReal: definesLivingWageAsReal(text),
    ownEmployerText: OWN_EMPLOYER_TEXT.test(text),
  };
}

/** Facts of blocks in document order: the first stated date, the latest year, any definition. */
export function combineFacts(parts: readonly DocumentFacts[]): DocumentFacts {
  const out: DocumentFacts = { latestYear: 0, startYear: 0, definesLivingWageAsReal: false, ownEmployerText: false };
  for (const f of parts) {
    out.stated ??= f.stated;
    if (f.latestYear > out.latestYear) out.latestYear = f.latestYear;
    if ((f.startYear ?? 0) > (out.startYear ?? 0)) out.startYear = f.startYear;
    if (f.definesLivingWageAsReal) out.definesLivingWageAsReal = true;
    if (f.ownEmployerText) out.ownEmployerText = true;
  }
  return out;
}

/** estimateDocumentDate, from facts already gathered block by block. */
export function dateFromFacts(facts: DocumentFacts, today: string): string {
  const { stated } = facts;
  if (stated && /^\d{4}-\d{2}-\d{2}$/.test(stated) && !Number.isNaN(Date.parse(stated)))
    return stated < today ? stated : today;
  const thisYear = Number(today.slice(0, 4));
  // a start announced ahead is written then or in the year before: a year mentioned just before it dates the text
  const start = facts.startYear ?? 0;
  const year = start > facts.latestYear + 1 ? start : facts.latestYear;
  if (!year || year >= thisYear) return today;
  return `${year}-07-01`;
}

/** What the whole document says about pay terms, for judging one sentence of it. */
export interface WageContext extends AssessContext {
  /** the document defines "the Living Wage" as the Living Wage Foundation's rate, so the bare name is not vague */
  livingWageIsReal?: boolean;
}

const LIVING_WAGE_DEFINED_AS_REAL =
  /["“‘']?(?:the )?Living Wage["”’']? (?:means|shall mean|is defined as|refers to|is)\b[^.]{0,160}?\b(?:Living Wage Foundation|real Living Wage|Resolution Foundation)\b/i;

/** True when the text defines the Living Wage as the Real Living Wage, e.g. a contract's definitions clause. */
export function definesLivingWageAsReal(text: string): boolean {
  return LIVING_WAGE_DEFINED_AS_REAL.test(text);
}
