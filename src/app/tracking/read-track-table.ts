import { openTable, type TableRow } from '../../adapters/read/open-table.js';
import { InputError } from '../../core/errors.js';
import { type TrackFileKind, type TrackRole, parseColumnSpec, resolveTrackColumns, trackRoleOf } from '../../core/track/track-columns.js';
import { joinTexts, text } from '../../core/i18n/index.js';
import { appErrorMessages } from '../app-error-messages.js';
import { userErrorMessages as um } from '../../core/user-error-messages.js';

/** A tracking file opened past its header row, with its columns resolved. */
export interface TrackTable {
  headers: string[];
  /** The file row number of the header row. */
  headerRow: number;
  columns: Partial<Record<TrackRole, number>>;
  notes: string[];
  /** The rows under the header, blank rows included, read once. */
  rows: AsyncIterable<TableRow>;
}

const HEADER_SEARCH_ROWS = 30; // title and date lines above a header rarely take more

/**
 * Opens a CSV or Excel tracking file. The header row is the first of the first 30 rows with a
 * recognised (or --columns-named) header, else the first non-blank row.
 */
export async function readTrackTable(path: string, kind: TrackFileKind, columnSpec: string | ReadonlyArray<readonly [string, string]> | undefined): Promise<TrackTable> {
  const { overrides, errors: specErrors } = parseColumnSpec(columnSpec);
  if (specErrors.length > 0) throw new InputError(joinTexts(specErrors));
  const table = await openTable(path);
  const iterator = table.rows[Symbol.asyncIterator]();
  const named = new Set(Object.values(overrides).map((h) => h.toLowerCase()));
  const looksLikeHeader = (cells: string[]) =>
    cells.some((c) => trackRoleOf(c, kind) !== undefined || named.has(c.toLowerCase()));
  const buffered: TableRow[] = [];
  let header: TableRow | undefined;
  while (buffered.length < HEADER_SEARCH_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    buffered.push(next.value);
    if (looksLikeHeader(next.value.cells)) {
      header = next.value;
      break;
    }
  }
  header ??= buffered.find((r) => r.cells.some((c) => c !== ''));
  if (header === undefined) throw new InputError(text(um, 'trackNoRows', { path }));
  const headerAt = buffered.indexOf(header);
  const rest = buffered.slice(headerAt + 1);
  const resolved = resolveTrackColumns(header.cells, kind, overrides);
  if (!resolved.ok) throw new InputError(text(appErrorMessages, 'fileProblem', { file: path, problem: joinTexts(resolved.errors) }), text(um, 'trackColumnsHint'));
  async function* rows(): AsyncGenerator<TableRow> {
    yield* rest;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { headers: header.cells, headerRow: header.row, columns: resolved.columns, notes: table.notes, rows: rows() };
}
