// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings } from '~/lib/library/settings';
import { LibraryDb } from '~/lib/store/library-db';
import { AutoRunSites, grantedSiteHost } from './AutoRunSites';

/** The browser's granted origins, as permissions.request / remove change them (Chromium asks the user first). */
let granted: string[];
let userAllows: boolean;
let db: LibraryDb;

beforeEach(() => {
  granted = ['*://www.find-tender.service.gov.uk/*', 'https://tenders.northtown.example/*'];
  userAllows = true;
  db = new LibraryDb(`sites-${Math.random()}`);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...granted] }));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
    if (userAllows) granted.push(...origins);
    return userAllows;
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    granted = granted.filter((o) => !origins.includes(o));
    return true;
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
});
afterEach(() => {
  render(null, document.body);
  db.close();
  vi.restoreAllMocks();
});

async function until<T>(fn: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const listed = () =>
  [...document.querySelectorAll('[aria-label="Your sites"] li')].map((li) => li.firstChild?.textContent);
const text = () => document.body.textContent ?? '';

function addSite(value: string) {
  const input = document.querySelector<HTMLInputElement>('.tl-add-site input')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  document.querySelector<HTMLButtonElement>('.tl-add-site button')!.click();
}

describe('sites where Tenderlight runs by itself', () => {
  it('lists the sites the user granted, not the built-in portals', async () => {
    render(<AutoRunSites db={db} />, document.body);
    expect(await until(() => listed().length && listed(), 'the list')).toEqual(['tenders.northtown.example']);
    expect(grantedSiteHost('*://*.app.jaggaer.com/*')).toBeNull();
  });

  it('adds a site the browser allows, asks for exactly that host, and mirrors it in settings', async () => {
    render(<AutoRunSites db={db} />, document.body);
    await until(() => listed().length, 'the list');
    addSite('https://Portal.Westshire.example/tenders/123');
    await until(() => text().includes('Tenderlight will check pages on portal.westshire.example by itself.'), 'ok');
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['*://portal.westshire.example/*'] });
    expect(listed()).toEqual(['portal.westshire.example', 'tenders.northtown.example']);
    expect((await readSettings(db)).autoRunSites).toEqual(['portal.westshire.example', 'tenders.northtown.example']);
  });

  it('says so and changes nothing when the browser (or the user) refuses', async () => {
    userAllows = false;
    render(<AutoRunSites db={db} />, document.body);
    await until(() => listed().length, 'the list');
    addSite('portal.westshire.example');
    await until(
      () => text().includes('did not give Tenderlight access to portal.westshire.example; nothing changed'),
      'refusal',
    );
    expect(listed()).toEqual(['tenders.northtown.example']);
  });

  it('refuses something that is not a site name without asking the browser', async () => {
    render(<AutoRunSites db={db} />, document.body);
    addSite('not a site');
    await until(() => text().includes('“not a site” is not a web site name'), 'the message');
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it('"Stop" removes the permission and the site', async () => {
    render(<AutoRunSites db={db} />, document.body);
    await until(() => listed().length, 'the list');
    document.querySelector<HTMLButtonElement>('[aria-label="Stop running on tenders.northtown.example"]')!.click();
    await until(() => text().includes('no longer runs on tenders.northtown.example'), 'the message');
    expect(granted).toEqual(['*://www.find-tender.service.gov.uk/*']);
    expect(text()).toContain('No sites of your own yet.');
    expect((await readSettings(db)).autoRunSites).toEqual([]);
  });
});
