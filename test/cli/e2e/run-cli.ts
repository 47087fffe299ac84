import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root and the built CLI (npm test builds before running vitest). */
export const ROOT = resolve(import.meta.dirname, '../../..');
export const CLI = join(ROOT, 'bin/mobiscan.js');
export const EXAMPLE_CSV = join(ROOT, 'examples/ziekenhuis-hr.csv');
export const EXAMPLE_XLSX = join(ROOT, 'examples/ziekenhuis-hr.xlsx');
export const GEONAMES_NL = resolve(ROOT, '../shared/data/geonames/NL.txt');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would, without a TTY, colours off, in its own data dir. The
 * terminal speaks English here (MOBISCAN_LANG=en) so older assertions read as written; tests of
 * the Dutch default pass `env: { MOBISCAN_LANG: '' }` (test/cli/e2e/cli-language.test.ts).
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', MOBISCAN_LANG: 'en', MOBISCAN_DATA_DIR: options.env?.MOBISCAN_DATA_DIR ?? tempDir('data'), ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'mobiscan'): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}
