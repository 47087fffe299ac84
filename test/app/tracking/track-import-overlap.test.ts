import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTrackImport } from '../../../src/app/tracking/track-import.js';
import { registerTrack } from '../../../src/cli/commands/track.js';
import { runProgram } from '../../cli/run-program.js';
import { fakeContext, tempDir } from '../workspace/fake-context.js';
import { trackingWorkspace, withWorkspace, writeInto } from './tracking-fixture.js';

// The example alliance's barrier log (Tijdstip;Richting;Kenteken, times to the second) and the
// care group's registrations (Datum;Aantal;Modaliteit;Reden): every expected figure below is what
// importing the whole file on its own gives, never a number written into the test.
const EXAMPLES = join(import.meta.dirname, '../../../examples/alliance');
const LOG = readFileSync(join(EXAMPLES, 'logs/gemdor-2025-03.csv'), 'utf8');
const REGISTRATIONS = readFileSync(join(EXAMPLES, 'registrations/zorg2.csv'), 'utf8');

const lines = (csv: string) => csv.split(/\r?\n/).filter((l) => l !== '');
const [LOG_HEADER, ...LOG_ROWS] = lines(LOG);
const [REG_HEADER, ...REG_ROWS] = lines(REGISTRATIONS);
const csv = (header: string, rows: readonly string[]) => [header, ...rows].join('\n') + '\n';
const timeOf = (row: string) => row.slice(11, 19); // '03-03-2025 06:30:08;In;OE-540-O'
const plateOf = (row: string) => row.split(';')[2] ?? '';
const nextSecond = (row: string) => row.replace(/:(\d\d);/, (_, sec: string) => `:${String((Number(sec) + 1) % 60).padStart(2, '0')};`);
/** The same mornings, but every afternoon record a second later: partly the same records, partly not. */
const SHIFTED = LOG_ROWS.map((r) => (timeOf(r) < '12:00:00' ? r : nextSecond(r)));

let dir: string;
beforeEach(async () => {
  dir = await trackingWorkspace([{ id: 'gemdor' }]);
});
afterEach(() => {
  process.exitCode = undefined;
});

const file = (name: string, text: string) => writeInto(tempDir(), name, text);
const logImport = (path: string, flags: { replace?: boolean; add?: boolean } = {}, into = dir) =>
  runTrackImport(fakeContext(into).ctx, path, { company: 'gemdor', kind: 'log', source: 'garage', ...flags });
const regImport = (path: string, into = dir) => runTrackImport(fakeContext(into).ctx, path, { company: 'gemdor', kind: 'registrations', source: 'app' });
const counts = (into = dir) => withWorkspace(into, (ws) => ws.tracking.dailyCounts('gemdor'));
const registrations = (into = dir) => withWorkspace(into, (ws) => ws.tracking.registrations('gemdor'));
const imports = (into = dir) => withWorkspace(into, (ws) => ws.tracking.imports('gemdor'));
const total = (days: Array<{ morning: number; evening: number }>) => days.reduce((s, d) => s + d.morning + d.evening, 0);
const registered = (rows: Array<{ count: number }>) => rows.reduce((s, r) => s + r.count, 0);

/** What a log gives when it is the only one imported, in a workspace of its own. */
async function logAlone(path: string) {
  const own = await trackingWorkspace([{ id: 'gemdor' }]);
  await logImport(path, {}, own);
  return counts(own);
}

/** What a registrations file gives when it is the only one imported. */
async function registrationsAlone(path: string) {
  const own = await trackingWorkspace([{ id: 'gemdor' }]);
  await regImport(path, own);
  return registrations(own);
}

describe('a second log for days the source already holds', () => {
  it('adds the other half of the day: morning file and afternoon file give the whole log', async () => {
    const whole = await logAlone(file('whole.csv', LOG));
    const morning = LOG_ROWS.filter((r) => timeOf(r) < '12:00:00');
    const afternoon = LOG_ROWS.filter((r) => timeOf(r) >= '12:00:00');
    expect(morning.length).toBeGreaterThan(0);
    expect(afternoon.length).toBeGreaterThan(0);
    await logImport(file('ochtend.csv', csv(LOG_HEADER!, morning)));
    const half = await counts();
    expect(total(half)).toBeLessThan(total(whole));
    await logImport(file('middag.csv', csv(LOG_HEADER!, afternoon)));
    expect(await counts()).toEqual(whole);
    expect((await imports()).map((i) => i.fileName)).toEqual(['ochtend.csv', 'middag.csv']);
  });

  it('adds a log of other vehicles on the same days: two halves by plate give the whole log', async () => {
    const whole = await logAlone(file('whole.csv', LOG));
    const plates = [...new Set(LOG_ROWS.map(plateOf))].sort();
    const first = new Set(plates.filter((_, i) => i % 2 === 0));
    await logImport(file('a.csv', csv(LOG_HEADER!, LOG_ROWS.filter((r) => first.has(plateOf(r))))));
    await logImport(file('b.csv', csv(LOG_HEADER!, LOG_ROWS.filter((r) => !first.has(plateOf(r))))));
    expect(await counts()).toEqual(whole);
  });

  it('changes nothing when the same log comes again, also re-exported with other bytes', async () => {
    const path = file('whole.csv', LOG);
    await logImport(path);
    const before = [await counts(), await imports()];
    await logImport(path);
    await logImport(file('re-export.csv', LOG.replace(/\n/g, '\r\n').replace(';In;', ';in;')));
    expect([await counts(), await imports()]).toEqual(before);
  });

  it('completes the days of a log that missed rows, and a part of what is there adds nothing', async () => {
    const whole = await logAlone(file('whole.csv', LOG));
    const partial = LOG_ROWS.filter((_, i) => i % 7 !== 3);
    await logImport(file('partial.csv', csv(LOG_HEADER!, partial)));
    expect(total(await counts())).toBeLessThan(total(whole));
    await logImport(file('whole.csv', LOG));
    expect(await counts()).toEqual(whole);
    const { ctx, printed } = fakeContext(dir);
    ctx.lang = 'en';
    await runTrackImport(ctx, file('part.csv', csv(LOG_HEADER!, partial.slice(0, 500))), { company: 'gemdor', kind: 'log', source: 'garage' });
    expect(printed.text[0]).toContain('nothing changed');
    expect(await counts()).toEqual(whole);
    expect(await imports()).toHaveLength(2);
  });

  it('refuses a log that shares some records and differs in others (exit 1, Dutch message); --replace replaces, nothing changed before', async () => {
    await logImport(file('whole.csv', LOG));
    const before = await counts();
    const other = file('correctie.csv', csv(LOG_HEADER!, SHIFTED));
    const run = (...extra: string[]) => runProgram([registerTrack], '--lang', 'nl', 'track', 'import', other, '-c', 'gemdor', '--kind', 'log', '--source', 'garage', '--workspace', dir, ...extra);
    const refused = await run();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('correctie.csv overlapt met wat er al is geïmporteerd voor bron garage');
    expect(refused.stderr).toContain('--replace');
    expect(refused.stderr).not.toMatch(/[A-Z]{2}-\d{3}-[A-Z]/); // no plate in the message
    expect(await counts()).toEqual(before);
    expect(await imports()).toHaveLength(1);
    expect((await run('--replace')).code).toBe(0);
    expect(await counts()).toEqual(await logAlone(other));
  });

  it('--add adds an overlapping file when the user says it holds other vehicles', async () => {
    const path = file('whole.csv', LOG);
    await logImport(path);
    const once = await counts();
    const twin = file('andere-garage.csv', csv(LOG_HEADER!, SHIFTED));
    await expect(logImport(twin)).rejects.toThrow(/overlap/);
    await logImport(twin, { add: true });
    const both = await counts();
    const twinAlone = await logAlone(twin);
    expect(total(both)).toBe(total(once) + total(twinAlone));
  });

  it('asks on a terminal, and stopping changes nothing', async () => {
    await logImport(file('whole.csv', LOG));
    const before = await counts();
    const other = file('correctie.csv', csv(LOG_HEADER!, SHIFTED));
    const asked: string[] = [];
    const prompter = {
      input: async () => '', confirm: async () => false,
      select: async <T extends string>(q: { message: string; choices: ReadonlyArray<{ value: T }> }) => (asked.push(q.message), q.choices[0]!.value),
    };
    await expect(runTrackImport(fakeContext(dir, { prompter }).ctx, other, { company: 'gemdor', kind: 'log', source: 'garage' })).rejects.toThrow(/overlap/);
    expect(asked).toHaveLength(1);
    expect(await counts()).toEqual(before);
  });

  it('removing one of two halves leaves the other as it was imported alone', async () => {
    const morning = file('ochtend.csv', csv(LOG_HEADER!, LOG_ROWS.filter((r) => timeOf(r) < '12:00:00')));
    const afternoon = file('middag.csv', csv(LOG_HEADER!, LOG_ROWS.filter((r) => timeOf(r) >= '12:00:00')));
    await logImport(morning);
    await logImport(afternoon);
    const second = (await imports()).find((i) => i.fileName === 'middag.csv')!;
    const removal = await withWorkspace(dir, (ws) => ws.tracking.removeImport('gemdor', second.id));
    expect(removal?.toReimport).toEqual([]);
    expect(await counts()).toEqual(await logAlone(morning));
  });
});

describe('a second registrations file for dates already held', () => {
  it('completes a partial file with the full one, and the full one again changes nothing', async () => {
    const full = file('zorg2.csv', REGISTRATIONS);
    const expected = await registrationsAlone(full);
    const partial = REG_ROWS.filter((_, i) => i % 40 !== 7);
    expect(partial.length).toBeLessThan(REG_ROWS.length);
    await regImport(file('zorg2-deel.csv', csv(REG_HEADER!, partial)));
    expect(registered(await registrations())).toBeLessThan(registered(expected));
    await regImport(full);
    expect(await registrations()).toEqual(expected);
    const { ctx, printed } = fakeContext(dir);
    await runTrackImport(ctx, full, { company: 'gemdor', kind: 'registrations', source: 'app' });
    expect(printed.text[0]).toContain('al geïmporteerd');
    expect(await registrations()).toEqual(expected);
  });

  it('keeps the full file when a partial one comes after it', async () => {
    const full = file('zorg2.csv', REGISTRATIONS);
    await regImport(full);
    const expected = await registrations();
    await regImport(file('zorg2-deel.csv', csv(REG_HEADER!, REG_ROWS.slice(0, 300))));
    expect(await registrations()).toEqual(expected);
    expect(await imports()).toHaveLength(1);
  });

  it('adds registrations of other modes on the same dates', async () => {
    const expected = await registrationsAlone(file('zorg2.csv', REGISTRATIONS));
    const isBike = (r: string) => r.split(';')[2] === 'fiets';
    expect(REG_ROWS.some(isBike)).toBe(true);
    await regImport(file('fiets.csv', csv(REG_HEADER!, REG_ROWS.filter(isBike))));
    await regImport(file('overig.csv', csv(REG_HEADER!, REG_ROWS.filter((r) => !isBike(r)))));
    expect(await registrations()).toEqual(expected);
  });
});
