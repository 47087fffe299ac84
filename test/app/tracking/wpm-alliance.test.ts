import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMessageLang, text, type Catalogue } from '../../../src/core/i18n/index.js';
import { runTrackAlliance } from '../../../src/app/tracking/track-alliance.js';
import { runTrackBaseline } from '../../../src/app/tracking/track-baseline.js';
import { runTrackCo2 } from '../../../src/app/tracking/track-co2.js';
import { runTrackImport } from '../../../src/app/tracking/track-import.js';
import { runWpm } from '../../../src/app/tracking/wpm-action.js';
import { formatWpmCsv } from '../../../src/core/track/format-wpm-csv.js';
import type { WpmCommuting } from '../../../src/core/track/wpm-commuting.js';
import { fakeContext, tempDir } from '../workspace/fake-context.js';
import { dailyCountsCsv, trackingWorkspace, withWorkspace, writeInto } from './tracking-fixture.js';

/** A catalogue that says its one value as it is (for hostile cell values). */
const VERBATIM: Catalogue<'v'> = { area: 'test-verbatim', messages: { nl: { v: '{v}' }, en: { v: '{v}' } } };

// Written in English: the language layer's Dutch default is tested in cli-language and the *-dutch tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

/** The parts of a scan result that WPM and tracking read; the rest of a real result is left out. */
const scanResult = {
  schema: 'mobiscan/scan-result@1',
  overall: {
    employees: 2950,
    co2KgPerYear: { now: 480_000 },
    kmPerYear: [
      { mode: 'auto', fuel: 'benzine', km: 1_000_000 },
      { mode: 'auto', fuel: 'diesel', km: 200_000 },
      { mode: 'fiets', fuel: null, km: 300_000 },
      { mode: 'trein', fuel: null, km: 400_000 },
      { mode: 'onbekend', fuel: null, km: 5000 },
    ],
  },
  method: { co2Basis: 'wtw' },
  dataQuality: { rowsRejected: 12 },
};

describe('wpm', () => {
  it('writes the commuting table as a Dutch CSV with neutralised text cells and says who is in scope', async () => {
    const dir = await trackingWorkspace([{ id: 'asz', name: '=SUM(1+1)' }]);
    await withWorkspace(dir, (ws) => ws.scans.save('asz', { exportDate: '2025-12-31', contentHash: 'h1', employees: 2950, settingsHash: 's', result: scanResult }));
    const out = join(tempDir(), 'wpm.csv');
    const { ctx, printed } = fakeContext(dir);
    await runWpm(ctx, { company: 'asz', year: '2025', out });
    const csv = readFileSync(out, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.slice(0, 5)).toEqual(['WPM woon-werkverkeer (schatting);2025', "Bedrijf;'=SUM(1+1)", 'Scan (exportdatum);2025-12-31', '', 'Categorie;Category;Km;CO2 TTW (kg)']);
    expect(lines).toContain('Auto - benzine;Car - petrol;1000000;161500,0'); // 161.5 g/km TTW
    expect(lines).toContain('Auto - diesel;Car - diesel;200000;29820,0'); // 149.1 g/km TTW (indicative, from the petrol ratio)
    expect(lines).toContain('(Elektrische) fiets en lopen;(E-)bike and walking;300000;0,0');
    expect(lines).toContain('Openbaar vervoer;Public transport;400000;0,0');
    expect(lines).toContain('Totaal;Total;1900000;191320,0');
    // the CSV is Dutch, as the form: its notes too, with the figures in them
    expect(lines).toContain('Toelichting;Alleen medewerkers met een reiskostenvergoeding, een OV-kaart of een leaseauto tellen mee: 2.950 binnen en 12 buiten de rapportage.');
    expect(lines).toContain('Toelichting;Buiten de rapportage: 12 regels van de HR-export die niet te lezen waren.');
    expect(lines).toContain('Toelichting;5.000 km van medewerkers met een onbekende vervoerwijze hebben geen categorie en zijn weggelaten.');
    expect(lines.some((l) => /no CO2 factor for auto|geen CO2-factor voor auto/.test(l))).toBe(false);
    expect(lines.some((l) => l.startsWith('Aanname;"deze scan is bewaard voordat mobiscan reiskostenvergoedingen vastlegde'))).toBe(true);
    // the terminal and --json speak the run's language (English in this test)
    expect(printed.text[0]).toContain('note: Only employees with a travel allowance, a PT pass or a lease car count: 2,950 in scope and 12 out.');
    expect(printed.text[0]).toContain('assumed: this scan was saved before mobiscan recorded travel allowances');
    expect(printed.text[0]).toContain('WPM commuting 2025 for =SUM(1+1) (estimate from the scan of 2025-12-31)');
  });

  it('neutralises every text cell that a spreadsheet would run as a formula', () => {
    const verbatim = (v: string) => text(VERBATIM, 'v', { v });
    const wpm: WpmCommuting = { year: 2025, scope: { year: 2025, inScope: 0, outOfScope: 0 }, rows: [], totalKm: 0, totalCo2TtwKg: 0, unassignedKm: 0, notes: [verbatim('-1 km; odd')], assumptions: [verbatim('+x')], warnings: [verbatim('@cmd')] };
    const csv = formatWpmCsv(wpm, { companyName: '=1+1', scanExportDate: '2025-12-31' });
    expect(csv).toContain("Bedrijf;'=1+1\r\n");
    expect(csv).toContain(`Toelichting;"'-1 km; odd"\r\n`);
    expect(csv).toContain("Aanname;'+x\r\n");
    expect(csv).toContain("Waarschuwing;'@cmd\r\n");
  });

  it('needs a scan', async () => {
    const dir = await trackingWorkspace([{ id: 'asz' }]);
    await expect(runWpm(fakeContext(dir).ctx, { company: 'asz', year: '2025' })).rejects.toThrow('no scan for asz yet');
  });
});

describe('track alliance', () => {
  it("sums the members' avoidances and CO2 and gives each member's share", async () => {
    const dir = await trackingWorkspace([{ id: 'asz', headcount: 3000 }, { id: 'bravo', headcount: 500 }]);
    const counts = (now: [number, number]) => dailyCountsCsv([
      { from: '2025-10-01', to: '2025-12-31', morning: 1000, evening: 800 },
      { from: '2026-01-01', to: '2026-03-31', morning: now[0], evening: now[1] },
    ]);
    await runTrackImport(fakeContext(dir).ctx, writeInto(tempDir(), 'a.csv', counts([900, 720])), { company: 'asz', kind: 'counts' });
    await runTrackBaseline(fakeContext(dir).ctx, { company: 'asz', from: '2025-10-01', to: '2025-12-31' });
    await runTrackImport(fakeContext(dir).ctx, writeInto(tempDir(), 'b.csv', counts([500, 480])), { company: 'bravo', kind: 'counts' });
    await runTrackBaseline(fakeContext(dir).ctx, { company: 'bravo', morning: '500', evening: '500' });
    await runTrackCo2(fakeContext(dir).ctx, { company: 'asz', year: '2025', kmFile: writeInto(tempDir(), 'km.csv', 'mode;fuel;km\nauto;benzine;1000000\n') });
    const { ctx, printed } = fakeContext(dir, { json: true });
    await runTrackAlliance(ctx, {});
    const data = printed.results[0] as { totals: { avoidancesPerDay: number; co2Kg: number; ownShare: number }; members: Array<{ id: string; avoidancesPerDay: number; shareOfAvoidances: number; shareOfCo2: number | null; basis: { period: string | null; missing: string[] } }> };
    expect(data.totals.avoidancesPerDay).toBe(200); // 180 + 20
    expect(data.totals.ownShare).toBeCloseTo(200 / 2800, 12);
    expect(data.totals.co2Kg).toBeCloseTo(195_000, 6);
    expect(data.members.map((m) => [m.id, m.avoidancesPerDay, m.shareOfAvoidances])).toEqual([['asz', 180, 0.9], ['bravo', 20, 0.1]]);
    expect(data.members.map((m) => m.shareOfCo2)).toEqual([1, 0]);
    expect(data.members[1]!.basis).toEqual({ id: 'bravo', period: '2026-Q1', co2Year: null, missing: ['CO2'] });
    // the table fits 80 columns, so a long header may wrap over lines: read it column-wise
    const table = printed.text[0]!;
    expect(table.split('\n').find((line) => /^-+( +-+)+$/.test(line))!.length).toBeLessThanOrEqual(80);
    for (const word of ['share', 'alliance']) expect(table).toMatch(new RegExp(`\\b${word}\\b`));
  });
});
