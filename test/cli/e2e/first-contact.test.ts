import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CSV, runCli, tempDir } from './run-cli.js';

describe('first contact: scan on a fresh install, nothing imported', { timeout: 120_000 }, () => {
  it('scans the example export with no flag: locations from its column, homes by PC4', () => {
    const run = runCli(['scan', EXAMPLE_CSV, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.geodata).toBeNull();
    expect(data.workLocations).toMatchObject({ source: 'export', column: 'Vestiging' });
    expect(data.workLocations.locations.map((l: { name: string; precision: string }) => `${l.name}:${l.precision}`)).toEqual(['Dordrecht:place', 'Zwijndrecht:place', 'Sliedrecht:place']);
    const { precision } = data.result.dataQuality;
    expect(precision.pc4).toBeGreaterThan(0.85 * data.result.overall.employees);
    expect(data.result.locations.every((l: { employees: number }) => l.employees > 0)).toBe(true);
    expect(run.stderr).not.toContain('next:'); // not with --json
  });

  it('states the precision and suggests the next step on stderr', () => {
    const run = runCli(['scan', EXAMPLE_CSV]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('work locations from the export\'s column "Vestiging"');
    expect(run.stdout).toContain('the built-in PC4 table');
    expect(run.stderr).toContain('next:');
    expect(run.stdout).not.toContain('next:');
  });

  it('places --location 3318AT and --location Dordrecht out of the box', () => {
    for (const spec of ['3318AT', 'Dordrecht', 'Dordrecht=3318AT']) {
      const run = runCli(['scan', EXAMPLE_CSV, '--location', spec, '--json']);
      expect(run.code, `${spec}: ${run.stderr}`).toBe(0);
      expect(JSON.parse(run.stdout).result.overall.employees).toBeGreaterThan(2900);
    }
  });

  it('refuses an impossible --export-date (exit 2)', () => {
    const run = runCli(['scan', EXAMPLE_CSV, '--export-date', '2026-13-45']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--export-date 2026-13-45');
  });
});

describe('saving a scan in a workspace', { timeout: 120_000 }, () => {
  function workspace(...locations: string[]): string {
    const ws = tempDir('ws');
    expect(runCli(['init', ws, '--name', 'Test alliantie']).code).toBe(0);
    const add = runCli(['company', 'add', '--workspace', ws, '--id', 'asz', '--name', 'Ziekenhuis', ...locations.flatMap((l) => ['--location', l])]);
    expect(add.code, add.stderr).toBe(0);
    return ws;
  }

  it('refuses to save a scan whose locations match none of the export (exit 1), and saves nothing', () => {
    const ws = workspace('Hoofdlocatie=51.7985,4.6681', 'Buitenpoli=51.8216,4.6383');
    const run = runCli(['scan', EXAMPLE_CSV, '--company', 'asz', '--workspace', ws]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('work at none of the locations');
    expect(run.stderr).toContain('"Dordrecht"');
    expect(run.stderr).toContain('not saved');
    const report = runCli(['report', '--company', 'asz', '--workspace', ws, '--out', tempDir('out')]);
    expect(report.code).toBe(1);
    expect(report.stderr).toContain('no scan');
  });

  it('takes the export date from the peildatum in the title rows, and suggests the report next', () => {
    const ws = workspace('Dordrecht=51.7985,4.6681', 'Zwijndrecht=51.8216,4.6383', 'Sliedrecht=51.8233,4.7651');
    const run = runCli(['scan', EXAMPLE_CSV, '--company', 'asz', '--workspace', ws, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).saved).toMatchObject({ created: true, exportDate: '2026-10-01' });
    const plain = runCli(['scan', EXAMPLE_CSV, '--company', 'asz', '--workspace', ws]);
    expect(plain.stderr).toContain('next: npx mobiscan report --company asz');
    // reports go to the workspace's reports/ folder, as batch's do, wherever the command runs
    const report = runCli(['report', '--company', 'asz', '--workspace', ws, '--format', 'xlsx', '--lang', 'nl'], { cwd: tempDir('elsewhere') });
    expect(report.code, report.stderr).toBe(0);
    expect(readdirSync(join(ws, 'reports')).filter((f) => /^asz-\d{4}-\d{2}-\d{2}-nl\.xlsx$/.test(f))).toHaveLength(1);
    expect(report.stderr).toContain('volgende stap: open '); // --lang nl
  });
});
