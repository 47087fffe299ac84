import { afterEach, describe, expect, it } from 'vitest';
import { runProgram } from '../../cli/run-program.js';
import { registerMeasure } from '../../../src/cli/commands/measure.js';
import { registerTrack } from '../../../src/cli/commands/track.js';
import { registerWpm } from '../../../src/cli/commands/wpm.js';
import { registerCompany } from '../../../src/cli/commands/company.js';
import { registerInit } from '../../../src/cli/commands/init.js';
import { tempDir } from '../workspace/fake-context.js';
import { dailyCountsCsv, writeInto } from './tracking-fixture.js';

const run = (...argv: string[]) => runProgram([registerInit, registerCompany, registerTrack, registerMeasure, registerWpm], ...argv);

afterEach(() => {
  process.exitCode = undefined;
});

describe('the tracking commands on the command line', () => {
  it('imports, sets a baseline and shows JSON; a missing flag is a usage error (exit 2)', async () => {
    const dir = tempDir();
    const ws = ['--workspace', dir];
    expect((await run('init', dir, '--name', 'Drechtsteden')).code).toBe(0);
    expect((await run('company', 'add', '--id', 'asz', '--name', 'ASz', ...ws)).code).toBe(0);
    const file = writeInto(tempDir(), 't.csv', dailyCountsCsv([{ from: '2026-01-05', to: '2026-01-30', morning: 10, evening: 8 }]));
    expect((await run('track', 'import', file, '--company', 'asz', '--kind', 'counts', ...ws)).stdout).toContain('imported peak car trips on 20 working days');
    expect((await run('track', 'baseline', '--company', 'asz', '--from', '2026-01-05', '--to', '2026-01-30', ...ws)).code).toBe(0);
    const shown = await run('--json', 'track', 'show', '--company', 'asz', '--by', 'month', ...ws);
    expect(JSON.parse(shown.stdout).peak.baseline.totalPerDay).toBe(18);
    const missing = await run('track', 'show', ...ws);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('track show: missing --company');
    expect((await run('measure', 'add', '--company', 'asz', '--measure', 'carpool-matching', '--start', '2026-02-30', ...ws)).stderr).toContain("--start: '2026-02-30' is not a date");
    expect((await run('wpm', '--company', 'asz', ...ws)).stderr).toContain('wpm: missing --year');
  });
});
