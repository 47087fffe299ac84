import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell } from '../../../src/core/track/neutralise-csv-cell.js';

describe('neutraliseCsvCell', () => {
  it.each(['=SUM(A1)', '+31 6 1234', '-2+3', '@cmd', '\t=1', '\r=1'])('makes %j inert', (cell) => {
    expect(neutraliseCsvCell(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary cells alone', () => {
    for (const cell of ['Ziekenhuis', '1800', '10.0%', '', "'quoted", 'a=b']) expect(neutraliseCsvCell(cell)).toBe(cell);
  });

  it('never lets a cell start a formula, and is stable when applied twice', () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        const once = neutraliseCsvCell(cell);
        expect(once).not.toMatch(/^[=+\-@\t\r]/);
        expect(neutraliseCsvCell(once)).toBe(once);
      }),
    );
  });
});
