import type { Cell, Workbook, Worksheet } from 'exceljs';

/** Reads a rendered workbook back with exceljs, as a test sees what a reader would. */
export async function loadWorkbook(buffer: Buffer): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** The sheet called `name`; fails the test when there is none. */
export function sheet(workbook: Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}; sheets are ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return found;
}

/** The first cell whose value is exactly `value`; fails the test when there is none. */
export function findCell(worksheet: Worksheet, value: string | number): Cell {
  let found: Cell | undefined;
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && cell.value === value) found = cell;
    }),
  );
  if (!found) throw new Error(`no cell holding ${value} on ${worksheet.name}`);
  return found;
}

/** Every cell of every sheet that holds a value. */
export function allCells(workbook: Workbook): Cell[] {
  const cells: Cell[] = [];
  workbook.eachSheet((worksheet) => worksheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
  return cells;
}

/** The conditional formats of a sheet as exceljs reads them (its typings leave them out). */
export function conditionalFormats(worksheet: Worksheet): { ref: string; rules: { type: string; formulae?: string[] }[] }[] {
  return (worksheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] })
    .conditionalFormattings;
}

/** The ranges of the Excel tables on a sheet, as read back (exceljs keeps them by name). */
export function tableRefs(worksheet: Worksheet): string[] {
  const tables = (worksheet as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables;
  return Object.values(tables).map((t) => t.table.tableRef);
}
