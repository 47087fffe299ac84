import type { Workbook } from 'exceljs';
import type { Section } from '../../../core/report/report-model.js';
import { applyColumnWidths, columnWidths } from './column-widths.js';
import { newSheet } from './new-sheet.js';
import { writeLines } from './write-lines.js';
import { writeTable, type TableContext } from './write-table.js';

/**
 * Adds the sheet of one report section: its title and intro, then each table. The header row of
 * the first table is frozen; each table is an Excel table, so its body can be sorted and filtered.
 */
export function addSectionSheet(workbook: Workbook, name: string, section: Section, context: TableContext): void {
  const sheet = newSheet(workbook, name);
  applyColumnWidths(sheet, columnWidths(section.tables, context.lang, context.suppressedLabel));
  let row = writeLines(sheet, 1, [section.title], 'title');
  row = writeLines(sheet, row, section.intro, 'paragraph') + 1;
  section.tables.forEach((table, index) => {
    // a lone table named like its section would only repeat the sheet's title
    const showTitle = section.tables.length > 1 || table.title !== section.title;
    const written = writeTable(sheet, table, row, context, showTitle);
    if (index === 0) {
      sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: written.headerRow, topLeftCell: `A${written.headerRow + 1}` }];
    }
    row = written.nextRow;
  });
}
