import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foreignKey, parsePostcodeTable, serializePostcodeTable, emptyPostcodeTable } from '../../../src/core/geo/postcode-table.js';

describe('the stored postcode table', () => {
  it('survives a round trip with 5 decimals', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 1000, max: 9999 }).map(String), fc.record({ lat: fc.double({ min: 50.7, max: 53.6, noNaN: true }), lon: fc.double({ min: 3.3, max: 7.2, noNaN: true }) })),
        (entries) => {
          const table = emptyPostcodeTable();
          for (const [key, p] of Object.entries(entries)) table.pc4.set(key, p);
          table.pc6.set('3311AB', { lat: 51.8, lon: 4.67 });
          table.foreign.set(foreignKey('DE', '47533'), { lat: 51.79, lon: 6.14 });
          const back = parsePostcodeTable(serializePostcodeTable(table))!;
          expect(back.pc4.size).toBe(table.pc4.size);
          for (const [key, p] of table.pc4) {
            expect(Math.abs(back.pc4.get(key)!.lat - p.lat)).toBeLessThanOrEqual(5e-6);
            expect(Math.abs(back.pc4.get(key)!.lon - p.lon)).toBeLessThanOrEqual(5e-6);
          }
          expect(back.pc6.get('3311AB')).toEqual({ lat: 51.8, lon: 4.67 });
          expect(back.foreign.get('DE:47533')).toEqual({ lat: 51.79, lon: 6.14 });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('refuses text that is not a stored table', () => {
    expect(parsePostcodeTable('pc4\tlat\tlon\n3311\t51.8\t4.6\n')).toBeUndefined();
  });
});
