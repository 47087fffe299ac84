import { stripControl, stripControlKeepLines } from '../../../src/core/ingest/strip-control.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { describeCsvError } from '../../../src/adapters/read/describe-csv-error.js';
import { MAX_RECORD_MB, readCsvBatches } from '../../../src/adapters/read/read-csv-rows.js';
import { PLAIN_LINE_LIMIT } from '../../../src/adapters/read/split-plain-lines.js';
import { TABLE_LIMITS } from '../../../src/adapters/read/table-limits.js';
import type { TableRow } from '../../../src/adapters/read/table-source.js';

// Written in English: the Dutch default is tested in the cli-language tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mobiscan-read-batches-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Read {
  rows: TableRow[];
  error?: string;
}

/**
 * What csv-parse alone makes of a text, with the options and line counting of read-csv-rows.ts:
 * the reference the fast path for text without quotes must match exactly.
 */
function csvParseAlone(path: string, text: string, delimiter: string, skipFirstRecord: boolean): Read {
  const rows: TableRow[] = [];
  let nextLine = 1;
  let skip = skipFirstRecord;
  let error: string | undefined;
  // the reader takes control characters out before parsing, and line breaks out of quoted cells
  parse(stripControlKeepLines(text), {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: true,
    max_record_size: MAX_RECORD_MB * 1024 * 1024,
    skip_records_with_error: true,
    on_skip: (e) => {
      error ??= describeCsvError(path, e, nextLine, MAX_RECORD_MB).message;
    },
    on_record: (record: string[]) => {
      if (error !== undefined) return null;
      const row = nextLine;
      for (const cell of record) nextLine += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
      nextLine++;
      if (skip) skip = false;
      else rows.push({ cells: record.map((c) => (c.includes('\n') || c.includes('\r') ? stripControl(c) : c).trim()), row });
      return null;
    },
  });
  return error === undefined ? { rows } : { rows, error };
}

async function readBatched(path: string, delimiter: string, skipFirstRecord: boolean, chunkBytes: number): Promise<Read & { batches: number }> {
  const rows: TableRow[] = [];
  let batches = 0;
  try {
    for await (const batch of readCsvBatches(path, { encoding: 'utf-8', delimiter, skipFirstRecord, chunkBytes })) {
      expect(batch.length).toBeGreaterThan(0);
      batches++;
      rows.push(...batch);
    }
  } catch (error) {
    return { rows, error: (error as Error).message, batches };
  }
  return { rows, batches };
}

/** Pieces that make every kind of CSV trouble: quotes, all line breaks, trimmed and untrimmed space. */
const PLAIN_PIECES = ['a', 'Zoë', '12,5', ' ', '  ', '\t', '\f', '\u00a0', ';', ',', '|', '\r', '\n', '\r\n', '\n\n', '€'];
const ANY_PIECES = [...PLAIN_PIECES, '"', '""', '"x;y"', ' "q" ', '"a\r\nb"', '"open'];
const text = (pieces: string[], maxLength: number) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => p.join(''));

describe('readCsvBatches', () => {
  it('reads every text exactly as csv-parse alone does, whatever the read chunks', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        text(PLAIN_PIECES, 60),
        text(ANY_PIECES, 40),
        fc.constantFrom(';', ',', '\t', '|'),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        async (plain, rest, delimiter, skipFirst, chunkBytes) => {
          const input = plain + rest;
          const path = join(dir, `diff-${run++}.csv`);
          await writeFile(path, input, 'utf8');
          const { batches: _, ...read } = await readBatched(path, delimiter, skipFirst, chunkBytes);
          expect(read).toEqual(csvParseAlone(path, input, delimiter, skipFirst));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('hands over the rows of a read chunk at once', async () => {
    const path = join(dir, 'many.csv');
    await writeFile(path, 'a;b\r\n' + '1; 2 \r\n'.repeat(50_000));
    const read = await readBatched(path, ';', false, 64 * 1024);
    expect(read.rows).toHaveLength(50_001);
    expect(read.rows.at(-1)).toEqual({ cells: ['1', '2'], row: 50_001 });
    expect(read.batches).toBeLessThan(20);
  });

  it('goes on with csv-parse from the first quote, keeping line numbers', async () => {
    const path = join(dir, 'late-quote.csv');
    const input = 'a;b\n' + '1;2\n'.repeat(30_000) + '"x\r\ny";3\n4;5\n"never closed;6\n';
    await writeFile(path, input);
    const read = await readBatched(path, ';', false, 64 * 1024);
    expect(read).toMatchObject(csvParseAlone(path, input, ';', false));
    expect(read.rows.at(-1)).toEqual({ cells: ['4', '5'], row: 30_004 });
    expect(read.error).toContain('line 30005');
  });

  it('refuses a line longer than the limit, counted in bytes: a line of only delimiters (empty fields) too', async () => {
    for (const [name, line] of [['letters', 'x'.repeat(PLAIN_LINE_LIMIT + 10)], ['delimiters', ';'.repeat(TABLE_LIMITS.lineBytes + 1)], ['quoted', `"${'x'.repeat(TABLE_LIMITS.lineBytes)}"`]] as const) {
      const path = join(dir, `long-${name}.csv`);
      await writeFile(path, `a;b\n1;2\n${line};1\nc;d\n`);
      const read = await readBatched(path, ';', false, 64 * 1024);
      expect(read.error, name).toContain('line 3: the line is longer than 1 MB');
      expect(read.rows.map((r) => r.row)).toEqual([1, 2]);
    }
  });

  it('refuses a row with more columns than a sheet may have', async () => {
    const path = join(dir, 'wide.csv');
    await writeFile(path, `a;b\n${'1;'.repeat(TABLE_LIMITS.columns + 1)}\n`);
    expect((await readBatched(path, ';', false, 64 * 1024)).error).toContain('row 2: 16,386 columns, more than the 16,384');
  });
});
