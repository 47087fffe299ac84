import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/adapters/report/pdf/render-pdf.js';
import { buildCompanyReport } from '../../src/core/report/build-company-report.js';
import type { Lang, ReportModel } from '../../src/core/report/report-model.js';
import { loadGeodata, runScan } from '../../src/app/run-scan.js';
import { loadScanSettings } from '../../src/adapters/config/load-scan-settings.js';
import { exampleReportInput, ROOT } from './report-fixture.js';

/**
 * A small AFAS-style export made by hand (AFAS field names ZpCd and Rs, a title row with the
 * Peildatum, PC4 and PC6 postcodes across Zuid-Holland): 35 employees in six postcode areas of 5
 * to 8, 14 alone in an area, 3 with only a home town, 1 abroad and 1 with only a distance.
 */
const CSV = join(ROOT, 'test/fixtures/report/afas-zuid-holland.csv');
const LOCATIONS = [
  { name: 'Vestiging Leiden', lat: 52.1601, lon: 4.497 },
  { name: 'Vestiging Den Haag', lat: 52.0799, lon: 4.3113 },
];

async function unseenModel(lang: Lang): Promise<ReportModel> {
  const [settings, geo, base] = await Promise.all([loadScanSettings(), loadGeodata('/nonexistent-mobiscan-data-dir'), exampleReportInput(lang)]);
  const run = await runScan(CSV, { locations: LOCATIONS, settings, geo });
  return buildCompanyReport({ ...base, company: { id: 'zh', name: 'Testbedrijf Zuid-Holland', locations: LOCATIONS }, scan: { exportDate: '2026-10-15', result: run.result } });
}

async function mapTexts(model: ReportModel): Promise<string[]> {
  const texts: string[] = [];
  await renderPdf({ ...model, charts: [], advice: [], sections: [] }, { onText: (t) => texts.push(t) });
  return texts;
}

/** Words that would mean English slipped into a Dutch map. */
const ENGLISH = /\b(the|of|and|within|employees|lives?|railway|location|map|data|shown)\b/i;

describe('the map of an export not made for the purpose', async () => {
  const nl = await unseenModel('nl');
  const en = await unseenModel('en');
  const map = nl.map!;

  it('says how many employees are on it and why the others are not, adding up to the export', () => {
    expect(map.shownNote).toBe('Op de kaart: 35 van de 54 medewerkers.');
    // 14 alone in an area, 3 by home town, 1 abroad, 1 by distance: each group under 5, so taken together.
    expect(map.notShownNote).toBe('Niet op de kaart: 19 om andere redenen (kleine groepen samengenomen).');
  });

  it('shows the areas where employees live even when their car share is hidden, and says so in the legend', async () => {
    expect(map.cells.map((c) => c.pc4).sort()).toEqual(['2312', '2405', '2521', '2612', '2722', '3014']);
    const hidden = map.cells.filter((c) => c.carShare === null);
    expect(hidden.length).toBeGreaterThan(0);
    for (const c of hidden) expect(c.carCommuters).toBeNull();
    const texts = await mapTexts(nl);
    expect(texts).toContain(map.legend.splitHidden);
    expect(texts).toContain('Op de kaart: 35 van de 54 medewerkers. Niet op de kaart: 19 om andere redenen (kleine groepen samengenomen).');
  });

  it('has no size legend below the threshold, names stations and prints its sources in the reader’s language', async () => {
    for (const step of map.sizeSteps) expect(step).toBeGreaterThanOrEqual(5);
    const texts = await mapTexts(nl);
    expect(texts).toContain(map.attribution);
    expect(texts.some((t) => /^Den Haag (Centraal|Laan van NOI|Moerwijk|HS)$/.test(t))).toBe(true);
    expect(map.attribution).toMatch(/^Kaartgegevens: Natural Earth/);
    expect(en.map!.attribution).toMatch(/^Map data: Natural Earth/);
    const dutch = [map.title, map.shownNote, map.notShownNote, map.attribution, map.alt, ...Object.values(map.legend).flat()];
    for (const line of dutch) expect(line).not.toMatch(ENGLISH);
    expect(en.map!.legend.splitHidden).toBe('employees live here; car share not shown (privacy)');
  });
});
