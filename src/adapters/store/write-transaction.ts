import type Database from 'better-sqlite3';
import { ConfigError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { storeMessages } from './store-messages.js';

const codeOf = (error: unknown): string => String((error as { code?: unknown } | null)?.code ?? '');
const isUniqueViolation = (error: unknown) => /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/.test(codeOf(error));

/**
 * The store's one way to write. IMMEDIATE takes the write lock up front, so a second process
 * waits (busy_timeout) instead of failing when a read turns into a write; nested calls become
 * savepoints. Should another writer still have added the same row between a check and an insert,
 * the work runs once more: its check then finds the row and gives the usual "already there"
 * result, never a constraint error. A lock held past the timeout is a clear message, not a crash.
 */
export function createWrite(db: Database.Database, path: string, busyTimeoutMs: number): <T>(work: () => T) => T {
  return <T>(work: () => T): T => {
    if (db.inTransaction) return db.transaction(work)();
    try {
      try {
        return db.transaction(work).immediate();
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return db.transaction(work).immediate();
      }
    } catch (error) {
      if (codeOf(error).startsWith('SQLITE_BUSY')) {
        throw new ConfigError(text(storeMessages, 'busy', { path, seconds: busyTimeoutMs / 1000 }), text(storeMessages, 'busyHint'));
      }
      throw error;
    }
  };
}
