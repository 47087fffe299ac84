import { stripVTControlCharacters } from 'node:util';

/** Column alignment for renderTable. */
export type Align = 'left' | 'right';

/** Renders rows as a plain text table with padded columns; colour codes do not count as width. */
export function renderTable(header: string[], rows: string[][], align: Align[] = []): string {
  const width = (s: string): number => stripVTControlCharacters(s).length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number): string => {
    const gap = ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(s)));
    return align[i] === 'right' ? gap + s : s + gap;
  };
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, i)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
