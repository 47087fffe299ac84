import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run-cli.js';

/** No MOBISCAN_LANG: Dutch unless --lang en. */
const dutch = { MOBISCAN_LANG: '' };
const COUNTS = join(ROOT, 'examples/alliance/counts/asz.csv');

/** English words the Dutch output of these commands used to have; none may come back. */
const ENGLISH = /\b(added|updated|removed|recorded|baseline|employees|working days?|peak car trips|goal set|measures? taken|no goals|no measures|headcount|locations?|declaration|shares with|latest scan|morning|evening|avoided|the workspace|next:)\b/i;

describe('the workspace commands speak Dutch by default and English with --lang en', () => {
  const ws = tempDir('nl-ws');
  const nl = (...args: string[]) => runCli([...args, '--workspace', ws], { env: dutch });
  const en = (...args: string[]) => runCli([...args, '--workspace', ws, '--lang', 'en'], { env: dutch });

  beforeAll(() => {
    const init = runCli(['init', ws, '--name', 'Alliantie'], { env: dutch });
    expect(init.stdout).toContain('werkmap van Alliantie gemaakt in');
    expect(init.stdout).toContain('spitsvensters: 07:00-09:00,16:30-18:00');
    expect(init.stdout).not.toMatch(ENGLISH);
  });

  it('company: add, list, show, export and errors', () => {
    const add = nl('company', 'add', '--id', 'asz', '--name', 'ASZ', '--headcount', '3000', '--signed', '2023-05-11', '--location', 'Dordwijk=51.8,4.67');
    expect(add.stdout).toBe('asz (ASZ) toegevoegd met 1 locatie\n');
    const list = nl('company', 'list');
    expect(list.stdout).toMatch(/^ID\s+NAAM\s+SECTOR\s+MEDEWERKERS\s+LOCATIES\s+GETEKEND/);
    expect(list.stdout).toContain('11-05-2023');
    const show = nl('company', 'show', 'asz');
    expect(show.stdout).toContain('intentie getekend');
    expect(show.stdout).toContain('deelt met alliantie  nee');
    expect(show.stdout).not.toMatch(ENGLISH);
    const exported = nl('company', 'export', join(ws, 'leden.csv'));
    expect(exported.stdout).toMatch(/^1 bedrijf geschreven naar /);
    const unknown = nl('company', 'show', 'nope');
    expect(unknown.stderr).toContain("fout: company: onbekend bedrijf 'nope'");
    expect(unknown.stderr).toContain('tip: zie npx mobiscan company list');
    expect(en('company', 'list').stdout).toMatch(/^ID\s+NAME\s+SECTOR\s+HEADCOUNT/);
    expect(en('company', 'show', 'nope').stderr).toContain("error: company: unknown company 'nope'");
  });

  it('goal and measure: set, list, add and their errors', () => {
    expect(nl('goal', 'set', '-c', 'asz', '--kind', 'peak-avoidance', '--target-pct', '10').stdout).toBe('doel vastgelegd: asz: 10% van de autoritten in de spits vermeden (absoluut)\n');
    nl('goal', 'set', '--alliance', '--kind', 'co2-reduction', '--target-pct', '50', '--baseline-year', '2016', '--target-year', '2030');
    const goals = nl('goal', 'list');
    expect(goals.stdout).toContain('alliantie: 50% minder CO2 in 2030 dan in 2016');
    expect(goals.stdout).not.toMatch(ENGLISH);
    expect(en('goal', 'list').stdout).toContain('alliance: -50% CO2 by 2030 against 2016');
    expect(nl('measure', 'add', '-c', 'asz', '--measure', 'bike-plan', '--start', '2026-01-05').stdout).toBe('vastgelegd voor asz: bike-plan vanaf 05-01-2026\n');
    // a catalogue measure by its name in the reader's language; --json keeps the id
    const list = nl('measure', 'list', '-c', 'asz').stdout;
    expect(list).toContain('05-01-2026  Fietsplan en fietsbeleid');
    expect(list).not.toContain('bike-plan');
    expect(en('measure', 'list', '-c', 'asz').stdout).toContain('2026-01-05  Bike plan and bike policy');
    expect(JSON.parse(en('measure', 'list', '-c', 'asz', '--json').stdout).measures[0].measure).toBe('bike-plan');
    const badDate = nl('measure', 'add', '-c', 'asz', '--measure', 'bike-plan', '--start', '2026-02-30');
    expect(badDate.stderr).toContain("fout: --start: '2026-02-30' is geen datum");
    expect(nl('track', 'show').stderr).toContain('fout: track show: --company ontbreekt');
  });

  it('track: baseline, headcount, show and alliance', () => {
    expect(nl('track', 'import', COUNTS, '-c', 'asz', '--kind', 'counts').code).toBe(0);
    const baseline = nl('track', 'baseline', '-c', 'asz', '--from', '2025-01-01', '--to', '2025-03-31');
    expect(baseline.stdout).toMatch(/^nulmeting van asz vastgelegd: 1\.801,3 autoritten in de spits per werkdag \(ochtend 1\.003,9, avond 797,4\), gemeten van 01-01-2025 t\/m 31-03-2025/);
    expect(nl('track', 'headcount', '-c', 'asz', '--from', '2025-01-01', '--headcount', '3000').stdout).toBe('vanaf 01-01-2025: 3.000 medewerkers\n');
    const show = nl('track', 'show', '-c', 'asz');
    expect(show.stdout).toContain('Autoritten in de spits per werkdag');
    expect(show.stdout.replace(/\s+/g, ' ')).toMatch(/K1 2025 .*\(nulmeting\)/);
    expect(show.stdout).toMatch(/Spitsdoel \(bedrijf, absoluut\): GEHAALD/);
    expect(show.stdout).toContain('Genomen maatregelen');
    expect(show.stdout).toContain('CO2-doel: geen CO2 voor het basisjaar 2016');
    expect(show.stdout).not.toMatch(/\b(no|the|baseline|period|goal)\b/);
    const alliance = nl('track', 'alliance');
    expect(alliance.stdout).toMatch(/^Alliantie: vermeden autoritten/);
    expect(alliance.stdout).toContain('geen CO2');
    const english = en('track', 'show', '-c', 'asz');
    expect(english.stdout).toContain('Peak car trips per working day');
    expect(english.stdout.replace(/\s+/g, ' ')).toMatch(/Q1 2025 .*\(baseline\)/);
    expect(english.stdout).toContain('1,801.3');
  });
});
