import { beforeEach, describe, expect, it } from 'vitest';
import { runScanRemove } from '../../../src/app/history/scan-history.js';
import { runTrackImport } from '../../../src/app/tracking/track-import.js';
import { runBaselineRemove, runTrackImports, runTrackRemove } from '../../../src/app/tracking/track-undo.js';
import { runCompanyImport } from '../../../src/app/workspace/company-transfer.js';
import { runGoalRemove, runMeasureRemove } from '../../../src/app/workspace/remove-records.js';
import { UsageError } from '../../../src/core/errors.js';
import { typedBaseline } from '../../../src/core/track/peak-avoidances.js';
import { dailyCountsCsv, trackingWorkspace, withWorkspace, writeInto } from '../tracking/tracking-fixture.js';
import { fakeContext, scriptedPrompter } from '../workspace/fake-context.js';

let dir: string;
beforeEach(async () => {
  dir = await trackingWorkspace([{ id: 'asz', headcount: 3000 }, { id: 'drecht' }]);
});
const scan = (contentHash: string, exportDate: string) => ({ exportDate, contentHash, employees: 2950, settingsHash: 's', result: {} });
const scanIds = () => withWorkspace(dir, (ws) => ws.scans.list('asz').map((s) => s.id));

describe('removing needs a yes: --yes in scripts, a confirmation on a terminal', () => {
  it('refuses without a terminal and without --yes (a usage error naming --yes) and changes nothing', async () => {
    const { id } = await withWorkspace(dir, (ws) => ws.scans.save('asz', scan('a', '2026-01-31')));
    const refused = runScanRemove(fakeContext(dir).ctx, String(id), { company: 'asz' });
    await expect(refused).rejects.toBeInstanceOf(UsageError);
    await expect(runScanRemove(fakeContext(dir).ctx, String(id), { company: 'asz' })).rejects.toMatchObject({ hint: expect.stringContaining('--yes') });
    expect(await scanIds()).toEqual([id]);
  });

  it('keeps the scan when the person answers no, and removes it on yes', async () => {
    const { id } = await withWorkspace(dir, (ws) => ws.scans.save('asz', scan('a', '2026-01-31')));
    const no = scriptedPrompter([false]);
    const said = fakeContext(dir, { prompter: no });
    await runScanRemove(said.ctx, String(id), { company: 'asz' });
    expect(no.asked[0]).toMatch(/^scan \d+ van asz \(export van 31-01-2026, 2\.950 medewerkers\) verwijderen\?$/);
    expect(said.printed.text).toEqual(['Niets veranderd.']);
    expect(await scanIds()).toEqual([id]);
    const yes = fakeContext(dir, { prompter: scriptedPrompter([true]) });
    await runScanRemove(yes.ctx, String(id), { company: 'asz' });
    expect(await scanIds()).toEqual([]);
  });

  it('names an unknown scan, and a scan of another member counts as unknown', async () => {
    const { id } = await withWorkspace(dir, (ws) => ws.scans.save('asz', scan('a', '2026-01-31')));
    await expect(runScanRemove(fakeContext(dir).ctx, String(id), { company: 'drecht', yes: true })).rejects.toThrow(`drecht heeft geen scan ${id}.`);
    await expect(runScanRemove(fakeContext(dir).ctx, 'drie', { company: 'asz', yes: true })).rejects.toBeInstanceOf(UsageError);
    expect(await scanIds()).toEqual([id]);
  });
});

describe('track imports and track remove', () => {
  it('lists the imports and removes counts imported into the wrong company, with exactly their days', async () => {
    const file = writeInto(dir, 'tellingen-maart.csv', dailyCountsCsv([{ from: '2026-03-02', to: '2026-03-13', morning: 100, evening: 80 }]));
    await runTrackImport(fakeContext(dir).ctx, file, { company: 'drecht', kind: 'counts' });
    const listed = fakeContext(dir);
    await runTrackImports(listed.ctx, { company: 'drecht' });
    const { imports } = listed.printed.results[0] as { imports: Array<{ id: number; fileName: string }> };
    expect(imports.map((i) => i.fileName)).toEqual(['tellingen-maart.csv']);
    expect(listed.printed.text[0]).toContain('tellingen-maart.csv');

    const removed = fakeContext(dir);
    await runTrackRemove(removed.ctx, String(imports[0]!.id), { company: 'drecht', yes: true });
    expect(removed.printed.text[0]).toMatch(/met 10 dagen aan metingen\.$/);
    expect(await withWorkspace(dir, (ws) => ws.tracking.dailyCounts('drecht'))).toEqual([]);

    // The right company gets the file; the earlier import no longer stands in the way.
    const right = fakeContext(dir);
    await runTrackImport(right.ctx, file, { company: 'asz', kind: 'counts' });
    expect(await withWorkspace(dir, (ws) => ws.tracking.dailyCounts('asz').length)).toBe(10);
  });

  it('says which earlier file to import again, and importing it restores the days the removed file had replaced', async () => {
    const first = writeInto(dir, 'maart.csv', dailyCountsCsv([{ from: '2026-03-02', to: '2026-03-13', morning: 100, evening: 80 }]));
    const wrong = writeInto(dir, 'fout.csv', dailyCountsCsv([{ from: '2026-03-09', to: '2026-03-13', morning: 999, evening: 999 }]));
    await runTrackImport(fakeContext(dir).ctx, first, { company: 'asz', kind: 'counts' });
    await runTrackImport(fakeContext(dir).ctx, wrong, { company: 'asz', kind: 'counts', replace: true });
    const wrongId = await withWorkspace(dir, (ws) => ws.tracking.imports('asz').find((i) => i.fileName === 'fout.csv')!.id);
    const removed = fakeContext(dir);
    await runTrackRemove(removed.ctx, String(wrongId), { company: 'asz', yes: true });
    expect(removed.printed.warn.join('\n')).toContain('importeer dat bestand opnieuw');
    expect(removed.printed.warn.join('\n')).toContain('maart.csv');
    expect(await withWorkspace(dir, (ws) => ws.tracking.dailyCounts('asz').length)).toBe(5);

    const again = fakeContext(dir);
    await runTrackImport(again.ctx, first, { company: 'asz', kind: 'counts' });
    expect((again.printed.results[0] as { imported: boolean }).imported).toBe(true);
    const counts = await withWorkspace(dir, (ws) => ws.tracking.dailyCounts('asz'));
    expect(counts.map((c) => c.morning)).toEqual(Array(10).fill(100));
  });
});

describe('measures, goals and baselines', () => {
  it('removes a measure by its number after --yes', async () => {
    const { record } = await withWorkspace(dir, (ws) => ws.measures.add({ companyId: 'asz', measure: 'ebike-trial-pool', startDate: '2026-04-01', note: null }));
    await expect(runMeasureRemove(fakeContext(dir).ctx, String(record.id), { company: 'asz' })).rejects.toBeInstanceOf(UsageError);
    const { ctx, printed } = fakeContext(dir);
    await runMeasureRemove(ctx, String(record.id), { company: 'asz', yes: true });
    expect(printed.text[0]).toBe(`Verwijderd: maatregel ${record.id} van asz: ebike-trial-pool vanaf 01-04-2026.`);
    expect(await withWorkspace(dir, (ws) => ws.measures.list('asz'))).toEqual([]);
  });

  it("removes a member's goal and the alliance's, and says when there is none", async () => {
    await withWorkspace(dir, (ws) => {
      ws.goals.set({ companyId: 'asz', kind: 'peak-avoidance', targetPct: 10, baselineYear: null, targetYear: null, basis: 'absolute' });
      ws.goals.set({ companyId: null, kind: 'co2-reduction', targetPct: 50, baselineYear: 2016, targetYear: 2030, basis: 'absolute' });
    });
    await runGoalRemove(fakeContext(dir, { prompter: scriptedPrompter([true]) }).ctx, { company: 'asz', kind: 'peak-avoidance' });
    await runGoalRemove(fakeContext(dir).ctx, { alliance: true, kind: 'co2-reduction', yes: true });
    expect(await withWorkspace(dir, (ws) => ws.goals.list())).toEqual([]);
    const none = fakeContext(dir);
    await runGoalRemove(none.ctx, { company: 'asz', kind: 'peak-avoidance', yes: true });
    expect(none.printed.text[0]).toBe('asz heeft geen spitsdoel; er is niets verwijderd.');
    await expect(runGoalRemove(fakeContext(dir).ctx, { kind: 'peak-avoidance', yes: true })).rejects.toBeInstanceOf(UsageError);
  });

  it('removes a baseline, in English with --lang en', async () => {
    await withWorkspace(dir, (ws) => ws.tracking.setBaseline('asz', typedBaseline(1000, 800), { headcount: null }));
    const { ctx, printed } = fakeContext(dir);
    await runBaselineRemove({ ...ctx, lang: 'en' }, { company: 'asz', yes: true });
    expect(printed.text[0]).toBe("Removed: asz's baseline (1,800 peak car trips per working day).");
    expect(await withWorkspace(dir, (ws) => ws.tracking.baseline('asz'))).toBeUndefined();
  });
});

describe('company import shows what would change and asks', () => {
  const csv = (name: string) => `id;name;headcount\nasz;${name};3000\nnieuw;Nieuw BV;120\n`;

  it('adds new companies without asking, but a rename needs a yes and is shown field by field', async () => {
    const file = writeInto(dir, 'leden.csv', csv('ASZ'));
    await runCompanyImport(fakeContext(dir).ctx, file, { yes: true });
    const renamed = writeInto(dir, 'leden2.csv', csv('Albert Schweitzer ziekenhuis'));
    await expect(runCompanyImport(fakeContext(dir).ctx, renamed, {})).rejects.toBeInstanceOf(UsageError);
    expect(await withWorkspace(dir, (ws) => ws.companies.require('asz').name)).toBe('ASZ');

    const no = fakeContext(dir, { prompter: scriptedPrompter([false]) });
    await runCompanyImport(no.ctx, renamed, {});
    expect(no.printed.info).toContain('  naam: ASZ -> Albert Schweitzer ziekenhuis');
    expect(await withWorkspace(dir, (ws) => ws.companies.require('asz').name)).toBe('ASZ');

    const yes = fakeContext(dir, { prompter: scriptedPrompter([true]) });
    await runCompanyImport(yes.ctx, renamed, {});
    expect(await withWorkspace(dir, (ws) => ws.companies.require('asz').name)).toBe('Albert Schweitzer ziekenhuis');
    expect(yes.printed.results[0]).toMatchObject({ changed: ['asz'], changes: [{ id: 'asz', fields: [{ field: 'name', before: 'ASZ', after: 'Albert Schweitzer ziekenhuis' }] }] });
  });
});
