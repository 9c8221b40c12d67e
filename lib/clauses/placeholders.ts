import { money } from '../analysis/wages';
import { currentRealLivingWage, rateYear, WAGE_RATES, type WageRate } from '../data/wage-rates';

/** Values a model clause's {placeholders} are filled from. */
export interface PlaceholderValues {
  authority?: string;
  contract?: string;
  supplier?: string;
  [key: string]: string | undefined;
}

export interface FilledClause {
  text: string;
  /** placeholders with no value: shown to the user, never inserted as braces silently */
  unfilled: string[];
}

const PLACEHOLDER = /\{([a-z_]+)\}/g;

export function placeholdersIn(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** The rate placeholders every clause can use, from the (possibly user-edited) rate table. */
export function rateValues(asOf: string, table: readonly WageRate[] = WAGE_RATES): PlaceholderValues {
  const uk = currentRealLivingWage('uk', asOf, table);
  const london = currentRealLivingWage('london', asOf, table);
  return {
    rlw_rate: uk ? money(uk.rate) : undefined,
    rlw_london_rate: london ? money(london.rate) : undefined,
    rates_effective: uk ? uk.effectiveFrom : undefined,
    rlw_year: uk ? rateYear(uk) : undefined,
  };
}

/** Fills known placeholders; unknown or empty ones stay in the text and are listed in `unfilled`. */
export function fillClause(body: string, values: PlaceholderValues): FilledClause {
  const unfilled: string[] = [];
  const text = body.replace(PLACEHOLDER, (whole, name: string) => {
    // own keys only: "{constructor}" must not read Object.prototype.constructor
    const v = Object.hasOwn(values, name) ? values[name] : undefined;
    if (v === undefined || v.trim() === '') {
      if (!unfilled.includes(name)) unfilled.push(name);
      return whole;
    }
    return v;
  });
  return { text, unfilled };
}

/** Every placeholder model wording may use, and where its value comes from. */
export const KNOWN_PLACEHOLDERS: Readonly<Record<string, string>> = {
  authority: 'the authority name in Settings',
  contract: 'the contract name in Settings, or the title of the page being checked',
  supplier: "the supplier's name, where the page gives it",
  rlw_rate: 'the newest Real Living Wage (UK) in the wage-rate table',
  rlw_london_rate: 'the newest London Living Wage in the wage-rate table',
  rates_effective: 'the date the newest Real Living Wage must be paid from',
  rlw_year: 'the year of the newest Real Living Wage in the wage-rate table, e.g. 2025-26',
  wage_floor: 'the hourly wage floor where the work is done, typed in when the clause is inserted',
};

/** Brace groups that are not a known placeholder ("{authorty}", "{ Authority }"): shown to the user as mistakes. */
export function unknownPlaceholders(body: string): string[] {
  const found = [...body.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
  return [...new Set(found.filter((name) => !Object.hasOwn(KNOWN_PLACEHOLDERS, name)))];
}
