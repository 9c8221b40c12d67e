import type { ComponentChildren } from 'preact';
import type { ModelClause } from '@/lib/checks/types';
import { fillClause, placeholdersIn, rateValues } from '@/lib/clauses/placeholders';
import type { ContentReply } from '@/lib/messages/schemas';
import { EDITOR_LABEL, foreignLawCaution, staleRateNote } from '@/lib/report/describe';
import type { Jurisdiction } from '@/lib/types';
import { copyText } from './clipboard';
import { PLACEHOLDER_LABEL } from './labels';
import { usePlaceholderValues } from './use-placeholder-values';

interface Props {
  clause: ModelClause;
  onInsert(text: string): Promise<ContentReply>;
  /** more actions for the clause (other clauses from the library, for example) */
  children?: ComponentChildren;
  /** the document's place: outside the UK, the UK law the wording names is pointed out */
  jurisdiction?: Jurisdiction;
  /** shows what Copy or Insert did; the card keeps it, so it outlives this area once the check turns strong */
  say(message: string): void;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The model wording for a check, filled in, with Copy and Insert; missing values are asked for, never inserted as braces. */
export function SuggestionArea({ clause, onInsert, children, jurisdiction, say }: Props) {
  const [values, setValue] = usePlaceholderValues();
  const rates = rateValues(today());
  const filled = fillClause(clause.body, { ...rates, ...values });
  const ready = filled.unfilled.length === 0;
  const caution = jurisdiction && foreignLawCaution(`${clause.title} ${filled.text}`, jurisdiction);
  const rateNote = staleRateNote(clause.body, today());
  // Every value the person supplies stays editable while they type, not only the still-empty ones.
  const asked = placeholdersIn(clause.body).filter((name) => !(name in rates));

  const copy = async () => {
    say((await copyText(filled.text)) ? 'Copied to the clipboard.' : 'Copying was refused by the browser.');
  };
  const insert = async () => {
    const r = await onInsert(filled.text);
    if (r.ok) {
      say(
        `Inserted into the ${(r.editor && EDITOR_LABEL[r.editor]) ?? 'editor'} at the cursor. Undo in the editor removes it.`,
      );
      return;
    }
    const copied = await copyText(filled.text);
    say(
      `Could not insert here: ${r.reason ?? 'the page cannot be edited'}. ${copied ? 'The clause is on the clipboard instead.' : ''}`,
    );
  };

  return (
    <div class="suggestion">
      <h4>Model wording: {clause.title}</h4>
      {asked.map((name) => (
        <label key={name} class="placeholder">
          <span>
            {PLACEHOLDER_LABEL[name] ?? name}
            {filled.unfilled.includes(name) ? ' (needed for this clause)' : ''}
          </span>
          <input
            type="text"
            value={values[name] ?? ''}
            onInput={(e) => setValue(name, (e.currentTarget as HTMLInputElement).value)}
          />
        </label>
      ))}
      <p class="clause-text">{filled.text}</p>
      {caution && <p class="muted legal-caution">{caution}</p>}
      {rateNote && <p class="muted rate-note">{rateNote}</p>}
      <div class="actions">
        <button type="button" onClick={copy} disabled={!ready}>
          Copy
        </button>
        <button type="button" class="primary" onClick={insert} disabled={!ready}>
          Insert
        </button>
        {children}
      </div>
      {!ready && (
        <p class="muted">
          Fill in {filled.unfilled.map((n) => PLACEHOLDER_LABEL[n] ?? n).join(', ')} to use this clause.
        </p>
      )}
    </div>
  );
}
