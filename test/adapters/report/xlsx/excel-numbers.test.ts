import { describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../../../src/adapters/report/xlsx/render-workbook.js';
import { buildAllianceReport, type AllianceMember } from '../../../../src/core/report/build-alliance-report.js';
import type { Chart, ReportModel } from '../../../../src/core/report/report-model.js';
import { reportTexts } from '../../../../src/core/report/report-texts.js';
import { sampleModel } from '../../../fixtures/report/sample-model.js';
import { exampleReportModel } from '../../../app/report-fixture.js';
import { allCells, findCell, loadWorkbook, sheet } from './load-workbook.js';

const member = (id: string, shares: boolean, employees: number): AllianceMember => ({
  id, name: `Naam ${id}`, shares, employees,
  peak: {
    baselinePerDay: employees / 2,
    periods: [
      { label: '2025-Q2', from: '2025-04-01', to: '2025-06-30', avoidedPerDay: employees / 40 },
      { label: '2026-Q1', from: '2026-01-01', to: '2026-03-31', avoidedPerDay: employees / 20 },
    ],
    goal: { targetPct: 10, targetYear: 2026, scope: 'company', status: 'on-track', projectedShare: null },
  },
  co2: { years: [{ year: 2016, co2Kg: employees * 600 }, { year: 2023, co2Kg: employees * 540 }, { year: 2026, co2Kg: employees * 500 }], goal: null },
  scan: null,
  measures: [],
});

const alliance = (): ReportModel => buildAllianceReport({
  lang: 'nl', texts: reportTexts('nl'), generatedOn: '2026-11-27', version: 't', alliance: { name: 'Alliantie' },
  peakGoal: { targetPct: 10, targetYear: 2026 }, co2Goal: { targetPct: 50, baselineYear: 2016, targetYear: 2030 },
  members: [member('a', true, 1000), member('b', true, 800), member('c', true, 600), member('d', false, 900)], attributions: [], suppressionThreshold: 5,
});

/** The values of a table's column below its header cell, down to the first empty row. */
function columnBelow(worksheet: ReturnType<typeof sheet>, header: string, rows: number): unknown[] {
  const cell = findCell(worksheet, header);
  return Array.from({ length: rows }, (_, i) => worksheet.getCell(Number(cell.row) + 1 + i, Number(cell.col)).value);
}

describe('numbers in the workbook', () => {
  it('keep years as numbers: the alliance CO2 table and the chart data', async () => {
    const model = alliance();
    const workbook = await loadWorkbook(await renderWorkbook(model));
    const co2 = workbook.worksheets.find((s) => s.name.startsWith('CO2 van de alliantie'))!;
    expect(columnBelow(co2, 'Jaar', 3)).toEqual([2016, 2023, 2026]);
    const charts = sheet(workbook, 'Grafieken');
    const years = model.charts.find((c) => c.id === 'alliance-co2')!.categories;
    // the CO2 chart's years run to the target year; its first column is called by what it holds
    const jaar = [] as unknown[];
    charts.eachRow((row) => { if (row.getCell(1).value === 2016) jaar.push(...years.map((_, i) => charts.getCell(Number(row.number) + i, 1).value)); });
    expect(jaar).toEqual(years.map(Number));
    expect(allCells(workbook).filter((c) => c.value === '1' || c.value === '')).toEqual([]);
  });

  it('have no empty advice sheet in the alliance workbook', async () => {
    const workbook = await loadWorkbook(await renderWorkbook(alliance()));
    expect(workbook.worksheets.map((s) => s.name)).not.toContain('Maatwerkadvies');
  });

  it('leave a suppressed group empty, never "<5" as text, in the example hospital’s workbook', async () => {
    const model = await exampleReportModel('nl');
    const suppressed = JSON.stringify(model).match(/"suppressed":true/g) ?? [];
    expect(suppressed.length).toBeGreaterThan(0);
    const workbook = await loadWorkbook(await renderWorkbook(model));
    const asText = allCells(workbook).filter((c) => typeof c.value === 'string' && /^\s*<\s*\d/.test(c.value));
    expect(asText.map((c) => `${c.worksheet.name}!${c.address}`)).toEqual([]);
  });

  it('list the measures started in a period beside the chart data', async () => {
    const trend = sampleModel.charts.find((c) => c.kind === 'line')!;
    const marked: Chart = { ...trend, xLabel: 'Periode', markers: [{ index: 2, label: 'E-bike-proefpool' }, { index: 2, label: 'Fietsplan' }] };
    const workbook = await loadWorkbook(await renderWorkbook({ ...sampleModel, charts: [marked] }));
    const charts = sheet(workbook, 'Grafieken');
    const started = columnBelow(charts, sampleModel.labels.chartMarkers, trend.categories.length);
    expect(started).toEqual(trend.categories.map((_, i) => (i === 2 ? 'E-bike-proefpool, Fietsplan' : null)));
    expect(columnBelow(charts, 'Periode', trend.categories.length)).toEqual(trend.categories);
  });
});
