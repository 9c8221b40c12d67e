import { useEffect, useState } from 'preact/hooks';
import { PORTAL_MATCHES } from '~/lib/data/portal-hosts';
import { saveSettings, siteHost } from '~/lib/library/settings';
import type { LibraryDb } from '~/lib/store/library-db';

/** The host of a granted origin pattern ("*://tenders.example.gov.uk/*"), or null for portals and wildcards. */
export function grantedSiteHost(origin: string): string | null {
  if (PORTAL_MATCHES.includes(origin)) return null;
  const m = /^(?:\*|https?):\/\/([^/*]+)\/\*$/.exec(origin);
  return m ? m[1]! : null;
}

async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return [...new Set(origins.map(grantedSiteHost).filter((h): h is string => h !== null))].sort();
}

/**
 * Sites beyond the known portals where Tenderlight checks pages by itself. They are the browser's own
 * site permissions (which the background registers the content script for); settings keep a copy.
 */
export function AutoRunSites({ db }: { db: LibraryDb }) {
  const [sites, setSites] = useState<string[] | null>(null);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const refresh = async () => {
    const now = await grantedSites();
    setSites(now);
    await saveSettings(db, { autoRunSites: now });
    await browser.runtime.sendMessage({ type: 'site-access-changed' }).catch(() => undefined);
  };
  useEffect(() => {
    void grantedSites().then(setSites);
  }, []);

  const add = (e: SubmitEvent) => {
    e.preventDefault();
    const typed = String(new FormData(e.currentTarget as HTMLFormElement).get('site') ?? '');
    const host = siteHost(typed);
    if (!host) {
      setMessage({
        ok: false,
        text: `“${typed.trim()}” is not a web site name. Write it like tenders.example.gov.uk.`,
      });
      return;
    }
    // Asked straight from the click: browsers only show the permission prompt during a user gesture.
    void browser.permissions.request({ origins: [`*://${host}/*`] }).then(async (granted) => {
      if (granted) await refresh();
      if (granted) setInput('');
      setMessage(
        granted
          ? { ok: true, text: `Tenderlight will check pages on ${host} by itself.` }
          : { ok: false, text: `The browser did not give Tenderlight access to ${host}; nothing changed.` },
      );
    });
  };
  const remove = async (host: string) => {
    const { origins = [] } = await browser.permissions.getAll();
    await browser.permissions.remove({ origins: origins.filter((o) => grantedSiteHost(o) === host) });
    await refresh();
    setMessage({ ok: true, text: `Tenderlight no longer runs on ${host} by itself.` });
  };

  return (
    <section class="tl-settings" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites where Tenderlight runs by itself</h2>
      <p class="tl-muted">Known tender portals are always on. Add your own e-tendering portal here.</p>
      {sites === null ? null : sites.length ? (
        <ul aria-label="Your sites">
          {sites.map((host) => (
            <li key={host}>
              {host}{' '}
              <button type="button" onClick={() => remove(host)} aria-label={`Stop running on ${host}`}>
                Stop
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>No sites of your own yet.</p>
      )}
      <form onSubmit={add} class="tl-add-site">
        <label>
          Site to add
          <input
            name="site"
            value={input}
            placeholder="tenders.example.gov.uk"
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </label>
        <button type="submit">Run here by itself</button>
      </form>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'tl-ok' : 'tl-error'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
