import { describe, expect, it } from 'vitest';
import { parseFte } from '../../../src/core/ingest/parse-fte.js';

const settings36 = { fullTimeHoursPerWeek: 36 };
const settings40 = { fullTimeHoursPerWeek: 40 };

describe('parseFte', () => {
  it.each([
    ['0,8', 0.8], ['0.8', 0.8], ['1', 1], ['1,0', 1], ['0,5556', 0.5556], ['1,2', 1.2], ['1,5', 1.5], ['0.05', 0.05],
    ['80%', 0.8], ['100 %', 1], ['50%', 0.5], ['88,89%', 0.8889],
  ])('reads FTE %j as %d', (raw, expected) => {
    const result = parseFte(raw, 'fte', settings36);
    expect(result.ok && result.value).toBeCloseTo(expected, 10);
  });

  it.each([['80', 0.8], ['100', 1], ['55,5', 0.555], ['0,8', 0.8], ['1', 1], ['80%', 0.8], ['120', 1.2]])(
    'reads %j in a percentage column as %d',
    (raw, expected) => {
      const result = parseFte(raw, 'percent', settings36);
      expect(result.ok && result.value).toBeCloseTo(expected, 10);
    },
  );

  it.each([
    ['36', settings36, 1], ['38', settings36, 1], ['40', settings36, 1], ['24', settings36, 24 / 36], ['18', settings36, 0.5],
    ['32', settings36, 32 / 36], ['28,8', settings36, 0.8], ['36', settings40, 0.9], ['40', settings40, 1], ['20 uur', settings40, 0.5],
    ['4', settings36, 4 / 36], ['80', settings36, 1],
  ])('reads %j hours as FTE', (raw, settings, expected) => {
    const result = parseFte(raw, 'hours', settings);
    expect(result.ok && result.value).toBeCloseTo(expected, 10);
  });

  it.each([
    ['7', 'fte'], ['0', 'fte'], ['-0,5', 'fte'], ['1,6', 'fte'], ['80', 'fte'], ['160%', 'fte'], ['abc', 'fte'], ['', 'fte'],
    ['0', 'hours'], ['81', 'hours'], ['-8', 'hours'], ['168', 'hours'], ['veel', 'hours'], ['200', 'percent'], ['0', 'percent'],
  ] as const)('rejects %j as %s', (raw, kind) => {
    expect(parseFte(raw, kind, settings36).ok).toBe(false);
  });
});
