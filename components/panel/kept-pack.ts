import { MAX_EVIDENCE_TEXT, packKey, parseMessage, type StoredPack, StoredPackSchema } from '@/lib/messages/schemas';
import type { PackPart } from '@/lib/pack/verdict';
import type { DocumentStep } from './use-tender-pack';

const area = () => browser.storage.session ?? browser.storage.local;

/** The documents already read for this page, kept while the tab shows it, so a closed panel loses nothing. */
export async function restoredSteps(tabId: number, pageUrl: string): Promise<Record<string, DocumentStep>> {
  const key = packKey(tabId);
  const all: Record<string, unknown> = await area()
    .get(key)
    .catch(() => ({}));
  const raw = all[key];
  const stored = raw === undefined ? undefined : parseMessage(StoredPackSchema, raw, 'panel: stored pack');
  if (!stored || stored.url !== pageUrl) return {};
  const steps: Record<string, DocumentStep> = {};
  for (const r of stored.read)
    steps[r.url] = {
      step: 'read',
      part: { name: r.name, kind: 'document', url: r.url, result: r.result, ...(r.source ? { source: r.source } : {}) },
      ...(r.scannedPages?.length ? { scannedPages: r.scannedPages } : {}),
      ...(r.problem ? { problem: r.problem } : {}),
    };
  for (const f of stored.failed)
    steps[f.url] = {
      step: 'failed',
      message: f.error,
      ...(f.password ? { password: f.password } : {}),
      ...(f.scanned ? { scanned: true } : {}),
    };
  return steps;
}

/** A passage quoted in full could be a whole run-on page; the kept copy cuts the quote as the page's state does. */
function quotedShort(result: PackPart['result']): PackPart['result'] {
  const cut = (t: string) => (t.length > MAX_EVIDENCE_TEXT ? `${t.slice(0, MAX_EVIDENCE_TEXT - 1)}…` : t);
  return {
    ...result,
    checks: result.checks.map((c) => ({ ...c, evidence: c.evidence.map((e) => ({ ...e, text: cut(e.text) })) })),
  };
}

export function toStored(pageUrl: string, steps: Readonly<Record<string, DocumentStep>>): StoredPack {
  const stored: StoredPack = { url: pageUrl, read: [], failed: [] };
  for (const [url, s] of Object.entries(steps)) {
    if (s.step === 'read')
      stored.read.push({
        url,
        name: s.part.name,
        result: quotedShort(s.part.result),
        ...(s.part.source ? { source: s.part.source } : {}),
        ...(s.scannedPages?.length ? { scannedPages: s.scannedPages } : {}),
        ...(s.problem ? { problem: s.problem } : {}),
      } as StoredPack['read'][number]);
    else if (s.step === 'failed')
      stored.failed.push({
        url,
        name: (url.split('/').pop() ?? url).slice(0, 300),
        error: s.message,
        ...(s.password ? { password: s.password } : {}),
        ...(s.scanned ? { scanned: true } : {}),
      });
  }
  return stored;
}

/** Keeps the settled documents of the tab's page. */
export function keepPack(tabId: number, pageUrl: string, steps: Readonly<Record<string, DocumentStep>>) {
  return area().set({ [packKey(tabId)]: toStored(pageUrl, steps) });
}
