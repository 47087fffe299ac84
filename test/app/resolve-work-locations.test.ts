import { describe, expect, it } from 'vitest';
import { loadGeocoder } from '../../src/adapters/geodata/load-geocoder.js';
import { parseLocationFlags, placeLocation } from '../../src/app/resolve-work-locations.js';
import { InputError } from '../../src/core/errors.js';
import { haversineKm } from '../../src/core/geo/haversine-km.js';

const { geocoder } = await loadGeocoder('/nonexistent-mobiscan-data-dir');
const place = (spec: string) => placeLocation(parseLocationFlags([spec])[0]!, geocoder);

describe('--location values', () => {
  it('places a postcode with the built-in PC4 table, nothing imported', () => {
    const l = place('3318AT');
    expect(l).toMatchObject({ name: '3318AT', postcode: '3318AT', precision: 'pc4' });
    expect(haversineKm(l, { lat: 51.7985, lon: 4.6681 })).toBeLessThan(3);
  });

  it('places a place name ("Dordrecht") and says it is a town centre', () => {
    const l = place('Dordrecht');
    expect(l).toMatchObject({ name: 'Dordrecht', precision: 'place' });
    expect(haversineKm(l, { lat: 51.81, lon: 4.67 })).toBeLessThan(3);
    expect(place('Hoofdkantoor=Zwijndrecht')).toMatchObject({ name: 'Hoofdkantoor', precision: 'place' });
  });

  it('finds a place of more than one word inside a location name ("Den Haag Stadhuis", "Kantoor Capelle aan den IJssel")', () => {
    const haag = place('Den Haag Stadhuis');
    expect(haag).toMatchObject({ name: 'Den Haag Stadhuis', precision: 'place' });
    expect(haversineKm(haag, { lat: 52.08, lon: 4.31 })).toBeLessThan(4);
    const capelle = place('Kantoor Capelle aan den IJssel');
    expect(haversineKm(capelle, { lat: 51.93, lon: 4.58 })).toBeLessThan(4);
    expect(haversineKm(place('Locatie Zwijndrecht'), { lat: 51.82, lon: 4.64 })).toBeLessThan(4);
  });

  it('keeps NAME=POSTCODE and NAME=LAT,LON working', () => {
    expect(place('Dordrecht=3318AT')).toMatchObject({ name: 'Dordrecht', postcode: '3318AT', precision: 'pc4' });
    expect(place('Zwijndrecht=51.82,4.64')).toMatchObject({ name: 'Zwijndrecht', lat: 51.82, lon: 4.64, precision: 'coordinates' });
  });

  it('refuses an unknown place and a postcode no table knows, with a hint', () => {
    expect(() => place('Nergenshuizen')).toThrow(InputError);
    expect(() => place('1234AB')).toThrow(/niet in de postcodetabel/) // the message language of unit tests is Dutch;
    try {
      place('1234AB');
    } catch (error) {
      expect((error as InputError).hint).toContain('https://download.geonames.org/export/zip/NL.zip');
    }
    expect(() => parseLocationFlags(['Dordrecht=12,34,56'])).toThrow(InputError);
  });
});
