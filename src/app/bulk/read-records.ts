import { openTable } from '../../adapters/read/open-table.js';
import { InputError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { userErrorMessages as um } from '../../core/user-error-messages.js';

/** One data row of a bulk file: its row number in the file and its cells by field. */
export interface BulkRecord {
  row: number;
  fields: Record<string, string>;
}

/** `Target pct`, `target_pct`, `targetPct` -> `targetpct`: headers compare without case, spaces or punctuation. */
const headerKey = (header: string): string => header.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');

/**
 * Reads a CSV or Excel file of goals or measures: the first non-blank row is the header, each
 * header is mapped to a field through `aliases` (Dutch and English names), blank rows are skipped.
 * An unknown header is an error naming it and the names that are known.
 */
export async function readRecords(path: string, aliases: Record<string, readonly string[]>): Promise<BulkRecord[]> {
  const byKey = new Map<string, string>();
  for (const [field, names] of Object.entries(aliases)) for (const name of [field, ...names]) byKey.set(headerKey(name), field);
  const table = await openTable(path);
  let header: string[] | undefined;
  const records: BulkRecord[] = [];
  for await (const { row, cells } of table.rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    if (header === undefined) {
      header = cells.map((c) => byKey.get(headerKey(c)) ?? '');
      const unknown = cells.filter((c, i) => c.trim() !== '' && header![i] === '');
      if (unknown.length > 0) {
        throw new InputError(text(um, 'recordsUnknownColumn', { path, row, columns: unknown.map((u) => `'${u}'`).join(', ') }), text(um, 'recordsColumns', { columns: Object.keys(aliases).join(', ') }));
      }
      continue;
    }
    const fields: Record<string, string> = {};
    header.forEach((field, i) => {
      if (field !== '') fields[field] = (cells[i] ?? '').trim();
    });
    records.push({ row, fields });
  }
  if (header === undefined) throw new InputError(text(um, 'recordsEmpty', { path }), text(um, 'recordsColumns', { columns: Object.keys(aliases).join(', ') }));
  return records;
}
