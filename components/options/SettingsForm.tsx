import { useState } from 'preact/hooks';
import { CHECKS } from '~/lib/checks/registry';
import { BUYER_LABEL } from '~/lib/data/legal-basis';
import { saveSettings } from '~/lib/library/settings';
import type { Settings } from '~/lib/library/types';
import type { LibraryDb } from '~/lib/store/library-db';
import { BUYER_KINDS, type BuyerKind, type CheckId, JURISDICTIONS, type Jurisdiction } from '~/lib/types';
import { JURISDICTION_LABEL } from '../library/labels';

/** Who the user works for, which place to assume, and which checks run. */
export function SettingsForm({ db, settings }: { db: LibraryDb; settings: Settings }) {
  const [draft, setDraft] = useState(settings);
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const set = (patch: Partial<Settings>) => setDraft((d) => ({ ...d, ...patch }));

  async function save(e: Event) {
    e.preventDefault();
    const { authorityName, contractName, defaultJurisdiction, defaultBuyer, enabledChecks } = draft;
    const result = await saveSettings(db, {
      authorityName,
      contractName,
      defaultJurisdiction,
      defaultBuyer,
      enabledChecks,
    });
    setMessage(result.ok ? { ok: true, lines: ['Settings saved.'] } : { ok: false, lines: result.problems });
  }

  return (
    <form class="tl-settings" aria-label="Settings" onSubmit={save}>
      <label>
        Authority name (fills <code>{'{authority}'}</code>)
        <input value={draft.authorityName} onInput={(e) => set({ authorityName: e.currentTarget.value })} />
      </label>
      <label>
        Contract name, when the page gives none (fills <code>{'{contract}'}</code>)
        <input value={draft.contractName} onInput={(e) => set({ contractName: e.currentTarget.value })} />
      </label>
      <label>
        Default place, when a page names none
        <select
          value={draft.defaultJurisdiction}
          onChange={(e) => set({ defaultJurisdiction: e.currentTarget.value as Jurisdiction })}
        >
          {JURISDICTIONS.map((j) => (
            <option key={j} value={j}>
              {JURISDICTION_LABEL[j]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kind of public body you buy for or deal with (the clause library cites the law that binds it)
        <select value={draft.defaultBuyer} onChange={(e) => set({ defaultBuyer: e.currentTarget.value as BuyerKind })}>
          {BUYER_KINDS.map((b) => (
            <option key={b} value={b}>
              {capitalised(BUYER_LABEL[b])}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="tl-tags">
        <legend>Checks to run</legend>
        {CHECKS.map((c) => (
          <label key={c.id}>
            <input
              type="checkbox"
              checked={draft.enabledChecks.includes(c.id)}
              onChange={(e) => set({ enabledChecks: toggled(draft.enabledChecks, c.id, e.currentTarget.checked) })}
            />
            {c.title}
          </label>
        ))}
      </fieldset>
      {message ? (
        <div role={message.ok ? 'status' : 'alert'} class={message.ok ? 'tl-ok' : 'tl-error'}>
          {message.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      ) : null}
      <button type="submit">Save settings</button>
    </form>
  );
}

function toggled(checks: CheckId[], id: CheckId, on: boolean): CheckId[] {
  return CHECKS.map((c) => c.id).filter((c) => (c === id ? on : checks.includes(c)));
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
