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
