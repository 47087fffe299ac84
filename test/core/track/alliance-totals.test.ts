import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allianceTotals } from '../../../src/core/track/alliance-totals.js';

describe('allianceTotals', () => {
  it('sums members and gives each its share', () => {
    const result = allianceTotals([
      { id: 'a', avoidancesPerDay: 30, baselinePerDay: 300, co2Kg: 100, employees: 10 },
      { id: 'b', avoidancesPerDay: 10, baselinePerDay: 100, co2Kg: 300, employees: 30 },
    ]);
    expect(result.totals).toEqual({ avoidancesPerDay: 40, baselinePerDay: 400, co2Kg: 400, employees: 40, ownShare: 0.1 });
    expect(result.members.map((m) => [m.id, m.shareOfAvoidances, m.shareOfCo2, m.shareOfEmployees])).toEqual([
      ['a', 0.75, 0.25, 0.25],
      ['b', 0.25, 0.75, 0.75],
    ]);
  });

  it('gives no shares, rather than dividing by zero, for an empty alliance', () => {
    const result = allianceTotals([{ id: 'a', avoidancesPerDay: 0, baselinePerDay: 0, co2Kg: 0, employees: 0 }]);
    expect(result.members[0]).toMatchObject({ shareOfAvoidances: null, ownShare: null });
    expect(allianceTotals([]).totals.avoidancesPerDay).toBe(0);
  });

  it('has member shares of avoidances that add up to one', () => {
    const member = fc.record({ id: fc.string(), avoidancesPerDay: fc.nat(5000), baselinePerDay: fc.nat(5000), co2Kg: fc.nat(), employees: fc.nat(10_000) });
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 20 }), (members) => {
        const { totals, members: shares } = allianceTotals(members);
        fc.pre(totals.avoidancesPerDay > 0);
        expect(shares.reduce((s, m) => s + (m.shareOfAvoidances ?? 0), 0)).toBeCloseTo(1, 9);
      }),
    );
  });
});
