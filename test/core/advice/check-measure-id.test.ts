import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMeasureId, editDistance, nearestId } from '../../../src/core/advice/check-measure-id.js';

const IDS = ['bike-plan', 'ebike-trial-pool', 'pt-trial-card', 'carpool-matching', 'posters'];

describe('checkMeasureId', () => {
  it('accepts a catalogue id and free text', () => {
    expect(checkMeasureId('ebike-trial-pool', IDS)).toEqual({ ok: true, kind: 'id' });
    expect(checkMeasureId('Ontbijt voor fietsers', IDS)).toEqual({ ok: true, kind: 'text' });
  });

  it('refuses an id with a typo and suggests the nearest one', () => {
    expect(checkMeasureId('ebike-trail-pool', IDS)).toEqual({ ok: false, suggestion: 'ebike-trial-pool' });
    expect(checkMeasureId('bikeplan', IDS)).toEqual({ ok: false, suggestion: 'bike-plan' });
  });

  it('suggests nothing for an id far from every known one', () => {
    expect(checkMeasureId('parking-garage-north', IDS)).toEqual({ ok: false, suggestion: undefined });
  });

  it('edit distance is symmetric, zero only for equal strings, and at most the longer length', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
      const d = editDistance(a, b);
      expect(d).toBe(editDistance(b, a));
      expect(d === 0).toBe(a === b);
      expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
    }));
  });

  it('finds a known id from itself', () => {
    for (const id of IDS) expect(nearestId(id, IDS)).toBe(id);
  });
});
