import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run-cli.js';

const COLLEGE = join(ROOT, 'examples/alliance/exports/college.csv');
// two columns of postcodes: which is the home's cannot be told without a mapping
const AMBIGUOUS = 'Code 1;Code 2;Afdeling\n' + Array.from({ length: 12 }, (_, i) => `33${11 + (i % 8)}AB;3318AT;Zorg\n`).join('');

/** A workspace with members `college` and `alliantie` (an id equal to the alliance report's word), one location each. */
function workspace(): { ws: string; exports: string } {
  const ws = tempDir('ws');
  expect(runCli(['init', ws, '--name', 'Test alliantie']).code).toBe(0);
  for (const id of ['college', 'alliantie']) {
    const add = runCli(['company', 'add', '--workspace', ws, '--id', id, '--name', `Lid ${id}`, '--location', 'Leerpark=51.7995,4.711']);
    expect(add.code, add.stderr).toBe(0);
  }
  const exports = join(ws, 'exports');
  mkdirSync(exports);
  return { ws, exports };
}

/** The batch in Dutch unless the arguments say otherwise (the test runner's default is English). */
const batch = (ws: string, ...args: string[]) => runCli(['batch', '--workspace', ws, '--format', 'xlsx', '--jobs', '0', ...(args.includes('--lang') ? [] : ['--lang', 'nl']), ...args]);

describe('batch you can trust', { timeout: 180_000 }, () => {
  it('warns about an export that matches no member, on stderr and in --json, and gives every report its own name', () => {
    const { ws, exports } = workspace();
    copyFileSync(COLLEGE, join(exports, 'college.csv'));
    copyFileSync(COLLEGE, join(exports, 'alliantie.csv'));
    copyFileSync(COLLEGE, join(exports, 'colege-typo.csv'));
    const run = batch(ws, '--exports', exports, '--json');
    expect(run.code, run.stderr).toBe(0);
    const outcome = JSON.parse(run.stdout);
    expect(outcome.unmatchedExports).toEqual(['colege-typo.csv']);
    expect(run.stderr).toContain('colege-typo.csv hoort bij geen lid'); // the batch runs with --lang nl
    const reports = readdirSync(join(ws, 'reports')).sort();
    expect(reports.filter((f) => /^alliantie-\d{4}-\d{2}-\d{2}-nl\.xlsx$/.test(f))).toHaveLength(1); // the member
    expect(reports.filter((f) => /^alliantie_\d{4}-\d{2}-\d{2}-nl\.xlsx$/.test(f))).toHaveLength(1); // the alliance
    expect(reports.filter((f) => /^college-.*-nl\.xlsx$/.test(f))).toHaveLength(1);
  });

  it('exits 1 when no export matches any member', () => {
    const { ws, exports } = workspace();
    copyFileSync(COLLEGE, join(exports, 'iemand-anders.csv'));
    const run = batch(ws, '--exports', exports, '--json');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('iemand-anders.csv');
    expect(run.stdout).toBe('');
  });

  it("takes a member's column mapping from the manifest, and a batch-wide one from --columns", () => {
    const { ws, exports } = workspace();
    writeFileSync(join(exports, 'college.csv'), AMBIGUOUS);
    writeFileSync(join(exports, 'alliantie.csv'), AMBIGUOUS);
    const mapping = { roles: { homePostcode: 'Code 1' }, ignore: ['Code 2'] };
    writeFileSync(join(exports, 'college-columns.json'), JSON.stringify(mapping));
    const manifest = join(exports, 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ members: [{ id: 'college', export: 'college.csv', columns: 'college-columns.json' }, { id: 'alliantie', export: 'alliantie.csv' }] }));
    const first = JSON.parse(batch(ws, '--manifest', manifest, '--json').stdout);
    const status = (o: { members: { id: string; status: string }[] }) => Object.fromEntries(o.members.map((m) => [m.id, m.status]));
    expect(status(first)).toEqual({ college: 'scanned', alliantie: 'failed' }); // no mapping for alliantie

    writeFileSync(manifest, JSON.stringify({ members: [{ id: 'college', export: 'college.csv' }, { id: 'alliantie', export: 'alliantie.csv', columns: mapping }] }));
    expect(status(JSON.parse(batch(ws, '--manifest', manifest, '--json').stdout))).toEqual({ college: 'unchanged', alliantie: 'scanned' });

    const other = workspace();
    writeFileSync(join(other.exports, 'college.csv'), AMBIGUOUS);
    const map = join(other.exports, 'map.json');
    writeFileSync(map, JSON.stringify(mapping));
    const run = batch(other.ws, '--exports', other.exports, '--columns', map, '--json');
    expect(status(JSON.parse(run.stdout)).college).toBe('scanned');
  });

  it('writes the missing reports of an unchanged export on a rerun, and --lang en beside the Dutch ones', () => {
    const { ws, exports } = workspace();
    copyFileSync(COLLEGE, join(exports, 'college.csv'));
    expect(batch(ws, '--exports', exports).code).toBe(0);
    const reports = join(ws, 'reports');
    const collegeNl = readdirSync(reports).find((f) => f.startsWith('college-') && f.endsWith('-nl.xlsx'))!;
    rmSync(join(reports, collegeNl)); // as if the batch stopped after saving the scan
    const again = JSON.parse(batch(ws, '--exports', exports, '--json').stdout);
    const college = again.members.find((m: { id: string }) => m.id === 'college');
    expect(college.status).toBe('unchanged');
    expect(college.files).toEqual([join(reports, collegeNl)]);
    expect(existsSync(join(reports, collegeNl))).toBe(true);

    expect(batch(ws, '--exports', exports, '--lang', 'en').code).toBe(0);
    const names = readdirSync(reports);
    expect(names).toContain(collegeNl);
    expect(names).toContain(collegeNl.replace('-nl.xlsx', '-en.xlsx'));
    expect(names.some((f) => /^alliance_.*-en\.xlsx$/.test(f))).toBe(true);
  });
});
