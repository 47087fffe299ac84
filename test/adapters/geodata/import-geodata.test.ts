import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGeodataInfo, GEODATA_FOLDER, GEODATA_INFO_FILE } from '../../../src/adapters/geodata/geodata-store.js';
import { importGeodata } from '../../../src/adapters/geodata/import-geodata.js';
import { loadGeocoder } from '../../../src/adapters/geodata/load-geocoder.js';
import { resolveDataDir } from '../../../src/adapters/geodata/resolve-data-dir.js';
import { writeFileAtomic } from '../../../src/adapters/write/write-file-atomic.js';
import { ConfigError, InputError } from '../../../src/core/errors.js';
import { GEONAMES_ATTRIBUTION } from '../../../src/core/geo/postcode-import.js';

const NL_TXT = fileURLToPath(new URL('../../../../shared/data/geonames/NL.txt', import.meta.url));
const NOW = new Date('2025-03-01T09:30:00Z');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mobiscan-geodata-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function csv(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('geodata import into a data directory', () => {
  it('stores the GeoNames table with its metadata and loads it back as a geocoder', async () => {
    const { info } = await importGeodata([NL_TXT], { dataDir: dir, now: NOW });
    expect(info).toMatchObject({ importedAt: '2025-03-01T09:30:00.000Z', countries: ['NL'], attribution: [GEONAMES_ATTRIBUTION] });
    expect(info.sources[0]).toMatchObject({ file: 'NL.txt', format: 'geonames', rowsRead: 4334 });
    expect(await readGeodataInfo(dir)).toEqual(info);
    const { geocoder, info: loaded } = await loadGeocoder(dir);
    expect(loaded?.counts.pc4).toBe(info.counts.pc4);
    expect(geocoder.pc4('1011')).toEqual({ lat: 52.371, lon: 4.9042 });
  });

  it('replaces an earlier import as a whole and removes its table file', async () => {
    await importGeodata([NL_TXT], { dataDir: dir, now: NOW });
    const path = await csv('rd.csv', 'postcode;x;y\n3811;155000;463000\n');
    const { info } = await importGeodata([path], { dataDir: dir, now: NOW, attribution: 'test data' });
    expect(info.counts).toEqual({ pc4: 1, pc6: 0, foreign: 0, places: 0 });
    const { geocoder, info: loaded } = await loadGeocoder(dir);
    expect(loaded?.counts.pc4).toBe(1);
    expect(geocoder.pc4('3811')?.lat).toBeCloseTo(52.15517, 4);
    const files = await readdir(join(dir, GEODATA_FOLDER));
    expect(files.filter((f) => f.startsWith('postcodes-'))).toEqual([info.table]);
  });

  it('stores that a user’s own file has no stated licence as a fact, never as a sentence with its file name', async () => {
    const path = await csv('eigen-postcodes.csv', 'postcode;x;y\n3811;155000;463000\n');
    const { info } = await importGeodata([path], { dataDir: dir, now: NOW });
    expect(info).toMatchObject({ attribution: [], licenceNotStated: true });
    expect(await readGeodataInfo(dir)).toEqual(info);
    const stated = await importGeodata([path], { dataDir: dir, now: NOW, attribution: 'CBS, CC BY 4.0' });
    expect(stated.info).toMatchObject({ attribution: ['CBS, CC BY 4.0'], licenceNotStated: false });
  });

  it('reads metadata written before the fact was stored: the old English sentence becomes the fact', async () => {
    const { info } = await importGeodata([NL_TXT], { dataDir: dir, now: NOW });
    const { licenceNotStated: _fact, ...old } = info;
    await writeFileAtomic(join(dir, GEODATA_FOLDER, GEODATA_INFO_FILE), JSON.stringify({ ...old, attribution: [GEONAMES_ATTRIBUTION, 'pc6.csv (imported by the user; licence not stated)'] }));
    expect(await readGeodataInfo(dir)).toMatchObject({ attribution: [GEONAMES_ATTRIBUTION], licenceNotStated: true });
  });

  it('leaves the previous table loaded when the new file has no usable rows', async () => {
    const first = await importGeodata([NL_TXT], { dataDir: dir, now: NOW });
    const bad = await csv('bad.csv', 'postcode,lat,lon\nnope,1,2\n');
    await expect(importGeodata([bad], { dataDir: dir })).rejects.toBeInstanceOf(InputError);
    const noHeader = await csv('plain.csv', '3311,51.8,4.6\n');
    await expect(importGeodata([noHeader], { dataDir: dir })).rejects.toThrow(/geen postcodekolom in de kopregel/);
    expect(await readGeodataInfo(dir)).toEqual(first.info);
  });

  it('leaves the previous table loaded when writing fails halfway', async () => {
    const first = await importGeodata([NL_TXT], { dataDir: dir, now: NOW });
    const path = await csv('small.csv', 'postcode,lat,lon\n3311,51.81,4.67\n');
    let writes = 0;
    const failingMetadata = {
      async writeFileAtomic(target: string, data: string) {
        writes++;
        if (target.endsWith(GEODATA_INFO_FILE)) throw new Error('disk full');
        await writeFileAtomic(target, data);
      },
    };
    await expect(importGeodata([path], { dataDir: dir, io: failingMetadata })).rejects.toThrow('disk full');
    expect(writes).toBe(2);
    expect(await readGeodataInfo(dir)).toEqual(first.info);
    const { geocoder } = await loadGeocoder(dir);
    expect(geocoder.pc4('1011')).toEqual({ lat: 52.371, lon: 4.9042 });
    const files = await readdir(join(dir, GEODATA_FOLDER));
    expect(files.filter((f) => f.startsWith('postcodes-'))).toEqual([first.info.table]);
  });

  it('reports nothing loaded for an empty data directory, and a damaged one as a config error', async () => {
    expect(await readGeodataInfo(dir)).toBeNull();
    const { geocoder, info } = await loadGeocoder(dir);
    expect(info).toBeNull();
    expect(geocoder.place('Utrecht', 'NL', { lat: 52, lon: 5 })).toBeDefined();
    await writeFileAtomic(join(dir, GEODATA_FOLDER, GEODATA_INFO_FILE), '{"version": 1}');
    await expect(readGeodataInfo(dir)).rejects.toBeInstanceOf(ConfigError);
  });

  it('takes the data directory from --data-dir, else MOBISCAN_DATA_DIR, else the user data folder', () => {
    expect(resolveDataDir('/a/b', { MOBISCAN_DATA_DIR: '/c' })).toBe('/a/b');
    expect(resolveDataDir(undefined, { MOBISCAN_DATA_DIR: '/c' })).toBe('/c');
    expect(resolveDataDir(undefined, {})).toMatch(/mobiscan/);
  });
});
