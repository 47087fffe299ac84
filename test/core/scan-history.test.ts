import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/core/report/format-value.js';
import { historySection } from '../../src/core/report/history-section.js';
import { compareHeadlines, scanHeadline, type ScanHeadline } from '../../src/core/scan/scan-headline.js';

/** The parts of a stored scan result the headline reads, as a 2024 and a 2026 export would give them. */
function storedResult(employees: number, carCommuters: number, peakTrips: number, co2Kg: number) {
  return {
    schema: 'mobiscan/scan-result@1',
    overall: {
      employees, carCommuters,
      potential: { bike: { carCommuters: 100, expectedSwitchers: 40.4 }, ebike: { carCommuters: 80, expectedSwitchers: 20 }, walk: { carCommuters: 5, expectedSwitchers: null } },
      peak: { carTripsPerDay: { morning: peakTrips / 2, evening: peakTrips / 2, total: peakTrips }, avoidedCarTripsPerDay: { morning: 10, evening: 10, total: 20 } },
      co2KgPerYear: { now: co2Kg, after: co2Kg * 0.9 },
    },
  };
}

describe('scan headline and the comparison of two scans', () => {
  it('reads the headline of a stored result, and null from JSON of another shape', () => {
    expect(scanHeadline(storedResult(3000, 1800, 1364, 1_500_600))).toEqual({
      employees: 3000, carCommuters: 1800, carShare: 0.6, expectedSwitchers: 60.4, peakCarTripsPerDay: 1364,
      avoidablePeakTripsPerDay: 20, co2KgPerYear: 1_500_600, co2KgPerYearAfter: 1_350_540,
    });
    expect(scanHeadline({ schema: 'something-else' })).toBeNull();
    expect(scanHeadline(null)).toBeNull();
  });

  it('gives per figure the earlier value, the later one and the change', () => {
    const before = scanHeadline(storedResult(3000, 1800, 1400, 1_500_000))!;
    const after = scanHeadline(storedResult(3100, 1550, 1200, 1_300_000))!;
    const figures = compareHeadlines(before, after);
    expect(figures.find((f) => f.figure === 'employees')).toEqual({ figure: 'employees', before: 3000, after: 3100, change: 100 });
    expect(figures.find((f) => f.figure === 'peakCarTripsPerDay')?.change).toBe(-200);
    expect(figures.find((f) => f.figure === 'carShare')?.change).toBeCloseTo(0.5 - 0.6, 10);
    const empty = { ...before, carShare: null } satisfies ScanHeadline;
    expect(compareHeadlines(empty, after).find((f) => f.figure === 'carShare')?.change).toBeNull();
  });

  it('becomes a report section with Dutch dates and numbers, the change signed', () => {
    const before = scanHeadline(storedResult(3000, 1800, 1400, 1_500_000))!;
    const after = scanHeadline(storedResult(3100, 1550, 1200, 1_300_000))!;
    const texts = { lang: 'nl' as const, messages: { sectionHistory: 'Vergelijking met de vorige scan', sectionHistoryIntro: 'Van {after} tegen {before}.', histColFigure: 'Kengetal', histColChange: 'Verschil', histEmployees: 'Medewerkers', histCo2TonnesPerYear: 'CO2 (ton)' } };
    const section = historySection({ beforeExportDate: '2024-03-31', afterExportDate: '2026-03-31', figures: compareHeadlines(before, after) }, texts, 'nl', (v, f) => formatValue(v, f, 'nl'));
    expect(section.intro).toEqual(['Van 31-03-2026 tegen 31-03-2024.']);
    const table = section.tables[0]!;
    expect(table.columns.map((c) => c.label)).toEqual(['Kengetal', '31-03-2024', '31-03-2026', 'Verschil']);
    expect(table.rows[0]).toEqual(['Medewerkers', '3.000', '3.100', '+100']);
    expect(table.rows.at(-1)).toEqual(['CO2 (ton)', '1.500,0', '1.300,0', '-200,0']);
  });
});
