import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

/** No MOBISCAN_LANG: Dutch unless --lang en. */
const dutch = { MOBISCAN_LANG: '' };

const HR = [
  'Personeelsnummer;Postcode;Vestiging;Vervoerwijze;FTE;Begintijd',
  '1;3311AB;Dordrecht;Auto;0,8;07:30',
  '2;33 AB;Dordrecht;Fiets;1;08:00', // no usable home: rejected
  '3;3312AB;Dordrecht;Fiets;7;25:99', // impossible FTE and time: values dropped, row kept
  '1;3313AB;Dordrecht;Auto;1;07:45', // same personnel number as row 2: rejected
  '5;3314AB;Dordrecht;raket;1;08:15', // unknown mode: value dropped
].join('\n') + '\n';

/** Scans the export with --rejects and --json in one language; the rejects file and the JSON. */
function scan(lang: 'nl' | 'en') {
  const dir = tempDir(`rejects-${lang}`);
  const file = join(dir, 'hr.csv');
  writeFileSync(file, HR);
  const rejects = join(dir, 'afgewezen.csv');
  const run = runCli(['scan', file, '--location', 'Dordrecht=3311AB', '--rejects', rejects, '--json', ...(lang === 'en' ? ['--lang', 'en'] : [])], { env: dutch });
  expect(run.code, run.stderr).toBe(0);
  const problems = JSON.parse(run.stdout).ingest.firstProblems as { row: number; column?: string; code: string; reason: string; severity: string }[];
  const lines = parse(readFileSync(rejects, 'utf8'), { delimiter: ';', bom: true }) as string[][];
  return { problems, lines };
}

describe('the reasons of rejected rows speak the run’s language, the codes stay', () => {
  const nl = scan('nl');
  const en = scan('en');

  it('writes a Dutch rejects file by default: Dutch headers, consequence and reason, the same codes', () => {
    expect(nl.lines[0]).toEqual(['rij', 'kolom', 'code', 'gevolg', 'reden']);
    const byCode = new Map(nl.lines.slice(1).map((l) => [l[2], l]));
    expect(byCode.get('invalid-postcode')).toEqual(['3', 'Postcode', 'invalid-postcode', 'rij afgewezen',
      'postcode: geen Nederlandse postcode (verwacht 1234 AB of 1234); ook geen woonplaats of afstand, dus de woning is niet te plaatsen (vul de postcode aan in de export)']);
    expect(byCode.get('duplicate-id')).toEqual(['5', 'Personeelsnummer', 'duplicate-id', 'rij afgewezen', 'hetzelfde personeelsnummer als rij 2; deze rij is overgeslagen']);
    expect(byCode.get('invalid-fte')?.slice(3)).toEqual(['rij gebruikt', 'FTE "7": onmogelijk (verwacht meer dan 0 en hoogstens 1,5)']);
    expect(byCode.get('invalid-mode')?.[4]).toBe('vervoerwijze (waarde niet getoond): onbekende vervoerwijze');
    expect(nl.lines.flat().join(' ')).not.toMatch(/\b(not a|expected|impossible|row skipped|value not shown|error|warning)\b/);
  });

  it('writes the English rejects file with --lang en, row for row the same codes', () => {
    expect(en.lines[0]).toEqual(['row', 'column', 'code', 'severity', 'reason']);
    expect(en.lines.slice(1).map((l) => [l[0], l[1], l[2]])).toEqual(nl.lines.slice(1).map((l) => [l[0], l[1], l[2]]));
    expect(en.lines.find((l) => l[2] === 'invalid-fte')?.slice(3)).toEqual(['warning', 'FTE "7": impossible (expected more than 0 and at most 1.5)']);
  });

  it('gives --json reasons in the run’s language beside the same stable codes and severities', () => {
    const strip = (ps: typeof nl.problems) => ps.map(({ reason: _reason, ...rest }) => rest);
    expect(strip(nl.problems)).toEqual(strip(en.problems));
    expect(nl.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['invalid-postcode', 'duplicate-id', 'invalid-fte', 'invalid-time', 'invalid-mode']));
    const time = (ps: typeof nl.problems) => ps.find((p) => p.code === 'invalid-time')!.reason;
    expect(time(nl.problems)).toBe('begintijd "25:99": geen bestaande tijd (verwacht 00:00 tot 23:59)');
    expect(time(en.problems)).toBe('start time "25:99": out of range (expected 00:00-23:59)');
    expect(nl.problems.every((p) => typeof p.reason === 'string')).toBe(true);
  });
});
