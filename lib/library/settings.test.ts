import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { WAGE_RATES } from '../data/wage-rates';
import { LibraryDb } from '../store/library-db';
import { CHECK_IDS } from '../types';
import {
  DEFAULT_SETTINGS,
  disabledChecks,
  effectiveWageRates,
  isOwnRate,
  readSettings,
  saveSettings,
  siteHost,
} from './settings';

const dbs: LibraryDb[] = [];
const fresh = () => {
  const db = new LibraryDb(`settings-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

describe('settings', () => {
  it('start with every check on, no sites, and the shipped rates', async () => {
    expect(await readSettings(fresh())).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.enabledChecks).toEqual([...CHECK_IDS]);
  });

  it('are saved and read back', async () => {
    const db = fresh();
    const result = await saveSettings(db, {
      authorityName: '  Northtown Council ',
      enabledChecks: ['living-wage', 'foi'],
      autoRunSites: ['tenders.northtown.example'],
    });
    expect(result.ok).toBe(true);
    expect(await readSettings(db)).toMatchObject({
      authorityName: 'Northtown Council',
      enabledChecks: ['living-wage', 'foi'],
      autoRunSites: ['tenders.northtown.example'],
    });
  });

  it('an invalid value saves nothing and says which setting is wrong', async () => {
    const db = fresh();
    const result = await saveSettings(db, { authorityName: 'Northtown', autoRunSites: ['not a site'] });
    expect(result).toEqual({
      ok: false,
      problems: [
        'Sites where Tenderlight runs by itself: row 1 should be a web site name such as tenders.example.gov.uk, but it is "not a site"',
      ],
    });
    expect((await readSettings(db)).authorityName).toBe('');
  });

  it('a damaged stored value falls back to its default and keeps the others', async () => {
    const db = fresh();
    await saveSettings(db, { authorityName: 'Northtown' });
    await db.settings.put({ key: 'enabledChecks', value: ['no-such-check'] as never });
    const settings = await readSettings(db);
    expect(settings.enabledChecks).toEqual(DEFAULT_SETTINGS.enabledChecks);
    expect(settings.authorityName).toBe('Northtown');
  });

  it('sites: what a user pastes becomes a host', () => {
    expect(siteHost('https://Tenders.Northtown.example/notice/1')).toBe('tenders.northtown.example');
    expect(siteHost('portal.example.gov.uk')).toBe('portal.example.gov.uk');
    expect(siteHost('not a site')).toBeNull();
  });

  it("wage-rate rows replace the shipped row they match and add new ones; a bad row's problem is named", async () => {
    const db = fresh();
    const shipped = WAGE_RATES[0]!;
    const corrected = { ...shipped, rate: 13.5, source: 'Our check of the LWF site' };
    const next = { ...shipped, rate: 14.1, announced: '2026-10-21', effectiveFrom: '2027-05-01', label: 'RLW 2026-27' };
    expect((await saveSettings(db, { wageRateOverrides: [corrected, next] })).ok).toBe(true);
    const settings = await readSettings(db);
    const table = effectiveWageRates(settings);
    expect(table).toHaveLength(WAGE_RATES.length + 1);
    expect(table[0]).toEqual(next);
    expect(table.filter((r) => r.label === shipped.label)).toEqual([corrected]);
    expect(isOwnRate(corrected, settings)).toBe(true);
    expect(isOwnRate(WAGE_RATES[1]!, settings)).toBe(false);

    const bad = await saveSettings(db, { wageRateOverrides: [{ ...next, rate: 1410 }] });
    expect(bad).toMatchObject({ ok: false, problems: [expect.stringContaining('row 1 (rate)')] });
  });

  it('the checks switched off are handed to the analysis as disabled', async () => {
    const db = fresh();
    await saveSettings(db, { enabledChecks: CHECK_IDS.filter((id) => id !== 'net-zero' && id !== 'foi') });
    expect(disabledChecks(await readSettings(db))).toEqual(['foi', 'net-zero']);
    expect(disabledChecks(DEFAULT_SETTINGS)).toEqual([]);
  });
});
