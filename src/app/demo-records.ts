import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { InputError } from '../core/errors.js';
import { text } from '../core/i18n/index.js';
import { demoMessages } from './demo-messages.js';

/**
 * A small `;` file of the example alliance (goals, measures, CO2 history) as records keyed by
 * its header; missing cells are empty strings. UTF-8, with or without a byte-order mark.
 */
export function readDemoRecords(path: string): Record<string, string>[] {
  let rows: string[][];
  try {
    rows = parse(readFileSync(path, 'utf8'), { delimiter: ';', bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    throw new InputError(text(demoMessages, 'cannotRead', { path, reason: (error as Error).message }));
  }
  const [header, ...lines] = rows;
  if (!header) return [];
  return lines.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
