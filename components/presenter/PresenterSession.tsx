import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AnalysisSession } from '~/lib/analysis/analyse';
import { builtInClause } from '~/lib/clauses/library';
import { fillClause, rateValues } from '~/lib/clauses/placeholders';
import type { ExtractedPage } from '~/lib/extract/extract';
import { STATUS_LABEL } from '~/lib/report/describe';
import { today } from '~/lib/report/rows';
import { type StatusChange, statusChanges } from '~/lib/reviews/diff';
import { newReview, type Review } from '~/lib/reviews/review';
import {
  type DraftBlock,
  getDraft,
  latestReviewFor,
  putDraft,
  type ReviewsDb,
  resetDrafts,
  saveReview,
} from '~/lib/store/reviews-db';
import { CHECK_IDS, type CheckId, type ScanResult } from '~/lib/types';
import { ChangesBanner } from '../review/ChangesBanner';
import { type Demo, demoBlocks, demoPageTitle, demoUrl } from './demos';
import { blockElementAt, pasteOnlyText, rangesFor, readDraft, renderDraft, serialiseDraft } from './draft-dom';
import { FindingSlide } from './FindingSlide';

const HIGHLIGHT = 'tl-presenter-evidence';

/** Keys the presenter answers to when focus is not in the draft. */
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', 'n']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p']);

/** The findings a presenter steps through: every check that applies, in contract order. */
const findingSteps = (r: ScanResult | null) => r?.checks.filter((c) => c.status !== 'n/a') ?? [];

/** A full-tab session on one demo: the draft on the left, the current finding on the right, in large type. */
export function PresenterSession({ demo, db, onExit }: { demo: Demo; db: ReviewsDb; onExit: () => void }) {
  const editor = useRef<HTMLDivElement>(null);
  useEffect(() => (editor.current ? pasteOnlyText(editor.current) : undefined), []);
  const page = useRef<ExtractedPage | null>(null);
  const latest = useRef<ScanResult | null>(null);
  const analysis = useMemo(() => new AnalysisSession(), []);
  const [result, setResult] = useState<ScanResult | null>(null);
  const [currentId, setCurrentId] = useState<CheckId | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [lastChanges, setLastChanges] = useState<StatusChange[]>([]);
  const [saved, setSaved] = useState<Review | undefined>();
  const [message, setMessage] = useState('');
  const persistTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const analyse = useCallback(() => {
    if (!editor.current) return;
    const p = readDraft(editor.current);
    page.current = p;
    const a = analysis.update(p.text, p.blocks);
    const next: ScanResult = { source: demoUrl(demo.id), document: a.profile, checks: a.findings };
    const prev = latest.current;
    if (prev) {
      const changed = statusChanges({ result: prev }, next);
      if (changed.length) setLastChanges(changed);
    }
    latest.current = next;
    setResult(next);
  }, [analysis, demo.id]);

  // The draft is captured at once and written a moment later, so leaving the demo never loses the last edit.
  const pending = useRef<DraftBlock[] | null>(null);
  const writePending = useCallback(() => {
    clearTimeout(persistTimer.current);
    const blocks = pending.current;
    pending.current = null;
    if (blocks) putDraft(db, demo.id, blocks).catch(() => {});
  }, [db, demo.id]);
  const persist = useCallback(() => {
    if (!editor.current) return;
    pending.current = serialiseDraft(editor.current);
    clearTimeout(persistTimer.current);
    persistTimer.current = setTimeout(writePending, 300);
  }, [writePending]);

  useEffect(() => {
    let live = true;
    (async () => {
      const draft = await getDraft(db, demo.id);
      if (!live || !editor.current) return;
      renderDraft(editor.current, draft?.blocks ?? demoBlocks(demo.html));
      analyse();
      setSaved(await latestReviewFor(db, demoUrl(demo.id)));
    })();
    return () => {
      live = false;
      writePending();
    };
  }, [db, demo, analyse, writePending]);

  const steps = useMemo(() => findingSteps(result), [result]);
  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === currentId),
  );
  const current = steps[index];
  const clause = current?.suggestion ? builtInClause(current.suggestion) : undefined;

  // Keys act on refs, not on the last render: a presenter pressing faster than the screen redraws never
  // skips a finding or inserts wording for the wrong one.
  const currentRef = useRef<CheckId | null>(null);
  const select = useCallback((id: CheckId) => {
    currentRef.current = id;
    setCurrentId(id);
  }, []);
  const currentNow = useCallback(() => {
    const all = findingSteps(latest.current);
    return {
      all,
      at: Math.max(
        0,
        all.findIndex((s) => s.id === currentRef.current),
      ),
    };
  }, []);

  const go = useCallback(
    (by: number) => {
      const { all, at } = currentNow();
      if (!all.length) return;
      select(all[Math.min(all.length - 1, Math.max(0, at + by))]!.id);
      setRevealed(false);
    },
    [currentNow, select],
  );

  const insert = useCallback(() => {
    const { all, at } = currentNow();
    const finding = all[at];
    const model = finding?.suggestion ? builtInClause(finding.suggestion) : undefined;
    if (!finding || !model || !editor.current || !page.current) return;
    const filled = fillClause(model.body, {
      ...rateValues(today()),
      authority: demo.authority,
      contract: demo.contract,
      supplier: 'Supplier',
    });
    const p = editor.current.ownerDocument.createElement('p');
    p.className = 'inserted';
    p.textContent = filled.text;
    const last = finding.evidence.at(-1);
    const anchor = last ? blockElementAt(editor.current, page.current, last.start) : undefined;
    if (anchor) anchor.after(p);
    else editor.current.append(p);
    p.scrollIntoView({ block: 'center' });
    select(finding.id);
    analyse();
    persist();
  }, [currentNow, select, demo, analyse, persist]);

  const reset = useCallback(async () => {
    if (!editor.current) return;
    clearTimeout(persistTimer.current);
    pending.current = null;
    await resetDrafts(db, demo.id);
    renderDraft(editor.current, demoBlocks(demo.html));
    setLastChanges([]);
    setMessage('The demo is back to its original text.');
    analyse();
  }, [db, demo, analyse]);

  const save = useCallback(async () => {
    if (!result) return;
    try {
      const review = newReview(result, demoUrl(demo.id), demoPageTitle(demo));
      review.id = await saveReview(db, review);
      setSaved(review);
      setMessage('Review saved. It is listed in Saved reviews.');
    } catch (e) {
      setMessage(`The review was not saved: ${(e as Error).message}`);
    }
  }, [db, demo, result]);

  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      const t = ev.target as HTMLElement | null;
      if (ev.key === 'Escape' && t && editor.current?.contains(t)) {
        t.blur();
        editor.current.closest('main')?.querySelector<HTMLElement>('.slide h2')?.focus();
        return;
      }
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (t?.closest('[contenteditable], input, textarea, select')) return;
      const onButton = t?.tagName === 'BUTTON' || t?.tagName === 'A';
      if (NEXT.has(ev.key)) go(1);
      else if (PREVIOUS.has(ev.key)) go(-1);
      else if (ev.key === 'Home') go(-CHECK_IDS.length);
      else if (ev.key === 'End') go(CHECK_IDS.length);
      else if (ev.key === 'e' || ((ev.key === 'Enter' || ev.key === ' ') && !onButton)) setRevealed((r) => !r);
      else if (ev.key === 'i') insert();
      else return;
      ev.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, insert]);

  // The current finding's evidence is painted in the draft with the Highlight API: the draft's DOM is not touched.
  useEffect(() => {
    const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    if (!registry || typeof Highlight === 'undefined' || !page.current || !current) return;
    const ranges = current.evidence.flatMap((e) => rangesFor(page.current!, e));
    registry.set(HIGHLIGHT, new Highlight(...ranges));
    ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    return () => registry.delete(HIGHLIGHT);
  }, [current]);

  return (
    <div class="presenter">
      <header class="presenter-bar">
        <button type="button" onClick={onExit}>
          ← All demos
        </button>
        <h1>{demo.title}</h1>
        <p class="keys" aria-hidden="true">
          <kbd>←</kbd> <kbd>→</kbd> step · <kbd>E</kbd> explain · <kbd>I</kbd> insert wording
        </p>
        <button type="button" onClick={save} disabled={!result}>
          Save review
        </button>
        <button type="button" onClick={reset}>
          Reset demo
        </button>
      </header>
      <p class="presenter-message" role="status">
        {message}
      </p>
      <ChangesBanner saved={saved} current={result} />
      <main class="presenter-main">
        <div class="draft-column">
          <p class="draft-label" id="draft-label">
            Demo draft for {demo.authority} (fictional): edit it, or insert model wording
          </p>
          {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: a contenteditable region is exposed as a textbox */}
          <div
            ref={editor}
            class="draft"
            contentEditable
            aria-labelledby="draft-label"
            spellcheck={false}
            onInput={() => {
              analyse();
              persist();
            }}
          />
        </div>
        <div class="slide-column">
          <p class="live-change" aria-live="polite">
            {lastChanges.map((c) => (
              <span key={c.id} data-check={c.id}>
                {c.title}: {STATUS_LABEL[c.from]} → {STATUS_LABEL[c.to]}
              </span>
            ))}
          </p>
          {current && result ? (
            <FindingSlide
              finding={current}
              profile={result.document}
              position={index + 1}
              total={steps.length}
              revealed={revealed}
              clause={clause}
              onReveal={() => setRevealed((r) => !r)}
              onInsert={insert}
            />
          ) : (
            <p>Reading the draft…</p>
          )}
        </div>
      </main>
    </div>
  );
}
