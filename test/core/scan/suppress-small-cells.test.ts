import { describe, expect, it } from 'vitest';
import { createScan } from '../../../src/core/scan/create-scan.js';
import { suppressSmallCells } from '../../../src/core/scan/suppress-small-cells.js';
import { loadDefaultSettings } from '../settings/load-defaults.js';
import { context, employees } from './scan-fixture.js';

const scan = createScan(loadDefaultSettings(), context, { year: 2025 });
for (const e of employees) scan.add(e);
const raw = scan.finish({ rowsRead: 12, rowsRejected: 0 });

describe('suppressSmallCells', () => {
  it('hides every band x mode, PC4, in-reach, scenario-band and unmatched count from 1 to threshold - 1 and marks it', () => {
    const out = suppressSmallCells(raw, 3);
    expect(out.overall.byBandMode.find((c) => c.band === '7.5-15' && c.mode === 'auto')).toEqual({ band: '7.5-15', mode: 'auto', employees: 3 });
    expect(out.overall.byBandMode.find((c) => c.band === '2.5-7.5' && c.mode === 'auto')).toEqual({ band: '2.5-7.5', mode: 'auto', employees: null, suppressed: true });
    expect(out.overall.pc4.find((c) => c.pc4 === '1001')).toEqual({ pc4: '1001', lat: null, lon: null, employees: null, carCommuters: null, carShare: null, scenario: null, suppressed: true });
    expect(out.overall.inReach.ebike.carCommuters).toBe(3);
    expect(out.overall.inReach.bike).toEqual({ carCommuters: null, suppressed: true });
    expect(out.overall.inReach.walk.carCommuters).toBe(0); // a zero reveals nobody
    // band 0-2.5 holds one cyclist: every head count of the row goes, the expected figures stay
    const short = out.overall.scenario.byBand.find((b) => b.band === '0-2.5')!;
    expect(short).toMatchObject({ commuters: null, cyclistsNow: null, carCommuters: 0, suppressed: true });
    expect(short.goDutch.levelCyclists).toBe(raw.overall.scenario.byBand[0]!.goDutch.levelCyclists);
    expect(out.unmatchedLocations[0]).toEqual({ value: '', employees: null, suppressed: true }); // the value itself is not kept
    expect(out.suppression?.threshold).toBe(3);
    expect(out.suppression?.cellsSuppressed).toBeGreaterThan(10);
  });

  it('never suppresses below 3 and leaves the input untouched', () => {
    const out = suppressSmallCells(raw, 1);
    expect(out.suppression?.threshold).toBe(3);
    expect(raw.suppression).toBeNull();
    expect(raw.overall.inReach.bike.carCommuters).toBe(2);
  });

  it('leaves no count below the threshold anywhere in the result', () => {
    const out = suppressSmallCells(raw, 5);
    const counts = [
      ...[out.overall, ...out.locations].flatMap((a) => [
        ...a.byBandMode.map((c) => c.employees),
        ...a.pc4.flatMap((c) => [c.employees, c.carCommuters]),
        ...Object.values(a.inReach).map((p) => p.carCommuters),
        ...a.scenario.byBand.flatMap((b) => [b.commuters, b.cyclistsNow, b.carCommuters]),
      ]),
      ...out.unmatchedLocations.map((u) => u.employees),
    ];
    expect(counts.every((n) => n === null || n === 0 || n >= 5)).toBe(true);
  });
});
