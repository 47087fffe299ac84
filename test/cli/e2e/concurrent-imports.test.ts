import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/adapters/store/open-workspace.js';
import { CLI, ROOT, runCli, tempDir } from './run-cli.js';

const EXAMPLES = join(ROOT, 'examples/alliance');

/** Runs the CLI without waiting, so two can start at once. */
function start(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const proc = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', MOBISCAN_LANG: 'en', MOBISCAN_DATA_DIR: tempDir('data') } });
  let [stdout, stderr] = ['', ''];
  proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => proc.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('two processes importing the same file at once', () => {
  it('one imports and the other waits and says it was already imported; no internal error, the data counted once', async () => {
    const ws = tempDir();
    expect(runCli(['init', ws, '--name', 'Test']).code).toBe(0);
    expect(runCli(['company', 'add', '--id', 'gemdor', '--name', 'Gemeente', '--workspace', ws]).code).toBe(0);
    const log = join(EXAMPLES, 'logs/gemdor-2025-03.csv');
    const args = ['track', 'import', log, '-c', 'gemdor', '--kind', 'log', '--workspace', ws];
    const runs = await Promise.all([start(args), start(args)]);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stderr).not.toMatch(/internal|UNIQUE|constraint/i);
    }
    expect(runs.filter((r) => r.stdout.includes('already imported'))).toHaveLength(1);
    const alone = tempDir();
    runCli(['init', alone, '--name', 'Test']);
    runCli(['company', 'add', '--id', 'gemdor', '--name', 'Gemeente', '--workspace', alone]);
    runCli([...args.slice(0, -1), alone]);
    const [both, once] = await Promise.all([ws, alone].map(async (dir) => {
      const opened = await openWorkspace(dir);
      try {
        return [opened.tracking.dailyCounts('gemdor'), opened.tracking.imports('gemdor').length] as const;
      } finally {
        opened.close();
      }
    }));
    expect(both).toEqual(once);

    const campaigns = ['campaign', 'import', join(EXAMPLES, 'campaigns.csv'), '--workspace', ws];
    expect(runCli(campaigns).code).toBe(0);
    const register = ['campaign', 'register', join(EXAMPLES, 'campaign/mobiliteitsweek-2026.csv'), '--campaign', 'mobiliteitsweek-2026', '--workspace', ws];
    const registered = await Promise.all([start(register), start(register)]);
    for (const run of registered) {
      expect(run.code).toBe(0);
      expect(run.stderr).not.toMatch(/internal|UNIQUE|constraint/i);
    }
    expect(registered.filter((r) => /before|nothing changed/.test(r.stdout))).toHaveLength(1);
  });
});
