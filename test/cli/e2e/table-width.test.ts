import { describe, expect, it } from 'vitest';
import { EXAMPLE_CSV, EXAMPLE_XLSX, ROOT, runCli, tempDir } from './run-cli.js';

/** The rule lines under table headers ("----  ------"): a table is exactly as wide as its rule. */
const rules = (out: string): string[] => out.split('\n').filter((line) => /^-+( +-+)+$/.test(line));

describe('terminal tables fit 80 columns', () => {
  it('fits company list, the scan summary, scan list/compare and track show into 80 columns, Dutch and English', () => {
    const ws = tempDir('ws');
    expect(runCli(['init', ws, '--name', 'Test alliantie']).code).toBe(0);
    const name = 'Albert Schweitzer ziekenhuis, locaties Dordwijk, Zwijndrecht en Sliedrecht, met poliklinieken';
    const add = runCli(['company', 'add', '--workspace', ws, '--id', 'asz', '--name', name, '--sector', 'zorg en welzijn', '--headcount', '4.500',
      '--location', 'Dordrecht=51.7985,4.6681', '--location', 'Zwijndrecht=51.8216,4.6383', '--location', 'Sliedrecht=51.8233,4.7651']);
    expect(add.code, add.stderr).toBe(0);
    const outputs: Record<string, string> = {};
    const list = runCli(['company', 'list', '--workspace', ws], { env: { MOBISCAN_LANG: '' } });
    expect(list.stdout.split('\n').every((line) => line.length <= 80), list.stdout).toBe(true);
    expect(list.stdout).toContain('4500');

    outputs.scan = runCli(['scan', EXAMPLE_CSV, '-c', 'asz', '--workspace', ws, '--export-date', '2024-10-01']).stdout;
    outputs.scanNl = runCli(['scan', EXAMPLE_XLSX, '-c', 'asz', '--workspace', ws, '--export-date', '2026-10-01'], { env: { MOBISCAN_LANG: '' } }).stdout;
    outputs.list = runCli(['scan', 'list', '-c', 'asz', '--workspace', ws]).stdout;
    outputs.compare = runCli(['scan', 'compare', '-c', 'asz', '--workspace', ws], { env: { MOBISCAN_LANG: '' } }).stdout;
    expect(runCli(['track', 'import', `${ROOT}/examples/alliance/counts/asz.csv`, '-c', 'asz', '--kind', 'counts', '--workspace', ws]).code).toBe(0);
    outputs.track = runCli(['track', 'show', '-c', 'asz', '--workspace', ws]).stdout;
    outputs.trackNl = runCli(['track', 'show', '-c', 'asz', '--workspace', ws], { env: { MOBISCAN_LANG: '' } }).stdout;
    for (const [what, out] of Object.entries(outputs)) {
      expect(rules(out).length, `${what} has a table`).toBeGreaterThan(0);
      for (const rule of rules(out)) expect(rule.length, `${what}:\n${out}`).toBeLessThanOrEqual(80);
    }
  }, 240_000); // eight CLI runs on a busy machine
});
