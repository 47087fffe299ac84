import { describe, expect, it } from 'vitest';
import { parseDistanceKm } from '../../../src/core/ingest/parse-distance-km.js';
import { DEFAULT_INGEST_SETTINGS } from '../../../src/core/ingest/types.js';

describe('parseDistanceKm', () => {
  it.each([
    ['12', 12], ['12,5', 12.5], ['12.5', 12.5], ['7,5 km', 7.5], ['7.5km', 7.5], ['0', 0], ['250', 250], ['3 kilometer', 3],
    [' 45 ', 45], ['1,234', 1.234], ['18 km.', 18],
  ])('reads %j as %d km', (raw, expected) => {
    expect(parseDistanceKm(raw, DEFAULT_INGEST_SETTINGS)).toEqual({ ok: true, value: expected });
  });

  it.each(['-3', '251', '1.250,5', '1000', 'ver', '', '12 mijl', '12 m'])('rejects %j', (raw) => {
    expect(parseDistanceKm(raw, DEFAULT_INGEST_SETTINGS).ok).toBe(false);
  });

  it('takes the maximum from the settings', () => {
    expect(parseDistanceKm('300', { maxDistanceKm: 400 }).ok).toBe(true);
    expect(parseDistanceKm('30', { maxDistanceKm: 20 }).ok).toBe(false);
  });
});
