/**
 * The fast path of CSV reading: text without quotes needs no CSV parser, only a split on line
 * breaks and delimiters. It must give exactly what csv-parse gives with the options of
 * read-csv-rows.ts (record delimiters '\r\n', '\n' and '\r'; trim; empty lines kept), which
 * test/adapters/read/read-csv-batches.test.ts checks against csv-parse itself.
 */

/** Longest unfinished line (characters) the fast path carries; longer goes to csv-parse, which enforces the record size limit. */
export const PLAIN_LINE_LIMIT = 1 << 20;

const LINE_BREAKS = /\r\n|\r|\n/;
/** csv-parse only starts a field after its trim characters (space, tab, form feed); see the end-of-input rule below. */
const NOT_TRIMMED = /[^ \t\f]/;

/** Where the fast path stops in a piece of text, and whether the rest needs the CSV parser. */
export interface PlainSpan {
  /** Index just past the last complete quote-free line (at the end of the input: the text length). */
  end: number;
  /** True when the text from `end` on holds a quote (or an overlong line): csv-parse reads the rest. */
  needsParser: boolean;
}

/** The last line break before `before`, or -1. */
function lastBreak(text: string, before: number): number {
  if (before <= 0) return -1;
  return Math.max(text.lastIndexOf('\n', before - 1), text.lastIndexOf('\r', before - 1));
}

/**
 * How much of `text` the fast path can take: the complete lines before the first quote. A '\r'
 * at the very end is not yet a complete line break ('\n' may follow in the next chunk), unless
 * `final` says no more text comes.
 */
export function plainSpan(text: string, final: boolean): PlainSpan {
  const quote = text.indexOf('"');
  if (quote >= 0) return { end: lastBreak(text, quote) + 1, needsParser: true };
  if (final) return { end: text.length, needsParser: false };
  const last = text.endsWith('\r') ? lastBreak(text, text.length - 1) : lastBreak(text, text.length);
  const end = last + 1;
  return { end, needsParser: text.length - end > PLAIN_LINE_LIMIT };
}

/**
 * Splits quote-free text into records of trimmed cells and hands each to `onRecord`. Every line
 * that ends in a line break is a record (a blank one gives ['']); a last line without a break
 * is one only when it has a delimiter or a character csv-parse does not trim away, as in
 * csv-parse.
 */
export function splitPlainLines(text: string, delimiter: string, onRecord: (cells: string[]) => void): void {
  const lines = text.split(LINE_BREAKS);
  const last = lines.length - 1;
  for (let i = 0; i <= last; i++) {
    const line = lines[i]!;
    if (i === last && !(NOT_TRIMMED.test(line) || line.includes(delimiter))) break;
    const cells = line.split(delimiter);
    for (let c = 0; c < cells.length; c++) cells[c] = cells[c]!.trim();
    onRecord(cells);
  }
}
