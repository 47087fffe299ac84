import type { Column } from '../../../core/report/report-model.js';

/** Suggested widths in characters when a column has none (Excel's hint, reused). */
const defaultChars = { text: 16, number: 11 } as const;

/** Whether a column holds numbers (right-aligned) rather than text. */
export function isNumeric(column: Column): boolean {
  return column.format !== 'text' && column.format !== 'date';
}

/**
 * Column widths in points that fill `total`, proportional to the suggested widths in characters;
 * each column gets at least `minWidth` so a short header still fits.
 */
export function columnWidths(columns: Column[], total: number, minWidth = 40): number[] {
  if (columns.length === 0) return [];
  // A header word is never split: each column is at least as wide as the longest word of its label.
  const longestWord = (label: string): number => Math.max(0, ...label.split(/\s+/).map((w) => w.length));
  const chars = columns.map((c) => Math.max(4, c.width ?? (isNumeric(c) ? defaultChars.number : defaultChars.text), longestWord(c.label) + 1));
  const floor = Math.min(minWidth, total / columns.length);
  // Columns below the floor get the floor; the rest share what is left, in proportion.
  const fixed = new Set<number>();
  for (;;) {
    const free = chars.reduce((sum, c, i) => (fixed.has(i) ? sum : sum + c), 0);
    const left = total - fixed.size * floor;
    const widths = chars.map((c, i) => (fixed.has(i) ? floor : (c / free) * left));
    const narrow = widths.findIndex((w, i) => !fixed.has(i) && w < floor);
    if (narrow < 0) return widths;
    fixed.add(narrow);
  }
}
