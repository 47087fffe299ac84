import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGeodata } from '../../../src/adapters/geodata/import-geodata.js';
import { loadBuiltInPostcodes } from '../../../src/adapters/geodata/load-built-in-postcodes.js';
import { loadGeocoder } from '../../../src/adapters/geodata/load-geocoder.js';
import { haversineKm } from '../../../src/core/geo/haversine-km.js';
import { buildPostcodeImport } from '../../../src/core/geo/postcode-import.js';
import { serializePostcodeTable } from '../../../src/core/geo/postcode-table.js';

const NL_TXT = new URL('../../../../shared/data/geonames/NL.txt', import.meta.url);
const COMMITTED = new URL('../../../data/postcodes/nl-pc4.tsv', import.meta.url);

describe('the built-in PC4 table', () => {
  it('places the spot checks of the cleaned GeoNames table within 100 m', async () => {
    const { table } = await loadBuiltInPostcodes();
    const spots: [string, number, number][] = [
      ['1011', 52.371, 4.9042], // Amsterdam
      ['3311', 51.8131, 4.6685], // Dordrecht
      ['3511', 52.0886, 5.1174], // Utrecht
      ['6211', 50.8503, 5.6882], // Maastricht
      ['9711', 53.2167, 6.5697], // Groningen
    ];
    for (const [pc4, lat, lon] of spots) expect(haversineKm(table.pc4.get(pc4)!, { lat, lon }), pc4).toBeLessThan(0.1);
    expect(table.pc4.size).toBeGreaterThan(4000);
  });

  it('has the known traps of the raw file handled', async () => {
    const { table } = await loadBuiltInPostcodes();
    // 3062 is Rotterdam (Kralingen), not Ouddorp where the raw file puts it
    expect(haversineKm(table.pc4.get('3062')!, { lat: 51.92, lon: 4.5 })).toBeLessThan(8);
    // 6431 is Hoensbroek (Limburg), not Belgium
    expect(haversineKm(table.pc4.get('6431')!, { lat: 50.92, lon: 5.93 })).toBeLessThan(5);
    // 9999: four places far apart in the raw file; one kept, in Groningen, not an average of all
    expect(table.pc4.get('9999')!.lat).toBeGreaterThan(53.2);
    // 3221-3238 have empty province and municipality in the raw file: still placed (Hellevoetsluis)
    expect(haversineKm(table.pc4.get('3221')!, { lat: 51.83, lon: 4.13 })).toBeLessThan(5);
    // place names of the file are there for lookups, villages included
    expect(table.places.some((p) => p.name === 'Kantens')).toBe(true);
  });

  it.skipIf(!existsSync(NL_TXT))('is what the product importer makes of the GeoNames file (scripts/derive-pc4.mjs)', () => {
    const imported = buildPostcodeImport([{ name: 'NL.txt', text: readFileSync(NL_TXT, 'utf8'), format: 'geonames' }]);
    expect(serializePostcodeTable(imported.table)).toBe(readFileSync(COMMITTED, 'utf8'));
  });

  it('says where it comes from and how to credit it', async () => {
    const { info } = await loadBuiltInPostcodes();
    expect(info.attribution).toMatch(/GeoNames \(www\.geonames\.org\), CC BY 4\.0/);
    expect(info.snapshot).toBe('2024-04-12');
    const attributionFile = readFileSync(new URL('../../../data/ATTRIBUTION.md', import.meta.url), 'utf8');
    expect(attributionFile).toContain('data/postcodes/nl-pc4.tsv');
  });
});

describe('the geocoder with and without an imported table', () => {
  it('places PC4s out of the box, with nothing imported', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mobiscan-builtin-'));
    try {
      const { geocoder, info } = await loadGeocoder(dir);
      expect(info).toBeNull();
      expect(geocoder.pc4('3318')).toBeDefined();
      expect(geocoder.pc6).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lets an imported table take precedence, and falls back to the built-in one for what it lacks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mobiscan-builtin-'));
    try {
      const csv = join(dir, 'mine.csv');
      await writeFile(csv, 'postcode,lat,lon\n1011,52.5,4.8\n3318AT,51.7985,4.6681\n');
      await importGeodata([csv], { dataDir: dir, attribution: 'test' });
      const { geocoder } = await loadGeocoder(dir);
      expect(geocoder.pc4('1011')).toEqual({ lat: 52.5, lon: 4.8 }); // imported, not the built-in 52.371
      expect(geocoder.pc6?.('3318AT')).toEqual({ lat: 51.7985, lon: 4.6681 });
      expect(geocoder.pc4('9711')?.lat).toBeCloseTo(53.2167, 3); // not imported: built in
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
