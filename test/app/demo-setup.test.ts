import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/adapters/store/open-workspace.js';
import { type DemoSetup, setUpDemoWorkspace } from '../../src/app/demo-setup.js';
import { InputError } from '../../src/core/errors.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'mobiscan-demo-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Everything the demo stores, without the timestamps a rerun may renew. */
async function snapshot(dir: string) {
  const ws = await openWorkspace(dir);
  try {
    const strip = <T extends object>(o: T | undefined) => (o === undefined ? undefined : Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'setAt')));
    return {
      alliance: ws.alliance.get(),
      companies: ws.companies.list().map((c) => c.id),
      goals: ws.goals.list(),
      members: Object.fromEntries(
        ws.companies.list().map((c) => [
          c.id,
          {
            measures: ws.measures.list(c.id).map(({ addedAt, ...m }) => m),
            imports: ws.tracking.imports(c.id).map((i) => `${i.kind} ${i.fileName} ${i.rowsUsed}`),
            dailyCounts: ws.tracking.dailyCounts(c.id).length,
            registrations: ws.tracking.registrations(c.id).reduce((sum, r) => sum + r.count, 0),
            baseline: strip(ws.tracking.baseline(c.id)),
            co2Years: ws.tracking.co2Years(c.id).map(({ setAt, ...y }) => y),
          },
        ]),
      ),
    };
  } finally {
    ws.close();
  }
}

describe('setUpDemoWorkspace', () => {
  const dir = join(temp, 'demo');
  const lines: string[] = [];
  let first: DemoSetup;
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    first = await setUpDemoWorkspace(dir, { examplesDir: EXAMPLES, log: (line) => lines.push(line) });
    before = await snapshot(dir);
  });

  it('creates the workspace of the example alliance with its peak windows', () => {
    expect(first).toMatchObject({ workspace: dir, created: true, manifest: { name: 'Samen Bereikbaar Drechtsteden (voorbeeld)' } });
    expect(before.alliance?.name).toBe('Samen Bereikbaar Drechtsteden (voorbeeld)');
    expect(before.alliance?.peakWindows).toEqual([{ start: '07:00', end: '09:00' }, { start: '16:30', end: '18:00' }]);
  });

  it('imports the six members, the goals of members and alliance, and the measures', () => {
    expect(before.companies.sort()).toEqual(['asz', 'college', 'dcbp', 'gemdor', 'hoofd', 'zorg2']);
    expect(before.goals).toHaveLength(10);
    expect(before.goals.filter((g) => g.companyId === null).map((g) => g.kind).sort()).toEqual(['co2-reduction', 'peak-avoidance']);
    expect(before.goals).toContainEqual(expect.objectContaining({ companyId: 'asz', kind: 'co2-reduction', targetPct: 50, baselineYear: 2016, targetYear: 2030 }));
    const measures = Object.values(before.members).flatMap((m) => m.measures);
    expect(measures).toHaveLength(33);
    expect(before.members.asz!.measures[0]).toMatchObject({ measure: 'declaration-of-intent', startDate: '2025-03-10', note: 'getekend door de raad van bestuur' });
  });

  it('imports counts, logs and registrations and sets every baseline', () => {
    for (const id of ['asz', 'dcbp', 'hoofd', 'college']) expect(before.members[id]!.dailyCounts, id).toBeGreaterThan(400);
    expect(before.members.gemdor!.imports).toHaveLength(2);
    expect(before.members.gemdor!.dailyCounts).toBeGreaterThan(30);
    expect(before.members.zorg2!.registrations).toBeGreaterThan(0);
    expect(before.members.asz!.baseline).toMatchObject({ source: 'measured', from: '2025-01-01', to: '2025-03-31' });
    expect(before.members.zorg2!.baseline).toMatchObject({ source: 'typed', morningPerDay: 110, eveningPerDay: 60 });
    for (const [id, m] of Object.entries(before.members)) expect(m.baseline, id).toBeDefined();
  });

  it('stores a CO2 value per year of the history for the two members that have one', () => {
    expect(before.members.asz!.co2Years.map((y) => y.year)).toEqual([2016, 2019, 2023]);
    expect(before.members.hoofd!.co2Years.map((y) => y.year)).toEqual([2016, 2019, 2023]);
    expect(before.members.gemdor!.co2Years).toEqual([]);
    const [y2016, , y2023] = before.members.asz!.co2Years;
    expect(y2016!.co2Kg).toBeGreaterThan(y2023!.co2Kg);
  });

  it('tells what it did through the log', () => {
    expect(lines[0]).toMatch(/^werkmap van Samen Bereikbaar .* gemaakt in /);
    expect(lines).toContain('leden: 6 toegevoegd, 0 gewijzigd, 0 ongewijzigd');
    expect(lines).toContain('goals.csv: 10 doelen nieuw of gewijzigd, 0 ongewijzigd');
    expect(lines).toContain('measures.csv: 33 maatregelen vastgelegd, 0 stonden er al');
  });

  it('changes nothing when run a second time on the same folder', async () => {
    const again: string[] = [];
    const second = await setUpDemoWorkspace(dir, { examplesDir: EXAMPLES, log: (line) => again.push(line) });
    expect(second.created).toBe(false);
    expect(await snapshot(dir)).toEqual(before);
    expect(again).toContain('leden: 0 toegevoegd, 0 gewijzigd, 6 ongewijzigd');
    expect(again).toContain('goals.csv: 0 doelen nieuw of gewijzigd, 10 ongewijzigd');
    expect(again).toContain('measures.csv: 0 maatregelen vastgelegd, 33 stonden er al');
  });

  it('accepts the alliance folder itself as the examples folder', async () => {
    const result = await setUpDemoWorkspace(dir, { examplesDir: join(EXAMPLES, 'alliance') });
    expect(result.created).toBe(false);
  });
});

describe('setUpDemoWorkspace refuses a folder it must not touch', () => {
  it('refuses a non-empty folder without a workspace, and leaves it as it was', async () => {
    const dir = mkdtempSync(join(temp, 'busy-'));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const setup = setUpDemoWorkspace(dir, { examplesDir: EXAMPLES });
    await expect(setup).rejects.toBeInstanceOf(InputError);
    await expect(setUpDemoWorkspace(dir, { examplesDir: EXAMPLES })).rejects.toThrow(/niet leeg.*geen mobiscan-werkmap/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('refuses an examples folder without a manifest before touching the workspace folder', async () => {
    const dir = join(temp, 'never-made');
    await expect(setUpDemoWorkspace(dir, { examplesDir: temp })).rejects.toThrow(/geen voorbeeldalliantie/);
    expect(existsSync(dir)).toBe(false);
  });
});
