import type { Workbook } from 'exceljs';
import type { Chart, Table } from '../../../core/report/report-model.js';
import { applyColumnWidths, columnWidths } from './column-widths.js';
import { newSheet } from './new-sheet.js';
import { writeLines } from './write-lines.js';
import { writeTable, type TableContext } from './write-table.js';

/** A chart as a table: one row per category, one column per series, ready to chart in Excel. */
export function chartTable(chart: Chart): Table {
  return {
    id: chart.id,
    title: `${chart.title} (${chart.yLabel})`,
    columns: [
      { key: 'category', label: '', format: 'text' },
      ...chart.series.map((series, index) => ({ key: `series${index}`, label: series.name, format: chart.yFormat })),
    ],
    rows: chart.categories.map((category, index) => [category, ...chart.series.map((series) => series.values[index] ?? null)]),
    ...(chart.note === undefined ? {} : { note: chart.note }),
  };
}

/**
 * Adds a sheet with the data behind each chart of the report. exceljs cannot write Excel charts,
 * so each chart becomes a small table that a reader can select and chart.
 */
export function addChartDataSheet(workbook: Workbook, name: string, title: string, charts: Chart[], context: TableContext): void {
  const sheet = newSheet(workbook, name);
  const tables = charts.map(chartTable);
  applyColumnWidths(sheet, columnWidths(tables, context.lang, context.suppressedLabel));
  let row = writeLines(sheet, 1, [title], 'title') + 1;
  for (const table of tables) row = writeTable(sheet, table, row, context).nextRow;
}
