import type Database from 'better-sqlite3';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { fileMessages } from '../file-messages.js';

/** Reads the schema version stored in the database header. */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database made by a newer mobiscan, before anything writes to it. */
export function assertNotNewer(version: number, known: number, path: string): void {
  if (version > known) {
    throw new ConfigError(text(fileMessages, 'dbNewer', { path, version: String(version), known: String(known) }), text(fileMessages, 'dbNewerHint'));
  }
}

/** `2025-03-01T09:30:00.000Z` -> `20250301T093000Z`, safe in a file name. */
const stamp = (date: Date): string => date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/**
 * Brings the database up to the last migration. A database that already holds a schema is first
 * copied to `backups/mobiscan-v<N>-<time>.db`; each migration runs in its own transaction
 * together with the version bump, so a crash leaves a consistent version behind.
 * Returns the backup's path, if one was made.
 */
export async function migrate(
  db: Database.Database,
  options: { migrations: readonly string[]; backupDir: string; now: () => Date },
): Promise<string | undefined> {
  const { migrations } = options;
  const before = schemaVersion(db);
  if (before >= migrations.length) return undefined;
  let backup: string | undefined;
  if (before > 0) {
    mkdirSync(options.backupDir, { recursive: true, mode: 0o700 });
    backup = join(options.backupDir, `mobiscan-v${before}-${stamp(options.now())}.db`);
    await db.backup(backup);
    chmodSync(backup, 0o600);
  }
  for (let version = before; version < migrations.length; version++) {
    db.transaction(() => {
      // Another process may have migrated while this one waited for the write lock.
      if (schemaVersion(db) !== version) return;
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
  return backup;
}
