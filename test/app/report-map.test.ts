import { describe, expect, it } from 'vitest';
import { loadPlaces } from '../../src/adapters/geodata/load-places.js';
import { buildCompanyReport } from '../../src/core/report/build-company-report.js';
import { exampleReportInput } from './report-fixture.js';

describe('the map of the example hospital report', async () => {
  const input = await exampleReportInput('nl');
  const result = input.scan.result;
  const map = buildCompanyReport({ ...input, places: await loadPlaces() }).map!;
  const threshold = result.suppression!.threshold;

  it('accounts for every employee: those on the map plus those not on it, with the scan as the source', () => {
    const shown = map.cells.reduce((sum, c) => sum + c.employees, 0);
    expect(map.shownNote).toBe(`Op de kaart: ${shown.toLocaleString('nl-NL')} van de ${result.overall.employees.toLocaleString('nl-NL')} medewerkers.`);
    const reasons = [...map.notShownNote.matchAll(/(\d[\d.]*) (?:hebben|wonen|in postcodegebieden|om andere)/g)].map((m) => Number(m[1]!.replace(/\./g, '')));
    expect(reasons.length).toBeGreaterThan(0);
    expect(shown + reasons.reduce((a, b) => a + b, 0)).toBe(result.overall.employees);
    // Every scan PC4 row with a position within reach is on the map, and no suppressed one.
    const shownCodes = new Set(map.cells.map((c) => c.pc4));
    for (const row of result.overall.pc4) if (row.employees === null) expect(shownCodes.has(row.pc4)).toBe(false);
  });

  it('has no size-legend entry or circle below the suppression threshold', () => {
    expect(map.sizeSteps.length).toBeGreaterThan(0);
    for (const step of map.sizeSteps) expect(step).toBeGreaterThanOrEqual(threshold);
    for (const cell of map.cells) {
      expect(cell.employees).toBeGreaterThanOrEqual(threshold);
      expect(cell.carCommuters === null || cell.carCommuters === 0 || cell.carCommuters >= threshold).toBe(true);
    }
  });

  it('names stations as a reader knows them, once each, and no place twice', () => {
    expect(map.stations.some((s) => s.name === 'Zwijndrecht')).toBe(true);
    expect(map.stations.every((s) => !/\(NL\)/.test(s.name))).toBe(true);
    expect(new Set(map.stations.map((s) => s.name)).size).toBe(map.stations.length);
    const locations = new Set(map.locations.map((l) => l.name));
    expect(map.places.some((p) => locations.has(p.name))).toBe(false);
    expect(map.places.map((p) => p.name)).toContain('Papendrecht');
  });

  it('describes itself in Dutch for a reader who cannot see it', () => {
    expect(map.alt).toMatch(/^Kaart van de woonplaatsen van de medewerkers rond Dordrecht, Zwijndrecht en Sliedrecht/);
    expect(map.alt).toContain(map.shownNote);
    expect(map.alt).toMatch(/De meeste autoforenzen wonen in \d{4} \(/);
    expect(map.attribution).toMatch(/Natural Earth/);
    expect(map.attribution).toMatch(/GeoNames \(CC BY 4\.0/);
  });
});
