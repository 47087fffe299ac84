import { beforeEach, describe, expect, it } from 'vitest';
import { runGoalImport } from '../../../src/app/bulk/import-goals.js';
import { runMeasureImport } from '../../../src/app/bulk/import-measures.js';
import { runMeasureAdd, runMeasureCatalogue } from '../../../src/app/tracking/measure-actions.js';
import { InputError, UsageError } from '../../../src/core/errors.js';
import { trackingWorkspace, withWorkspace, writeInto } from '../tracking/tracking-fixture.js';
import { fakeContext } from '../workspace/fake-context.js';

let dir: string;
beforeEach(async () => {
  dir = await trackingWorkspace([{ id: 'asz' }, { id: 'gemdor' }]);
});

describe('goal import', () => {
  it('sets a goal per row (an empty company is the alliance) and changes nothing the second time', async () => {
    const file = writeInto(dir, 'doelen.csv', 'Bedrijf;Soort;Doel;Basisjaar;Doeljaar\nasz;peak-avoidance;10;2025;2026\n;co2-reduction;50;2016;2030\n');
    const first = fakeContext(dir);
    await runGoalImport(first.ctx, file, {});
    expect(first.printed.text).toEqual(['doelen.csv: 2 doelen nieuw of gewijzigd, 0 ongewijzigd']);
    expect(await withWorkspace(dir, (ws) => ws.goals.list().map((g) => [g.companyId, g.kind, g.targetPct]))).toEqual([[null, 'co2-reduction', 50], ['asz', 'peak-avoidance', 10]]);
    const again = fakeContext(dir);
    await runGoalImport(again.ctx, file, {});
    expect(again.printed.text).toEqual(['doelen.csv: 0 doelen nieuw of gewijzigd, 2 ongewijzigd']);
  });

  it('refuses the whole file when one row fails the checks of goal set, naming the row', async () => {
    const file = writeInto(dir, 'doelen.csv', 'company;kind;targetPct;baselineYear;targetYear\nasz;peak-avoidance;10;;\ngemdor;co2-reduction;50;2016;\nonbekend;peak-avoidance;5;;\n');
    const refused = runGoalImport(fakeContext(dir).ctx, file, {});
    await expect(refused).rejects.toBeInstanceOf(InputError);
    await expect(runGoalImport(fakeContext(dir).ctx, file, {})).rejects.toThrow(/2 rijen zijn niet te gebruiken[\s\S]*rij 3: doel, doeljaar \(target-year\): is nodig bij een CO2-doel[\s\S]*rij 4: bedrijf ‘onbekend’ bestaat niet/);
    expect(await withWorkspace(dir, (ws) => ws.goals.list())).toEqual([]);
  });

  it('reads the example alliance goals file as the demo does', async () => {
    const ctx = fakeContext(await trackingWorkspace(['asz', 'gemdor', 'dcbp', 'hoofd', 'zorg2', 'college'].map((id) => ({ id }))));
    await runGoalImport(ctx.ctx, `${process.cwd()}/examples/alliance/goals.csv`, {});
    expect((ctx.printed.results[0] as { set: unknown[] }).set.length).toBeGreaterThan(5);
  });
});

describe('measure import, measure add and the catalogue', () => {
  it('records measures from a file, idempotent, with Dutch dates accepted', async () => {
    const file = writeInto(dir, 'maatregelen.csv', 'bedrijf;maatregel;startdatum;notitie\nasz;ebike-trial-pool;12-05-2025;40 e-bikes\nasz;Ontbijt voor fietsers;2025-06-05;\n');
    const first = fakeContext(dir);
    await runMeasureImport(first.ctx, file, {});
    expect(first.printed.text).toEqual(['maatregelen.csv: 2 maatregelen vastgelegd, 0 stonden er al']);
    const again = fakeContext(dir);
    await runMeasureImport(again.ctx, file, {});
    expect(again.printed.text).toEqual(['maatregelen.csv: 0 maatregelen vastgelegd, 2 stonden er al']);
    expect(await withWorkspace(dir, (ws) => ws.measures.list('asz').map((m) => [m.measure, m.startDate]))).toEqual([['ebike-trial-pool', '2025-05-12'], ['Ontbijt voor fietsers', '2025-06-05']]);
  });

  it('refuses a file with a mistyped measure id, suggesting the nearest, and stores none of its rows', async () => {
    const file = writeInto(dir, 'maatregelen.csv', 'company;measure;start\nasz;bike-plan;2025-04-01\nasz;ebike-trail-pool;2025-05-12\ngemdor;posters;31-02-2025\n');
    await expect(runMeasureImport(fakeContext(dir).ctx, file, {})).rejects.toThrow(/rij 3: ‘ebike-trail-pool’ is geen maatregel uit de catalogus; bedoelt u ebike-trial-pool\?[\s\S]*rij 4: start: ‘31-02-2025’ is geen datum/);
    expect(await withWorkspace(dir, (ws) => ws.measures.list('asz'))).toEqual([]);
  });

  it('measure add refuses an unknown id with the nearest one as a hint, and takes free text', async () => {
    const typo = runMeasureAdd(fakeContext(dir).ctx, { company: 'asz', measure: 'ebike-trail-pool', start: '2025-05-12' });
    await expect(typo).rejects.toBeInstanceOf(UsageError);
    await expect(runMeasureAdd(fakeContext(dir).ctx, { company: 'asz', measure: 'ebike-trail-pool', start: '2025-05-12' })).rejects.toMatchObject({ hint: expect.stringContaining('ebike-trial-pool') });
    const { ctx, printed } = fakeContext(dir);
    await runMeasureAdd(ctx, { company: 'asz', measure: 'Fietsdag op de Dordwijk', start: '2025-05-12' });
    expect((printed.results[0] as { created: boolean }).created).toBe(true);
  });

  it('lists the catalogue with Dutch names by default and English ones with --lang en', async () => {
    const nl = fakeContext(dir);
    await runMeasureCatalogue(nl.ctx);
    expect(nl.printed.text[0]).toMatch(/ebike-trial-pool\s+E-bike/);
    expect(nl.printed.text[0]).toContain('Fietsplan en fietsbeleid');
    const en = fakeContext(dir);
    await runMeasureCatalogue({ ...en.ctx, lang: 'en' });
    expect(en.printed.text[0]).toContain('Bike plan and bike policy');
    expect((en.printed.results[0] as { measures: unknown[] }).measures.length).toBeGreaterThan(10);
  });
});
