import type { Workbook } from 'exceljs';
import type { ReportModel } from '../../../core/report/report-model.js';
import { applyColumnWidths, columnWidths } from './column-widths.js';
import { newSheet } from './new-sheet.js';
import { writeLines } from './write-lines.js';
import { writeTable, type TableContext } from './write-table.js';

/** Adds the method sheet: the intro, every setting with its source, data quality, attributions, notes. */
export function addMethodSheet(workbook: Workbook, name: string, model: ReportModel, context: TableContext): void {
  const { method } = model;
  const sheet = newSheet(workbook, name);
  applyColumnWidths(sheet, columnWidths([method.settings, method.dataQuality], context.lang, context.suppressedLabel));
  let row = writeLines(sheet, 1, [model.labels.method], 'title');
  row = writeLines(sheet, row, method.intro, 'paragraph') + 1;
  for (const part of method.parts ?? []) row = writeLines(sheet, writeLines(sheet, row, [part.title], 'heading'), part.paragraphs, 'paragraph') + 1;
  row = writeTable(sheet, method.settings, row, context).nextRow;
  row = writeTable(sheet, method.dataQuality, row, context).nextRow;
  if (method.attributions.length > 0) {
    row = writeLines(sheet, writeLines(sheet, row, [model.labels.attributions], 'heading'), method.attributions, 'paragraph') + 1;
  }
  if (method.notes.length > 0) {
    writeLines(sheet, writeLines(sheet, row, [model.labels.notes], 'heading'), method.notes, 'paragraph');
  }
}
