/** The field delimiters HR exports use, in order of preference when the evidence ties. */
export const DELIMITERS = [';', '\t', ',', '|'] as const;
/** One of the delimiters HR exports use. */
export type Delimiter = (typeof DELIMITERS)[number];

/** The detected delimiter, and whether the text starts with Excel's `sep=;` line. */
export interface DelimiterGuess {
  delimiter: Delimiter;
  /** Field count most records have with this delimiter; 1 when no delimiter splits the text. */
  columns: number;
  /** True when the first line is Excel's `sep=X` hint, which is not data. */
  sepLine: boolean;
}

/** Records looked at; enough to see past title rows and a few odd rows. */
const MAX_RECORDS = 200;

/**
 * Picks the delimiter that splits the sample's records (counted outside quotes) into the same
 * number of fields > 1 most often. `complete` is false when the sample stops mid-file, so its
 * last record may be cut short and is left out.
 */
export function detectDelimiter(text: string, complete = true): DelimiterGuess {
  const sep = /^\uFEFF?sep=(.)\r?\n/i.exec(text);
  const hinted = DELIMITERS.find((d) => d === sep?.[1]);
  if (hinted) {
    const columns = mode(fieldCounts(text.slice(sep?.[0].length), hinted, complete)).value;
    return { delimiter: hinted, columns, sepLine: true };
  }

  let best: DelimiterGuess = { delimiter: ';', columns: 1, sepLine: false };
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(text, delimiter, complete);
    const { value, frequency } = mode(counts.filter((count) => count > 1));
    // ties go to more columns, then to the earlier (more Dutch) delimiter
    if (frequency > bestScore || (frequency === bestScore && frequency > 0 && value > best.columns)) {
      best = { delimiter, columns: value, sepLine: false };
      bestScore = frequency;
    }
  }
  return best;
}

/** Number of fields in each non-blank record, honouring double quotes. */
function fieldCounts(text: string, delimiter: string, complete: boolean): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let blank = true;
  for (let i = 0; i < text.length && counts.length < MAX_RECORDS; i++) {
    const char = text[i];
    if (char === '"') {
      inQuotes = !inQuotes;
      blank = false;
    } else if (inQuotes) {
      continue;
    } else if (char === delimiter) {
      fields++;
      blank = false;
    } else if (char === '\n' || char === '\r') {
      if (!blank) counts.push(fields);
      fields = 1;
      blank = true;
    } else if (char !== ' ') {
      blank = false;
    }
  }
  if (complete && !blank && !inQuotes) counts.push(fields);
  return counts;
}

/** Most frequent value and how often it occurs (0 for an empty list). */
function mode(values: number[]): { value: number; frequency: number } {
  const tally = new Map<number, number>();
  let value = 1;
  let frequency = 0;
  for (const v of values) {
    const n = (tally.get(v) ?? 0) + 1;
    tally.set(v, n);
    if (n > frequency || (n === frequency && v > value)) {
      value = v;
      frequency = n;
    }
  }
  return { value, frequency };
}
