import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runTrackImport } from '../../../src/app/tracking/track-import.js';
import { renderText, textReplacer } from '../../../src/core/i18n/index.js';
import type { InputError } from '../../../src/core/errors.js';
import { fakeContext, tempDir } from '../workspace/fake-context.js';
import { trackingWorkspace, withWorkspace, writeInto } from './tracking-fixture.js';

const PLATES = ['XX-123-Y', 'ZZ-99-QQ', 'AB-12-CD', '7-KLM-01'];

/** Two working days (Tue 3 and Wed 4 March 2026) and a Saturday; one plate enters twice. */
const LOG = [
  'Parkeergarage Dordwijk - export',
  '',
  'Datum;Tijd;Richting;Kenteken',
  `03-03-2026;07:15;in;${PLATES[0]}`,
  `03-03-2026;07:40;in;${PLATES[1]}`,
  `03-03-2026;08:10;in;${PLATES[0]}`, // the same car again: counted once
  `03-03-2026;09:30;in;${PLATES[2]}`, // after the morning window
  `03-03-2026;17:05;uit;${PLATES[1]}`,
  `03-03-2026;25:00;uit;${PLATES[2]}`, // not a time: rejected
  `04-03-2026;08:00;in;${PLATES[3]}`,
  `04-03-2026;16:45;out;${PLATES[3]}`,
  `07-03-2026;08:00;in;${PLATES[2]}`, // Saturday: left out
].join('\n');

let dir: string;
beforeEach(async () => {
  dir = await trackingWorkspace([{ id: 'asz', headcount: 3000 }]);
});

describe('track import of a parking log', () => {
  it('counts peak car trips per working day, de-duplicating a car by its plate, and reports what it left out', async () => {
    const file = writeInto(tempDir(), 'garage.csv', LOG);
    const { ctx, printed } = fakeContext(dir, { lang: 'en' });
    await runTrackImport(ctx, file, { company: 'asz', kind: 'log', source: 'garage-dordwijk' });
    const counts = await withWorkspace(dir, (ws) => ws.tracking.dailyCounts('asz'));
    expect(counts).toEqual([
      { source: 'garage-dordwijk', date: '2026-03-03', morning: 2, evening: 1 },
      { source: 'garage-dordwijk', date: '2026-03-04', morning: 1, evening: 1 },
    ]);
    const text = printed.text[0]!;
    expect(text).toContain('imported peak car trips on 2 working days from garage.csv (3 Mar 2026 to 4 Mar 2026, source garage-dordwijk)');
    expect(text).toContain('rows: 9 read, 8 used, 1 left out');
    expect(text).toContain('left out: 1 weekend day or public holiday');
    expect(text).toMatch(/rejected: 1 row: Tijd: not a time .*\(row 9\)/);
    for (const plate of PLATES) expect(text).not.toContain(plate);
  });

  it('says in Dutch which rows it left out and why, and keeps the codes in --json', async () => {
    const file = writeInto(tempDir(), 'garage.csv', LOG);
    const { ctx, printed } = fakeContext(dir, { lang: 'nl' });
    await runTrackImport(ctx, file, { company: 'asz', kind: 'log', source: 'garage-dordwijk' });
    expect(printed.text[0]!).toMatch(/1 rij: Tijd: geen tijd \(bijvoorbeeld 07:45\) \(rij 9\)/);
    expect(printed.text[0]!).not.toMatch(/not a time|\brows?\b/);
    // --json renders the reason with the run's language (textReplacer) and keeps the code
    const json = JSON.parse(JSON.stringify(printed.results[0], textReplacer('nl'))) as { problems: { code: string; reason: string }[] };
    expect(json.problems).toEqual([expect.objectContaining({ code: 'invalid-time', reason: 'geen tijd (bijvoorbeeld 07:45)' })]);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const file = writeInto(tempDir(), 'garage.csv', LOG);
    await runTrackImport(fakeContext(dir, { lang: 'en' }).ctx, file, { company: 'asz', kind: 'log' });
    const before = await withWorkspace(dir, (ws) => [ws.tracking.dailyCounts('asz'), ws.tracking.imports('asz').length]);
    const { ctx, printed } = fakeContext(dir, { lang: 'en' });
    await runTrackImport(ctx, file, { company: 'asz', kind: 'log' });
    expect(printed.text[0]).toMatch(/^already imported on \d{1,2} \w{3} \d{4} \(garage\.csv, source log\): nothing changed$/);
    expect(await withWorkspace(dir, (ws) => [ws.tracking.dailyCounts('asz'), ws.tracking.imports('asz').length])).toEqual(before);
  });

  it('never stores a licence plate: not in the database, its journal or its backups', async () => {
    const file = writeInto(tempDir(), 'garage.csv', LOG);
    await runTrackImport(fakeContext(dir, { lang: 'en' }).ctx, file, { company: 'asz', kind: 'log' });
    const bytes = readdirSync(dir).filter((f) => f.startsWith('mobiscan.db')).map((f) => readFileSync(join(dir, f)).toString('latin1'));
    expect(bytes.length).toBeGreaterThan(0);
    for (const plate of PLATES) {
      for (const variant of [plate, plate.replace(/-/g, '')]) for (const b of bytes) expect(b).not.toContain(variant);
    }
  });

  it('reads a log with one date-time column named by --columns', async () => {
    const file = writeInto(tempDir(), 'slagboom.csv', 'Passage,Beweging,Pas\n2026-03-03 07:30,IN,1234\n2026-03-03 17:00,UIT,1234\n');
    await runTrackImport(fakeContext(dir, { lang: 'en' }).ctx, file, { company: 'asz', kind: 'log', columns: 'timestamp=Passage,badge=Pas' });
    expect(await withWorkspace(dir, (ws) => ws.tracking.dailyCounts('asz'))).toEqual([{ source: 'log', date: '2026-03-03', morning: 1, evening: 1 }]);
  });

  it('says which column it could not find, and imports nothing', async () => {
    const file = writeInto(tempDir(), 'odd.csv', 'Wanneer;Wie\n03-03-2026 07:30;x\n');
    await expect(runTrackImport(fakeContext(dir, { lang: 'en' }).ctx, file, { company: 'asz', kind: 'log' })).rejects.toThrow(/geen kolom met datum en tijd/);
    await expect(runTrackImport(fakeContext(dir, { lang: 'en' }).ctx, file, { company: 'asz', kind: 'log' })).rejects.toSatisfy((e: InputError) => /no date-time column/.test(renderText(e.text, 'en')));
    await expect(runTrackImport(fakeContext(dir, { lang: 'en' }).ctx, file, { company: 'asz', kind: 'nope' })).rejects.toThrow("--kind: 'nope'");
    expect(await withWorkspace(dir, (ws) => ws.tracking.imports('asz'))).toEqual([]);
  });
});

describe('track import of daily counts and registrations', () => {
  it('refuses a counts file with another count for a day the source holds; with --replace it replaces that day, so nothing counts twice', async () => {
    const first = writeInto(tempDir(), 'jan.csv', 'Datum;Ochtend;Avond\n05-01-2026;100;80\n06-01-2026;110;90\n');
    const second = writeInto(tempDir(), 'jan-b.csv', 'Datum;Ochtend;Avond\n06-01-2026;120;95\n07-01-2026;1.005;90\n10-01-2026;5;5\n');
    await runTrackImport(fakeContext(dir, { lang: 'en' }).ctx, first, { company: 'asz', kind: 'counts' });
    await expect(runTrackImport(fakeContext(dir).ctx, second, { company: 'asz', kind: 'counts' })).rejects.toThrow(/jan-b\.csv overlapt .* op 1 dag \(06-01-2026\)/);
    expect(await withWorkspace(dir, (ws) => ws.tracking.dailyCounts('asz')).then((c) => c.length)).toBe(2);
    const { ctx, printed } = fakeContext(dir, { lang: 'en' });
    await runTrackImport(ctx, second, { company: 'asz', kind: 'counts', replace: true });
    expect(await withWorkspace(dir, (ws) => ws.tracking.dailyCounts('asz'))).toEqual([
      { source: 'counts', date: '2026-01-05', morning: 100, evening: 80 },
      { source: 'counts', date: '2026-01-06', morning: 120, evening: 95 },
      { source: 'counts', date: '2026-01-07', morning: 1005, evening: 90 },
    ]);
    expect(printed.text[0]).toContain('note: 1 row: Datum: a weekend day or public holiday; left out (row 4)');
  });

  it('adds up registrations of one day and replaces them when the export is imported again with more rows', async () => {
    const v1 = writeInto(tempDir(), 'app-1.csv', 'Datum;Aantal;Modaliteit;Reden\n03-03-2026;2;fiets;\n03-03-2026;1;fiets;\n03-03-2026;1;thuiswerken;\n');
    const v2 = writeInto(tempDir(), 'app-2.csv', 'Datum;Aantal;Modaliteit;Reden\n03-03-2026;2;fiets;\n03-03-2026;1;fiets;\n03-03-2026;1;thuiswerken;\n04-03-2026;4;ov;file\n');
    await runTrackImport(fakeContext(dir, { lang: 'en' }).ctx, v1, { company: 'asz', kind: 'registrations', source: 'app' });
    await runTrackImport(fakeContext(dir, { lang: 'en' }).ctx, v2, { company: 'asz', kind: 'registrations', source: 'app' });
    expect(await withWorkspace(dir, (ws) => ws.tracking.registrations('asz'))).toEqual([
      { source: 'app', date: '2026-03-03', count: 3, mode: 'fiets' },
      { source: 'app', date: '2026-03-03', count: 1, mode: 'thuiswerken' },
      { source: 'app', date: '2026-03-04', count: 4, mode: 'ov', reason: 'file' },
    ]);
  });
});
