import { useMemo, useState } from 'preact/hooks';
import { answerUpdateOffer, restoreBuiltIns, updateOffers } from '~/lib/library/built-ins';
import {
  blankClause,
  type ClauseFilter,
  copyClause,
  deleteClause,
  filterClauses,
  listClauses,
  saveUserClause,
} from '~/lib/library/clauses';
import { placeholderValues, today } from '~/lib/library/placeholder-values';
import type { LibraryClause, Settings } from '~/lib/library/types';
import type { LibraryDb } from '~/lib/store/library-db';
import { ClauseDetail } from './ClauseDetail';
import { ClauseEditor } from './ClauseEditor';
import { ClauseFilters } from './ClauseFilters';
import { ClauseList } from './ClauseList';
import { ImportExport } from './ImportExport';
import { useLiveQuery } from './useLiveQuery';

type Pane = { kind: 'view'; id: string | null } | { kind: 'edit'; draft: LibraryClause; problems: string[] };

/** The clause library: filter and read on the left, view or edit on the right, sharing below. */
export function LibraryPage({ db, settings }: { db: LibraryDb; settings: Settings }) {
  const live = useLiveQuery(() => listClauses(db), [db]);
  const [filter, setFilter] = useState<ClauseFilter>({});
  const [pane, setPane] = useState<Pane>({ kind: 'view', id: null });
  const [notice, setNotice] = useState('');
  const values = useMemo(() => placeholderValues(settings, today()), [settings]);
  const clauses = live.state === 'ready' ? live.value : [];
  const offers = useMemo(() => updateOffers(clauses, db.builtIns), [clauses, db]);

  if (live.state === 'loading') return <p>Opening your clause library…</p>;
  if (live.state === 'failed')
    return <p role="alert">The clause library could not be opened: {live.message}. Nothing has been changed.</p>;

  const shown = filterClauses(clauses, filter);
  const selected = pane.kind === 'view' ? clauses.find((c) => c.id === pane.id) : undefined;

  async function copy(id: string) {
    const made = await copyClause(db, id, { jurisdiction: settings.defaultJurisdiction, buyer: settings.defaultBuyer });
    if (made) setPane({ kind: 'edit', draft: made, problems: [] });
  }
  async function save(draft: LibraryClause) {
    const result = await saveUserClause(db, draft);
    if (result.ok) {
      setPane({ kind: 'view', id: result.clause.id });
      setNotice(`Saved “${result.clause.title}”.`);
    } else setPane({ kind: 'edit', draft, problems: result.problems });
  }
  async function remove(clause: LibraryClause) {
    const builtIn = clause.origin === 'built-in';
    const question = builtIn
      ? `Hide the built-in “${clause.title}”? “Restore built-ins” brings it back.`
      : `Delete your clause “${clause.title}”? This cannot be undone.`;
    if (!confirm(question)) return;
    await deleteClause(db, clause.id);
    setPane({ kind: 'view', id: null });
    setNotice(builtIn ? `Hid “${clause.title}”.` : `Deleted “${clause.title}”.`);
  }
  async function restore() {
    const restored = await restoreBuiltIns(db);
    setNotice(
      restored ? `Restored ${restored} built-in clause(s).` : 'All built-in clauses are already in your library.',
    );
  }

  return (
    <div class="tl-library">
      <div class="tl-library-toolbar">
        <ClauseFilters filter={filter} onChange={setFilter} />
        <div class="tl-actions">
          <button
            type="button"
            onClick={() => setPane({ kind: 'edit', draft: blankClause(filter.checkId || 'living-wage'), problems: [] })}
          >
            Add a clause
          </button>
          <button type="button" onClick={restore}>
            Restore built-ins
          </button>
        </div>
      </div>
      <p role="status" class="tl-ok">
        {notice}
      </p>
      <p class="tl-muted">
        {shown.length} of {clauses.length} clauses
      </p>
      <div class="tl-library-panes">
        <ClauseList
          clauses={shown}
          selectedId={selected?.id ?? null}
          offeredIds={new Set(offers.map((o) => o.copy.id))}
          onSelect={(id) => setPane({ kind: 'view', id })}
        />
        <div class="tl-library-detail">
          {pane.kind === 'edit' ? (
            <ClauseEditor
              key={pane.draft.id}
              initial={pane.draft}
              values={values}
              problems={pane.problems}
              onSave={save}
              onCancel={() =>
                setPane({ kind: 'view', id: clauses.some((c) => c.id === pane.draft.id) ? pane.draft.id : null })
              }
            />
          ) : selected ? (
            <ClauseDetail
              clause={selected}
              values={values}
              place={{ jurisdiction: settings.defaultJurisdiction, buyer: settings.defaultBuyer }}
              offer={offers.find((o) => o.copy.id === selected.id)}
              onCopy={() => copy(selected.id)}
              onEdit={() => setPane({ kind: 'edit', draft: selected, problems: [] })}
              onDelete={() => remove(selected)}
              onAnswerOffer={(answer) => answerUpdateOffer(db, selected.id, answer)}
            />
          ) : (
            <p class="tl-muted">Choose a clause to read it with your details filled in.</p>
          )}
        </div>
      </div>
      <ImportExport db={db} clauses={clauses} exportedBy={settings.authorityName} />
    </div>
  );
}
