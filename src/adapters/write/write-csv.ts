import { neutraliseCsvCell } from '../../core/track/neutralise-csv-cell.js';
import { writeFileAtomic } from './write-file-atomic.js';

type CsvValue = string | number | boolean | null | undefined;

/** One CSV field: Dutch decimal comma, `;` delimiter, quoted when needed, formulas neutralised. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : typeof value === 'boolean' ? (value ? 'ja' : 'nee') : neutraliseCsvCell(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows as a semicolon CSV (UTF-8 with BOM, so Dutch Excel opens it right), atomically. */
export async function writeCsv(path: string, header: string[], rows: Iterable<CsvValue[]>, options: { preface?: string[]; mode?: number } = {}): Promise<void> {
  const lines = [...(options.preface ?? []).map((line) => csvField(line)), header.map(csvField).join(';')];
  for (const row of rows) lines.push(row.map(csvField).join(';'));
  await writeFileAtomic(path, '\uFEFF' + lines.join('\r\n') + '\r\n', { mode: options.mode });
}
