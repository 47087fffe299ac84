import { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerCommands } from '../../../src/cli/commands/index.js';
import { EXAMPLE_CSV, runCli, tempDir } from './run-cli.js';

/** The terminal's own default, Dutch (the e2e helper speaks English unless told). */
const DUTCH = { env: { MOBISCAN_LANG: '' } };

/** The commands as main.ts registers them (main.ts itself runs on import). */
function program(): Command {
  const p = new Command('mobiscan');
  registerCommands(p);
  return p;
}

/** Every command of the program with its full name ("track import"). */
function commandsOf(command: Command, prefix = ''): Array<[string, Command]> {
  return command.commands.flatMap((c) => {
    const name = `${prefix}${c.name()}`;
    return [[name, c] as [string, Command], ...commandsOf(c, `${name} `)];
  });
}

describe('flags mean one thing everywhere', () => {
  it('gives every command that takes --company the short form -c', () => {
    const withCompany = commandsOf(program()).filter(([, c]) => c.options.some((o) => o.long === '--company'));
    expect(withCompany.length).toBeGreaterThan(10);
    const without = withCompany.filter(([, c]) => c.options.find((o) => o.long === '--company')!.short !== '-c').map(([name]) => name);
    expect(without).toEqual([]);
  });

  it('refuses scan --replace without --company as a usage error (exit 2) that says what to add', () => {
    const run = runCli(['scan', EXAMPLE_CSV, '--location', '3318AT', '--replace'], DUTCH);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fout: --replace .*--company/m);
    expect(run.stderr).toMatch(/^tip: .*-c ID/m);
    expect(run.stdout).toBe('');
  });
});

describe('--columns: a mapping file or ROLE=HEADER pairs, on scan and on track import alike', () => {
  it('names an HR column with a pair on columns/scan, and refuses an unknown role as a usage error', () => {
    const run = runCli(['columns', EXAMPLE_CSV, '--columns', 'workLocation=Afdeling', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const afdeling = (JSON.parse(run.stdout).columns as Array<{ header: string; role: string | null }>).find((c) => c.header === 'Afdeling');
    expect(afdeling?.role).toBe('workLocation');
    const wrong = runCli(['scan', EXAMPLE_CSV, '--location', '3318AT', '--columns', 'kleur=Afdeling'], DUTCH);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^fout: --columns: "kleur" is geen rol/m);
  }, 120_000);

  it('reads a JSON mapping file on track import, as on scan', () => {
    const ws = tempDir('ws');
    expect(runCli(['init', ws, '--name', 'Test alliantie']).code).toBe(0);
    expect(runCli(['company', 'add', '--workspace', ws, '--id', 'asz', '--name', 'Ziekenhuis', '--location', 'Dordrecht=51.7985,4.6681']).code).toBe(0);
    const log = join(ws, 'slagboom.csv');
    writeFileSync(log, ['Moment van passage;Rijrichting', '2026-03-02 07:30;in', '2026-03-02 17:10;uit', '2026-03-03 07:45;in', ''].join('\n'));
    const map = join(ws, 'slagboom.json');
    writeFileSync(map, JSON.stringify({ roles: { timestamp: 'Moment van passage', direction: 'Rijrichting' } }));
    expect(runCli(['track', 'import', log, '-c', 'asz', '--kind', 'log', '--workspace', ws]).code).toBe(1);
    const byFile = runCli(['track', 'import', log, '-c', 'asz', '--kind', 'log', '--columns', map, '--workspace', ws]);
    expect(byFile.code, byFile.stderr).toBe(0);
    const byPairs = runCli(['track', 'import', log, '-c', 'asz', '--kind', 'log', '--source', 'b', '--columns', 'timestamp=Moment van passage', '--columns', 'direction=Rijrichting', '--workspace', ws]);
    expect(byPairs.code, byPairs.stderr).toBe(0);
  }, 240_000);
});

describe('--quiet never hides the result', () => {
  it('still prints what columns, scan list and wpm were asked for', () => {
    const ws = tempDir('ws');
    expect(runCli(['init', ws, '--name', 'Test alliantie']).code).toBe(0);
    expect(runCli(['company', 'add', '--workspace', ws, '--id', 'asz', '--name', 'Ziekenhuis', '--location', 'Dordrecht=51.7985,4.6681', '--location', 'Zwijndrecht=51.8216,4.6383', '--location', 'Sliedrecht=51.8233,4.7651']).code).toBe(0);
    expect(runCli(['scan', EXAMPLE_CSV, '-c', 'asz', '--workspace', ws, '--export-date', '2026-03-31', '--quiet']).code).toBe(0);

    const columns = runCli(['columns', EXAMPLE_CSV, '--quiet']);
    expect(columns.code).toBe(0);
    expect(columns.stdout).toContain('Postcode');
    const list = runCli(['scan', 'list', '-c', 'asz', '--workspace', ws, '--quiet']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('2026-03-31');
    const wpm = runCli(['wpm', '-c', 'asz', '--year', '2026', '--workspace', ws, '--quiet']);
    expect(wpm.code, wpm.stderr).toBe(0);
    expect(wpm.stdout).toMatch(/CO2/);
    // quiet: nothing but the result, and no next step
    expect(`${columns.stderr}${list.stderr}${wpm.stderr}`).toBe('');
  }, 240_000);
});

describe('the next step after scan and report', () => {
  it('is said in Dutch on stderr after a saved scan and a report, and never with --json or --quiet', () => {
    const ws = tempDir('ws');
    expect(runCli(['init', ws, '--name', 'Test alliantie']).code).toBe(0);
    expect(runCli(['company', 'add', '--workspace', ws, '--id', 'asz', '--name', 'Ziekenhuis', '--location', 'Dordrecht=51.7985,4.6681', '--location', 'Zwijndrecht=51.8216,4.6383', '--location', 'Sliedrecht=51.8233,4.7651']).code).toBe(0);
    const scan = runCli(['scan', EXAMPLE_CSV, '-c', 'asz', '--workspace', ws], DUTCH);
    expect(scan.code, scan.stderr).toBe(0);
    expect(scan.stderr).toContain('volgende stap: npx mobiscan report --company asz');
    expect(scan.stdout).not.toContain('volgende stap');
    const json = runCli(['scan', EXAMPLE_CSV, '-c', 'asz', '--workspace', ws, '--json'], DUTCH);
    expect(json.stderr).not.toContain('volgende stap');
    const quiet = runCli(['scan', EXAMPLE_CSV, '-c', 'asz', '--workspace', ws, '--quiet'], DUTCH);
    expect(quiet.stdout).toContain('asz');
    expect(quiet.stderr).not.toContain('volgende stap');
    const report = runCli(['report', '-c', 'asz', '--workspace', ws, '--format', 'xlsx'], DUTCH);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stderr).toMatch(/^volgende stap: open /m);
    const reportJson = runCli(['report', '-c', 'asz', '--workspace', ws, '--format', 'xlsx', '--json'], DUTCH);
    expect(reportJson.stderr).not.toContain('volgende stap');
  }, 240_000);
});

describe('company locations on a fresh install', () => {
  it('places --location NAME=3318AT with the built-in PC4 table when no geodata was imported', () => {
    const ws = tempDir('ws');
    const data = tempDir('empty-data'); // nothing imported here
    expect(runCli(['init', ws, '--name', 'Test alliantie'], { env: { MOBISCAN_DATA_DIR: data } }).code).toBe(0);
    const add = runCli(['company', 'add', '--workspace', ws, '--id', 'asz', '--name', 'Ziekenhuis', '--location', 'Dordwijk=3318AT'], { env: { MOBISCAN_DATA_DIR: data } });
    expect(add.code, add.stderr).toBe(0);
    expect(add.stderr).not.toMatch(/no coordinates/);
    const show = JSON.parse(runCli(['company', 'show', 'asz', '--workspace', ws, '--json'], { env: { MOBISCAN_DATA_DIR: data } }).stdout);
    const [dordwijk] = show.company.locations as Array<{ lat: number; lon: number; postcode: string }>;
    expect(dordwijk!.postcode).toBe('3318AT');
    // PC4 3318 lies in the south of Dordrecht
    expect(dordwijk!.lat).toBeCloseTo(51.79, 1);
    expect(dordwijk!.lon).toBeCloseTo(4.67, 1);
  }, 120_000);
});
