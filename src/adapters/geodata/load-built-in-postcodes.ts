import { readFile } from 'node:fs/promises';
import { parsePostcodeTable, type PostcodeTable } from '../../core/geo/postcode-table.js';
import { builtInDataPath, readBuiltInJson } from './built-in-data.js';

/** The built-in PC4 table inside data/ (derived from GeoNames by scripts/derive-pc4.mjs). */
export const BUILT_IN_PC4_FILE = 'postcodes/nl-pc4.tsv';
/** Its source, snapshot date, attribution and the import's corrections. */
export const BUILT_IN_PC4_META = 'postcodes/nl-pc4.json';

/** What the built-in PC4 table is and where it comes from. */
export interface BuiltInPostcodesInfo {
  source: string;
  snapshot: string;
  attribution: string;
  counts: { rows: number; pc4: number; places: number };
}

/** The built-in Dutch PC4 centroids and their description. */
export interface BuiltInPostcodes {
  table: PostcodeTable;
  info: BuiltInPostcodesInfo;
}

let cached: Promise<BuiltInPostcodes> | undefined;

/** The built-in PC4 table (read once per process; about 180 kB). */
export function loadBuiltInPostcodes(): Promise<BuiltInPostcodes> {
  cached ??= Promise.all([readFile(builtInDataPath(BUILT_IN_PC4_FILE), 'utf8'), readBuiltInJson(BUILT_IN_PC4_META)]).then(([text, meta]) => {
    const table = parsePostcodeTable(text);
    // a broken package, not a user error: the file ships with mobiscan
    if (!table) throw new Error(`${builtInDataPath(BUILT_IN_PC4_FILE)} is not a postcode table; reinstall mobiscan`);
    const { source, snapshot, attribution, counts } = meta as BuiltInPostcodesInfo;
    return { table, info: { source, snapshot, attribution, counts } };
  });
  return cached;
}
