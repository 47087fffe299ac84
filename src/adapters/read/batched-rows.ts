import type { TableRow } from './table-source.js';

/** Rows taken from an async iterable of rows before a batch is handed on. */
const BATCH_ROWS = 512;

/** The rows of a batched source one by one, for callers that do not need the speed of batches. */
export async function* rowsOf(batches: AsyncIterable<TableRow[]>): AsyncGenerator<TableRow> {
  for await (const batch of batches) yield* batch;
}

/** Groups rows that arrive one by one (a worksheet) into batches. */
export async function* batchesOf(rows: AsyncIterable<TableRow>): AsyncGenerator<TableRow[]> {
  let batch: TableRow[] = [];
  try {
    for await (const row of rows) {
      batch.push(row);
      if (batch.length >= BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    // the rows before a failure are still handed over, as the row-by-row source does
    if (batch.length > 0) yield batch;
    throw error;
  }
  if (batch.length > 0) yield batch;
}
