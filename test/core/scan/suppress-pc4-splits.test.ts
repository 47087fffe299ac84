import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pc4Cell } from '../../../src/core/scan/scan-result.js';
import { suppressPc4Splits } from '../../../src/core/scan/suppress-pc4-splits.js';

const cell = (pc4: string, employees: number, carCommuters: number): Pc4Cell => ({ pc4, lat: 51.8, lon: 4.6, employees, carCommuters, carShare: carCommuters / employees, scenario: null });
const totalsOf = (cells: Pc4Cell[], extra = { employees: 0, carCommuters: 0 }) => ({
  employees: cells.reduce((s, c) => s + c.employees!, 0) + extra.employees,
  carCommuters: cells.reduce((s, c) => s + c.carCommuters!, 0) + extra.carCommuters,
});

describe('suppressPc4Splits', () => {
  it('hides "6 of 6 drive" and "0 of 6 drive" but keeps the employees', () => {
    const cells = [cell('3311', 6, 6), cell('3312', 6, 0), cell('3313', 40, 20), cell('3314', 30, 10), cell('3315', 25, 12)];
    const out = suppressPc4Splits(cells, totalsOf(cells), 5).cells;
    expect(out[0]).toMatchObject({ employees: 6, carCommuters: null, carShare: null, suppressed: true });
    expect(out[1]).toMatchObject({ employees: 6, carCommuters: null, carShare: null });
    expect(out[2]).toMatchObject({ employees: 40, carCommuters: 20 });
  });

  it('hides one more split when the hidden ones would follow from the totals', () => {
    // alone, 3311 (6 of 6) would follow: total car commuters minus the shown rows
    const cells = [cell('3311', 6, 6), cell('3313', 40, 20), cell('3314', 30, 10)];
    const out = suppressPc4Splits(cells, totalsOf(cells), 5).cells;
    expect(out.filter((c) => c.carCommuters === null).map((c) => c.pc4)).toEqual(['3311', '3314']);
  });

  it('never hides a single small row alone (its size would follow from the total)', () => {
    const cells = [cell('3311', 3, 1), cell('3313', 40, 20), cell('3314', 30, 10)];
    const out = suppressPc4Splits(cells, totalsOf(cells), 5).cells;
    expect(out.filter((c) => c.employees === null).map((c) => c.pc4)).toEqual(['3311', '3314']);
  });

  it('leaves no shown row and no remainder that describes individuals, and is idempotent', () => {
    const row = fc.tuple(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 3, max: 6 }), (rows, unplaced, limit) => {
        const cells = rows.map(([n, share], i) => cell(String(1000 + i), n, Math.round(n * share)));
        const totals = totalsOf(cells, { employees: unplaced, carCommuters: Math.floor(unplaced / 2) });
        const { cells: out } = suppressPc4Splits(cells, totals, limit);
        const shown = out.filter((c) => c.carCommuters !== null);
        for (const c of shown) {
          expect(c.carCommuters!).toBeGreaterThanOrEqual(limit);
          expect(c.employees! - c.carCommuters!).toBeGreaterThanOrEqual(limit);
        }
        const rest = totals.employees - shown.reduce((s, c) => s + c.employees!, 0);
        const restCar = totals.carCommuters - shown.reduce((s, c) => s + c.carCommuters!, 0);
        if (rest > 0 && shown.length > 0) {
          expect(restCar).toBeGreaterThanOrEqual(limit);
          expect(rest - restCar).toBeGreaterThanOrEqual(limit);
        }
        for (const c of out) if (c.employees !== null) expect(c.employees).toBeGreaterThanOrEqual(limit);
        // one row hidden for its size while others show would give its size by subtraction
        if (out.some((c) => c.employees !== null)) expect(out.filter((c) => c.employees === null).length).not.toBe(1);
        expect(suppressPc4Splits(out, totals, limit).cells).toEqual(out);
      }),
    );
  });
});
