import { useState } from 'preact/hooks';
import {
  newestRealLivingWage,
  rateTableAgeMonths,
  rateTableIsStale,
  STALE_RATE_WARNING,
  WAGE_RATES,
  type WageRate,
} from '~/lib/data/wage-rates';
import { today } from '~/lib/library/placeholder-values';
import { effectiveWageRates, isOwnRate, saveSettings } from '~/lib/library/settings';
import type { Settings } from '~/lib/library/types';
import type { LibraryDb } from '~/lib/store/library-db';

const KIND_LABEL: Record<WageRate['kind'], string> = {
  rlw: 'Real Living Wage',
  nlw: 'National Living Wage (statutory)',
  nmw: 'National Minimum Wage (statutory)',
};
const key = (r: WageRate) => `${r.kind}|${r.area}|${r.announced}`;

/** The dated wage-rate table clauses and checks use, editable, with a warning when it is out of date. */
export function WageRateTable({ db, settings, asOf = today() }: { db: LibraryDb; settings: Settings; asOf?: string }) {
  const [editing, setEditing] = useState<WageRate | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const table = effectiveWageRates(settings);

  async function store(overrides: WageRate[]) {
    const result = await saveSettings(db, { wageRateOverrides: overrides });
    setProblems(result.ok ? [] : result.problems);
    if (result.ok) setEditing(null);
  }
  const saveRow = (row: WageRate, replacing: WageRate | null) =>
    store([...settings.wageRateOverrides.filter((r) => !replacing || key(r) !== key(replacing)), row]);
  const own = (r: WageRate) => isOwnRate(r, settings);

  return (
    <section aria-labelledby="rates-title" class="tl-rates">
      <h2 id="rates-title">Wage rates</h2>
      <RateAge table={table} asOf={asOf} />
      <details class="tl-how-to" data-testid="rate-how-to">
        <summary>How to add a new rate</summary>
        <p>
          The Living Wage Foundation announces new Real Living Wage rates every autumn, usually in October, for the UK
          and for London. When they are announced, choose <strong>Add a rate</strong> twice, once for the UK rate and
          once for London, and enter: the name (for example "Real Living Wage 2026-27"), the kind (Real Living Wage),
          the area, the hourly rate in pounds, the day it was announced, the day employers must pay it by (about six
          months later, usually 1 May) and where you read it (the Foundation's announcement). Model wording then names
          the new rate and its year, and older figures in documents are flagged as out of date once the new rate must be
          paid.
        </p>
      </details>
      <table>
        <thead>
          <tr>
            <th scope="col">Rate</th>
            <th scope="col">Area</th>
            <th scope="col">£ per hour</th>
            <th scope="col">Announced</th>
            <th scope="col">Payable from</th>
            <th scope="col">Source</th>
            <th scope="col">Checked</th>
            <th scope="col">
              <span class="tl-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {table.map((r) => (
            <tr key={key(r)} data-own={own(r) ? 'true' : undefined}>
              <td>
                {r.label}
                <div class="tl-muted">
                  {KIND_LABEL[r.kind]}
                  {own(r) ? ' · yours' : ''}
                </div>
              </td>
              <td>{r.area === 'london' ? 'London' : 'UK'}</td>
              <td>£{r.rate.toFixed(2)}</td>
              <td>{r.announced}</td>
              <td>{r.effectiveFrom}</td>
              <td>{r.source}</td>
              <td>{r.checkedOn}</td>
              <td>
                <button type="button" onClick={() => setEditing(r)} aria-label={`Edit ${r.label}`}>
                  Edit
                </button>
                {own(r) ? (
                  <button
                    type="button"
                    onClick={() => store(settings.wageRateOverrides.filter((o) => key(o) !== key(r)))}
                    aria-label={`Remove your row ${r.label}`}
                  >
                    {WAGE_RATES.some((s) => key(s) === key(r)) ? 'Undo edit' : 'Remove'}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <RateForm
          key={key(editing)}
          initial={editing}
          identityFixed={WAGE_RATES.some((s) => key(s) === key(editing))}
          onSave={(row) => saveRow(row, editing)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div class="tl-actions">
          <button type="button" onClick={() => setEditing(newRate(asOf))}>
            Add a rate
          </button>
          {settings.wageRateOverrides.length ? (
            <button type="button" onClick={() => store([])}>
              Go back to the shipped rates
            </button>
          ) : null}
        </div>
      )}
      {problems.length ? (
        <div role="alert" class="tl-error">
          {problems.map((p) => (
            <p key={p}>Not saved. {p}</p>
          ))}
        </div>
      ) : null}
    </section>
  );
}

/** How old the newest Real Living Wage is; a warning once it is over the limit. */
export function RateAge({ table, asOf }: { table: readonly WageRate[]; asOf: string }) {
  const newest = newestRealLivingWage(table);
  const months = rateTableAgeMonths(asOf, table);
  if (!newest)
    return (
      <p role="alert" class="tl-warning" data-testid="rate-age">
        The table has no Real Living Wage rate: add the current one.
      </p>
    );
  const stale = rateTableIsStale(asOf, table);
  return (
    <p role={stale ? 'alert' : undefined} class={stale ? 'tl-warning' : 'tl-muted'} data-testid="rate-age">
      Newest Real Living Wage: {newest.label}, announced {newest.announced} ({months} month{months === 1 ? '' : 's'}{' '}
      ago).
      {stale
        ? ` This table is ${STALE_RATE_WARNING} (a new rate is announced every autumn) and add the new rate below.`
        : ''}
    </p>
  );
}

function newRate(asOf: string): WageRate {
  return {
    kind: 'rlw',
    area: 'uk',
    rate: 0,
    announced: asOf,
    effectiveFrom: asOf,
    label: '',
    source: '',
    checkedOn: asOf,
  };
}

function RateForm(props: {
  initial: WageRate;
  identityFixed: boolean;
  onSave: (row: WageRate) => void;
  onCancel: () => void;
}) {
  const [row, setRow] = useState(props.initial);
  const [rateText, setRateText] = useState(props.initial.rate ? props.initial.rate.toFixed(2) : '');
  const set = (patch: Partial<WageRate>) => setRow((r) => ({ ...r, ...patch }));
  const text = (label: string, field: 'label' | 'source') => (
    <label>
      {label}
      <input value={row[field]} onInput={(e) => set({ [field]: e.currentTarget.value })} />
    </label>
  );
  const date = (label: string, field: 'announced' | 'effectiveFrom' | 'checkedOn', disabled = false) => (
    <label>
      {label}
      <input
        type="date"
        value={row[field]}
        disabled={disabled}
        onInput={(e) => set({ [field]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <form
      class="tl-rate-form"
      aria-label="Wage rate"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave({ ...row, rate: Number(rateText.replace(/[£,\s]/g, '')) });
      }}
    >
      <label>
        Rate
        <select
          value={row.kind}
          disabled={props.identityFixed}
          onChange={(e) => set({ kind: e.currentTarget.value as WageRate['kind'] })}
        >
          {Object.entries(KIND_LABEL).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Area
        <select
          value={row.area}
          disabled={props.identityFixed}
          onChange={(e) => set({ area: e.currentTarget.value as WageRate['area'] })}
        >
          <option value="uk">UK</option>
          <option value="london">London</option>
        </select>
      </label>
      <label>
        £ per hour
        <input inputMode="decimal" value={rateText} onInput={(e) => setRateText(e.currentTarget.value)} />
      </label>
      {date('Announced', 'announced', props.identityFixed)}
      {date('Payable from', 'effectiveFrom')}
      {text('Name', 'label')}
      {text('Source', 'source')}
      {date('Checked on', 'checkedOn')}
      <div class="tl-actions">
        <button type="submit">Save rate</button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
