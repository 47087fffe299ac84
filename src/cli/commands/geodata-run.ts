import { importGeodata } from '../../adapters/geodata/import-geodata.js';
import { readGeodataInfo, GEODATA_FOLDER } from '../../adapters/geodata/geodata-store.js';
import { loadBuiltInPostcodes } from '../../adapters/geodata/load-built-in-postcodes.js';
import { loadPlaces } from '../../adapters/geodata/load-places.js';
import { loadStations } from '../../adapters/geodata/load-stations.js';
import { resolveDataDir } from '../../adapters/geodata/resolve-data-dir.js';
import type { PostcodeFormat } from '../../core/geo/postcode-import.js';
import type { GeodataInfo } from '../../core/geo/postcode-info.js';
import type { Output } from '../output.js';
import { join } from 'node:path';

const n = (value: number): string => value.toLocaleString('en-US');

/** Where the newer GeoNames file comes from and what to do with it. */
export const GEONAMES_DOWNLOAD = 'download https://download.geonames.org/export/zip/NL.zip (GeoNames, free, CC BY 4.0), unzip it, then: npx mobiscan geodata import NL.txt';

/** Runs `geodata import`. */
export async function runGeodataImport(out: Output, files: string[], opts: { format?: PostcodeFormat; dataDir?: string; attribution?: string }): Promise<number> {
  const { info, result, dataDir } = await importGeodata(files, opts);
  const lines: string[] = [`Imported ${describeCounts(info)} from ${info.sources.map((s) => s.file).join(', ')}.`];
  for (const s of result.sources) {
    const rejected = s.rowsRead - s.rowsAccepted;
    lines.push(`  ${s.file}: ${s.format}, ${s.coordinates === 'rd' ? 'RD converted to WGS84' : s.coordinates === 'mixed' ? 'RD and WGS84' : 'WGS84'}; ${n(s.rowsRead)} rows, ${n(s.rowsAccepted)} accepted, ${n(rejected)} rejected`);
    for (const [reason, count] of Object.entries(s.rejects)) lines.push(`    rejected ${n(count)}: ${reason}`);
    if (s.rejectExamples.length > 0) lines.push(`    first rejected lines: ${s.rejectExamples.map((r) => r.line).join(', ')}`);
  }
  if (result.corrections.length > 0) {
    lines.push(`Corrections (${result.corrections.length}):`);
    for (const c of result.corrections) lines.push(`  ${c.country === 'NL' ? '' : c.country + ' '}${c.postcode} ${c.action}: ${c.detail}`);
  }
  lines.push(`Stored in ${join(dataDir, GEODATA_FOLDER)}`);
  lines.push(`Attribution: ${info.attribution.join('; ')}`);
  out.result({ dataDir, ...info }, () => lines.join('\n'));
  return 0;
}

/** Runs `geodata status`. */
export async function runGeodataStatus(out: Output, opts: { dataDir?: string }): Promise<number> {
  const dataDir = resolveDataDir(opts.dataDir);
  const [info, places, stations, pc4] = await Promise.all([readGeodataInfo(dataDir), loadPlaces(), loadStations(), loadBuiltInPostcodes()]);
  const placesByCountry: Record<string, number> = {};
  for (const p of places) placesByCountry[p.country] = (placesByCountry[p.country] ?? 0) + 1;
  const builtIn = { places: placesByCountry, stations: stations.length, postcodes: pc4.info };
  const lines: string[] = [];
  if (info) {
    lines.push(`Imported postcode table (takes precedence over the built-in one): ${describeCounts(info)}`);
    lines.push(`  from ${info.sources.map((s) => `${s.file} (${s.format})`).join(', ')}, imported ${info.importedAt.slice(0, 16).replace('T', ' ')} UTC`);
    if (info.corrections.length > 0) lines.push(`  ${info.corrections.length} postcodes corrected or dropped at import`);
    lines.push(`  attribution: ${info.attribution.join('; ')}`);
  } else {
    lines.push('No postcode table imported: the built-in PC4 table places homes and work locations.');
    lines.push(`  for PC6 precision or newer postcodes: ${GEONAMES_DOWNLOAD}`);
  }
  lines.push(`Built-in PC4 table: ${n(pc4.info.counts.pc4)} Dutch PC4 areas, ${n(pc4.info.counts.places)} place names; GeoNames snapshot of ${pc4.info.snapshot}`);
  lines.push(`  attribution: ${pc4.info.attribution}`);
  lines.push(`Data folder: ${dataDir}`);
  const placeText = Object.entries(placesByCountry).map(([c, count]) => `${c} ${n(count)}`).join(', ');
  lines.push(`Built in: ${n(places.length)} places (${placeText}), GeoNames, CC BY 4.0; ${n(stations.length)} Dutch rail stations, DB InfraGO (CC BY 4.0) and OpenStreetMap contributors`);
  out.result({ loaded: info !== null, dataDir, info, builtIn }, () => lines.join('\n'));
  return 0;
}

function describeCounts(info: GeodataInfo): string {
  const parts = [`${n(info.counts.pc4)} PC4`, `${n(info.counts.pc6)} PC6`];
  if (info.counts.foreign > 0) parts.push(`${n(info.counts.foreign)} foreign postcodes (${info.countries.filter((c) => c !== 'NL').join(', ')})`);
  if (info.counts.places) parts.push(`${n(info.counts.places)} place names`);
  return parts.join(', ');
}
