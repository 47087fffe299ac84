import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeDailyCounts } from '../../../src/core/track/merge-daily-counts.js';
import type { SourcedDailyCount } from '../../../src/core/track/types.js';

const count = fc.record({
  date: fc.constantFrom('2026-11-23', '2026-11-24', '2026-11-25'),
  source: fc.constantFrom('garage-north', 'garage-south'),
  morning: fc.nat(2000),
  evening: fc.nat(2000),
});

describe('mergeDailyCounts', () => {
  it('replaces a date from the same source instead of adding to it', () => {
    const existing: SourcedDailyCount[] = [{ date: '2026-11-23', source: 'garage', morning: 10, evening: 8 }];
    const incoming: SourcedDailyCount[] = [{ date: '2026-11-23', source: 'garage', morning: 12, evening: 9 }];
    expect(mergeDailyCounts(existing, incoming)).toEqual(incoming);
  });

  it('keeps counts of other sources on the same date beside each other', () => {
    const a: SourcedDailyCount = { date: '2026-11-23', source: 'north', morning: 10, evening: 8 };
    const b: SourcedDailyCount = { date: '2026-11-23', source: 'south', morning: 5, evening: 4 };
    expect(mergeDailyCounts([b], [a])).toEqual([a, b]);
  });

  it('changes nothing when the same import is merged twice', () => {
    fc.assert(
      fc.property(fc.array(count), fc.array(count), (existing, incoming) => {
        const once = mergeDailyCounts(existing, incoming);
        expect(mergeDailyCounts(once, incoming)).toEqual(once);
      }),
    );
  });
});
