import { classifyHeader } from './classify-header.js';

/** Rows looked at: title, date and blank rows above a header rarely take more. */
const MAX_ROWS = 30; // issue 2: "the first up to ~30 raw rows"
const POINTS_PER_KNOWN_HEADER = 10; // one recognised header outweighs any number of loose words
const NUMBERISH = /^[\d\s.,:;/%+-]*\d[\d\s.,:;/%+-]*[a-z]{0,3}$/i;
const MAX_HEADER_LENGTH = 60; // a header is a label, not a sentence

/** How much a row looks like a header: recognised headers count most, numbers count against. */
function scoreRow(row: readonly string[]): { known: number; score: number } {
  const seen = new Set<string>();
  let known = 0;
  let numbers = 0;
  for (const raw of row) {
    const cell = raw.trim();
    if (cell === '') continue;
    if (NUMBERISH.test(cell)) {
      numbers += 1;
      continue;
    }
    if (cell.length > MAX_HEADER_LENGTH || seen.has(cell.toLowerCase())) continue;
    seen.add(cell.toLowerCase());
    const match = classifyHeader(cell);
    if (match.kind !== 'none') known += 1;
  }
  return { known, score: known * POINTS_PER_KNOWN_HEADER + seen.size - 2 * numbers };
}

/**
 * Finds the header row among the first rows of a sheet or CSV, past title rows such as
 * "Personeelsbestand Albert Schweitzer ziekenhuis" and "Peildatum: 01-03-2026". A row scores by
 * how many of its cells are known headers and how many distinct text cells it has. Returns 0
 * when no row has a recognised header.
 * @example findHeaderRow([['Personeelsbestand'], [], ['Postcode', 'Vestiging']]) // 2
 */
export function findHeaderRow(rows: string[][]): number {
  let best = 0;
  let bestScore = -Infinity;
  let bestKnown = 0;
  const limit = Math.min(rows.length, MAX_ROWS);
  for (let i = 0; i < limit; i += 1) {
    const { known, score } = scoreRow(rows[i] ?? []);
    if (known > 0 && score > bestScore) [best, bestScore, bestKnown] = [i, score, known];
  }
  return bestKnown > 0 ? best : 0;
}
