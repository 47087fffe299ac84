import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../../core/errors.js';
import { parseGeodataInfo, type GeodataInfo } from '../../core/geo/postcode-info.js';
import { parsePostcodeTable, serializePostcodeTable, type PostcodeTable } from '../../core/geo/postcode-table.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { isText, text as deferred } from '../../core/i18n/index.js';
import { userErrorMessages as um } from '../../core/user-error-messages.js';

/** Subfolder of the data directory that holds the postcode table. */
export const GEODATA_FOLDER = 'geodata';
/** The metadata file; replacing it is the moment an import takes effect. */
export const GEODATA_INFO_FILE = 'geodata.json';
const TABLE_FILE = /^postcodes-[\w-]+\.tsv$/;

/** The file operations saving needs; tests pass a failing one to prove old data survives. */
export interface StoreIo {
  writeFileAtomic(path: string, data: string): Promise<void>;
}

/**
 * Saves a new table and its metadata, replacing an earlier import atomically: the table goes
 * to a new file name first (written to a temp file, fsynced, renamed), then the metadata that
 * names it replaces the old metadata the same way. Until that last rename every reader sees
 * the old import whole; if anything fails before it, the old import stays loaded. Tables no
 * longer named are removed afterwards.
 */
export async function saveGeodata(
  dataDir: string,
  table: PostcodeTable,
  describe: (tableFile: string) => GeodataInfo,
  io: StoreIo = { writeFileAtomic },
): Promise<GeodataInfo> {
  const folder = join(dataDir, GEODATA_FOLDER);
  const tableFile = `postcodes-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}.tsv`;
  await io.writeFileAtomic(join(folder, tableFile), serializePostcodeTable(table));
  const info = describe(tableFile);
  try {
    await io.writeFileAtomic(join(folder, GEODATA_INFO_FILE), JSON.stringify(info, null, 2) + '\n');
  } catch (error) {
    await rm(join(folder, tableFile), { force: true });
    throw error;
  }
  for (const name of await readdir(folder)) {
    if (TABLE_FILE.test(name) && name !== tableFile) await rm(join(folder, name), { force: true });
  }
  return info;
}

/** The metadata of the loaded import, or null when nothing was imported yet. */
export async function readGeodataInfo(dataDir: string): Promise<GeodataInfo | null> {
  const path = join(dataDir, GEODATA_FOLDER, GEODATA_INFO_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const info = parseGeodataInfo(json);
  if (isText(info)) throw new ConfigError(deferred(um, 'geoDamaged', { path, reason: info }), deferred(um, 'geoImportAgain'));
  return info;
}

/** Reads the table an import's metadata names. */
export async function readPostcodeTable(dataDir: string, info: GeodataInfo): Promise<PostcodeTable> {
  const path = join(dataDir, GEODATA_FOLDER, info.table);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'yes' : 'no';
    throw new ConfigError(deferred(um, 'geoTableMissing', { path, missing }), deferred(um, 'geoImportAgain'));
  }
  const table = parsePostcodeTable(text);
  if (!table) throw new ConfigError(deferred(um, 'geoTableFormat', { path }), deferred(um, 'geoImportAgain'));
  return table;
}
