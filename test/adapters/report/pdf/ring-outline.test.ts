import { describe, expect, it } from 'vitest';
import { ringOutline } from '../../../../src/adapters/report/pdf/ring-outline.js';

const points = (lines: { x: number; y: number }[][]) => lines.flat();

describe('ringOutline', () => {
  it('is one whole circle for one location', () => {
    const lines = ringOutline([{ x: 0, y: 0 }], 10);
    expect(lines).toHaveLength(1);
    for (const p of lines[0]!) expect(Math.hypot(p.x, p.y)).toBeCloseTo(10, 9);
  });

  it('draws one contour around locations close together: no part of it lies inside another circle', () => {
    const centres = [{ x: 0, y: 0 }, { x: 6, y: 0 }, { x: 3, y: 4 }];
    const lines = ringOutline(centres, 10);
    for (const line of lines) {
      for (let i = 0; i + 1 < line.length; i++) {
        const mid = { x: (line[i]!.x + line[i + 1]!.x) / 2, y: (line[i]!.y + line[i + 1]!.y) / 2 };
        const inside = centres.filter((c) => Math.hypot(mid.x - c.x, mid.y - c.y) < 10 - 0.05);
        expect(inside).toHaveLength(0);
      }
    }
    // Three overlapping rings would draw 3 x 120 segments; the union draws far fewer.
    expect(points(lines).length).toBeLessThan(200);
  });

  it('draws two locations at the same place once, and far-apart locations as two circles', () => {
    expect(ringOutline([{ x: 0, y: 0 }, { x: 0, y: 0 }], 10)).toHaveLength(1);
    expect(ringOutline([{ x: 0, y: 0 }, { x: 100, y: 0 }], 10)).toHaveLength(2);
  });
});
