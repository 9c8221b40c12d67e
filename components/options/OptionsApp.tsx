import { useState } from 'preact/hooks';
import type { LibraryDb } from '~/lib/store/library-db';
import { LibraryPage } from '../library/LibraryPage';
import { AutoRunSites } from './AutoRunSites';
import { SettingsForm } from './SettingsForm';
import { useSettings } from './useSettings';
import { WageRateTable } from './WageRateTable';

const TABS = [
  ['library', 'Clause library'],
  ['settings', 'Settings'],
  ['rates', 'Wage rates'],
] as const;
type Tab = (typeof TABS)[number][0];

/** The options page: the clause library, settings and the wage-rate table, one tab each. */
export function OptionsApp({ db }: { db: LibraryDb }) {
  const [tab, setTab] = useState<Tab>(initialTab);
  const settings = useSettings(db);
  const choose = (t: Tab) => {
    setTab(t);
    history.replaceState(null, '', `#${t}`);
  };
  return (
    <>
      <header class="tl-header">
        <h1>Tenderlight</h1>
        <nav aria-label="Options">
          {TABS.map(([id, label]) => (
            <button key={id} type="button" aria-current={tab === id ? 'page' : undefined} onClick={() => choose(id)}>
              {label}
            </button>
          ))}
        </nav>
      </header>
      <main>
        {settings.state === 'loading' ? <p>Loading…</p> : null}
        {settings.state === 'failed' ? (
          <p role="alert">Your settings could not be read: {settings.message}. Nothing has been changed.</p>
        ) : null}
        {settings.state === 'ready' && tab === 'library' ? <LibraryPage db={db} settings={settings.value} /> : null}
        {settings.state === 'ready' && tab === 'settings' ? (
          <>
            <SettingsForm db={db} settings={settings.value} />
            <AutoRunSites db={db} />
          </>
        ) : null}
        {settings.state === 'ready' && tab === 'rates' ? <WageRateTable db={db} settings={settings.value} /> : null}
      </main>
    </>
  );
}

function initialTab(): Tab {
  const hash = location.hash.slice(1);
  return TABS.some(([id]) => id === hash) ? (hash as Tab) : 'library';
}
