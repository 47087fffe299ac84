import type { Workbook, Worksheet } from 'exceljs';

/** Adds a sheet that prints sensibly: A4 landscape, all columns on one page width. */
export function newSheet(workbook: Workbook, name: string): Worksheet {
  return workbook.addWorksheet(name, {
    // fitToHeight 0: as many pages down as the rows need
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
}
