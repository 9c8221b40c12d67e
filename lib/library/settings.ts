import * as v from 'valibot';
import { WAGE_RATES, type WageRate } from '../data/wage-rates';
import { type LibraryDb, libraryDb } from '../store/library-db';
import { BUYER_KINDS, CHECK_IDS, type CheckId, JURISDICTIONS } from '../types';
import { expected } from './clause-schema';
import type { Settings } from './types';

export const DEFAULT_SETTINGS: Settings = {
  defaultJurisdiction: 'england',
  defaultBuyer: 'local-government',
  authorityName: '',
  contractName: '',
  enabledChecks: [...CHECK_IDS],
  autoRunSites: [],
  wageRateOverrides: [],
};

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
const isoDate = v.pipe(v.string(), v.isoDate(expected('a date written like 2026-04-01')));

export const WageRateSchema = v.object({
  kind: v.picklist(['rlw', 'nlw', 'nmw'], expected('Real Living Wage, National Living Wage or National Minimum Wage')),
  area: v.picklist(['uk', 'london'], expected('UK or London')),
  rate: v.pipe(
    v.number(expected('an amount in pounds')),
    v.minValue(1, expected('an hourly rate in pounds, such as 13.45')),
    v.maxValue(100, expected('an hourly rate in pounds, such as 13.45')),
  ),
  announced: isoDate,
  effectiveFrom: isoDate,
  label: v.pipe(v.string(), v.trim(), v.minLength(1, 'needs a name, such as "Real Living Wage 2026-27"')),
  source: v.pipe(v.string(), v.trim(), v.minLength(1, 'needs a source, such as the announcement it comes from')),
  checkedOn: isoDate,
});

/** One schema per setting, so a damaged value falls back to its default without losing the others. */
const SETTING_SCHEMAS: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
  defaultJurisdiction: v.picklist(JURISDICTIONS, expected('a place Tenderlight knows')),
  defaultBuyer: v.picklist(BUYER_KINDS, expected('a kind of public body Tenderlight knows')),
  authorityName: v.pipe(v.string(), v.trim(), v.maxLength(200, 'is longer than 200 characters')),
  contractName: v.pipe(v.string(), v.trim(), v.maxLength(200, 'is longer than 200 characters')),
  enabledChecks: v.array(v.picklist(CHECK_IDS, expected("one of Tenderlight's checks"))),
  autoRunSites: v.array(v.pipe(v.string(), v.regex(HOST, expected('a web site name such as tenders.example.gov.uk')))),
  wageRateOverrides: v.array(WageRateSchema),
};

const SETTING_NAMES: Record<keyof Settings, string> = {
  defaultJurisdiction: 'Default place',
  defaultBuyer: 'Kind of public body',
  authorityName: 'Authority name',
  contractName: 'Contract name',
  enabledChecks: 'Checks',
  autoRunSites: 'Sites where Tenderlight runs by itself',
  wageRateOverrides: 'Wage rates',
};

/**
 * The user's settings, each checked on the way out of storage. Plain async function so the background
 * can read "enabled checks" and "sites where it runs by itself" without any UI code.
 */
export async function readSettings(db: LibraryDb = libraryDb()): Promise<Settings> {
  const rows = await db.settings.toArray();
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);
  for (const row of rows) {
    const schema = SETTING_SCHEMAS[row.key];
    if (!schema) continue;
    const parsed = v.safeParse(schema, row.value);
    if (parsed.success) (settings as unknown as Record<string, unknown>)[row.key] = parsed.output;
  }
  return settings;
}

export type SettingsSaveResult = { ok: true; settings: Settings } | { ok: false; problems: string[] };

/** Saves the given settings if every one is valid; otherwise saves nothing and says which are wrong. */
export async function saveSettings(db: LibraryDb, changes: Partial<Settings>): Promise<SettingsSaveResult> {
  const problems: string[] = [];
  const rows: { key: keyof Settings; value: unknown }[] = [];
  for (const [key, value] of Object.entries(changes) as [keyof Settings, unknown][]) {
    const parsed = v.safeParse(SETTING_SCHEMAS[key], value);
    if (parsed.success) rows.push({ key, value: parsed.output });
    else problems.push(`${SETTING_NAMES[key]}: ${describeIssue(parsed.issues[0], value)}`);
  }
  if (problems.length) return { ok: false, problems };
  await db.settings.bulkPut(rows as never);
  return { ok: true, settings: await readSettings(db) };
}

function describeIssue(issue: v.BaseIssue<unknown>, value: unknown): string {
  const index = issue.path?.find((p) => typeof p.key === 'number')?.key;
  if (typeof index !== 'number' || !Array.isArray(value)) return issue.message;
  const field = issue.path?.at(-1)?.key;
  return `row ${index + 1}${typeof field === 'string' ? ` (${field})` : ''} ${issue.message}`;
}

/** Turns what a user typed or pasted ("https://Tenders.Example.gov.uk/x") into a host name, or null. */
export function siteHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
    return HOST.test(host) ? host : null;
  } catch {
    return null;
  }
}

const rateKey = (r: WageRate) => `${r.kind}|${r.area}|${r.announced}`;

/** The shipped table with the user's rows laid over it: a user row replaces the shipped row it matches. */
export function effectiveWageRates(settings: Pick<Settings, 'wageRateOverrides'>): WageRate[] {
  const own = new Map(settings.wageRateOverrides.map((r) => [rateKey(r), r]));
  const shipped = WAGE_RATES.filter((r) => !own.has(rateKey(r)));
  return [...shipped, ...own.values()].sort(
    (a, b) => b.announced.localeCompare(a.announced) || a.kind.localeCompare(b.kind) || a.area.localeCompare(b.area),
  );
}

/** Whether a row of the effective table is the user's (edited or added) rather than shipped. */
export function isOwnRate(rate: WageRate, settings: Pick<Settings, 'wageRateOverrides'>): boolean {
  return settings.wageRateOverrides.some((r) => rateKey(r) === rateKey(rate));
}

/** The checks the user switched off, in the form the analysis core takes (`AnalyseOptions.disabledChecks`). */
export function disabledChecks(settings: Pick<Settings, 'enabledChecks'>): CheckId[] {
  return CHECK_IDS.filter((id) => !settings.enabledChecks.includes(id));
}
