import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

const pair = (dir: string) => readdirSync(dir).filter((f) => /^(alliantie|alliance)_/.test(f)).map((f) => f.replace(/^.*\./, '')).sort();

// each test runs the CLI three or four times: a few seconds alone, much longer on a busy machine
const SLOW = 120_000;

describe('an alliance without scans', () => {
  it('gets a report pair from `report --alliance` on a new workspace', () => {
    const ws = tempDir('ws');
    expect(runCli(['init', ws, '--name', 'Nieuw', '--peak-goal', '10']).code).toBe(0);
    const out = join(ws, 'out');
    const run = runCli(['report', '--alliance', '--workspace', ws, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(pair(out)).toEqual(['pdf', 'xlsx']);
  }, SLOW);

  it('in a batch whose only member fails: the member\'s own error, the summary, a report pair and exit 1', () => {
    const ws = tempDir('ws');
    runCli(['init', ws, '--name', 'Test']);
    expect(runCli(['company', 'add', '--workspace', ws, '--id', 'enig', '--name', 'Enig BV', '--no-shares']).code).toBe(0);
    const exports = join(ws, 'exports');
    mkdirSync(exports);
    writeFileSync(join(exports, 'enig.csv'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const out = join(ws, 'out');
    const run = runCli(['batch', '--exports', exports, '--workspace', ws, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/enig: .*enig\.csv/);
    expect(run.stdout).toMatch(/enig\s+failed/);
    expect(run.stdout).not.toContain('internal error');
    expect(pair(out)).toEqual(['pdf', 'xlsx']);
  }, SLOW);

  it('in a batch over an empty folder: a clear message, no crash', () => {
    const ws = tempDir('ws');
    runCli(['init', ws, '--name', 'Test']);
    expect(runCli(['company', 'add', '--workspace', ws, '--id', 'leeg', '--name', 'Leeg BV']).code).toBe(0);
    const exports = join(ws, 'exports');
    mkdirSync(exports);
    const run = runCli(['batch', '--exports', exports, '--workspace', ws, '--out', join(ws, 'out')]);
    // no export matches any member: the batch stops with a message (src/app/run-batch.ts), never an internal error
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/internal error|interne fout/);
    expect(run.stderr.length).toBeGreaterThan(0);
  }, SLOW);
});
