import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIMITERS, detectDelimiter } from '../../../src/adapters/read/detect-delimiter.js';

/** Tables of 1-20 rows that all have the same 2-8 columns. */
const tableOf = (cell: fc.Arbitrary<string>) =>
  fc
    .integer({ min: 2, max: 8 })
    .chain((columns) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 20 }));

describe('detectDelimiter', () => {
  it('finds the delimiter of any plain table of two or more columns', () => {
    const cell = fc.stringMatching(/^[A-Za-z0-9 ]{0,8}$/);
    fc.assert(
      fc.property(fc.constantFrom(...DELIMITERS), tableOf(cell), (d, table) => {
        const text = table.map((r) => r.join(d)).join('\r\n');
        expect(detectDelimiter(text).delimiter).toBe(d);
      }),
      { numRuns: 200 },
    );
  });

  it('prefers the semicolon over the decimal commas inside a Dutch export', () => {
    const text = 'Postcode;FTE;Afstand\n3311AB;0,8;12,5\n3312AB;1,0;3,75\n';
    expect(detectDelimiter(text)).toMatchObject({ delimiter: ';', columns: 3 });
  });

  it('ignores delimiters inside quotes', () => {
    const text = 'Postcode,Opmerking\n3311AB,"a;b;c"\n3312AB,"d;e;f"\n';
    expect(detectDelimiter(text).delimiter).toBe(',');
  });

  it('looks past title rows above the header', () => {
    const text = 'Export medewerkers\nDatum: 01-03-2024\n\nA\tB\tC\n1\t2\t3\n4\t5\t6\n';
    expect(detectDelimiter(text).delimiter).toBe('\t');
  });

  it("obeys Excel's sep= line and reports it as not data", () => {
    expect(detectDelimiter('sep=|\r\na|b\r\n')).toEqual({ delimiter: '|', columns: 2, sepLine: true });
  });

  it('leaves out the last record of an incomplete sample', () => {
    // the cut-off last line has two commas; counting it would make ',' look consistent
    const text = 'a;b\n1;2\n3;4\nx,y,z';
    expect(detectDelimiter(text, false).delimiter).toBe(';');
  });

  it('reports a single column when nothing splits the lines', () => {
    expect(detectDelimiter('Postcode\n3311AB\n')).toMatchObject({ delimiter: ';', columns: 1 });
  });
});
