import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGeocoder } from '../../src/adapters/geodata/load-geocoder.js';
import { parseLocationFlags, placeLocation } from '../../src/app/resolve-work-locations.js';
import { resolveScanLocations, type LocationQuestion } from '../../src/app/scan-locations.js';
import { UsageError } from '../../src/core/errors.js';

const EXAMPLE = new URL('../../examples/ziekenhuis-hr.csv', import.meta.url).pathname;
const { geocoder } = await loadGeocoder('/nonexistent-mobiscan-data-dir');

function csv(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mobiscan-locations-')), 'hr.csv');
  writeFileSync(path, text);
  return path;
}

describe('work locations of a scan without --location', () => {
  it("takes them from the export's location column, placed by place name", async () => {
    const found = await resolveScanLocations(EXAMPLE, [], geocoder, {});
    expect(found.source).toBe('export');
    expect(found.column).toBe('Vestiging');
    expect(found.locations.map((l) => [l.name, l.precision])).toEqual([
      ['Dordrecht', 'place'],
      ['Zwijndrecht', 'place'],
      ['Sliedrecht', 'place'],
    ]);
  });

  it('places postcodes in the location column by PC4, and a place inside a longer name', async () => {
    const file = csv('Postcode;Vestiging\n3311AB;3318 AT\n3312AC;Locatie Zwijndrecht\n3313AD;3318 AT\n');
    const found = await resolveScanLocations(file, [], geocoder, {});
    expect(found.locations.map((l) => [l.name, l.precision])).toEqual([
      ['3318 AT', 'pc4'],
      ['Locatie Zwijndrecht', 'place'],
    ]);
  });

  it('uses the flags when given, and does not read the column', async () => {
    const found = await resolveScanLocations(EXAMPLE, parseLocationFlags(['Dordrecht=3318AT']), geocoder, {});
    expect(found).toMatchObject({ source: 'flags', locations: [{ name: 'Dordrecht', precision: 'pc4' }] });
  });

  it('without a terminal, fails on a location it cannot place and gives the flags for every location', async () => {
    const file = csv('Postcode;Vestiging\n3311AB;Dordrecht\n3312AC;Gebouw K\n');
    const error = await resolveScanLocations(file, [], geocoder, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toContain('"Gebouw K"');
    expect((error as UsageError).hint).toContain('--location "Gebouw K=POSTCODE"');
    expect((error as UsageError).hint).toContain('--location "Dordrecht=');
  });

  it('asks on a terminal for what it cannot place, and leaves out what the user skips', async () => {
    const file = csv('Postcode;Vestiging\n3311AB;Dordrecht\n3312AC;Gebouw K\n3313AC;Gebouw L\n');
    const asked: LocationQuestion[] = [];
    const found = await resolveScanLocations(file, [], geocoder, {
      ask: async (q) => {
        asked.push(q);
        return q.kind === 'unplaced' && q.value === 'Gebouw K' ? placeLocation(parseLocationFlags(['3318AT'])[0]!, geocoder) : null;
      },
    });
    expect(asked.map((q) => q.kind === 'unplaced' && q.value)).toEqual(['Gebouw K', 'Gebouw L']);
    expect(found.locations.map((l) => [l.name, l.precision])).toEqual([
      ['Dordrecht', 'place'],
      ['Gebouw K', 'pc4'],
    ]);
    expect(found.leftOut).toEqual([{ value: 'Gebouw L', employees: 1 }]);
  });

  it('without a location column: asks on a terminal, else fails naming --location', async () => {
    const file = csv('Postcode;Woonplaats\n3311AB;Dordrecht\n');
    await expect(resolveScanLocations(file, [], geocoder, {})).rejects.toThrow(/geen kolom met de werklocatie/);
    const found = await resolveScanLocations(file, [], geocoder, { ask: async () => placeLocation(parseLocationFlags(['Dordrecht'])[0]!, geocoder) });
    expect(found.locations).toHaveLength(1);
  });
});
