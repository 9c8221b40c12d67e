import { liveQuery } from 'dexie';
import { type AnalyseOptions, AnalysisSession } from '@/lib/analysis/analyse';
import { DEFAULT_SETTINGS, disabledChecks, effectiveWageRates, readSettings } from '@/lib/library/settings';
import type { Settings } from '@/lib/library/types';
import { type Analysis, decodeBlocks, MAX_EVIDENCE_TEXT, type PageText } from '@/lib/messages/schemas';
import { hasReadableText } from '@/lib/text/readable';
import type { TextBlock } from '@/lib/text/segment';
import type { ClauseFinding, ScanResult } from '@/lib/types';
import { readOverride, readState, writeState } from './tab-state';

// Per-tab sessions keep block results between edits; losing them (worker restart) only costs one full pass.
const sessions = new Map<number, { session: AnalysisSession; key: string }>();

let settingsNow: Promise<Settings> | undefined;

/** The settings as last written; Dexie's liveQuery tells the worker when the options page changes them. */
function currentSettings(): Promise<Settings> {
  if (!settingsNow) {
    // a damaged or unavailable store must not stop the scan: fall back to the shipped defaults
    settingsNow = readSettings().catch(() => DEFAULT_SETTINGS);
    liveQuery(() => readSettings()).subscribe({
      next: (s) => {
        settingsNow = Promise.resolve(s);
      },
      error: () => {
        settingsNow = undefined;
      },
    });
  }
  return settingsNow;
}

/** The user's corrections and settings: checks switched off and their own wage-rate table. */
export async function optionsFor(override: object | null, pageUrl?: string): Promise<AnalyseOptions> {
  const settings = await currentSettings();
  return {
    ...(override ? { profile: override } : {}),
    ...(pageUrl ? { pageUrl } : {}),
    disabledChecks: disabledChecks(settings),
    defaultJurisdiction: settings.defaultJurisdiction,
    wageRates: settings.wageRateOverrides.length ? effectiveWageRates(settings) : undefined,
  };
}

function sessionFor(tabId: number, opts: AnalyseOptions): AnalysisSession {
  const key = JSON.stringify(opts);
  const held = sessions.get(tabId);
  if (held && held.key === key) return held.session;
  const session = new AnalysisSession(opts);
  sessions.set(tabId, { session, key });
  return session;
}

export function forgetTab(tabId: number) {
  sessions.delete(tabId);
}

/** Analyses a page's text (only the blocks that changed since the last call), stores and returns the result. */
export async function analysePage(tabId: number, page: PageText): Promise<Analysis | undefined> {
  const spans = decodeBlocks(page.blocks, page.text.length);
  if (!spans) {
    console.warn('[tenderlight] dropped page text with a malformed block or one outside the text');
    return undefined;
  }
  const blocks: TextBlock[] = spans.map((b) => ({ ...b, text: page.text.slice(b.start, b.end) }));
  const override = await readOverride(page.url);
  if (!hasReadableText(page.text)) return nothingToCheck(tabId, page, override);
  const analysis = sessionFor(tabId, await optionsFor(override, page.url)).update(page.text, blocks);
  const checks = quoteShort(analysis.findings);
  const result: ScanResult = { source: page.url, document: analysis.profile, checks };
  const before = await readState(tabId);
  await writeState({
    tabId,
    url: page.url,
    title: page.title,
    version: page.version,
    result,
    override,
    scope: 'page',
    editable: page.editable,
    at: Date.now(),
    scans: (before?.scans ?? 0) + 1,
    ...(page.truncated ? { checkedWords: countWords(page.text) } : {}),
  });
  return { type: 'analysis', version: page.version, checks };
}

/** A page with no readable text: no verdicts (a "missing" list would be false), and the panel says so. */
async function nothingToCheck(tabId: number, page: PageText, override: Awaited<ReturnType<typeof readOverride>>) {
  forgetTab(tabId);
  const before = await readState(tabId);
  const { profile } = new AnalysisSession(await optionsFor(override, page.url)).update('', []);
  await writeState({
    tabId,
    url: page.url,
    title: page.title,
    version: page.version,
    result: { source: page.url, document: profile, checks: [] },
    override,
    scope: 'page',
    editable: page.editable,
    at: Date.now(),
    scans: (before?.scans ?? 0) + 1,
    unreadable: 'empty',
  });
  return { type: 'analysis' as const, version: page.version, checks: [] };
}

/** The tab shows a PDF in the browser's viewer: it is read as a document in the reader, not as a page. */
export async function pdfInTab(tabId: number, url: string, title: string) {
  forgetTab(tabId);
  const before = await readState(tabId);
  const override = await readOverride(url);
  const { profile } = new AnalysisSession(await optionsFor(override, url)).update('', []);
  await writeState({
    tabId,
    url,
    title,
    version: 0,
    result: { source: url, document: profile, checks: [] },
    override,
    scope: 'page',
    editable: false,
    at: Date.now(),
    scans: (before?.scans ?? 0) + 1,
    unreadable: 'pdf',
  });
  return { ok: true };
}

/** A passage quoted in full could be a whole 250,000-character "sentence": the quote is cut, the offsets are kept. */
export function quoteShort(findings: readonly ClauseFinding[]): ClauseFinding[] {
  return findings.map((f) =>
    f.evidence.some((e) => e.text.length > MAX_EVIDENCE_TEXT)
      ? {
          ...f,
          evidence: f.evidence.map((e) =>
            e.text.length > MAX_EVIDENCE_TEXT ? { ...e, text: `${e.text.slice(0, MAX_EVIDENCE_TEXT - 1)}…` } : e,
          ),
        }
      : f,
  );
}

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}
