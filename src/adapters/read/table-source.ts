/**
 * The shape every HR export takes once it has been opened: raw rows of trimmed strings, with
 * the facts about the file (format, encoding, delimiter, sheet) that a user may need to see.
 */

/** One physical row of a table: its trimmed cells and where it stands in the file. */
export interface TableRow {
  /** Trimmed cell texts; a blank row has only empty strings (at least one). */
  cells: string[];
  /** 1-based line on which the CSV record starts, or the worksheet row number. */
  row: number;
}

/** An opened table, ready to be read row by row exactly once. */
export interface TableSource {
  format: 'csv' | 'xlsx';
  /** CSV only: 'utf-8', 'utf-16le', 'utf-16be' or 'windows-1252'. */
  encoding?: string;
  /** CSV only: the field delimiter that was detected (';', ',', '\t' or '|'). */
  delimiter?: string;
  /** XLSX only: the name of the worksheet being read. */
  sheet?: string;
  /** Things worth telling the user that are not errors (extension mismatch, other sheets). */
  notes: string[];
  /** Every row in order, blank rows included; throws InputError where the file breaks. */
  rows: AsyncIterable<TableRow>;
  /**
   * The same rows in batches, as they come off the file: far fewer awaits for a big export.
   * `rows` and `batches` share one reading of the file, so a caller reads one of the two.
   */
  batches: AsyncIterable<TableRow[]>;
}

/** Options for opening a table. */
export interface OpenTableOptions {
  /** Worksheet to read by name; default the first visible worksheet that has data. */
  sheet?: string;
  /**
   * Workbooks whose parts unpack to more bytes than this are read as a stream (bounded memory);
   * smaller ones are loaded whole, which keeps merged cells. Default: STREAM_XLSX_FROM_BYTES.
   */
  streamXlsxFromBytes?: number;
}
