import { WAGE_RATES, type WageRate } from '../data/wage-rates';

/** An hourly £ figure found in a sentence. */
export interface WageFigure {
  amount: number;
  index: number;
}

const HOURLY = /£\s?(\d{1,2}\.\d{2})(?:\s?(?:p\/?h|per hour|an hour|\/\s?h(?:ou)?r|ph)\b)?/gi;

/** £ figures between £5 and £30, the range of hourly pay. */
export function hourlyFigures(sentence: string): WageFigure[] {
  const out: WageFigure[] = [];
  for (const m of sentence.matchAll(HOURLY)) {
    const amount = Number(m[1]);
    if (amount >= 5 && amount <= 30) out.push({ amount, index: m.index ?? 0 });
  }
  return out;
}

/** The table row a figure equals (to the penny), if any. */
export function matchRate(amount: number, table: readonly WageRate[] = WAGE_RATES): WageRate | undefined {
  return table.find((r) => Math.abs(r.rate - amount) < 0.005);
}

export const money = (n: number) => `£${n.toFixed(2)}`;
