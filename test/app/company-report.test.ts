import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../src/adapters/report/xlsx/render-workbook.js';
import { renderPdf } from '../../src/adapters/report/pdf/render-pdf.js';
import { buildCompanyReport } from '../../src/core/report/build-company-report.js';
import type { ReportModel, Table } from '../../src/core/report/report-model.js';
import { peakProgress } from '../../src/core/track/peak-progress.js';
import { workingDaysBetween } from '../../src/core/track/working-days.js';
import { loadScanSettings } from '../../src/adapters/config/load-scan-settings.js';
import { createScan } from '../../src/core/scan/create-scan.js';
import { suppressSmallCells } from '../../src/core/scan/suppress-small-cells.js';
import { exampleReportInput, exampleReportModel, LOCATIONS, leaks } from './report-fixture.js';

describe('the company report model of the example hospital', () => {
  it('carries the scan figures and the goal status', async () => {
    const input = await exampleReportInput('nl');
    const model = await exampleReportModel('nl');
    const o = input.scan.result.overall;
    expect(model.keyFigures[0]).toMatchObject({ value: o.employees, format: 'int' });
    expect(model.keyFigures.find((k) => k.label.startsWith('Spitsmijdingen'))?.value).toBeCloseTo(180, 6);
    expect(model.goals[0]).toMatchObject({ status: 'met', statusText: 'gehaald' });
    expect(model.sections.map((s) => s.id)).toEqual(['locations', 'bands', 'pc4', 'potential', 'scenario', 'pt-carpool', 'co2-mode', 'peak']);
    const locations = model.sections[0]!.tables[0]!;
    expect(locations.rows.map((r) => r[0])).toEqual(['Dordrecht', 'Zwijndrecht', 'Sliedrecht']);
    expect(locations.totals?.[1]).toBe(o.employees);
  });

  it('shows the scenario figures in the key figures, each with one sentence on what it means', async () => {
    const input = await exampleReportInput('nl');
    const model = buildCompanyReport(input);
    const o = input.scan.result.overall;
    const figure = (start: string) => model.keyFigures.find((k) => k.label.startsWith(start));
    expect(figure('Autoritten in de spits per werkdag')).toMatchObject({ value: o.peak.carTripsPerDay.total, note: expect.stringMatching(/voltijder rijdt op 8\d,\d% van de werkdagen/) });
    expect(figure('Minder spitsritten bij een Nederlands fietsniveau')).toMatchObject({ value: o.peak.avoidedCarTripsPerDay.total, note: expect.stringMatching(/scenario, geen voorspelling/) });
    expect(figure('Extra fietsers bij een Nederlands fietsniveau')).toMatchObject({ value: o.scenario.goDutch.extraCyclists, note: expect.stringMatching(/met e-bikes \d+; waarvan nu met de auto: \d+/) });
    expect(figure('CO2 woon-werk')?.note).toMatch(/^bij een Nederlands fietsniveau: /);
    const all = JSON.stringify(model.keyFigures);
    expect(all).not.toMatch(/[Vv]ermijdbaar|verwachte overstap/);
    expect(figure('Vervoerwijze geschat')).toBeUndefined(); // the example export gives every mode
    // the peak trips now rest on presence per working day: about 0.84 of the old 214-day figure's
    expect(o.peak.carTripsPerDay.total).toBeLessThan(1200);
  });

  it('says so on the key figures when the export has no mode column (estimated modes, never 0 car commuters)', async () => {
    const input = await exampleReportInput('nl');
    const settings = await loadScanSettings();
    const scan = createScan(settings, { locations: LOCATIONS, geocoder: { pc4: () => undefined, place: () => undefined }, stations: [] }, { year: 2026 });
    [3, 6, 9, 12, 20, 35].forEach((km) => Array.from({ length: 30 }, (_, i) => scan.add({ row: i + 2, country: 'NL', mode: 'onbekend', distanceKm: km })));
    const result = suppressSmallCells(scan.finish({ rowsRead: 180, rowsRejected: 0 }), 5);
    const model = buildCompanyReport({ ...input, scan: { exportDate: '2026-10-01', result } });
    const estimated = model.keyFigures.find((k) => k.label === 'Vervoerwijze geschat');
    expect(estimated).toMatchObject({ value: 180, note: expect.stringMatching(/geschat uit landelijke cijfers naar afstand \(CBS\)/) });
    // it comes before the figures it qualifies
    expect(model.keyFigures.indexOf(estimated!)).toBeLessThan(model.keyFigures.findIndex((k) => k.label === 'Autoforenzen'));
    expect(model.keyFigures.find((k) => k.label === 'Autoforenzen')!.value).toBeGreaterThan(50);
    expect(model.keyFigures.find((k) => k.label.startsWith('CO2'))!.value).toBeGreaterThan(10);
    const english = buildCompanyReport({ ...(await exampleReportInput('en')), scan: { exportDate: '2026-10-01', result } });
    expect(english.keyFigures.some((k) => k.label === 'Mode estimated')).toBe(true);
  });

  it('keeps every table and chart rectangular', async () => {
    const model = await exampleReportModel('nl');
    for (const table of [...model.sections.flatMap((s) => s.tables), model.method.settings, model.method.dataQuality]) {
      for (const row of table.rows) expect(row.length, table.id).toBe(table.columns.length);
      if (table.totals) expect(table.totals.length).toBe(table.columns.length);
    }
    for (const chart of model.charts) for (const s of chart.series) expect(s.values.length, chart.id).toBe(chart.categories.length);
  });

  it('never shows a small group: PC4 rows of fewer than 5 employees are left out', async () => {
    const model = await exampleReportModel('nl');
    const pc4 = model.sections.find((s) => s.id === 'pc4')!.tables[0]!;
    for (const row of pc4.rows) expect(typeof row[1] === 'number' ? row[1] : 99).toBeGreaterThanOrEqual(5);
  });

  it('recommends only measures with a group, ranked, with sources', async () => {
    const model = await exampleReportModel('nl');
    expect(model.advice.length).toBeGreaterThan(2);
    expect(model.advice.map((a) => a.rank)).toEqual(model.advice.map((_, i) => i + 1));
    for (const a of model.advice) {
      expect(a.groupSize).toBeGreaterThan(0);
      expect(a.source.length).toBeGreaterThan(10);
      if (a.evidence === 'thin') expect(a.evidenceWarning).toBeTruthy();
    }
  });

  it('lists every setting with a readable name, value, unit and public source, and explains the method in words', async () => {
    const model = await exampleReportModel('nl');
    const settings = model.method.settings;
    expect(settings.columns.map((c) => c.key)).toEqual(['setting', 'value', 'unit', 'source']);
    expect(settings.rows.length).toBeGreaterThan(20);
    expect(settings.rows.every((r) => typeof r[3] === 'string' && r[3].length > 0)).toBe(true);
    // names, not setting paths; numbers as numbers; no raw JSON
    expect(settings.rows.map((r) => r[0])).toContain('Omrijfactor fiets (route / hemelsbreed)');
    expect(settings.rows.find((r) => r[0] === 'Omrijfactor fiets (route / hemelsbreed)')?.[1]).toBe(1.25);
    expect(settings.rows.find((r) => r[0] === 'Ochtendspits')?.[1]).toBe('07:00-09:00');
    const all = JSON.stringify(model.method);
    expect(all).not.toMatch(/METHOD\.md|\{\\"|detourFactor|npm package/);
    expect(model.method.parts?.map((p) => p.title)).toEqual(['Wat is berekend', 'Uit welke gegevens', 'Publieke bronnen', 'Wat de cijfers niet zijn']);
    expect(model.method.attributions.join(' ')).toContain('DB InfraGO');
    // every shipped default is named by its Dutch public source, never as the reader's own value or in English
    const sources = settings.rows.map((r) => String(r[3]));
    expect(sources.filter((s) => s.startsWith('Eigen waarde'))).toEqual([]);
    expect(sources.filter((s) => /\bassumption\b|\bthe\b|Belastingdienst: the/.test(s))).toEqual([]);
  });

  it('speaks English with --lang en', async () => {
    const model = await exampleReportModel('en');
    expect(model.title).toBe('Mobility scan Merwede Ziekenhuis (voorbeeld)');
    expect(model.sections[0]!.title).toBe('Locations');
    expect(model.goals[0]!.statusText).toBe('met');
  });

  it('leaks no name, street, birth date, e-mail or personnel number into the model, the workbook or the PDF', async () => {
    const model: ReportModel = await exampleReportModel('nl');
    expect(leaks(JSON.stringify(model))).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderWorkbook(model)) as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    expect(cells.length).toBeGreaterThan(100);
    expect(leaks(cells.join('\n'))).toEqual([]);
    const drawn: string[] = [];
    const pdf = await renderPdf(model, { onText: (t: string) => drawn.push(t) });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(drawn.join('\n')).toContain('Maatwerkadvies');
    expect(leaks(drawn.join('\n'))).toEqual([]);
  });
});

describe('the postcode areas of the report', () => {
  it('lists the ten areas with the most car commuters with their place, and all areas for the workbook only', async () => {
    const model = await exampleReportModel('nl');
    const [top, all] = model.sections.find((s) => s.id === 'pc4')!.tables;
    expect(top!.rows.length).toBe(10);
    const cars = top!.rows.map((r) => r[3] as number);
    expect(cars).toEqual([...cars].sort((a, b) => b - a));
    expect(top!.rows.filter((r) => typeof r[1] === 'string' && r[1].length > 0).length).toBeGreaterThanOrEqual(8);
    expect(top!.rows.some((r) => ['Dordrecht', 'Zwijndrecht', 'Papendrecht', 'Sliedrecht'].includes(r[1] as string))).toBe(true);
    expect(all!.excelOnly).toBe(true);
    expect(all!.rows.length).toBeGreaterThan(10);
  });
});

describe('the postcode areas of a small employer', () => {
  const cell = (pc4: string, lat: number, lon: number, employees: number, carCommuters: number | null) => ({
    pc4, lat, lon, employees, carCommuters, carShare: carCommuters === null ? null : carCommuters / employees, scenario: null,
  });
  const withPc4 = async (lang: 'nl' | 'en', cells: ReturnType<typeof cell>[]) => {
    const input = await exampleReportInput(lang);
    const result = { ...input.scan.result, overall: { ...input.scan.result.overall, pc4: cells } };
    return buildCompanyReport({ ...input, scan: { ...input.scan, result } }).sections.find((s) => s.id === 'pc4')!;
  };

  it('names a place as the Dutch reader writes it: Den Haag, not The Hague', async () => {
    const section = await withPc4('nl', [cell('2511', 52.078, 4.313, 12, 7), cell('2611', 52.011, 4.357, 9, 5)]);
    const top = section.tables.find((t) => t.id === 'pc4-top')!;
    expect(top.rows.map((r) => r[1])).toEqual(['Den Haag', 'Delft']);
  });

  it('ranks only areas with a car-commuter count it may show, and says so when there is none', async () => {
    const section = await withPc4('nl', [cell('2544', 52.05, 4.25, 6, null), cell('2546', 52.04, 4.27, 7, null)]);
    expect(section.tables.map((t) => t.id)).toEqual(['pc4']);
    expect(section.intro[0]).toContain('Geen postcodegebied telt 5 of meer autoforenzen');
  });
});

describe('the goal sentences of the report', () => {
  it('are in the report language, with Dutch numbers in a Dutch report', async () => {
    const nl = await exampleReportModel('nl');
    expect(nl.goals[0]!.phrase).toBe('Laatste periode (K1 2026): 180 van 1.800 spitsritten per werkdag vermeden (10%); doel 10%.');
    const en = await exampleReportModel('en');
    expect(en.goals[0]!.phrase).toMatch(/^Latest period \(Q1 2026\): 180 of 1,800 peak car trips per working day avoided \(10%\); goal 10%\.$/);
  });
});

describe('the summary page of the report', () => {
  it('says where the member stands, the biggest lever, the top three actions and the next step', async () => {
    const model = await exampleReportModel('nl');
    const summary = model.summary!;
    expect(summary.points.map((p) => p.label)).toEqual(['Waar u staat', 'Grootste hefboom', 'Volgende stap']);
    expect(summary.points[0]!.text).toBe('In K1 2026 reden er per werkdag 180 autoritten minder in de spits dan bij de nulmeting van 1.800 ritten: 10% minder. Het doel van 10% is gehaald.');
    expect(summary.points[1]!.text).toContain(model.advice[0]!.title);
    // no CO2 goal in the example input: the next step says to set one, in a plain sentence
    expect(summary.points[2]!.text).toMatch(/^Leg een CO2-doel vast/);
    expect(summary.actions!.rows.map((r) => r[1])).toEqual(model.advice.slice(0, 3).map((a) => a.title));
    expect(summary.comparison!.rows[0]).toEqual(['Autoritten in de spits per werkdag (nulmeting)', model.keyFigures[2]!.value, 1800]);
    expect(summary.comparisonNote).toMatch(/^De telling ligt (hoger|lager) dan de schatting/);
  });

  it('shows the combined effect of the package as the totals row when the advice gives one', async () => {
    const { buildCompanyReport } = await import('../../src/core/report/build-company-report.js');
    const input = await exampleReportInput('nl');
    const model = buildCompanyReport({ ...input, packageEffect: { avoidancesPerDay: 120.4, co2TonnesPerYear: 70.2, participants: 500 } });
    expect(model.summary!.actions!.totals).toEqual(['', 'Samen, zonder dubbeltelling', 500, 120.4, 70.2]);
  });

  it('say when the latest period is provisional, and do not call the goal met on it (Dutch numbers)', async () => {
    const input = await exampleReportInput('nl');
    // the fourth quarter of 2026 with counts on 22 of its working days, 10.4% below the baseline
    const q4 = workingDaysBetween('2026-10-01', '2026-12-31').slice(0, 22).map((date) => ({ date, morning: 890, evening: 722.8 }));
    const peak = peakProgress({
      counts: q4,
      registrations: [],
      baseline: { source: 'typed', morningPerDay: 990, eveningPerDay: 810, totalPerDay: 1800, headcount: null },
      headcounts: [],
      goal: { targetPct: 10, targetYear: 2027, basis: 'absolute', scope: 'company' },
      measures: [],
      unit: 'quarter',
    });
    const model = buildCompanyReport({ ...input, peak });
    expect(model.goals[0]).toMatchObject({ status: 'on-track', statusText: 'op koers' });
    expect(model.goals[0]!.phrase).toContain('(10,4%)');
    expect(model.goals[0]!.phrase).toContain('Periode K4 2026 is voorlopig: 22 van 65 werkdagen gemeten (minder dan 60%)');
    expect(model.goals[0]!.phrase).not.toMatch(/\d\.\d%/);
    // the summary does not say where the member stands from the provisional quarter either
    expect(JSON.stringify(model.summary)).not.toContain('In K4 2026');
    // the key figure shows the provisional quarter only as such, without a goal status
    const tile = model.keyFigures.find((f) => String(f.label).startsWith('Spitsmijdingen per werkdag'));
    expect(tile).toMatchObject({ label: 'Spitsmijdingen per werkdag (gemeten) (K4 2026, voorlopig)', status: undefined });
  });

  it('show in the key figure the same complete period as the summary, not a later provisional one', async () => {
    const input = await exampleReportInput('nl');
    // Q3 2026 complete (every working day counted), Q4 with 22 of its working days: provisional
    const day = (date: string, total: number) => ({ date, morning: total / 2, evening: total / 2 });
    const q3 = workingDaysBetween('2026-07-01', '2026-09-30').map((date) => day(date, 1500));
    const q4 = workingDaysBetween('2026-10-01', '2026-12-31').slice(0, 22).map((date) => day(date, 1700));
    const peak = peakProgress({
      counts: [...q3, ...q4],
      registrations: [],
      baseline: { source: 'typed', morningPerDay: 1000, eveningPerDay: 800, totalPerDay: 1800, headcount: null },
      headcounts: [],
      goal: { targetPct: 10, targetYear: 2027, basis: 'absolute', scope: 'company' },
      measures: [],
      unit: 'quarter',
    });
    const model = buildCompanyReport({ ...input, peak });
    const tile = model.keyFigures.find((f) => String(f.label).startsWith('Spitsmijdingen per werkdag'));
    expect(tile?.label).toBe('Spitsmijdingen per werkdag (gemeten) (K3 2026)');
    expect(tile?.value).toBeCloseTo(300);
    expect(JSON.stringify(model.summary)).toContain('In K3 2026');
  });
});

describe('dashes in the report tables', () => {
  it('explain every dash a reader sees with a note under its table, in Dutch and English', async () => {
    for (const [lang, dash] of [['nl', 'Waar een cijfer ontbreekt (–)'], ['en', 'Where a figure is missing (–)']] as const) {
      const input = await exampleReportInput(lang);
      // without a complete period after the baseline, the count column of the comparison is a dash too
      for (const model of [buildCompanyReport(input), buildCompanyReport({ ...input, peak: input.peak && { ...input.peak, periods: [] } })]) {
        const tables = [...model.sections.flatMap((x) => x.tables), model.summary?.actions, model.summary?.comparison].filter((x): x is Table => x != null && !x.excelOnly);
        const withDash = tables.filter((x) => [...x.rows, x.totals ?? []].some((r) => r.some((c, i) => c === null && !x.columns[i]?.excelOnly)));
        expect(withDash.length).toBeGreaterThan(0);
        for (const x of withDash) expect(x.note ?? '', `${lang}: ${x.title}`).toContain(dash);
      }
    }
  });
});
