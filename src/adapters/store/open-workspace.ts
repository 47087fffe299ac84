import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { assertIntact } from './assert-intact.js';
import { join, resolve } from 'node:path';
import { ConfigError } from '../../core/errors.js';
import { createAllianceStore } from './alliance-store.js';
import { createCampaignStore } from './campaign-store.js';
import { createCompanyStore } from './company-store.js';
import { createGoalStore } from './goal-store.js';
import { assertNotNewer, migrate, schemaVersion } from './migrate.js';
import { MIGRATIONS } from './migrations.js';
import { createMeasureStore } from './measure-store.js';
import { createScanStore } from './scan-store.js';
import { createTrackingMeasurementStore } from './tracking-measurement-store.js';
import { createTrackingProgressStore } from './tracking-progress-store.js';
import type { Workspace } from './workspace.js';
import { createWrite } from './write-transaction.js';
import { text } from '../../core/i18n/index.js';
import { fileMessages } from '../file-messages.js';

/** The database file inside a workspace folder. */
export const DATABASE_FILE = 'mobiscan.db';

/** How long a command waits for another one's write to finish before it gives up. */
const BUSY_TIMEOUT_MS = 10_000;

export interface OpenWorkspaceOptions {
  /** Create the folder and database when missing (only `mobiscan init` does). */
  create?: boolean;
  /** The clock for timestamps; tests pass a fixed one. */
  now?: () => Date;
  /** The migrations to apply; tests pass their own list. */
  migrations?: readonly string[];
}

/**
 * Opens (or with `create`, makes) the workspace in `dir`: refuses a database from a newer
 * mobiscan without writing to it, backs up and migrates an older one, and returns the store.
 * Folder and files are readable by the owner only.
 */
export async function openWorkspace(dir: string, options: OpenWorkspaceOptions = {}): Promise<Workspace> {
  const root = resolve(dir);
  const path = join(root, DATABASE_FILE);
  const now = options.now ?? (() => new Date());
  const migrations = options.migrations ?? MIGRATIONS;
  if (!existsSync(path)) {
    if (!options.create) throw new ConfigError(text(fileMessages, 'noWorkspaceIn', { dir: root }), text(fileMessages, 'noWorkspaceHint'));
    if (!existsSync(root)) mkdirSync(root, { recursive: true, mode: 0o700 });
    // An empty file is a valid empty SQLite database; creating it here fixes its mode before SQLite opens it.
    writeFileSync(path, '', { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  }
  // The folder describes a named employer's staff: owner only, also when it existed before init.
  if (options.create) chmodSync(root, 0o700);

  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    let version: number;
    try {
      version = schemaVersion(db);
    } catch (error) {
      throw new ConfigError(text(fileMessages, 'dbNotMobiscan', { path, reason: (error as Error).message }));
    }
    // Checked before any pragma that writes (journal_mode rewrites the header).
    assertNotNewer(version, migrations.length, path);
    assertIntact(db, path, join(root, 'backups'));
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    const backup = await migrate(db, { migrations, backupDir: join(root, 'backups'), now });
    return buildWorkspace(db, root, path, backup, now);
  } catch (error) {
    db.close();
    throw error;
  }
}

function buildWorkspace(db: Database.Database, dir: string, path: string, backup: string | undefined, now: () => Date): Workspace {
  const write = createWrite(db, path, BUSY_TIMEOUT_MS);
  const { companies, locations } = createCompanyStore(db, write);
  return {
    dir,
    path,
    backup,
    alliance: createAllianceStore(db, write),
    companies,
    locations,
    goals: createGoalStore(db, write, now, companies.require),
    scans: createScanStore(db, write, now, companies.require),
    tracking: {
      ...createTrackingMeasurementStore(db, write, now, companies.require),
      ...createTrackingProgressStore(db, write, now, companies.require),
    },
    measures: createMeasureStore(db, write, now, companies.require),
    campaigns: createCampaignStore(db, write, now),
    transaction: write,
    close: () => db.close(),
  };
}
