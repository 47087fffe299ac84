import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { checkOutputFolder, checkOutputPaths } from '../../../src/adapters/write/check-output-paths.js';
import { InputError } from '../../../src/core/errors.js';

// Written in English: the Dutch default is tested in the cli-language tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

const dir = mkdtempSync(join(tmpdir(), 'mobiscan-outputs-'));
const hr = join(dir, 'hr.csv');
writeFileSync(hr, 'Postcode\n3311AB\n');
const db = join(dir, 'mobiscan.db');
new Database(db).exec('CREATE TABLE t (x)');
writeFileSync(`${db}-wal`, '');
mkdirSync(join(dir, 'backups'));
new Database(join(dir, 'backups', 'mobiscan-v3-20260101T000000Z.db')).exec('CREATE TABLE t (x)');

function refusal(work: () => void): InputError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected a refusal');
}

describe('checkOutputPaths', () => {
  it('refuses an output that is the input file, also through another spelling, a symlink or a hard link', () => {
    symlinkSync(hr, join(dir, 'link.csv'));
    linkSync(hr, join(dir, 'hard.csv'));
    for (const path of [hr, join(dir, '.', 'hr.csv'), join(dir, 'link.csv'), join(dir, 'hard.csv')]) {
      const error = refusal(() => checkOutputPaths({ outputs: [{ flag: '--rejects', path }], inputs: [hr] }));
      expect(error.message).toContain('--rejects');
      expect(error.message).toContain('input file');
    }
  });

  it('refuses the workspace database, its -wal and -shm files and its backups', () => {
    for (const path of [db, `${db}-wal`, `${db}-shm`, join(dir, 'backups', 'mobiscan-v3-20260101T000000Z.db')]) {
      expect(refusal(() => checkOutputPaths({ outputs: [{ flag: '--out', path }] })).message).toContain('database');
    }
  });

  it('refuses two outputs of one command that are the same file, and a folder', () => {
    const same = refusal(() => checkOutputPaths({ outputs: [{ flag: '--rejects', path: join(dir, 'x.csv') }, { flag: '--employees', path: join(dir, '.', 'x.csv') }] }));
    expect(same.message).toContain('--rejects writes the same file');
    expect(refusal(() => checkOutputPaths({ outputs: [{ flag: '--out', path: dir }] })).message).toContain('folder');
  });

  it('lets a new file or an earlier output of the tool be written', () => {
    writeFileSync(join(dir, 'old-rejects.csv'), 'row;reason\n');
    expect(() => checkOutputPaths({ outputs: [{ flag: '--rejects', path: join(dir, 'old-rejects.csv') }, { flag: '--employees', path: join(dir, 'new.csv') }], inputs: [hr, undefined] })).not.toThrow();
  });

  it('refuses a report folder that is a file', () => {
    expect(refusal(() => checkOutputFolder('--out', hr)).message).toContain('not a folder');
    expect(() => checkOutputFolder('--out', join(dir, 'new-folder'))).not.toThrow();
  });
});
