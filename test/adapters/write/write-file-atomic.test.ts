import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { writeFileAtomic, writeFilesAtomic } from '../../../src/adapters/write/write-file-atomic.js';
import { describeWriteError } from '../../../src/adapters/write/describe-write-error.js';
import { InputError } from '../../../src/core/errors.js';

// Written in English: the Dutch default is tested in the cli-language tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

const scratch = () => mkdtempSync(join(tmpdir(), 'mobiscan-write-'));
const asRoot = process.getuid?.() === 0;

describe('writeFileAtomic', () => {
  it('writes owner-only files', async () => {
    const path = join(scratch(), 'rejects.csv');
    await writeFileAtomic(path, 'x');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('turns a folder in the way into a user error naming the path, leaving no temporary file', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'out.csv'));
    const error = await writeFileAtomic(join(dir, 'out.csv'), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(join(dir, 'out.csv'));
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('turns a file where a folder should be into a user error', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'file'), '');
    const error = await writeFileAtomic(join(dir, 'file', 'out.csv'), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
  });

  it.skipIf(asRoot)('turns a read-only folder into a user error', async () => {
    const dir = scratch();
    chmodSync(dir, 0o500);
    const error = await writeFileAtomic(join(dir, 'out.csv'), 'x').catch((e: unknown) => e);
    chmodSync(dir, 0o700);
    expect((error as InputError).message).toContain('permission denied');
  });
});

describe('describeWriteError', () => {
  it('says the disk is full for ENOSPC, with the path and a hint', () => {
    const error = describeWriteError('/r/report.pdf', Object.assign(new Error('no space'), { code: 'ENOSPC' })) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('/r/report.pdf cannot be written: the disk is full.');
    expect(error.hint).toBeTruthy();
  });
  it('passes on what is not a file-system error', () => {
    const bug = new TypeError('x');
    expect(describeWriteError('/r', bug)).toBe(bug);
  });
});

describe('writeFilesAtomic', () => {
  it('writes a pair all or nothing: when the second cannot be placed, the first is not left behind', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'report.pdf')); // the rename of the second file fails
    const error = await writeFilesAtomic([
      { path: join(dir, 'report.xlsx'), data: 'xlsx' },
      { path: join(dir, 'report.pdf'), data: 'pdf' },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(existsSync(join(dir, 'report.xlsx'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('writes both when both can be written', async () => {
    const dir = scratch();
    await writeFilesAtomic([{ path: join(dir, 'a'), data: 'A' }, { path: join(dir, 'b'), data: 'B' }]);
    expect(readFileSync(join(dir, 'a'), 'utf8') + readFileSync(join(dir, 'b'), 'utf8')).toBe('AB');
  });
});
