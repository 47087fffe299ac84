import type { Workbook } from 'exceljs';
import type { Chart, Table } from '../../../core/report/report-model.js';
import { applyColumnWidths, columnWidths } from './column-widths.js';
import { newSheet } from './new-sheet.js';
import { writeLines } from './write-lines.js';
import { writeTable, type TableContext } from './write-table.js';

/**
 * A chart as a table: one row per category, one column per series, ready to chart in Excel;
 * years as numbers, and the measures that started in a period in a last column.
 */
export function chartTable(chart: Chart, markersLabel: string): Table {
  const years = chart.categories.length > 0 && chart.categories.every((c) => /^\d{4}$/.test(c));
  const started = new Map<number, string[]>();
  for (const m of chart.markers ?? []) started.set(m.index, [...(started.get(m.index) ?? []), m.label]);
  const markers = started.size > 0;
  return {
    id: chart.id,
    // the unit once: some titles name it already ('CO2 ... (% van 2016)')
    title: chart.title.includes(`(${chart.yLabel})`) ? chart.title : `${chart.title} (${chart.yLabel})`,
    columns: [
      { key: 'category', label: chart.xLabel ?? '', format: years ? 'year' : 'text' },
      ...chart.series.map((series, index) => ({ key: `series${index}`, label: series.name, format: chart.yFormat })),
      ...(markers ? [{ key: 'markers', label: markersLabel, format: 'text' as const, width: 40 }] : []),
    ],
    rows: chart.categories.map((category, index) => [
      years ? Number(category) : category,
      ...chart.series.map((series) => series.values[index] ?? null),
      ...(markers ? [started.get(index)?.join(', ') ?? null] : []),
    ]),
    ...(chart.note === undefined ? {} : { note: chart.note }),
  };
}

/**
 * Adds a sheet with the data behind each chart of the report. exceljs cannot write Excel charts,
 * so each chart becomes a small table that a reader can select and chart.
 */
export function addChartDataSheet(workbook: Workbook, name: string, labels: { title: string; markers: string }, charts: Chart[], context: TableContext): void {
  const sheet = newSheet(workbook, name);
  const tables = charts.map((chart) => chartTable(chart, labels.markers));
  applyColumnWidths(sheet, columnWidths(tables, context.lang, context.suppressedLabel));
  let row = writeLines(sheet, 1, [labels.title], 'title') + 1;
  for (const table of tables) row = writeTable(sheet, table, row, context).nextRow;
}
