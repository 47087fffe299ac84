import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { openWorkspace } from '../../../src/adapters/store/open-workspace.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../src/adapters/store/migrations.js';
import { ConfigError } from '../../../src/core/errors.js';
import { fixedNow, hospital, tempDir } from './helpers.js';

// Written in English: the Dutch default is tested in the cli-language tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

describe('openWorkspace', () => {
  it('creates the folder and database readable by the owner only', async () => {
    const dir = join(tempDir(), 'alliance');
    const ws = await openWorkspace(dir, { create: true });
    ws.close();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'mobiscan.db')).mode & 0o777).toBe(0o600);
  });

  it('tightens an existing folder to owner-only when the workspace is made in it', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    (await openWorkspace(dir, { create: true })).close();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('refuses a damaged database with the path of the last backup, and writes nothing to it', async () => {
    const dir = tempDir();
    const ws = await openWorkspace(dir, { create: true, now: fixedNow });
    for (let i = 0; i < 60; i++) ws.companies.add(hospital({ id: `c${i}`, name: `Bedrijf ${i} ${'x'.repeat(200)}` }));
    ws.close();
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'mobiscan-v3-20260101T000000Z.db'), '');
    const path = join(dir, 'mobiscan.db');
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThan(4 * 4096);
    bytes.fill(0x5a, 3 * 4096 + 100, 4 * 4096 - 100); // scribble over the inside of page 4
    writeFileSync(path, bytes);
    const error = await openWorkspace(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('is damaged');
    expect((error as ConfigError).hint).toContain(join(dir, 'backups', 'mobiscan-v3-20260101T000000Z.db'));
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a folder without a workspace and says how to make one', async () => {
    const error = await openWorkspace(tempDir()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).hint).toContain('mobiscan init');
  });

  it('refuses a database made by a newer mobiscan and leaves its bytes as they were', async () => {
    const dir = tempDir();
    const path = join(dir, 'mobiscan.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(path);
    const error = await openWorkspace(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(`made by a newer mobiscan (schema ${SCHEMA_VERSION + 1}, this one knows ${SCHEMA_VERSION})`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mobiscan.db'), 'not a database at all, just some text that is long enough'.repeat(20));
    await expect(openWorkspace(dir)).rejects.toThrow(/not a mobiscan database/);
  });

  it('backs up an existing database before migrating it, and keeps its data', async () => {
    const dir = tempDir();
    const ws = await openWorkspace(dir, { create: true, now: fixedNow });
    ws.companies.add(hospital());
    ws.close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);

    const next = [...MIGRATIONS, 'CREATE TABLE measurements (id INTEGER PRIMARY KEY)'];
    const upgraded = await openWorkspace(dir, { now: fixedNow, migrations: next });
    upgraded.close();
    const backup = join(dir, 'backups', `mobiscan-v${SCHEMA_VERSION}-20250301T093000Z.db`);
    expect(upgraded.backup).toBe(backup);
    expect(readdirSync(join(dir, 'backups'))).toEqual([`mobiscan-v${SCHEMA_VERSION}-20250301T093000Z.db`]);
    expect(statSync(backup).mode & 0o777).toBe(0o600);

    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(copy.prepare('SELECT id FROM companies').all()).toEqual([{ id: 'asz' }]);
    copy.close();
    const migrated = new Database(join(dir, 'mobiscan.db'), { readonly: true });
    expect(migrated.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(migrated.prepare('SELECT id FROM companies').all()).toEqual([{ id: 'asz' }]);
    migrated.close();
  });

  it('makes no backup of a brand-new database', async () => {
    const dir = tempDir();
    (await openWorkspace(dir, { create: true })).close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('leaves the previous version in place when a migration fails', async () => {
    const dir = tempDir();
    (await openWorkspace(dir, { create: true })).close();
    const broken = [...MIGRATIONS, 'CREATE TABLE half (x); THIS IS NOT SQL'];
    await expect(openWorkspace(dir, { migrations: broken })).rejects.toThrow();
    const db = new Database(join(dir, 'mobiscan.db'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").all()).toEqual([]);
    db.close();
  });
});
