import { stripVTControlCharacters } from 'node:util';

/** Column alignment for renderTable. */
export type Align = 'left' | 'right';

/** The narrowest terminal a table must fit (the classic 80 columns). */
export const MIN_TABLE_WIDTH = 80;

// The run's terminal width: set once by the CLI (a wider terminal on a TTY), like the message language.
let runWidth = MIN_TABLE_WIDTH;

/** Lets tables use a wider terminal; never narrower than 80 columns. */
export function setTableWidth(columns: number | undefined): void {
  runWidth = Math.max(MIN_TABLE_WIDTH, Number.isFinite(columns) ? Math.floor(columns!) : 0);
}

/** The width tables fit into in this run. */
export function tableWidth(): number {
  return runWidth;
}

const width = (s: string): number => stripVTControlCharacters(s).length;
// A text column is not wrapped narrower than this: a word or two must stay readable.
const MIN_TEXT_WIDTH = 12;

/** Word-wraps plain text into lines of at most `max` characters; a longer word is cut. */
function wrap(value: string, max: number): string[] {
  if (width(value) <= max) return [value];
  const words = stripVTControlCharacters(value).split(/(?<=[ /,])/);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (word.trimEnd().length > max) {
      if (line.trim() !== '') lines.push(line.trimEnd());
      line = '';
      lines.push(word.slice(0, max));
      word = word.slice(max);
    }
    if ((line + word).trimEnd().length > max) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line += word;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/** "employees" in 5 characters: "empl." (a cut word marked with a dot). */
const abbreviate = (word: string, max: number): string => (word.length <= max ? word : `${word.slice(0, Math.max(1, max - 1))}.`);

/**
 * Renders rows as a plain text table with padded columns that fits `width` (default: the run's
 * terminal, at least 80 columns): when it would not, headers wrap onto more lines, then the
 * widest text (left-aligned) columns wrap their cells, then header words are abbreviated and the
 * gap narrows. Colour codes do not count as width (a wrapped cell loses its colour).
 */
export function renderTable(header: string[], rows: string[][], align: Align[] = [], options: { width?: number } = {}): string {
  const max = options.width ?? runWidth;
  const n = header.length;
  const cellWidth = header.map((_, i) => Math.max(0, ...rows.map((r) => width(r[i] ?? ''))));
  const headerWord = header.map((h) => Math.max(0, ...h.split(/[ /]/).map((w) => w.length)));
  let widths = header.map((h, i) => Math.max(width(h), cellWidth[i]!));
  let gap = 2;
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (n - 1);
  // 1. headers over more lines: a column needs only its longest header word
  if (total() > max) widths = widths.map((_, i) => Math.max(cellWidth[i]!, headerWord[i]!));
  // a text column wraps down to its longest word (within reason), never narrower than its header word
  const text = header.map((_, i) => i).filter((i) => align[i] !== 'right').sort((a, b) => widths[b]! - widths[a]!);
  const floor = (i: number) => {
    const longestWord = Math.max(0, ...rows.flatMap((r) => stripVTControlCharacters(r[i] ?? '').split(/\s+/).map((w) => w.length)));
    return Math.min(widths[i]!, Math.max(MIN_TEXT_WIDTH, Math.min(longestWord, 2 * MIN_TEXT_WIDTH), headerWord[i]!));
  };
  const shrink = (i: number) => {
    if (total() > max) widths[i] = Math.max(floor(i), widths[i]! - (total() - max));
  };
  // 2. wrap the widest text column
  if (text.length > 0) shrink(text[0]!);
  // 3. narrow the gap, then abbreviate header words wider than their column's numbers
  if (total() > max) gap = 1;
  // the header with the most to spare first, and only as far as needed
  const spare = (i: number) => (align[i] === 'right' ? widths[i]! - Math.max(3, cellWidth[i]!) : 0);
  while (total() > max) {
    const i = widths.map((_, k) => k).sort((a, b) => spare(b) - spare(a))[0]!;
    if (spare(i) <= 0) break;
    widths[i] = Math.max(widths[i]! - spare(i), widths[i]! - (total() - max));
  }
  // 4. wrap the other text columns, widest first
  for (const i of text.slice(1)) shrink(i);
  // 5. last resort: the widest text column takes what is left
  if (total() > max && text.length > 0) widths[text[0]!] = Math.max(4, widths[text[0]!]! - (total() - max));

  const block = (cells: string[], isHeader: boolean): string[][] =>
    cells.map((c, i) => {
      const w = widths[i] ?? 0;
      if (width(c) <= w) return [c];
      if (isHeader) return wrap(c.split(/(?<=[ /])/).map((word) => abbreviate(word.trimEnd(), w) + (word.endsWith(' ') ? ' ' : '')).join(''), w);
      return wrap(c, w);
    });
  const pad = (s: string, i: number): string => {
    const space = ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(s)));
    return align[i] === 'right' ? space + s : s + space;
  };
  const lines = (cells: string[], isHeader = false): string[] => {
    const parts = block(cells, isHeader);
    const height = Math.max(1, ...parts.map((p) => p.length));
    // a wrapped header sits on its last line, like a column title over its values
    const at = (p: string[], k: number) => (isHeader ? p[k - (height - p.length)] : p[k]) ?? '';
    return Array.from({ length: height }, (_, k) => parts.map((p, i) => pad(at(p, k), i)).join(' '.repeat(gap)).trimEnd());
  };
  const rule = widths.map((w) => '-'.repeat(w)).join(' '.repeat(gap));
  return [...lines(header, true), rule, ...rows.flatMap((r) => lines(r))].join('\n');
}
