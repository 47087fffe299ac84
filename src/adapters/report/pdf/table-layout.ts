import type { Column } from '../../../core/report/report-model.js';

/** Suggested widths in characters when a column has none (Excel's hint, reused). */
const defaultChars = { text: 16, number: 11 } as const;

/** Whether a column holds quantities (right-aligned) rather than text, dates or years (read as labels, left-aligned). */
export function isNumeric(column: Column): boolean {
  return column.format !== 'text' && column.format !== 'date' && column.format !== 'year';
}

/**
 * Column widths in points that fill `total`, proportional to the suggested widths in characters;
 * each column gets at least `minWidth`, and at least `minPoints[i]` (the width of its longest
 * header word as set), so a header wraps between words, never inside one ("Werkda gen").
 */
export function columnWidths(columns: Column[], total: number, minWidth = 40, minPoints: readonly number[] = []): number[] {
  if (columns.length === 0) return [];
  const longestWord = (label: string): number => Math.max(0, ...label.split(/\s+/).map((w) => w.length));
  const chars = columns.map((c) => Math.max(4, c.width ?? (isNumeric(c) ? defaultChars.number : defaultChars.text), longestWord(c.label) + 1));
  const evenFloor = Math.min(minWidth, total / columns.length);
  const wanted = columns.map((_, i) => Math.max(evenFloor, minPoints[i] ?? 0));
  // When the header words alone do not fit, every floor shrinks in proportion (the words then break).
  const sum = wanted.reduce((a, b) => a + b, 0);
  const floors = sum > total ? wanted.map((w) => (w / sum) * total) : wanted;
  // Columns below their floor get the floor; the rest share what is left, in proportion.
  const fixed = new Set<number>();
  for (;;) {
    const free = chars.reduce((acc, c, i) => (fixed.has(i) ? acc : acc + c), 0);
    const left = total - [...fixed].reduce((acc, i) => acc + floors[i]!, 0);
    const widths = chars.map((c, i) => (fixed.has(i) ? floors[i]! : (c / free) * left));
    const narrow = widths.findIndex((w, i) => !fixed.has(i) && w < floors[i]!);
    if (narrow < 0) return widths;
    fixed.add(narrow);
  }
}
