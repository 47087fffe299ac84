import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import { stripControl, stripControlKeepLines } from '../../core/ingest/strip-control.js';
import { createChunkDecoder, type MixedEncoding } from './decode-text.js';
import type { TextEncoding } from './detect-encoding.js';
import { describeCsvError } from './describe-csv-error.js';
import { plainSpan, splitPlainLines } from './split-plain-lines.js';
import { createLimitCheck, createLineGuard, lineTooLong, TABLE_LIMITS } from './table-limits.js';
import type { TableRow } from './table-source.js';

/** Longest record accepted, MB (a quoted record may span lines): the line limit of table-limits.ts. */
export const MAX_RECORD_MB = TABLE_LIMITS.lineBytes / 1024 / 1024;

/** How to read one CSV file. */
export interface CsvReadOptions {
  encoding: TextEncoding;
  delimiter: string;
  /** Skip the first record (Excel's `sep=;` hint line). */
  skipFirstRecord?: boolean;
  /** Told, at the end of the file, which lines were in the other encoding (UTF-8 and windows-1252 mixed). */
  onMixedEncoding?: (mixed: MixedEncoding) => void;
  /** Bytes read at a time; default 64 KB (tests use tiny chunks to cross every border). */
  chunkBytes?: number;
}

/** Marks, in the parser's output, the place where a broken record was left out. */
const BROKEN = Symbol('broken record');
const LINE_BREAKS = /\r\n|\r|\n/g;

/** The csv-parse options for `delimiter`; split-plain-lines.ts mirrors them for text without quotes. */
function parserOptions(delimiter: string, onSkip: (error: Error) => void) {
  return {
    delimiter,
    // mixed endings happen when files are pasted together; '\r\n' must be tried before '\r'
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: true,
    max_record_size: MAX_RECORD_MB * 1024 * 1024,
    // a skipped record keeps the rows before it flowing; the marker stops the reader in place
    skip_records_with_error: true,
    on_skip: (error: Error | undefined): undefined => {
      if (error) onSkip(error);
    },
  };
}

/**
 * Streams the records of a CSV file in bounded memory, in batches of the rows of one read chunk,
 * each with the line it starts on. Lines without quotes are split directly (split-plain-lines.ts);
 * from the first line with a quote on, csv-parse reads the rest of the file. A broken record
 * becomes an InputError, thrown after every row before it has been yielded.
 */
export async function* readCsvBatches(path: string, options: CsvReadOptions): AsyncGenerator<TableRow[]> {
  // Lines are counted here, not taken from csv-parse's info, which counts a "\r\n" inside a
  // quoted field as two lines when several record delimiters are allowed.
  let nextLine = 1;
  let skip = options.skipFirstRecord === true;
  let batch: TableRow[] = [];
  const limit = createLimitCheck(path);
  const onPlainRecord = (cells: string[]): void => {
    const row = nextLine++;
    limit(cells.length, row);
    if (skip) skip = false;
    else batch.push({ cells, row });
  };
  const file = createReadStream(path, { highWaterMark: options.chunkBytes ?? 64 * 1024 });
  const chunks = guardLines(file[Symbol.asyncIterator]() as AsyncIterator<Buffer>, () => lineTooLong(path, nextLine));
  const decode = createChunkDecoder(options.encoding, options.onMixedEncoding);
  let parser: ReturnType<typeof parse> | undefined;
  try {
    let pending = '';
    for (;;) {
      const next = await chunks.next();
      const text = pending + stripControlKeepLines(next.done ? decode() : decode(next.value));
      const span = plainSpan(text, next.done === true);
      splitPlainLines(span.end === text.length ? text : text.slice(0, span.end), options.delimiter, onPlainRecord);
      pending = text.slice(span.end);
      if (batch.length > 0) {
        yield batch;
        batch = [];
      }
      if (span.needsParser) break;
      if (next.done) return;
    }

    const failures: Error[] = [];
    parser = parse(
      parserOptions(options.delimiter, (error) => {
        failures.push(error);
        parser!.push(BROKEN);
      }),
    );
    // errors of any stage destroy the parser, so they surface in the loop below
    pipeline(Readable.from(restOf(pending, chunks, decode)), parser, () => {});
    for await (const first of parser as AsyncIterable<string[] | typeof BROKEN>) {
      // take everything the parser holds at once: one await per batch, not per row
      let broken = false;
      for (let item: string[] | typeof BROKEN | null = first; item !== null; item = parser.read() as string[] | typeof BROKEN | null) {
        if (item === BROKEN) {
          broken = true;
          break;
        }
        const row = nextLine;
        limit(item.length, row);
        for (let c = 0; c < item.length; c++) {
          const cell = item[c]!;
          if (cell.includes('\n') || cell.includes('\r')) {
            nextLine += cell.match(LINE_BREAKS)?.length ?? 0;
            item[c] = stripControl(cell); // a line break inside a quoted cell is a space on one line
          }
        }
        nextLine++;
        if (skip) {
          skip = false;
          continue;
        }
        for (let c = 0; c < item.length; c++) item[c] = item[c]!.trim();
        batch.push({ cells: item, row });
      }
      if (batch.length > 0) {
        yield batch;
        batch = [];
      }
      if (broken) break;
    }
    if (failures.length > 0) throw describeCsvError(path, failures[0], nextLine, MAX_RECORD_MB);
  } catch (error) {
    throw describeCsvError(path, error, nextLine, MAX_RECORD_MB);
  } finally {
    parser?.destroy();
    file.destroy();
  }
}

/** The raw chunks, checked for overlong lines before anything decodes or splits them. */
function guardLines(chunks: AsyncIterator<Buffer>, tooLong: () => Error): AsyncIterator<Buffer> {
  const fits = createLineGuard();
  return {
    async next() {
      const next = await chunks.next();
      if (!next.done && !fits(next.value)) throw tooLong();
      return next;
    },
  };
}

/** The text after the fast path: what it left over, then the rest of the file, decoded. */
async function* restOf(pending: string, chunks: AsyncIterator<Buffer>, decode: (chunk?: Uint8Array) => string): AsyncGenerator<string> {
  if (pending !== '') yield pending;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    const text = stripControlKeepLines(decode(next.value));
    if (text !== '') yield text;
  }
  const rest = stripControlKeepLines(decode());
  if (rest !== '') yield rest;
}
