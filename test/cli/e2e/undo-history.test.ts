import { describe, expect, it } from 'vitest';
import { EXAMPLE_CSV, EXAMPLE_XLSX, runCli, tempDir } from './run-cli.js';

/** The terminal's own default, Dutch (the e2e helper speaks English unless told). */
const DUTCH = { env: { MOBISCAN_LANG: '' } };

/** A workspace with one member whose three locations have coordinates. */
function memberWorkspace(): string {
  const ws = tempDir('ws');
  expect(runCli(['init', ws, '--name', 'Test alliantie']).code).toBe(0);
  const add = runCli(['company', 'add', '--workspace', ws, '--id', 'asz', '--name', 'Ziekenhuis', '--location', 'Dordrecht=51.7985,4.6681', '--location', 'Zwijndrecht=51.8216,4.6383', '--location', 'Sliedrecht=51.8233,4.7651']);
  expect(add.code, add.stderr).toBe(0);
  return ws;
}

describe("a member's scans: replace, list, compare, remove", () => {
  it('replaces the saved scan of the same export with --replace, lists and compares scans, and removes one only with --yes', () => {
    const ws = memberWorkspace();
    const first = runCli(['scan', EXAMPLE_CSV, '-c', 'asz', '--workspace', ws, '--export-date', '2024-03-31', '--json']);
    expect(first.code, first.stderr).toBe(0);
    const firstId = JSON.parse(first.stdout).saved.scanId as number;
    const replaced = runCli(['scan', EXAMPLE_CSV, '-c', 'asz', '--workspace', ws, '--export-date', '2024-03-31', '--replace', '--json']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(JSON.parse(replaced.stdout).saved).toMatchObject({ created: true, replaced: firstId });
    const newer = runCli(['scan', EXAMPLE_XLSX, '-c', 'asz', '--workspace', ws, '--export-date', '2026-03-31', '--json']);
    expect(newer.code, newer.stderr).toBe(0);

    const list = runCli(['scan', 'list', '-c', 'asz', '--workspace', ws, '--json']);
    expect(list.code, list.stderr).toBe(0);
    const scans = JSON.parse(list.stdout).scans as Array<{ id: number; exportDate: string; headline: { employees: number; carShare: number } }>;
    expect(scans.map((s) => s.exportDate)).toEqual(['2026-03-31', '2024-03-31']);
    expect(scans[0]!.headline.employees).toBeGreaterThan(0);
    const table = runCli(['scan', 'list', '-c', 'asz', '--workspace', ws], DUTCH);
    expect(table.stdout).toContain('31-03-2024');
    expect(table.stdout.split('\n').every((line) => line.length <= 80)).toBe(true);

    const compare = runCli(['scan', 'compare', '-c', 'asz', '--workspace', ws, '--json']);
    expect(compare.code, compare.stderr).toBe(0);
    const comparison = JSON.parse(compare.stdout);
    expect(comparison.before.exportDate).toBe('2024-03-31');
    expect(comparison.figures.map((f: { figure: string }) => f.figure)).toEqual(['employees', 'carShare', 'expectedSwitchers', 'peakCarTripsPerDay', 'avoidablePeakTripsPerDay', 'co2KgPerYear']);
    const text = runCli(['scan', 'compare', '-c', 'asz', '--workspace', ws], DUTCH);
    expect(text.stdout).toContain('Aandeel auto');

    const refused = runCli(['scan', 'remove', String(scans[1]!.id), '-c', 'asz', '--workspace', ws], DUTCH);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    const removed = runCli(['scan', 'remove', String(scans[1]!.id), '-c', 'asz', '--workspace', ws, '--yes']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(JSON.parse(runCli(['scan', 'list', '-c', 'asz', '--workspace', ws, '--json']).stdout).scans).toHaveLength(1);
    const tooFew = runCli(['scan', 'compare', '-c', 'asz', '--workspace', ws]);
    expect(tooFew.code).toBe(1);
  }, 240_000); // a dozen CLI runs, three of them scans, on a shared 2-core machine
});
