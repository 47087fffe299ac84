import { InputError } from '../core/errors.js';
import { detectColumns } from '../core/ingest/detect-columns.js';
import { findExportDate } from '../core/ingest/find-export-date.js';
import { couldBeHeader, findHeaderRow } from '../core/ingest/find-header-row.js';
import { columnByNumber } from '../core/ingest/resolve-overrides.js';
import { createRowNormaliser } from '../core/ingest/create-row-normaliser.js';
import { describeUnresolvedIn } from '../core/ingest/describe-unresolved.js';
import { describeProblemCounts, problemMessages } from '../core/ingest/problem-messages.js';
import { messageLang, text } from '../core/i18n/index.js';
import {
  DEFAULT_INGEST_SETTINGS,
  type ColumnMapping,
  type ColumnOverrides,
  type Employee,
  type IngestSettings,
  type RowProblem,
} from '../core/ingest/types.js';
import { openTable, type TableRow, type TableSource } from '../adapters/read/open-table.js';

/** Rows read before the header is chosen: title and date rows sit above it. */
const HEADER_SEARCH_ROWS = 30;
/** Rows after the header used to recognise columns by content. */
const SAMPLE_ROWS = 200;
/** Problems kept in memory for the summary; all of them go to onProblem. */
const PROBLEMS_KEPT = 1000;

export interface IngestOptions {
  sheet?: string;
  columns?: ColumnOverrides;
  ingestSettings?: IngestSettings;
  keepPersonnelId?: boolean;
  /** Called when required roles are unresolved; returns a mapping that resolves them, or throws. */
  resolveMapping?: (mapping: ColumnMapping, headers: string[], samples: string[][]) => Promise<ColumnMapping>;
  onEmployee?: (employee: Employee) => void;
  onProblem?: (problem: RowProblem) => void;
}

/** What reading an export found, without any personal data. */
export interface IngestSummary {
  file: string;
  format: TableSource['format'];
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  notes: string[];
  /** 1-based row of the header in the file; 0 when the file has none (columns named by number). */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  /** The reference date (peildatum) named in the title rows above the header, YYYY-MM-DD. */
  exportDate?: string;
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  rowsWithWarnings: number;
  /** Blank lines and rows: skipped, counted, not rejected. */
  rowsEmpty: number;
  rejectsByCode: Record<string, number>;
  warningsByCode: Record<string, number>;
  /** The first problems, for the terminal summary. */
  problems: RowProblem[];
}

/** The header, its mapping and sample rows of an export, read without going through every row. */
export interface ExportPreview {
  source: TableSource;
  headerRow: number;
  headers: string[];
  samples: string[][];
  mapping: ColumnMapping;
  /** The non-blank rows above the header (titles, a peildatum). */
  titleRows: string[][];
  /** Rows already taken from the source after the header (to be processed before the rest). */
  buffered: TableRow[];
  /** The batches of rows after `buffered`. */
  rest: AsyncIterator<TableRow[]>;
}

/**
 * Without a recognised header, the first row is still the header when the user's mapping names
 * its cells and none of them looks like data.
 */
function userNamedHeader(first: TableRow, columns: ColumnOverrides | undefined): TableRow | undefined {
  const named = Object.values(columns?.roles ?? {}).filter((h): h is string => typeof h === 'string' && columnByNumber(h) === undefined);
  if (named.length === 0 || !couldBeHeader(first.cells)) return undefined;
  const cells = new Set(first.cells.map((c) => c.trim().toLowerCase()));
  return named.some((h) => cells.has(h.trim().toLowerCase())) ? first : undefined;
}

/**
 * A file without a header row: read headerless when the mapping names the columns by number,
 * else refused, since guessing would show an employee's values as column names.
 */
function noHeader(path: string, columns: ColumnOverrides | undefined): undefined {
  const roles = Object.values(columns?.roles ?? {});
  if (roles.length > 0 && roles.every((h) => typeof h === 'string' && columnByNumber(h) !== undefined)) return undefined;
  throw new InputError(
    text(problemMessages, 'noHeader', { path }),
    text(problemMessages, 'noHeaderHint', { example: '{"roles": {"homePostcode": "column 3", "workLocation": "column 5"}}' }),
  );
}

/** Opens an export, finds its header row and recognises its columns from the first rows. */
export async function previewExport(path: string, options: Pick<IngestOptions, 'sheet' | 'columns'> = {}): Promise<ExportPreview> {
  const source = await openTable(path, { sheet: options.sheet });
  const iterator = source.batches[Symbol.asyncIterator]();
  const head: TableRow[] = [];
  // rows of the last batch beyond the head: processed with the rest, not looked at for the header
  let overflow: TableRow[] = [];
  while (head.length < HEADER_SEARCH_ROWS + SAMPLE_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    const room = HEADER_SEARCH_ROWS + SAMPLE_ROWS - head.length;
    for (let i = 0; i < next.value.length && i < room; i++) head.push(next.value[i]!);
    if (next.value.length > room) overflow = next.value.slice(room);
  }
  const nonBlank = head.filter((r) => r.cells.some((c) => c !== ''));
  if (nonBlank.length === 0) {
    throw new InputError(text(problemMessages, 'noRows', { path }), text(problemMessages, 'noRowsHint'));
  }
  const searchRows = nonBlank.slice(0, HEADER_SEARCH_ROWS);
  const header = searchRows[findHeaderRow(searchRows.map((r) => r.cells))] ?? userNamedHeader(nonBlank[0]!, options.columns) ?? noHeader(path, options.columns);
  const buffered = header ? head.slice(head.indexOf(header) + 1) : head;
  const headers = header?.cells ?? [];
  const samples = buffered.filter((r) => r.cells.some((c) => c !== '')).slice(0, SAMPLE_ROWS).map((r) => r.cells);
  const mapping = detectColumns(headers, samples, options.columns);
  const titleRows = header ? head.slice(0, head.indexOf(header)).filter((r) => r.cells.some((c) => c !== '')).map((r) => r.cells) : [];
  return { source, headerRow: header?.row ?? 0, headers, samples, mapping, titleRows, buffered: buffered.concat(overflow), rest: iterator };
}

/**
 * Reads an HR export end to end: opens it, recognises the columns, normalises and validates
 * every row, and hands each usable employee to onEmployee. Fails only when the file cannot be
 * read, the columns cannot be resolved, or no usable row remains.
 */
export async function ingestHrExport(path: string, options: IngestOptions = {}): Promise<IngestSummary> {
  const preview = await previewExport(path, options);
  let mapping = preview.mapping;
  if (mapping.unresolved.length > 0) {
    if (!options.resolveMapping) {
      throw new InputError(text(problemMessages, 'unresolved', { path, problems: describeUnresolvedIn(mapping, messageLang()).join('; ') }), text(problemMessages, 'unresolvedHint'));
    }
    mapping = await options.resolveMapping(mapping, preview.headers, preview.samples);
  }
  const normalise = createRowNormaliser(preview.headers, mapping, options.ingestSettings ?? DEFAULT_INGEST_SETTINGS, {
    keepPersonnelId: options.keepPersonnelId,
  });
  const exportDate = findExportDate(preview.titleRows);
  const summary: IngestSummary = {
    file: path,
    format: preview.source.format,
    encoding: preview.source.encoding,
    delimiter: preview.source.delimiter,
    sheet: preview.source.sheet,
    notes: preview.source.notes ?? [],
    headerRow: preview.headerRow,
    headers: preview.headers,
    mapping,
    ...(exportDate !== undefined && { exportDate }),
    rowsRead: 0,
    rowsUsed: 0,
    rowsRejected: 0,
    rowsWithWarnings: 0,
    rowsEmpty: 0,
    rejectsByCode: {},
    warningsByCode: {},
    problems: [],
  };
  const handle = (cells: string[], row: number): void => {
    const { employee, problems } = normalise(cells, row);
    if (problems.length === 1 && problems[0]!.code === 'empty-row') {
      summary.rowsEmpty += 1; // blank lines are counted, not listed as rejects
      return;
    }
    summary.rowsRead += 1;
    if (employee) summary.rowsUsed += 1;
    else summary.rowsRejected += 1;
    if (employee && problems.length > 0) summary.rowsWithWarnings += 1;
    for (const problem of problems) {
      const counts = problem.severity === 'error' ? summary.rejectsByCode : summary.warningsByCode;
      counts[problem.code] = (counts[problem.code] ?? 0) + 1;
      if (summary.problems.length < PROBLEMS_KEPT) summary.problems.push(problem);
      options.onProblem?.(problem);
    }
    if (employee) options.onEmployee?.(employee);
  };
  for (const { cells, row } of preview.buffered) handle(cells, row);
  for (let next = await preview.rest.next(); !next.done; next = await preview.rest.next()) {
    for (const { cells, row } of next.value) handle(cells, row);
  }
  if (summary.rowsUsed === 0) {
    const top = describeProblemCounts(summary.rejectsByCode, messageLang(), 3);
    throw new InputError(
      text(problemMessages, 'noUsableRows', { path, read: summary.rowsRead, rejected: summary.rowsRejected, why: top === '' ? '' : ` (${top})` }),
      text(problemMessages, 'noUsableRowsHint'),
    );
  }
  return summary;
}
