import { describe, expect, it } from 'vitest';
import { fillCoordinates } from '../../../src/app/workspace/fill-coordinates.js';
import { dordrechtLocator } from './fake-context.js';

const at = (name: string, postcode: string | null, lat: number | null = null, lon: number | null = null) => ({ name, address: null, postcode, lat, lon });

describe('fillCoordinates', () => {
  it('loads geodata only when a location has a postcode but no coordinates', async () => {
    let loads = 0;
    const load = async () => (loads++, dordrechtLocator);
    await fillCoordinates([at('A', '3318AT', 51.8, 4.7), at('B', null, 51.8, 4.6)], load);
    expect(loads).toBe(0);
    const { locations } = await fillCoordinates([at('A', '3318AT')], load);
    expect(loads).toBe(1);
    expect(locations[0]).toMatchObject({ lat: 51.7955, lon: 4.6761 });
  });

  it('keeps given coordinates and lists what it could not place', async () => {
    const result = await fillCoordinates([at('A', '3318', 52, 5), at('B', '9999'), at('C', '3311AB')], async () => dordrechtLocator);
    expect(result.locations.map((l) => l.lat)).toEqual([52, null, 51.8133]);
    expect(result.unplaced).toEqual(['B']);
  });

  it('saves locations unplaced when there is no geodata', async () => {
    expect((await fillCoordinates([at('A', '3318AT')], async () => undefined)).unplaced).toEqual(['A']);
  });
});
