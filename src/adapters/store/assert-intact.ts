import type Database from 'better-sqlite3';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { fileMessages } from '../file-messages.js';

/** The newest backup in `backupDir` (made before each upgrade), or undefined. */
export function lastBackup(backupDir: string): string | undefined {
  let newest: { path: string; mtime: number } | undefined;
  try {
    for (const name of readdirSync(backupDir)) {
      if (!name.endsWith('.db')) continue;
      const path = join(backupDir, name);
      const mtime = statSync(path).mtimeMs;
      if (!newest || mtime > newest.mtime) newest = { path, mtime };
    }
  } catch {
    return undefined;
  }
  return newest?.path;
}

/**
 * SQLite's quick integrity check (PRAGMA quick_check: every page and index entry readable, in
 * time linear in the file, milliseconds for a workspace of aggregates). A damaged database is
 * refused before anything reads or writes it, with the backup to go back to.
 */
export function assertIntact(db: Database.Database, path: string, backupDir: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(3)') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (error) {
    problems = [(error as Error).message];
  }
  if (problems.length === 1 && problems[0] === 'ok') return;
  const backup = lastBackup(backupDir);
  throw new ConfigError(
    text(fileMessages, 'dbDamaged', { path, problem: problems[0] ?? 'failed' }),
    backup ? text(fileMessages, 'dbDamagedBackupHint', { backup, path }) : text(fileMessages, 'dbDamagedNoBackupHint', { path }),
  );
}
