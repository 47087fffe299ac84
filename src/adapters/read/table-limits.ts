import { InputError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { fileMessages } from '../file-messages.js';

/**
 * The most any HR export may hold, enforced while reading so that a hostile or broken file ends
 * in one clear message instead of exhausting memory. Excel's own sheet limits (Microsoft,
 * "Excel specifications and limits": 1,048,576 rows by 16,384 columns) are the outer bounds.
 */
export const TABLE_LIMITS = {
  /** Bytes in one line of a text file, delimiters and empty fields included; a real row is under 2 KB. */
  lineBytes: 1024 * 1024,
  /** Cells in one row: Excel's last column, XFD. */
  columns: 16_384,
  /** Rows in one table: Excel's last row. */
  rows: 1_048_576,
  /** Cells in one table: a full Excel sheet of 16 columns, far beyond any HR export. */
  cells: 1_048_576 * 16,
} as const;

const HINT = text(fileMessages, 'limitsHint');

/** The InputError for a line longer than the limit. */
export function lineTooLong(path: string, line: number): InputError {
  return new InputError(text(fileMessages, 'lineTooLong', { path, line, mb: TABLE_LIMITS.lineBytes / 1024 / 1024 }), HINT);
}

/** Counts rows and cells as they are read and throws one clear InputError at the first limit passed. */
export function createLimitCheck(path: string): (cellCount: number, row: number) => void {
  let rows = 0;
  let cells = 0;
  return (cellCount, rowNumber) => {
    if (cellCount > TABLE_LIMITS.columns) {
      throw new InputError(text(fileMessages, 'tooManyColumns', { path, row: rowNumber, cells: cellCount, max: TABLE_LIMITS.columns }), HINT);
    }
    rows += 1;
    cells += cellCount;
    if (rows > TABLE_LIMITS.rows) {
      throw new InputError(text(fileMessages, 'tooManyRows', { path, max: TABLE_LIMITS.rows }), HINT);
    }
    if (cells > TABLE_LIMITS.cells) {
      throw new InputError(text(fileMessages, 'tooManyCells', { path, max: TABLE_LIMITS.cells }), HINT);
    }
  };
}

/**
 * Checks raw bytes as they come off the disk: no line may pass `lineBytes`. Counted in bytes
 * before decoding or splitting, so a line of nothing but delimiters (empty fields) counts too.
 */
export function createLineGuard(limit: number = TABLE_LIMITS.lineBytes): (chunk: Buffer) => boolean {
  let sinceBreak = 0;
  return (chunk) => {
    const lf = chunk.indexOf(10);
    const cr = chunk.indexOf(13);
    const first = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (first < 0) {
      sinceBreak += chunk.length;
      return sinceBreak <= limit;
    }
    if (sinceBreak + first > limit) return false;
    // lines inside one chunk are shorter than the chunk, and a chunk (64 KB) is far below the limit
    sinceBreak = chunk.length - 1 - Math.max(chunk.lastIndexOf(10), chunk.lastIndexOf(13));
    return sinceBreak <= limit;
  };
}
