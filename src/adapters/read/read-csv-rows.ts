import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { parse, type Options } from 'csv-parse';
import type { InputError } from '../../core/errors.js';
import { createDecodeStream } from './decode-text.js';
import type { TextEncoding } from './detect-encoding.js';
import { describeCsvError } from './describe-csv-error.js';
import type { TableRow } from './table-source.js';

/** Longest record accepted, MB; far beyond any real export row, low enough to fail fast. */
export const MAX_RECORD_MB = 10;

/** How to read one CSV file. */
export interface CsvReadOptions {
  encoding: TextEncoding;
  delimiter: string;
  /** Skip the first record (Excel's `sep=;` hint line). */
  skipFirstRecord?: boolean;
}

/** Marks, in the parser's output, the place where a broken record was left out. */
const BROKEN = Symbol('broken record');
const LINE_BREAKS = /\r\n|\r|\n/g;

/**
 * Streams the records of a CSV file in bounded memory: decoded chunk by chunk, parsed by
 * csv-parse, yielded with the line each record starts on. A broken record becomes an
 * InputError, thrown after every row before it has been yielded.
 */
export async function* readCsvRows(path: string, options: CsvReadOptions): AsyncGenerator<TableRow> {
  // Lines are counted here, not taken from csv-parse's info, which counts a "\r\n" inside a
  // quoted field as two lines when several record delimiters are allowed.
  let nextLine = 1;
  let skip = options.skipFirstRecord === true;
  let broken: InputError | undefined;
  const toRow = (record: string[]): TableRow | null => {
    if (broken) return null;
    const row = nextLine;
    for (const cell of record) nextLine += cell.match(LINE_BREAKS)?.length ?? 0;
    nextLine++;
    if (skip) {
      skip = false;
      return null;
    }
    return { cells: record.map((cell) => cell.trim()), row };
  };
  const parser = parse({
    delimiter: options.delimiter,
    // mixed endings happen when files are pasted together; '\r\n' must be tried before '\r'
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: true,
    max_record_size: MAX_RECORD_MB * 1024 * 1024,
    // a skipped record keeps the rows before it flowing; the marker stops the reader in place
    skip_records_with_error: true,
    on_skip: (error): undefined => {
      if (broken) return;
      broken = describeCsvError(path, error, nextLine, MAX_RECORD_MB);
      parser.push(BROKEN);
    },
    // csv-parse's typings allow on_record to return another type only together with `columns`
    on_record: toRow as unknown as Options['on_record'],
  });
  // errors of any stage destroy the parser, so they surface in the loop below
  pipeline(createReadStream(path), createDecodeStream(options.encoding), parser, () => {});
  try {
    for await (const item of parser as AsyncIterable<TableRow | typeof BROKEN>) {
      if (item === BROKEN) break;
      yield item;
    }
  } catch (error) {
    throw describeCsvError(path, error, nextLine, MAX_RECORD_MB);
  } finally {
    parser.destroy();
  }
  if (broken) throw broken;
}
