import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run-cli.js';

const REGISTRATIONS = [
  'Datum;Deelnemer;Personeelsnummer;Aantal;Km;Vervoerwijze;Spits',
  '14-09-2026;asz;1001;2;30;fiets;ja',
  '15-09-2026;asz;1002;1;25;trein;nee',
  '15-09-2026;gemdor;2001;1;12;e-bike;ja',
  '21-09-2026;gemdor;2001;1;12;e-bike;ja',
].join('\n');

function workspace(): string {
  const ws = tempDir('campaign');
  expect(runCli(['init', ws, '--name', 'Test']).code).toBe(0);
  expect(runCli(['company', 'import', join(ROOT, 'examples/alliance/members.yaml'), '--workspace', ws]).code).toBe(0);
  return ws;
}

describe('mobiscan campaign', () => {
  it('records a week, reads registrations once, counts one outside the period apart and sums per member', () => {
    const ws = workspace();
    const file = join(ws, 'registraties.csv');
    writeFileSync(file, REGISTRATIONS);
    expect(runCli(['campaign', 'add', '--id', 'week-2026', '--name', 'Mobiliteitsweek', '--from', '14-09-2026', '--to', '18-09-2026', '--workspace', ws]).code).toBe(0);
    const first = runCli(['campaign', 'register', file, '--campaign', 'week-2026', '--workspace', ws, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ status: 'imported', registrations: 4, trips: 5, outsidePeriod: 1 });
    expect(first.stderr).toContain('outside the campaign period');
    const again = runCli(['campaign', 'register', file, '--campaign', 'week-2026', '--workspace', ws, '--json']);
    expect(JSON.parse(again.stdout).status).toBe('unchanged');
    const shown = JSON.parse(runCli(['campaign', 'show', 'week-2026', '--workspace', ws, '--json']).stdout);
    const asz = shown.members.find((m: { id: string }) => m.id === 'asz');
    expect(asz).toMatchObject({ registrations: 2, trips: 3, km: 55, participants: 2, peakTrips: 2 });
    const gemdor = shown.members.find((m: { id: string }) => m.id === 'gemdor');
    expect(gemdor).toMatchObject({ registrations: 1, trips: 1, km: 12, outside: { registrations: 1, trips: 1, km: 12 } });
    expect(shown.workingDays).toBe(5);
    // personnel numbers are a look-up key only: never in the output or the database
    expect(JSON.stringify(shown)).not.toMatch(/1001|1002|2001/);
  });

  it('speaks Dutch by default and refuses an unknown campaign with a hint', () => {
    const ws = workspace();
    const run = runCli(['campaign', 'show', 'bestaat-niet', '--workspace', ws], { env: { MOBISCAN_LANG: '' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('fout: geen campagne met id bestaat-niet');
    expect(run.stderr).toContain('npx mobiscan campaign list');
  });

  it('removes a campaign only with --yes in a script', () => {
    const ws = workspace();
    runCli(['campaign', 'add', '--id', 'w', '--name', 'W', '--from', '2026-09-14', '--to', '2026-09-18', '--workspace', ws]);
    expect(runCli(['campaign', 'remove', 'w', '--workspace', ws]).code).toBe(2);
    expect(runCli(['campaign', 'remove', 'w', '--workspace', ws, '--yes']).code).toBe(0);
    expect(JSON.parse(runCli(['campaign', 'list', '--workspace', ws, '--json']).stdout).campaigns).toEqual([]);
  });
});
