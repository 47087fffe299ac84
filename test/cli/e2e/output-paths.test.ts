import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CSV, runCli, tempDir } from './run-cli.js';

/** A workspace with the example export beside its database. */
function workspace(): { dir: string; hr: string; db: string } {
  const dir = tempDir('ws');
  expect(runCli(['init', dir, '--name', 'Test'], { cwd: dir }).code).toBe(0);
  const hr = join(dir, 'hr.csv');
  copyFileSync(EXAMPLE_CSV, hr);
  return { dir, hr, db: join(dir, 'mobiscan.db') };
}

const unchanged = (path: string) => {
  const before = readFileSync(path);
  return () => expect(readFileSync(path).equals(before)).toBe(true);
};

describe('outputs never destroy inputs or the workspace', () => {
  it('scan --rejects onto the export itself fails with exit 1 and leaves the export as it was', () => {
    const { dir, hr } = workspace();
    const check = unchanged(hr);
    const run = runCli(['scan', hr, '--location', '3318AT=51.79,4.67', '--rejects', hr], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--rejects');
    expect(run.stderr).not.toContain('internal error');
    check();
  });

  it('scan --employees onto the workspace database fails and leaves the database as it was', () => {
    const { dir, hr, db } = workspace();
    const check = unchanged(db);
    const run = runCli(['scan', hr, '--location', '3318AT=51.79,4.67', '--employees', 'mobiscan.db'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('database');
    check();
  });

  it('wpm --out onto the workspace database fails before anything is written', () => {
    const { dir, db } = workspace();
    const check = unchanged(db);
    const run = runCli(['wpm', '--company', 'x', '--year', '2025', '--out', 'mobiscan.db'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--out mobiscan.db');
    check();
  });

  it('scan --rejects and --employees on the same file is refused', () => {
    const { dir, hr } = workspace();
    const run = runCli(['scan', hr, '--location', '3318AT=51.79,4.67', '--rejects', 'out.csv', '--employees', './out.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('writes the same file');
  });

  it('report --out onto a file is refused with a user error', () => {
    const { dir, hr } = workspace();
    const run = runCli(['report', '--company', 'x', '--out', hr], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not a folder');
  });

  it('writes the rejects file owner-only', () => {
    const { dir, hr } = workspace();
    const run = runCli(['scan', hr, '--location', '3318AT=51.79,4.67', '--rejects', 'rejects.csv'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(statSync(join(dir, 'rejects.csv')).mode & 0o777).toBe(0o600);
  });
});
