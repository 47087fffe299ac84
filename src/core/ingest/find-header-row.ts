import { classifyHeader } from './classify-header.js';
import { looksLikeData } from './looks-like-data.js';

/** Rows looked at: title, date and blank rows above a header rarely take more. */
const MAX_ROWS = 30; // issue 2: "the first up to ~30 raw rows"
const POINTS_PER_KNOWN_HEADER = 10; // one recognised header outweighs any number of loose words
const MAX_HEADER_LENGTH = 60; // a header is a label, not a sentence

/**
 * How much a row looks like a header: recognised headers count most. A row holding a value that
 * looks like data (postcode, date, e-mail address, number) is no header at all.
 */
function scoreRow(row: readonly string[]): { known: number; score: number } {
  const seen = new Set<string>();
  let known = 0;
  for (const raw of row) {
    const cell = raw.trim();
    if (cell === '') continue;
    if (looksLikeData(cell)) return { known: 0, score: -Infinity };
    if (cell.length > MAX_HEADER_LENGTH || seen.has(cell.toLowerCase())) continue;
    seen.add(cell.toLowerCase());
    const match = classifyHeader(cell);
    if (match.kind !== 'none') known += 1;
  }
  return { known, score: known * POINTS_PER_KNOWN_HEADER + seen.size };
}

/** True when no cell of the row looks like a data value (see looks-like-data.ts). */
export function couldBeHeader(row: readonly string[]): boolean {
  return row.some((c) => c.trim() !== '') && row.every((c) => looksLikeData(c) === undefined);
}

/**
 * Finds the header row among the first rows of a sheet or CSV, past title rows such as
 * "Personeelsbestand Albert Schweitzer ziekenhuis" and "Peildatum: 01-03-2026". A row scores by
 * how many of its cells are known headers and how many distinct text cells it has; a row with a
 * postcode, date, e-mail address or number in it is data, never the header. Returns -1 when no
 * row qualifies (a file without a header row).
 * @example findHeaderRow([['Personeelsbestand'], [], ['Postcode', 'Vestiging']]) // 2
 */
export function findHeaderRow(rows: string[][]): number {
  let best = -1;
  let bestScore = -Infinity;
  const limit = Math.min(rows.length, MAX_ROWS);
  for (let i = 0; i < limit; i += 1) {
    const { known, score } = scoreRow(rows[i] ?? []);
    if (known > 0 && score > bestScore) [best, bestScore] = [i, score];
  }
  return best;
}
