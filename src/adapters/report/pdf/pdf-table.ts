import type { Table } from '../../../core/report/report-model.js';

/** The table as the PDF shows it: without the columns meant for the workbook only. */
export function pdfTable(table: Table): Table {
  const keep = table.columns.map((c) => c.excelOnly !== true);
  if (keep.every(Boolean)) return table;
  const pick = <T>(cells: readonly T[]): T[] => cells.filter((_, i) => keep[i]);
  return { ...table, columns: pick(table.columns), rows: table.rows.map(pick), ...(table.totals && { totals: pick(table.totals) }) };
}
