#!/usr/bin/env node
/**
 * Derives data/postcodes/nl-pc4.tsv and nl-pc4.json, mobiscan's built-in table of Dutch PC4
 * centroids, from GeoNames' Dutch postal-code file NL.txt (https://download.geonames.org/export/zip/;
 * GeoNames (www.geonames.org), CC BY 4.0). Not run at build or run time: the output is committed.
 *
 * How to run (build first: the script calls the built importer):
 *   npm run build && node scripts/derive-pc4.mjs ../shared/data/geonames/NL.txt
 *
 * The cleaning is the product's own: the file goes through buildPostcodeImport, the code behind
 * `mobiscan geodata import` (multi-place PC4s averaged, places far apart split and the odd one
 * dropped, PC4s far from their neighbours moved or dropped), and is written in the format of an
 * imported table (serializePostcodeTable), so the scan reads both the same way. The import's
 * corrections are listed in nl-pc4.json beside the table.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const source = resolve(process.argv[2] ?? resolve(root, '../shared/data/geonames/NL.txt'));
/** GeoNames' snapshot date of the file in ../shared/data (its README); pass another as the second argument. */
const snapshot = process.argv[3] ?? '2024-04-12';

const { buildPostcodeImport } = await import(resolve(root, 'dist/core/geo/postcode-import.js'));
const { serializePostcodeTable } = await import(resolve(root, 'dist/core/geo/postcode-table.js'));

const bytes = readFileSync(source);
const result = buildPostcodeImport([{ name: basename(source), text: bytes.toString('utf8'), format: 'geonames' }]);
const report = result.sources[0];
if (report.problem || result.counts.pc4 < 4000) throw new Error(`${source}: not the GeoNames NL file (${report.problem ?? `${result.counts.pc4} PC4s`})`);
if (result.counts.pc6 > 0 || result.counts.foreign > 0) throw new Error(`${source}: holds PC6 or foreign postcodes; the built-in table is Dutch PC4 only`);

const meta = {
  source: `GeoNames postal codes, ${basename(source)} (https://download.geonames.org/export/zip/), snapshot ${snapshot}`,
  sourceSha256: createHash('sha256').update(bytes).digest('hex'),
  snapshot,
  attribution: 'GeoNames (www.geonames.org), CC BY 4.0; cleaned by mobiscan (misplaced rows moved or dropped)',
  counts: { rows: report.rowsRead, pc4: result.counts.pc4, places: result.counts.places },
  corrections: result.corrections,
};
const dir = resolve(root, 'data/postcodes');
mkdirSync(dir, { recursive: true });
writeFileSync(resolve(dir, 'nl-pc4.tsv'), serializePostcodeTable(result.table));
writeFileSync(resolve(dir, 'nl-pc4.json'), JSON.stringify(meta, null, 2) + '\n');
console.log(`${report.rowsRead} rows -> ${result.counts.pc4} PC4s, ${result.counts.places} places, ${result.corrections.length} corrections`);
console.log(`wrote ${dir}/nl-pc4.tsv and nl-pc4.json`);
