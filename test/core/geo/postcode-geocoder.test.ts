import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placesFromJson } from '../../../src/core/geo/place-index.js';
import { createGeocoder } from '../../../src/core/geo/postcode-geocoder.js';
import { buildPostcodeImport } from '../../../src/core/geo/postcode-import.js';
import { parsePostcodeTable, serializePostcodeTable } from '../../../src/core/geo/postcode-table.js';

const builtIn = placesFromJson(JSON.parse(readFileSync(new URL('../../../data/places/places.json', import.meta.url), 'utf8')));
const NL_TXT = readFileSync(new URL('../../../../shared/data/geonames/NL.txt', import.meta.url), 'utf8');
const DORDRECHT = { lat: 51.81, lon: 4.67 };

describe('the geocoder', () => {
  it('answers place names from the built-in table when no postcode table is loaded', () => {
    const geocoder = createGeocoder(undefined, builtIn);
    expect(geocoder.pc4('3311')).toBeUndefined();
    expect(geocoder.pc6).toBeUndefined();
    expect(geocoder.foreign).toBeUndefined();
    expect(geocoder.place('Dordrecht', 'NL', DORDRECHT)).toMatchObject({ lat: 51.81, ambiguous: false });
  });

  it('fills in villages from the imported file, after a store round trip, without false ambiguity', () => {
    const table = parsePostcodeTable(serializePostcodeTable(buildPostcodeImport([{ name: 'NL.txt', text: NL_TXT }]).table))!;
    const geocoder = createGeocoder(table, builtIn);
    expect(geocoder.pc4('3311')).toEqual({ lat: 51.8131, lon: 4.6685 });
    const kantens = geocoder.place('Kantens', 'NL', DORDRECHT)!; // 650 inhabitants: not built in
    expect(kantens.lat).toBeCloseTo(53.36, 1);
    expect(geocoder.place('Rosmalen', 'NL', DORDRECHT)).toMatchObject({ ambiguous: false });
    expect(geocoder.place('Dordrecht', 'NL', DORDRECHT)?.ambiguous).toBe(false);
    expect(geocoder.place('Rotterdam', 'NL', DORDRECHT)?.ambiguous).toBe(false);
  });

  it('knows nearly every place name of the GeoNames file once that file is imported', () => {
    const table = buildPostcodeImport([{ name: 'NL.txt', text: NL_TXT }]).table;
    const geocoder = createGeocoder(table, builtIn);
    const names = new Set(NL_TXT.trim().split('\n').map((l) => l.split('\t')[2] ?? ''));
    const found = [...names].filter((n) => geocoder.place(n, 'NL', DORDRECHT) !== undefined).length;
    expect(found / names.size).toBeGreaterThan(0.99);
  });

  it('looks up PC6 and foreign postcodes when the table has them', () => {
    const table = buildPostcodeImport([{ name: 'x.csv', text: 'postcode,lat,lon,country\n3311AB,51.81,4.67,NL\n47533,51.79,6.14,DE\n' }]).table;
    const geocoder = createGeocoder(table, builtIn);
    expect(geocoder.pc6?.('3311 ab')).toEqual({ lat: 51.81, lon: 4.67 });
    expect(geocoder.pc4('3311')).toEqual({ lat: 51.81, lon: 4.67 });
    expect(geocoder.foreign?.('DE', '47533')).toEqual({ lat: 51.79, lon: 6.14 });
  });
});
