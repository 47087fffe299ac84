import { importGeodata } from '../../adapters/geodata/import-geodata.js';
import { readGeodataInfo, GEODATA_FOLDER } from '../../adapters/geodata/geodata-store.js';
import { loadBuiltInPostcodes } from '../../adapters/geodata/load-built-in-postcodes.js';
import { loadPlaces } from '../../adapters/geodata/load-places.js';
import { loadStations } from '../../adapters/geodata/load-stations.js';
import { resolveDataDir } from '../../adapters/geodata/resolve-data-dir.js';
import type { PostcodeFormat } from '../../core/geo/postcode-import.js';
import type { GeodataInfo } from '../../core/geo/postcode-info.js';
import { postcodeRejectWords } from '../../core/geo/postcode-reject-messages.js';
import { describeCorrection } from '../../core/geo/postcode-correction-messages.js';
import type { Output } from '../output.js';
import { join } from 'node:path';
import { formatMessage, renderText, text } from '../../core/i18n/index.js';
import { postcodeFileMessages } from '../../core/geo/postcode-file-messages.js';
import { formatIsoDate } from '../../core/format/format-date.js';
import { cliLang, cliT } from '../cli-lang.js';
import { outputMessages } from './output-messages.js';

const n = (value: number): string => formatMessage(cliLang(), '{v, number}', { v: value });

/** What the imported sources ask to be credited with, and that a licence was not stated, in the run's language. */
function attributionOf(info: GeodataInfo): string {
  const notStated = info.licenceNotStated ? [renderText(text(postcodeFileMessages, 'licenceNotStated'), cliLang())] : [];
  return [...info.attribution, ...notStated].join('; ');
}

/** Runs `geodata import`. */
export async function runGeodataImport(out: Output, files: string[], opts: { format?: PostcodeFormat; dataDir?: string; attribution?: string }): Promise<number> {
  const { info, result, dataDir } = await importGeodata(files, opts);
  const t = cliT(outputMessages);
  const lines: string[] = [t('geoImported', { counts: describeCounts(info), files: info.sources.map((s) => s.file).join(', ') })];
  for (const s of result.sources) {
    const rejected = s.rowsRead - s.rowsAccepted;
    lines.push(t('geoSource', { file: s.file, format: s.format, coordinates: s.coordinates, read: s.rowsRead, accepted: s.rowsAccepted, rejected }));
    for (const [code, count] of Object.entries(s.rejects)) lines.push(t('geoRejected', { n: count, reason: postcodeRejectWords(code) }));
    if (s.rejectExamples.length > 0) lines.push(t('geoFirstRejected', { lines: s.rejectExamples.map((r) => r.line).join(', ') }));
  }
  if (result.corrections.length > 0) {
    lines.push(t('geoCorrections', { n: result.corrections.length }));
    for (const c of result.corrections) lines.push(`  ${renderText(describeCorrection(c), cliLang())}`);
  }
  lines.push(t('geoStored', { dir: join(dataDir, GEODATA_FOLDER) }));
  lines.push(t('geoAttribution', { text: attributionOf(info) }));
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
  const t = cliT(outputMessages);
  const lines: string[] = [];
  if (info) {
    lines.push(t('geoImportedTable', { counts: describeCounts(info) }));
    lines.push(t('geoFrom', { files: info.sources.map((s) => `${s.file} (${s.format})`).join(', '), date: formatIsoDate(info.importedAt, cliLang()), time: info.importedAt.slice(11, 16) }));
    if (info.corrections.length > 0) lines.push(t('geoCorrected', { n: info.corrections.length }));
    lines.push(t('geoAttributionLine', { text: attributionOf(info) }));
  } else {
    lines.push(t('geoNone'));
    lines.push(t('geoForPc6', { how: t('geoDownload') }));
  }
  lines.push(t('geoBuiltInPc4', { pc4: pc4.info.counts.pc4, places: pc4.info.counts.places, snapshot: formatIsoDate(pc4.info.snapshot, cliLang()) }));
  lines.push(t('geoAttributionLine', { text: pc4.info.attribution }));
  lines.push(t('geoDataFolder', { dir: dataDir }));
  const placeText = Object.entries(placesByCountry).map(([c, count]) => `${c} ${n(count)}`).join(', ');
  lines.push(t('geoBuiltIn', { places: places.length, perCountry: placeText, stations: stations.length }));
  out.result({ loaded: info !== null, dataDir, info, builtIn }, () => lines.join('\n'));
  return 0;
}

function describeCounts(info: GeodataInfo): string {
  return cliT(outputMessages)('geoCounts', {
    pc4: info.counts.pc4, pc6: info.counts.pc6,
    foreign: info.counts.foreign > 0 ? n(info.counts.foreign) : 'none', countries: info.countries.filter((c) => c !== 'NL').join(', '),
    places: info.counts.places ? n(info.counts.places) : 'none',
  });
}
