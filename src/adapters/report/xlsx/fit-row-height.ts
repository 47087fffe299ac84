import type { Worksheet } from 'exceljs';

/** Points per line of 11-point text, as Excel's default row height. */
const lineHeight = 15;

/** How many lines a text takes in a column `width` characters wide, roughly (a word never splits). */
export function wrappedLines(text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed > width && line > 0) {
        lines += 1;
        line = word.length;
      } else line = needed;
    }
  }
  return lines;
}

/**
 * Sets the height of a row whose wrapped text needs more than one line. Neither Excel nor
 * LibreOffice reliably grows such a row when it opens a file, so the text would be cut off.
 */
export function fitRowHeight(sheet: Worksheet, rowNumber: number): void {
  const row = sheet.getRow(rowNumber);
  let lines = 1;
  row.eachCell((cell, column) => {
    if (!cell.alignment?.wrapText || typeof cell.value !== 'string') return;
    const width = sheet.getColumn(column).width ?? 9;
    lines = Math.max(lines, wrappedLines(cell.value, Math.max(1, Math.floor(width) - 1)));
  });
  if (lines > 1) row.height = lines * lineHeight;
}
