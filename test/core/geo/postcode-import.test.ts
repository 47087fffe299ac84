import { readFileSync } from 'node:fs';
import { renderText } from '../../../src/core/i18n/index.js';
import { describeCorrection } from '../../../src/core/geo/postcode-correction-messages.js';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/core/geo/haversine-km.js';
import { buildPostcodeImport, GEONAMES_ATTRIBUTION } from '../../../src/core/geo/postcode-import.js';

// Reference data beside the checkout (never copied into the repository).
const NL_TXT = readFileSync(new URL('../../../../shared/data/geonames/NL.txt', import.meta.url), 'utf8');

describe('importing the real GeoNames NL file', () => {
  const result = buildPostcodeImport([{ name: 'NL.txt', text: NL_TXT }]);
  const pc4 = result.table.pc4;
  const correction = (postcode: string) => result.corrections.find((c) => c.postcode === postcode);

  it('reads all 4,334 rows and keeps one centroid per PC4 (about 4,080)', () => {
    const source = result.sources[0]!;
    expect(source).toMatchObject({ format: 'geonames', rowsRead: 4334, rowsAccepted: 4334, attribution: GEONAMES_ATTRIBUTION });
    expect(pc4.size).toBeGreaterThanOrEqual(4070);
    expect(pc4.size).toBeLessThanOrEqual(4081);
    expect(result.countries).toEqual(['NL']);
  });

  it.each([
    ['1011', 52.371, 4.9042],
    ['3311', 51.8131, 4.6685],
    ['3511', 52.0886, 5.1174],
    ['6211', 50.8503, 5.6882],
    ['9711', 53.2167, 6.5697],
  ])('places %s at the published centroid', (key, lat, lon) => {
    const p = pc4.get(key)!;
    expect(Math.abs(p.lat - lat)).toBeLessThan(0.01);
    expect(Math.abs(p.lon - lon)).toBeLessThan(0.01);
  });

  it('moves 3062 Rotterdam away from Ouddorp to its Rotterdam neighbours', () => {
    const p = pc4.get('3062')!;
    expect(haversineKm(p, { lat: 51.81, lon: 3.93 })).toBeGreaterThan(30);
    expect(haversineKm(p, { lat: 51.9234, lon: 4.5193 })).toBeLessThan(5);
    expect(correction('3062')?.action).toBe('moved');
  });

  it('brings 6431 Hoensbroek back from Belgium', () => {
    expect(haversineKm(pc4.get('6431')!, { lat: 50.9257, lon: 5.9306 })).toBeLessThan(5);
    expect(correction('6431')?.action).toBe('moved');
  });

  it('keeps the agreeing pair of 9999 (Kantens, Stitswerd) and reports the four far-away rows', () => {
    expect(haversineKm(pc4.get('9999')!, { lat: 53.3555, lon: 6.6002 })).toBeLessThan(1);
    expect(correction('9999')).toMatchObject({ action: 'kept-part' });
    const line = describeCorrection(correction('9999')!);
    expect(renderText(line, 'en')).toMatch(/^9999 kept part: rows name places far apart: kept .*dropped .*Roermond/);
    expect(renderText(line, 'nl')).toMatch(/^9999 deels behouden: de rijen noemen plaatsen ver uit elkaar: .* behouden, .*Roermond.* weggelaten$/);
    expect(JSON.parse(JSON.stringify(correction('9999')))).toEqual(correction('9999')); // stored as plain data
  });

  it('drops PC4s filed under a far-away place (1954 Tiel, 5217 The Hague, 5442 Rosmalen)', () => {
    for (const key of ['1954', '5217', '5442', '7146', '1234']) {
      expect(pc4.has(key)).toBe(false);
      expect(correction(key)?.action).toBe('dropped');
    }
  });

  it('keeps correct but remote PC4s (Schiermonnikoog, Eemshaven, Maasvlakte)', () => {
    for (const key of ['9166', '9979', '3199']) expect(pc4.has(key)).toBe(true);
    expect(result.corrections.filter((c) => c.action === 'dropped')).toHaveLength(5);
  });

  it('keeps the rows with empty province and municipality (3221-3238)', () => {
    expect(pc4.get('3221')).toEqual({ lat: 51.8314, lon: 4.1219 });
  });

  it('agrees with the cleaned reference table within 50 m for every PC4 it did not move', () => {
    const clean = readFileSync(new URL('../../../../shared/data/nl-pc4.tsv', import.meta.url), 'utf8').trim().split('\n').slice(1);
    const moved = new Set(result.corrections.filter((c) => c.action === 'moved').map((c) => c.postcode));
    let far = 0;
    for (const line of clean) {
      const [key = '', , , , lat = '', lon = ''] = line.split('\t');
      const p = pc4.get(key);
      if (!p || (!moved.has(key) && haversineKm(p, { lat: Number(lat), lon: Number(lon) }) > 0.05)) far++;
    }
    expect(far).toBe(0);
  });
});
