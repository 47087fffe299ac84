import { describe, expect, it } from 'vitest';
import { columnWidths, isNumeric } from '../../../../src/adapters/report/pdf/table-layout.js';
import { aroundPoint, placeLabel } from '../../../../src/adapters/report/pdf/place-label.js';
import { sampleModel } from '../../../fixtures/report/sample-model.js';

describe('columnWidths', () => {
  it('fills the width in proportion to the suggested widths', () => {
    const columns = sampleModel.method.settings.columns;
    const widths = columnWidths(columns, 495);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(495, 6);
    expect(widths[2]).toBeGreaterThan(widths[0]!);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
  });

  it('gives narrow columns room for a header and copes with no columns', () => {
    const widths = columnWidths([{ key: 'a', label: 'A', format: 'int', width: 1 }, { key: 'b', label: 'B', format: 'text', width: 200 }], 495);
    expect(widths[0]).toBeGreaterThanOrEqual(38);
    expect(columnWidths([], 495)).toEqual([]);
  });

  it('keeps every column at least as wide as its longest header word, so headers wrap between words', () => {
    // the peak table: eleven columns, narrow numbers with long Dutch header words
    const labels = ['Periode', 'Werkdagen', 'Dagen met data', 'Ochtendspits', 'Avondspits', 'Totaal', 'Spitsmijdingen', 'Aandeel', 'Aandeel per medewerker', 'Maatregelen gestart', 'Opmerking'];
    const columns = labels.map((label, i) => ({ key: `c${i}`, label, format: i === 0 || i > 8 ? ('text' as const) : ('count' as const) }));
    const wordPoints = labels.map((l) => Math.max(...l.split(' ').map((w) => w.length * 3.6)) + 9);
    const widths = columnWidths(columns, 495, 40, wordPoints);
    widths.forEach((w, i) => expect(w, labels[i]).toBeGreaterThanOrEqual(wordPoints[i]! - 1e-9));
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(495, 6);
  });

  it('shrinks all floors in proportion when the header words alone are wider than the page', () => {
    const columns = Array.from({ length: 4 }, (_, i) => ({ key: `c${i}`, label: 'x', format: 'int' as const }));
    const widths = columnWidths(columns, 100, 40, [50, 50, 50, 50]);
    expect(widths).toEqual([25, 25, 25, 25]);
  });

  it('right-aligns numbers, not text or dates', () => {
    expect(isNumeric({ key: 'a', label: 'A', format: 'pct' })).toBe(true);
    expect(isNumeric({ key: 'a', label: 'A', format: 'date' })).toBe(false);
  });
});

describe('placeLabel', () => {
  it('moves a label to the next free spot and drops it when none is free', () => {
    const taken = [{ x: 10, y: 0, width: 50, height: 20 }];
    expect(placeLabel(taken, aroundPoint(0, 10, 30, 10, 5))).toEqual({ x: -35, y: 5, width: 30, height: 10 });
    expect(placeLabel(taken, [{ x: 20, y: 5, width: 5, height: 5 }])).toBeNull();
  });
});
