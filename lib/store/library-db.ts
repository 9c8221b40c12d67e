import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { ModelClause } from '../checks/types';
import { BUILT_IN_CLAUSES } from '../clauses/library';
import { syncBuiltIns } from '../library/built-ins';
import type { LibraryClause, Settings } from '../library/types';

/** The clause library and settings database. Opened only in extension pages and the background. */
export const LIBRARY_DB_NAME = 'tenderlight-library';

/** v1: clauses (model wording, origin, notes) and settings as key/value rows. */
export const SCHEMA_V1 = { clauses: 'id, checkId, origin', settings: 'key' } as const;
/** v2: clauses gain a dated legal basis, licence, attribution and the built-in they copy; `meta` tracks built-ins. */
export const SCHEMA_V2 = { clauses: 'id, checkId, origin, updatedAt', settings: 'key', meta: 'key' } as const;

export type SettingRow = { [K in keyof Settings]: { key: K; value: Settings[K] } }[keyof Settings];

export type MetaRow =
  /** fingerprint of the built-in set last written, so an update is noticed */
  | { key: 'builtIns'; fingerprint: string; version: number }
  /** built-ins the user removed; an update does not bring them back, "Restore built-ins" does */
  | { key: 'removedBuiltIns'; ids: string[] };

export interface LibraryDbOptions {
  /** the built-in set this copy of the extension ships (tests pass older or newer sets to simulate updates) */
  builtIns?: readonly ModelClause[];
}

export class LibraryDb extends Dexie {
  clauses!: EntityTable<LibraryClause, 'id'>;
  settings!: Table<SettingRow, string>;
  meta!: Table<MetaRow, string>;
  readonly builtIns: readonly ModelClause[];

  constructor(name: string = LIBRARY_DB_NAME, options: LibraryDbOptions = {}) {
    super(name);
    this.builtIns = options.builtIns ?? BUILT_IN_CLAUSES;
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.on('ready', (db) => syncBuiltIns(db as LibraryDb, this.builtIns));
  }
}

/** v1 clauses had only the one-line `implements`; it becomes the first (undated) legal source. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('clauses')
    .toCollection()
    .modify((c: Partial<LibraryClause> & { implements?: string; origin?: string }) => {
      c.legalBasis ??= c.implements ? [{ title: c.implements }] : [];
      c.notes ??= '';
      c.licence ??= '';
      c.attribution ??= '';
    });
}

let shared: LibraryDb | undefined;

/** The extension's one library database, opened on first use. */
export function libraryDb(): LibraryDb {
  shared ??= new LibraryDb();
  return shared;
}
