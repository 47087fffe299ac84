import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '../../core/errors.js';
import { describeImport, type GeodataInfo } from '../../core/geo/postcode-info.js';
import { buildPostcodeImport, type PostcodeFormat, type PostcodeImport } from '../../core/geo/postcode-import.js';
import { saveGeodata, type StoreIo } from './geodata-store.js';
import { resolveDataDir } from './resolve-data-dir.js';
import { formatMessage, messageLang, renderText, text } from '../../core/i18n/index.js';
import { postcodeRejectWords } from '../../core/geo/postcode-reject-messages.js';
import { userErrorMessages as um } from '../../core/user-error-messages.js';

/** Options of one import run. */
export interface ImportGeodataOptions {
  format?: PostcodeFormat;
  dataDir?: string;
  /** Attribution for a CSV source (GeoNames files get theirs automatically). */
  attribution?: string;
  /** Import time (tests pass a fixed one). */
  now?: Date;
  io?: StoreIo;
}

/**
 * Reads postcode files, builds the table and replaces the stored one atomically. Nothing is
 * written when a file cannot be read or yields no postcodes; rejected rows are only counted.
 */
export async function importGeodata(files: readonly string[], options: ImportGeodataOptions = {}): Promise<{ info: GeodataInfo; result: PostcodeImport; dataDir: string }> {
  const sources = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(text(um, 'geoCannotRead', { file, reason: code ?? 'none' }));
    }
    sources.push({ name: basename(file), text: decode(bytes), format: options.format });
  }
  const result = buildPostcodeImport(sources, options.attribution);
  const broken = result.sources.find((s) => s.problem !== undefined);
  if (broken) throw new InputError(text(um, 'geoBroken', { file: broken.file, problem: broken.problem ?? '' }), text(um, 'geoBrokenHint'));
  const total = result.counts.pc4 + result.counts.pc6 + result.counts.foreign;
  if (total === 0) {
    const reasons = result.sources.flatMap((s) => Object.entries(s.rejects)).map(([code, n]) => `${renderText(postcodeRejectWords(code), messageLang())} (${formatMessage(messageLang(), '{n, number}', { n })})`).join(', ');
    throw new InputError(text(um, 'geoNothing', { reasons: reasons ? `: ${reasons}` : '' }));
  }
  const dataDir = resolveDataDir(options.dataDir);
  const importedAt = (options.now ?? new Date()).toISOString();
  const info = await saveGeodata(dataDir, result.table, (table) => describeImport(result, table, importedAt), options.io);
  return { info, result, dataDir };
}

/** UTF-8 as GeoNames writes it; a CSV from Dutch Excel may be Windows-1252 (read as Latin-1, enough for postcodes). */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}
