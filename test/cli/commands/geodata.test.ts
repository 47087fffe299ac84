import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerGeodata } from '../../../src/cli/commands/geodata.js';
import { setCliLang } from '../../../src/cli/cli-lang.js';

const NL_TXT = fileURLToPath(new URL('../../../../shared/data/geonames/NL.txt', import.meta.url));
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mobiscan-geodata-cli-'));
  setCliLang('en'); // written in English; the Dutch default is tested in cli-language-files
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** Runs `mobiscan ...args` with the global flags main.ts declares; returns stdout and the exit code. */
async function run(...args: string[]): Promise<{ stdout: string; code: number }> {
  const program = new Command('mobiscan').option('--json').option('-q, --quiet').option('--no-color').option('--debug').exitOverride();
  registerGeodata(program);
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  process.exitCode = undefined;
  await program.parseAsync(['node', 'mobiscan', ...args]);
  vi.restoreAllMocks();
  return { stdout, code: Number(process.exitCode ?? 0) };
}

describe('mobiscan geodata', () => {
  it('status without an import says how to get the free GeoNames file', async () => {
    const { stdout, code } = await run('geodata', 'status', '--data-dir', dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/No postcode table imported/);
    expect(stdout).toMatch(/NL\.zip/);
    const json = JSON.parse((await run('--json', 'geodata', 'status', '--data-dir', dir)).stdout);
    expect(json).toMatchObject({ loaded: false, info: null, builtIn: { stations: expect.any(Number) } });
  });

  it('import reports counts, corrections and attribution; status then shows the source', async () => {
    const imported = await run('geodata', 'import', NL_TXT, '--data-dir', dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Imported 4,081 PC4, 0 PC6, [\d,]+ place names from NL\.txt/);
    expect(imported.stdout).toMatch(/3062 moved/);
    expect(imported.stdout).toMatch(/GeoNames \(www\.geonames\.org\), CC BY 4\.0/);
    const status = await run('--json', 'geodata', 'status', '--data-dir', dir);
    expect(JSON.parse(status.stdout)).toMatchObject({ loaded: true, info: { counts: { pc4: 4081 }, sources: [{ file: 'NL.txt' }] } });
  });

  it('says a user’s own file has no stated licence, in Dutch by default and in English with --lang en', async () => {
    const csv = join(dir, 'eigen.csv');
    await writeFile(csv, 'postcode;x;y\n3811;155000;463000\n');
    setCliLang('nl');
    const nl = await run('geodata', 'import', csv, '--data-dir', dir);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toContain('Bronvermelding: ingelezen door de gebruiker; licentie niet vermeld');
    expect((await run('geodata', 'status', '--data-dir', dir)).stdout).toContain('bronvermelding: ingelezen door de gebruiker; licentie niet vermeld');
    setCliLang('en');
    expect((await run('geodata', 'status', '--data-dir', dir)).stdout).toContain('attribution: imported by the user; licence not stated');
  });

  it('fails with exit code 1 for a missing file', async () => {
    const { code } = await run('geodata', 'import', join(dir, 'nope.txt'), '--data-dir', dir);
    expect(code).toBe(1);
  });
});
