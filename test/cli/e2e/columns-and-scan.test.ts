import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaks } from '../../fixtures/personal-values.js';
import { EXAMPLE_CSV, EXAMPLE_XLSX, GEONAMES_NL, runCli, tempDir } from './run-cli.js';

const locations = ['--location', 'Dordrecht=51.7985,4.6681', '--location', 'Zwijndrecht=51.8216,4.6383', '--location', 'Sliedrecht=51.8233,4.7651'];

function expectNoPersonalData(text: string): void {
  expect(leaks(text)).toEqual([]);
}

describe('mobiscan columns', () => {
  it('understands the example CSV and drops the personal columns without samples', () => {
    const run = runCli(['columns', EXAMPLE_CSV, '--json']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';', headerRow: 4 });
    const roleOf = (header: string) => data.columns.find((c: { header: string }) => c.header === header);
    expect(roleOf('Postcode').role).toBe('homePostcode');
    expect(roleOf('Vestiging').role).toBe('workLocation');
    expect(roleOf('Afstand woon-werk (km)').role).toBe('distanceKm');
    for (const header of ['Achternaam', 'Voornaam', 'Geboortedatum', 'Straat', 'Huisnummer', 'E-mailadres']) {
      expect(roleOf(header).kind).toBe('personal');
      expect(roleOf(header).samples).toEqual([]);
    }
    expectNoPersonalData(run.stdout + run.stderr);
  });

  it('finds the header under the title rows of the example workbook', () => {
    const run = runCli(['columns', EXAMPLE_XLSX, '--json']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.format).toBe('xlsx');
    expect(data.headerRow).toBe(4);
    expect(data.columns.find((c: { header: string }) => c.header === 'Uren per week').role).toBe('hoursPerWeek');
  });

  it('without a terminal, fails on a missing home column and names the flag to use', () => {
    const dir = tempDir();
    const file = join(dir, 'no-home.csv');
    writeFileSync(file, 'Afdeling;Dienst\nOK;Dagdienst\nICT;Kantoor\n');
    const run = runCli(['scan', file, '--location', '3318AT=51.79,4.67']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--columns');
  });

  it('applies a --columns mapping file', () => {
    const dir = tempDir();
    const file = join(dir, 'odd.csv');
    writeFileSync(file, 'Kolom A;Kolom B\n3311AB;5,2\n3312CD;7,9\n3313EF;12\n3314GH;3\n3315JK;4\n');
    const map = join(dir, 'map.json');
    writeFileSync(map, JSON.stringify({ roles: { homePostcode: 'Kolom A', distanceKm: 'Kolom B' } }));
    const run = runCli(['scan', file, '--location', 'X=51.8,4.67', '--columns', map, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).result.overall.employees).toBe(5);
  });
});

describe('mobiscan scan', () => {
  it('scans the example export, reports rejects, and leaks no personal data anywhere', () => {
    const dir = tempDir();
    const rejects = join(dir, 'rejects.csv');
    const run = runCli(['scan', EXAMPLE_CSV, ...locations, '--rejects', rejects, '--json']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    const { overall, locations: perLocation, method } = data.result;
    expect(data.ingest.rowsRejected).toBeGreaterThanOrEqual(4);
    expect(data.ingest.rejectsByCode).toMatchObject({ 'invalid-postcode': 1, 'duplicate-id': 1, 'repeated-header': 1 });
    expect(overall.employees).toBe(data.ingest.rowsUsed);
    expect(perLocation.map((l: { name: string }) => l.name)).toEqual(['Dordrecht', 'Zwijndrecht', 'Sliedrecht']);
    expect(perLocation.reduce((s: number, l: { employees: number }) => s + l.employees, 0)).toBeLessThanOrEqual(overall.employees);
    expect(overall.co2KgPerYear.after).toBeLessThan(overall.co2KgPerYear.now);
    expect(method.settings.length).toBeGreaterThan(20);
    expect(method.settings.every((s: { source: string }) => s.source.length > 0)).toBe(true);
    const rejectText = readFileSync(rejects, 'utf8');
    expect(rejectText).toContain('duplicate-id');
    expectNoPersonalData(run.stdout + run.stderr + rejectText);
  });

  it('prints a readable summary on the terminal', () => {
    const run = runCli(['scan', EXAMPLE_CSV, ...locations]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('employees scanned');
    expect(run.stdout).toContain('In reach: car commuters by distance');
    expect(run.stdout).toContain('Scenario: at a Dutch cycling level');
    expect(run.stdout).toMatch(/a full-timer drives on 8\d\.\d% of the 25\d working days/);
    expect(run.stdout).toContain('the built-in PC4 table');
    expectNoPersonalData(run.stdout + run.stderr);
  });

  it('writes the confidential per-employee list only on request, keyed by personnel number', () => {
    const dir = tempDir();
    const list = join(dir, 'employees.csv');
    const run = runCli(['scan', EXAMPLE_CSV, ...locations, '--employees', list]);
    expect(run.code).toBe(0);
    const text = readFileSync(list, 'utf8');
    expect(text).toContain('VERTROUWELIJK');
    expect(text.split('\r\n')[2]).toMatch(/^100000;/);
    expect(existsSync(join(dir, 'employees.csv'))).toBe(true);
  });

  it('without a location column or flag, fails (no terminal) and names the flag to use (exit 2)', () => {
    const dir = tempDir();
    const file = join(dir, 'no-location.csv');
    writeFileSync(file, 'Postcode;Woonplaats;Vervoerwijze\n3311AB;Dordrecht;Auto\n3312AC;Dordrecht;Fiets\n');
    const run = runCli(['scan', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no work-location column');
    expect(run.stderr).toContain('--location');
  });

  it('places homes by PC4 with imported GeoNames postcodes and locations by postcode', () => {
    const dataDir = tempDir('geo');
    const imported = runCli(['geodata', 'import', GEONAMES_NL], { env: { MOBISCAN_DATA_DIR: dataDir } });
    expect(imported.code).toBe(0);
    const run = runCli(['scan', EXAMPLE_CSV, '--location', 'Dordrecht=3318AT', '--location', 'Zwijndrecht=3331LZ', '--location', 'Sliedrecht=3363BE', '--json'], {
      env: { MOBISCAN_DATA_DIR: dataDir },
    });
    expect(run.code).toBe(0);
    const { dataQuality, overall } = JSON.parse(run.stdout).result;
    // GeoNames lacks a few real PC4s (Dordrecht 3321-3326): those homes fall back to the place name
    expect(dataQuality.precision.pc4 + dataQuality.precision.pc6).toBeGreaterThan(0.85 * overall.employees);
    expect(dataQuality.precision.none).toBe(0);
    expect(overall.pc4.length).toBeGreaterThan(20);
  });

  it('saves a scan for a company once, however often the same export is scanned', () => {
    const ws = tempDir('ws');
    expect(runCli(['init', ws, '--name', 'Test alliantie']).code).toBe(0);
    const add = runCli(['company', 'add', '--workspace', ws, '--id', 'asz', '--name', 'Ziekenhuis', '--location', 'Dordrecht=51.7985,4.6681', '--location', 'Zwijndrecht=51.8216,4.6383', '--location', 'Sliedrecht=51.8233,4.7651']);
    expect(add.code, add.stderr).toBe(0);
    const first = runCli(['scan', EXAMPLE_CSV, '--company', 'asz', '--workspace', ws, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).saved.created).toBe(true);
    const second = runCli(['scan', EXAMPLE_CSV, '--company', 'asz', '--workspace', ws]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('saved before');
    const dbBytes = readFileSync(join(ws, 'mobiscan.db')).toString('latin1');
    expectNoPersonalData(dbBytes);
  });

  it('names an unknown company', () => {
    const ws = tempDir('ws');
    runCli(['init', ws, '--name', 'Test']);
    const run = runCli(['scan', EXAMPLE_CSV, '--company', 'nope', '--workspace', ws]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nope');
  });
});
