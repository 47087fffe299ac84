import { type CsvValue, csvCell } from '../../core/format/csv-cell.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** One CSV field: the shared cell writer (Dutch decimal comma, formulas neutralised). */
export const csvField = (value: CsvValue): string => csvCell(value);

/** Writes rows as a semicolon CSV (UTF-8 with BOM, so Dutch Excel opens it right), atomically. */
export async function writeCsv(path: string, header: string[], rows: Iterable<CsvValue[]>, options: { preface?: string[]; mode?: number } = {}): Promise<void> {
  const lines = [...(options.preface ?? []).map((line) => csvField(line)), header.map(csvField).join(';')];
  for (const row of rows) lines.push(row.map(csvField).join(';'));
  await writeFileAtomic(path, '\uFEFF' + lines.join('\r\n') + '\r\n', { mode: options.mode });
}
