import { beforeAll, describe, expect, it } from 'vitest';
import type { Workbook } from 'exceljs';
import { renderWorkbook } from '../../../../src/adapters/report/xlsx/render-workbook.js';
import { statusColours } from '../../../../src/adapters/report/xlsx/status-style.js';
import type { ReportModel } from '../../../../src/core/report/report-model.js';
import { sampleLabels, sampleModel } from '../../../fixtures/report/sample-model.js';
import { allCells, conditionalFormats, findCell, loadWorkbook, sheet, tableRefs } from './load-workbook.js';

let workbook: Workbook;
beforeAll(async () => {
  workbook = await loadWorkbook(await renderWorkbook(sampleModel));
});

describe('renderWorkbook', () => {
  it('has a summary sheet, one sheet per section, then charts, advice and method', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Samenvatting',
      'Vestigingen',
      'Postcodegebieden',
      'Doelen',
      'Grafieken',
      'Maatwerkadvies',
      'Methode en bronnen',
    ]);
  });

  it('takes its properties from the model, not from the clock', () => {
    expect(workbook.title).toBe(sampleModel.title);
    expect(workbook.creator).toBe('mobiscan');
    expect(workbook.created.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });

  it('stores numbers as numbers with the format the model asks for', () => {
    const locations = sheet(workbook, 'Vestigingen');
    const employees = findCell(locations, 2160);
    expect(employees.numFmt).toBe('#,##0');
    const share = locations.getCell(employees.row, 4);
    expect(share.value).toBe(0.532);
    expect(share.numFmt).toBe('0.0%');
    expect(locations.getCell(employees.row, 5).numFmt).toBe('#,##0.0');
    const summary = sheet(workbook, 'Samenvatting');
    expect(findCell(summary, 1923.4).numFmt).toBe('#,##0.0');
  });

  it('freezes the header row of the first table and puts a filter over it', () => {
    const locations = sheet(workbook, 'Vestigingen');
    const header = findCell(locations, 'Vestiging');
    expect(locations.views[0]).toMatchObject({ state: 'frozen', ySplit: Number(header.row) });
    // a real Excel table over the body only: the totals row stays put when the reader sorts
    expect(tableRefs(locations)).toEqual([`A${header.row}:E${Number(header.row) + 3}`]);
    expect(header.font.bold).toBe(true);
  });

  it('draws a data bar where the model asks for one', () => {
    const [bar] = conditionalFormats(sheet(workbook, 'Vestigingen'));
    expect(bar?.rules[0]?.type).toBe('dataBar');
    expect(bar?.ref).toBe('D5:D7');
  });

  it('colours status cells as a traffic light and shows the report\'s own status words', () => {
    const goals = sheet(workbook, 'Doelen');
    const formats = conditionalFormats(goals);
    expect(formats).toHaveLength(1);
    expect(formats[0]?.rules.map((r) => r.type)).toEqual(['expression', 'expression', 'expression', 'expression']);
    expect(formats[0]?.rules[0]?.formulae?.[0]).toContain('"gehaald"');
    expect(findCell(goals, 'gehaald').col).toBe(2);
    expect(findCell(goals, 'achter').col).toBe(2);
    const summary = sheet(workbook, 'Samenvatting');
    expect(findCell(summary, 'achter').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: statusColours.behind.fill } });
    // a key figure with a status says it in words beside its coloured value
    expect(findCell(summary, 'gehaald: 10,0% van de nulmeting').col).toBe(3);
  });

  it('leaves a suppressed group empty in its number column and notes why under the table', () => {
    const pc4 = sheet(workbook, 'Postcodegebieden');
    const area = findCell(pc4, '3295');
    expect(pc4.getCell(area.row, 2).value).toBeNull();
    expect(pc4.getCell(area.row, 3).value).toBeNull();
    expect(pc4.getCell(Number(area.row) + 1, 1).value).toBe(sampleModel.sections[1]?.tables[0]?.note);
    expect(pc4.getCell(Number(area.row) + 2, 1).value).toBe(sampleModel.labels.suppressedNote);
    expect(allCells(workbook).filter((cell) => cell.value === '<5')).toEqual([]);
  });

  it('prints every sheet with its header row repeated, a header with the title and a footer with page numbers', () => {
    workbook.eachSheet((ws) => {
      expect(ws.headerFooter.oddHeader, ws.name).toBe(`&L${sampleModel.title}&R&A`);
      expect(ws.headerFooter.oddFooter, ws.name).toContain('&Rpagina &P van &N');
    });
    const locations = sheet(workbook, 'Vestigingen');
    const header = findCell(locations, 'Vestiging');
    expect(locations.pageSetup.printTitlesRow).toBe(`${header.row}:${header.row}`);
  });

  it('puts each chart on the chart sheet as categories by series', () => {
    const charts = sheet(workbook, 'Grafieken');
    const band = findCell(charts, '7,5-15 km');
    expect(charts.getRow(Number(band.row)).values).toEqual([undefined, '7,5-15 km', 620, 60, 110, 60, 30]);
    expect(findCell(charts, 'lopen').row).toBeGreaterThan(Number(band.row));
    expect(charts.getCell(findCell(charts, 'lopen').row, 3).value).toBeNull();
  });

  it('lists every advice item with its numbers and wraps the explanation', () => {
    const advice = sheet(workbook, 'Maatwerkadvies');
    for (const item of sampleModel.advice) {
      const title = findCell(advice, item.title);
      expect(advice.getCell(title.row, 1).value).toBe(item.rank);
      expect(advice.getCell(title.row, 7).value).toBe(item.avoidancesPerDay);
      expect(findCell(advice, item.explanation).alignment.wrapText).toBe(true);
      // neither Excel nor LibreOffice grows a row for wrapped text on opening
      expect(advice.getRow(Number(title.row)).height).toBeGreaterThan(15);
      expect(findCell(advice, item.source).row).toBe(title.row);
    }
    expect(findCell(advice, 'beperkt').row).toBe(findCell(advice, 'Carpoolmatching').row);
  });

  it('leaves the share of a met goal empty on the advice sheet and says the goal is met under the table', async () => {
    const advice = sampleModel.advice.map((item) => ({ ...item, shareOfPeakGap: null }));
    const book = await loadWorkbook(await renderWorkbook({ ...sampleModel, advice, adviceGoals: { peak: 'met', co2: 'open' } }));
    const sheetOf = sheet(book, 'Maatwerkadvies');
    const title = findCell(sheetOf, sampleModel.advice[0]!.title);
    expect(sheetOf.getCell(title.row, 9).value).toBeNull();
    expect(sheetOf.getCell(title.row, 10).value).toBe(sampleModel.advice[0]!.shareOfCo2Gap);
    expect(findCell(sheetOf, 'Deel van het gat tot het doel (spits): doel gehaald.')).toBeDefined();
    // without a met goal, no such note
    expect(allCells(workbook).some((cell) => String(cell.value).includes('(spits): doel gehaald'))).toBe(false);
  });

  it('says under the advice table why a goal has no share when it is not set or has no baseline', async () => {
    const advice = sampleModel.advice.map((item) => ({ ...item, shareOfPeakGap: null, shareOfCo2Gap: null }));
    const book = await loadWorkbook(await renderWorkbook({ ...sampleModel, advice, adviceGoals: { peak: 'no-baseline', co2: 'none' } }));
    expect(findCell(sheet(book, 'Maatwerkadvies'), 'Deel van het gat tot het doel (spits): nog geen nulmeting. Deel van het gat tot het doel (CO2): geen doel.')).toBeDefined();
  });

  it('lists the settings, the data quality, the attributions and the notes on the method sheet', () => {
    const method = sheet(workbook, 'Methode en bronnen');
    expect(findCell(method, 'Rijen gelezen')).toBeDefined();
    expect(method.getCell(findCell(method, 'Rijen gelezen').row, 2).value).toBe(3007);
    for (const line of [...sampleModel.method.attributions, ...sampleModel.method.notes]) expect(findCell(method, line)).toBeDefined();
  });

  it('never turns model text into a formula', async () => {
    const copy: ReportModel = structuredClone(sampleModel);
    const texts = ['=HYPERLINK("http://example.com","x")', '+31 6 1234', '-1+1', '@SUM(A1:A2)'];
    copy.sections[0]?.tables[0]?.rows.push(...texts.map((text) => [text, 1, 1, 0.5, 1]));
    copy.title = '=1+1';
    const advice = copy.advice[0];
    if (advice) advice.title = '=cmd|"/c calc"!A1';
    const read = await loadWorkbook(await renderWorkbook(copy));
    for (const text of [...texts, '=1+1', '=cmd|"/c calc"!A1']) {
      const cells = allCells(read).filter((cell) => cell.value === text);
      expect(cells.length, text).toBeGreaterThan(0);
    }
    expect(allCells(read).filter((cell) => cell.formula !== undefined || typeof cell.value === 'object' && cell.value !== null && !(cell.value instanceof Date))).toEqual([]);
  });

  it('gives the same content for the same model', async () => {
    const again = await loadWorkbook(await renderWorkbook(sampleModel));
    const content = (read: Workbook) =>
      JSON.stringify(read.worksheets.map((s) => [s.name, s.getSheetValues(), s.views, tableRefs(s), s.columns.map((c) => c.width)]));
    expect(content(again)).toBe(content(workbook));
  });

  it('copes with odd sections: names Excel refuses, several tables, a table without rows', async () => {
    const copy: ReportModel = structuredClone(sampleModel);
    const table = { id: 'empty', title: 'Leeg', columns: [{ key: 'a', label: 'A', format: 'int' as const, visual: 'dataBar' as const }], rows: [] };
    copy.sections.push({ id: 'odd', title: 'Spitsmijdingen per kwartaal [2025/2026]: per vestiging', intro: [], tables: [table, table] });
    copy.sections.push({ id: 'dup', title: 'Grafieken', intro: ['Dubbele naam.'], tables: [] });
    const read = await loadWorkbook(await renderWorkbook(copy));
    expect(read.worksheets.map((s) => s.name).slice(4, 7)).toEqual(['Spitsmijdingen per kwartaal -20', 'Grafieken', 'Grafieken (2)']);
    const odd = sheet(read, 'Spitsmijdingen per kwartaal -20');
    expect(conditionalFormats(odd)).toEqual([]);
    // a table without rows is a plain header (an Excel table needs a body), the next one a real table
    expect(tableRefs(odd).length).toBe(copy.sections.find((x) => x.title.startsWith('Spitsmijdingen per kwartaal'))!.tables.filter((t) => t.rows.length > 0).length);
  });

  it('renders an English model with English sheet words', async () => {
    const read = await loadWorkbook(await renderWorkbook({ ...sampleModel, lang: 'en', labels: sampleLabels('en') }));
    expect(read.worksheets[0]?.name).toBe('Summary');
    expect(findCell(sheet(read, 'Tailored advice'), 'Measure')).toBeDefined();
  });
});

describe('renderWorkbook with the fast-loading exceljs build', () => {
  it('writes the same workbook as the package’s Node entry', async () => {
    const { default: nodeEntry } = await import('exceljs');
    const [bundled, node] = await Promise.all([renderWorkbook(sampleModel), renderWorkbook(sampleModel, nodeEntry)]);
    // conditional formats get a random id on every write; everything else must be equal
    const content = async (bytes: Buffer): Promise<string> => JSON.stringify((await loadWorkbook(bytes)).model).replace(/\{[0-9A-F-]{36}\}/g, '{id}');
    const [a, b] = await Promise.all([content(bundled), content(node)]);
    expect(a.length).toBeGreaterThan(10_000);
    expect(a).toBe(b);
  });
});
