import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWrite } from '../../../src/adapters/store/write-transaction.js';
import { ConfigError } from '../../../src/core/errors.js';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { tempDir } from './helpers.js';

function database(path: string, busyMs = 5_000) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`busy_timeout = ${busyMs}`);
  return db;
}

describe('the store edge of every write', () => {
  it('runs the work again after a unique-constraint failure, so a lost race gives the "already there" result', () => {
    const path = join(tempDir(), 'w.db');
    const db = database(path);
    db.exec('CREATE TABLE imports (hash TEXT PRIMARY KEY)');
    const write = createWrite(db, path, 5_000);
    const other = database(path);
    let attempts = 0;
    const save = (hash: string) => write(() => {
      attempts += 1;
      // The first attempt's check ran before the other process committed (as if it had been read
      // outside the lock); the insert then meets that row: a real UNIQUE failure.
      if (attempts > 1 && db.prepare('SELECT 1 FROM imports WHERE hash = ?').get(hash)) return 'already imported';
      db.prepare('INSERT INTO imports VALUES (?)').run(hash);
      return 'imported';
    });
    other.prepare('INSERT INTO imports VALUES (?)').run('abc');
    expect(save('abc')).toBe('already imported');
    expect(attempts).toBe(2);
    expect(db.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 1 });
    other.close();
    db.close();
  });

  it('does not hide a constraint failure that happens again', () => {
    const path = join(tempDir(), 'w.db');
    const db = database(path);
    db.exec("CREATE TABLE imports (hash TEXT PRIMARY KEY); INSERT INTO imports VALUES ('x')");
    const write = createWrite(db, path, 5_000);
    expect(() => write(() => db.prepare("INSERT INTO imports VALUES ('x')").run())).toThrow(/UNIQUE/);
    db.close();
  });

  it('turns a lock held past the timeout into a message with the path, in Dutch by default', () => {
    const path = join(tempDir(), 'w.db');
    const holder = database(path);
    holder.exec('CREATE TABLE t (x)');
    const waiter = database(path, 50);
    holder.exec('BEGIN IMMEDIATE; INSERT INTO t VALUES (1)');
    setMessageLang('nl');
    try {
      const write = createWrite(waiter, path, 50);
      let thrown: unknown;
      try {
        write(() => waiter.prepare('INSERT INTO t VALUES (2)').run());
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as Error).message).toContain(`De werkmap ${path} is bezig met een ander mobiscan-commando`);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
      waiter.close();
    }
  });
});
