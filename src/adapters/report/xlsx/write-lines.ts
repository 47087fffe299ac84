import type { Font, Worksheet } from 'exceljs';
import { safeText } from './excel-value.js';
import { font } from './font.js';

/** How a run of text lines looks: a heading, a paragraph or a small note. */
export type LineStyle = 'title' | 'heading' | 'paragraph' | 'note';

const fonts: Record<LineStyle, Partial<Font>> = {
  title: font({ bold: true, size: 16 }),
  heading: font({ bold: true, size: 12 }),
  paragraph: font(),
  note: font({ italic: true, color: { argb: 'FF595959' } }),
};

/**
 * Writes each line into column A from `row` on and returns the next free row. Lines are not
 * wrapped: they run on over the empty cells to their right, as a paragraph on a sheet does.
 */
export function writeLines(sheet: Worksheet, row: number, lines: readonly string[], style: LineStyle): number {
  let next = row;
  for (const line of lines) {
    const cell = sheet.getCell(next, 1);
    cell.value = safeText(line);
    cell.font = fonts[style];
    next += 1;
  }
  return next;
}
