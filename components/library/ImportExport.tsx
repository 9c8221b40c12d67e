import { useRef, useState } from 'preact/hooks';
import type { ClauseEntry } from '~/lib/library/clause-schema';
import {
  type ExportScope,
  exportFileName,
  exportLibraryFile,
  fileSizeProblem,
  LIBRARY_FILE_LIMITS,
} from '~/lib/library/file-format';
import { type DuplicateChoice, type ImportPlan, importEntries, prepareImport } from '~/lib/library/import';
import type { LibraryClause } from '~/lib/library/types';
import type { LibraryDb } from '~/lib/store/library-db';

type ImportState =
  | { step: 'idle' }
  | { step: 'refused'; message: string }
  | { step: 'choose'; plan: ImportPlan; from: string }
  | { step: 'done'; message: string };

/** Share the library as a file, and take in a colleague's: one step, unless some clauses clash. */
export function ImportExport(props: { db: LibraryDb; clauses: LibraryClause[]; exportedBy: string }) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const ownCount = props.clauses.filter((c) => c.origin === 'user').length;
  // a file chosen while an earlier one is still being read wins: the earlier one's answer is dropped
  const latest = useRef(0);

  async function read(file: File) {
    const turn = ++latest.current;
    const show = (next: ImportState) => {
      if (turn === latest.current) setState(next);
    };
    // a file too large is refused from its size, before the browser reads it into memory
    const tooLarge = fileSizeProblem(file.size);
    if (tooLarge) return show({ step: 'refused', message: tooLarge.message });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return show({
        step: 'refused',
        message: `Nothing was imported. The file "${file.name}" could not be read; it may have been moved or deleted.`,
      });
    }
    const prepared = await prepareImport(props.db, bytes);
    if (!prepared.ok) return show({ step: 'refused', message: prepared.message });
    const { plan } = prepared;
    const from = prepared.exportedBy || file.name;
    if (plan.duplicates.length) return show({ step: 'choose', plan, from });
    if (turn === latest.current) await finish(plan.entries, 'skip', from, plan.alreadyPresent);
  }

  async function finish(entries: ClauseEntry[], choice: DuplicateChoice, from: string, alreadyPresent: number) {
    const result = await importEntries(props.db, entries, choice);
    if (!result.ok) return setState({ step: 'refused', message: result.message });
    const { outcome } = result;
    const parts = [`Imported from ${from}: ${outcome.added} clause(s) added`];
    if (outcome.replaced) parts.push(`${outcome.replaced} replaced`);
    if (outcome.skipped)
      parts.push(`${outcome.skipped} skipped${alreadyPresent ? ` (${alreadyPresent} already in your library)` : ''}`);
    setState({ step: 'done', message: `${parts.join(', ')}.` });
  }

  return (
    <section class="tl-import-export" aria-labelledby="import-export-title">
      <h2 id="import-export-title">Share clauses</h2>
      <div class="tl-actions">
        <button
          type="button"
          disabled={ownCount === 0}
          onClick={() => download(props.clauses, 'user', props.exportedBy)}
        >
          Export my clauses ({ownCount})
        </button>
        <button type="button" onClick={() => download(props.clauses, 'all', props.exportedBy)}>
          Export everything
        </button>
      </div>
      <label class="tl-file">
        Import a clause file
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void read(file);
          }}
        />
      </label>
      <p class="tl-hint">
        A clause file exported from Tenderlight: JSON saved as UTF-8, at most {LIBRARY_FILE_LIMITS.bytes / 1_000_000} MB
        and {LIBRARY_FILE_LIMITS.clauses.toLocaleString('en-GB')} clauses.
      </p>
      {state.step === 'refused' ? (
        <p role="alert" class="tl-error" data-testid="import-message">
          {state.message}
        </p>
      ) : null}
      {state.step === 'done' ? (
        <p role="status" class="tl-ok" data-testid="import-message">
          {state.message}
        </p>
      ) : null}
      {state.step === 'choose' ? (
        <DuplicateChoiceForm
          plan={state.plan}
          onCancel={() => setState({ step: 'idle' })}
          onChoose={(choice) => finish(state.plan.entries, choice, state.from, state.plan.alreadyPresent)}
        />
      ) : null}
    </section>
  );
}

function DuplicateChoiceForm(props: {
  plan: ImportPlan;
  onChoose: (choice: DuplicateChoice) => void;
  onCancel: () => void;
}) {
  const [choice, setChoice] = useState<DuplicateChoice>('skip');
  const options: [DuplicateChoice, string][] = [
    ['skip', 'Skip them: keep the clauses I have'],
    ['replace', "Replace mine with the file's versions"],
    ['keep-both', 'Keep both: add the file\'s versions as new clauses marked "(imported)"'],
  ];
  return (
    <form
      class="tl-duplicates"
      onSubmit={(e) => {
        e.preventDefault();
        props.onChoose(choice);
      }}
    >
      <fieldset>
        <legend>
          {props.plan.duplicates.length} clause(s) in the file have the same id as yours but different wording:
        </legend>
        <ul>
          {props.plan.duplicates.map((d) => (
            <li key={d.existing.id}>{d.existing.title}</li>
          ))}
        </ul>
        {options.map(([value, text]) => (
          <label key={value}>
            <input type="radio" name="duplicates" checked={choice === value} onChange={() => setChoice(value)} />
            {text}
          </label>
        ))}
      </fieldset>
      <div class="tl-actions">
        <button type="submit">Import {props.plan.entries.length} clause(s)</button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function download(clauses: LibraryClause[], scope: ExportScope, exportedBy: string) {
  const blob = new Blob([exportLibraryFile(clauses, scope, exportedBy)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(scope);
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
