import { text, type Text } from '../i18n/index.js';
import { postcodeFileMessages as m } from './postcode-file-messages.js';
import type { PostcodeImport, PostcodeSourceReport } from './postcode-import.js';
import type { PostcodeCorrection } from './postcode-resolve.js';

/** Version of the metadata layout; a reader refuses a newer one. */
export const GEODATA_INFO_VERSION = 1;

/** What is loaded as postcode table: the metadata stored beside it. */
export interface GeodataInfo {
  version: number;
  /** File name of the table inside the geodata folder. */
  table: string;
  /** ISO 8601 time of the import. */
  importedAt: string;
  sources: Array<Omit<PostcodeSourceReport, 'rejectExamples'>>;
  counts: { pc4: number; pc6: number; foreign: number; places?: number };
  countries: string[];
  corrections: PostcodeCorrection[];
  /** The attribution each source asks for, once each; reports quote it. */
  attribution: string[];
  /** A source was imported by the user without a stated licence: reports say so in their own language. */
  licenceNotStated: boolean;
}

/** How metadata written before licenceNotStated existed said it (with the file name): read back as the fact. */
const LEGACY_NOT_STATED = / \(imported by the user; licence not stated\)$/;

/** The metadata of a finished import. */
export function describeImport(result: PostcodeImport, table: string, importedAt: string): GeodataInfo {
  return {
    version: GEODATA_INFO_VERSION,
    table,
    importedAt,
    sources: result.sources.map(({ rejectExamples: _examples, ...rest }) => rest),
    counts: result.counts,
    countries: result.countries,
    corrections: result.corrections,
    attribution: [...new Set(result.sources.flatMap((s) => (s.attribution === null ? [] : [s.attribution])))],
    licenceNotStated: result.sources.some((s) => s.attribution === null),
  };
}

/** Checks stored metadata; a Text says what is wrong with it. */
export function parseGeodataInfo(json: unknown): GeodataInfo | Text {
  if (typeof json !== 'object' || json === null) return text(m, 'infoNotObject');
  const info = json as Partial<GeodataInfo>;
  if (typeof info.version !== 'number') return text(m, 'infoNoVersion');
  if (info.version > GEODATA_INFO_VERSION) return text(m, 'infoNewer', { version: info.version });
  if (typeof info.table !== 'string' || !/^[\w.-]+$/.test(info.table)) return text(m, 'infoNoTable');
  if (typeof info.importedAt !== 'string') return text(m, 'infoNoDate');
  if (!Array.isArray(info.sources) || typeof info.counts !== 'object' || info.counts === null) return text(m, 'infoNoSources');
  const attribution = Array.isArray(info.attribution) ? info.attribution.filter((a): a is string => typeof a === 'string') : [];
  return {
    version: info.version,
    table: info.table,
    importedAt: info.importedAt,
    sources: info.sources,
    counts: info.counts,
    countries: Array.isArray(info.countries) ? info.countries : [],
    corrections: Array.isArray(info.corrections) ? info.corrections : [],
    attribution: attribution.filter((a) => !LEGACY_NOT_STATED.test(a)),
    licenceNotStated: info.licenceNotStated === true || attribution.some((a) => LEGACY_NOT_STATED.test(a)),
  };
}
