import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pc6Index } from '../../../src/core/geo/postcode-pc6-index.js';

const pc6 = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom(...'ABCDEFGHJKLMNPRTVWXZ'), fc.constantFrom(...'ABCDEFGHJKLMNPRTVWXZ')).map(([n, a, b]) => `${n}${a}${b}`);

describe('the compact PC6 index', () => {
  it('finds every PC6 it was given, in any input order, and nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(pc6, { maxLength: 200 }), pc6, (keys, other) => {
        const lats = keys.map((_, i) => 51 + i / 1000);
        const lons = keys.map((_, i) => 5 + i / 1000);
        const index = new Pc6Index(keys, lats, lons);
        expect(index.size).toBe(keys.length);
        keys.forEach((k, i) => expect(index.get(k)).toEqual({ lat: lats[i], lon: lons[i] }));
        if (!keys.includes(other)) expect(index.get(other)).toBeUndefined();
        expect([...index.entries()].map(([k]) => k)).toEqual([...keys].sort());
      }),
      { numRuns: 50 },
    );
  });

  it('answers undefined for keys that are not PC6', () => {
    expect(new Pc6Index(['3311AB'], [51.8], [4.67]).get('3311')).toBeUndefined();
  });
});
