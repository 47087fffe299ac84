import { text, type Text } from '../i18n/index.js';
import { columnsFlagMessages } from './columns-flag-messages.js';

/** What `--columns` was given: a mapping file (at most one) and ROLE=HEADER pairs, in order. */
export interface ColumnsFlag {
  file?: string;
  pairs: Array<[role: string, header: string]>;
  errors: Text[];
}

/**
 * Reads the values of the repeatable `--columns` flag, which means the same on every command: a
 * value with '=' holds ROLE=HEADER pairs (comma-separated; HEADER may also be a column number),
 * any other value is a mapping file (JSON or YAML with "roles"). Which roles exist is the
 * command's business; this only splits.
 * @example parseColumnsFlag(['map.json', 'date=Datum,time=2']) // { file: 'map.json', pairs: [['date', 'Datum'], ['time', '2']], errors: [] }
 */
export function parseColumnsFlag(values: string | readonly string[] | undefined): ColumnsFlag {
  const result: ColumnsFlag = { pairs: [], errors: [] };
  for (const value of typeof values === 'string' ? [values] : (values ?? [])) {
    if (!value.includes('=')) {
      if (result.file !== undefined) result.errors.push(text(columnsFlagMessages, 'twoFiles', { first: result.file, second: value }));
      else result.file = value.trim();
      continue;
    }
    for (const part of value.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
      const eq = part.indexOf('=');
      const role = part.slice(0, eq).trim();
      const header = part.slice(eq + 1).trim().replace(/^(["'])(.*)\1$/, '$2');
      if (eq < 1 || role === '' || header === '') result.errors.push(text(columnsFlagMessages, 'notPair', { part }));
      else result.pairs.push([role, header]);
    }
  }
  return result;
}
