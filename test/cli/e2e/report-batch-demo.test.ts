import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run-cli.js';

const MANIFEST = join(ROOT, 'examples/alliance/manifest.json');

describe('mobiscan report', () => {
  it('says what to run first for a company without a scan', () => {
    const ws = tempDir('ws');
    runCli(['init', ws, '--name', 'Test']);
    runCli(['company', 'add', '--workspace', ws, '--id', 'leeg', '--name', 'Leeg BV']);
    const run = runCli(['report', '--company', 'leeg', '--workspace', ws]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('mobiscan scan');
  });

  it('refuses a wrong --format or --lang with exit 2', () => {
    expect(runCli(['report', '--company', 'x', '--format', 'docx']).code).toBe(2);
    expect(runCli(['report', '--company', 'x', '--lang', 'fr']).code).toBe(2);
  });
});

describe('mobiscan demo and batch', () => {
  it('builds the example alliance, writes every report, and a rerun changes nothing', async () => {
    const dir = join(tempDir('demo'), 'demo');
    const first = runCli(['demo', dir]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('done. The reports are in'); // progress goes to stderr, the batch table to stdout
    // the demo lies outside the folder the command ran in: its full path, never '../../tmp/...'
    expect(first.stderr).toContain(`The reports are in ${join(dir, 'reports')}/`);
    const reports = readdirSync(join(dir, 'reports')).sort();
    // runCli speaks English: the language is in every name, the alliance's with an '_' no member id can have
    for (const base of ['asz-', 'college-', 'dcbp-', 'gemdor-', 'hoofd-', 'zorg2-', 'alliance_']) {
      expect(reports.some((f) => f.startsWith(base) && f.endsWith('-en.pdf')), base).toBe(true);
      expect(reports.some((f) => f.startsWith(base) && f.endsWith('-en.xlsx')), base).toBe(true);
    }
    expect(first.stdout + first.stderr).toContain('Explore further with: npx mobiscan ');
    const alliance = reports.find((f) => f.startsWith('alliance_') && f.endsWith('.xlsx'))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'reports', alliance));
    const text: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => text.push(String(cell.text)))));
    const members = readFileSync(join(ROOT, 'examples/alliance/members.yaml'), 'utf8');
    // members who do not share with the alliance appear in its totals only, never by name
    const hidden = [...members.matchAll(/\n    name: (.+)\n(?:    .*\n)*?    shares_with_alliance: false/g)].map((m) => m[1]!.replace(/ \(voorbeeld\)$/, ''));
    expect(hidden.length).toBeGreaterThan(0);
    for (const name of hidden) expect(text.join('\n')).not.toContain(name);

    const again = runCli(['batch', '--manifest', MANIFEST, '--workspace', dir, '--json']);
    expect(again.code).toBe(0);
    const outcome = JSON.parse(again.stdout);
    expect(outcome.members.map((m: { status: string }) => m.status)).toEqual(Array(6).fill('unchanged'));
  }, 180_000); // the whole demo: about 15 s alone, much longer on a busy machine

  it('goes on when one member fails, reports it, and exits 1', () => {
    const ws = tempDir('ws');
    runCli(['init', ws, '--name', 'Test']);
    expect(runCli(['company', 'import', join(ROOT, 'examples/alliance/members.yaml'), '--workspace', ws]).code).toBe(0);
    const exports = join(ws, 'exports');
    mkdirSync(exports);
    copyFileSync(join(ROOT, 'examples/alliance/exports/college.csv'), join(exports, 'college.csv'));
    writeFileSync(join(exports, 'gemdor.csv'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const run = runCli(['batch', '--exports', exports, '--workspace', ws, '--format', 'xlsx', '--json']);
    expect(run.code).toBe(1);
    const outcome = JSON.parse(run.stdout);
    const byId = Object.fromEntries(outcome.members.map((m: { id: string }) => [m.id, m]));
    expect(byId.college.status).toBe('scanned');
    expect(byId.gemdor.status).toBe('failed');
    expect(byId.gemdor.error).toMatch(/gemdor\.csv/);
    expect(byId.asz.status).toBe('no-export');
    expect(existsSync(outcome.allianceFiles[0])).toBe(true);
    // the summary a person reads: file names in the table, the folder once below it, in Dutch
    const shown = runCli(['batch', '--exports', exports, '--workspace', ws, '--format', 'xlsx'], { env: { MOBISCAN_LANG: '' } });
    const table = shown.stdout.split('\n').filter((l) => l.startsWith('college'));
    expect(table.join('\n')).toMatch(/college-\d{4}-\d{2}-\d{2}-nl\.xlsx/);
    expect(table.join('\n')).not.toContain(ws);
    expect(shown.stdout).toContain(`de rapporten staan in ${join(ws, 'reports')}`);
  }, 180_000); // five CLI runs: seconds alone, over 30 s on a busy machine
});
