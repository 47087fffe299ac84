import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelsOverlap, layoutMapLabels, namedOnMap, LABEL_LIMITS, type LabelRequest } from '../../../../src/adapters/report/pdf/layout-map-labels.js';
import { overlaps } from '../../../../src/adapters/report/pdf/place-label.js';
import { labelKey, mapPlaceName, mapStationName } from '../../../../src/core/report/map-names.js';

const frame = { x: 0, y: 0, width: 500, height: 400 };
const label = (name: string, kind: LabelRequest['kind'], x: number, y: number): LabelRequest => ({ name, kind, x, y, width: name.length * 4 + 4, height: 10 });

describe('map names', () => {
  it('drop the "(NL)" mark of Dutch stations and use Dutch names of places in a Dutch report', () => {
    expect(mapStationName('Zwijndrecht(NL)')).toBe('Zwijndrecht');
    expect(mapStationName('Haren (NL)')).toBe('Haren');
    expect(mapStationName('Dordrecht Zuid')).toBe('Dordrecht Zuid');
    expect(mapPlaceName('The Hague', 'nl')).toBe('Den Haag');
    expect(mapPlaceName('The Hague', 'en')).toBe('The Hague');
    expect(labelKey('Zwijndrecht')).toBe(labelKey(mapStationName('Zwijndrecht(NL)')));
  });
});

describe('layoutMapLabels', () => {
  it('names a place once: the station "Zwijndrecht(NL)" beside the location Zwijndrecht gets no second label', () => {
    const placed = layoutMapLabels(
      [label('Zwijndrecht', 'location', 200, 200), label('Zwijndrecht', 'place', 205, 195), label(mapStationName('Zwijndrecht(NL)'), 'station', 210, 210), label('Dordrecht Zuid', 'station', 260, 240)],
      [],
      [],
      frame,
    );
    expect(placed.map((p) => `${p.kind}:${p.name}`)).toEqual(['location:Zwijndrecht', 'station:Dordrecht Zuid']);
  });

  it('draws only the stations whose name is on the map: no nameless squares beyond the label limit', () => {
    const stations = Array.from({ length: 9 }, (_, i) => label(`Station ${String.fromCharCode(65 + i)}`, 'station', 40 + 50 * i, 60 + 30 * i));
    const zwijndrecht = label(mapStationName('Zwijndrecht(NL)'), 'station', 205, 210);
    const placed = layoutMapLabels([label('Zwijndrecht', 'location', 200, 200), ...stations, zwijndrecht], [], [], frame);
    const drawn = namedOnMap([...stations, zwijndrecht], placed);
    expect(drawn).toContain(zwijndrecht);
    expect(drawn.filter((s) => s !== zwijndrecht)).toHaveLength(LABEL_LIMITS.station);
    for (const s of drawn) expect(placed.some((p) => labelKey(p.name) === labelKey(s.name))).toBe(true);
  });

  it('leaves out a label that fits nowhere instead of covering another, a marker or the scale bar', () => {
    const scaleBar = { x: 10, y: 370, width: 80, height: 20 };
    const marker = { x: 294, y: 94, width: 12, height: 12 };
    const placed = layoutMapLabels([label('Sliedrecht', 'location', 300, 100), label('Papendrecht', 'place', 300, 100), label('Hardinxveld', 'station', 40, 380)], [marker], [scaleBar], frame);
    expect(labelsOverlap(placed)).toBe(false);
    for (const p of placed) {
      expect(overlaps(p.at, scaleBar)).toBe(false);
      expect(overlaps(p.at, marker)).toBe(false);
    }
  });

  it('never overlaps or doubles labels, and keeps them inside the frame (random layouts)', () => {
    const kinds = ['location', 'place', 'station'] as const;
    const names = ['Dordrecht', 'Zwijndrecht', 'Papendrecht', 'Sliedrecht', 'Alblasserdam', 'Ridderkerk', 'Barendrecht'];
    const request = fc.record({ name: fc.constantFrom(...names), kind: fc.constantFrom(...kinds), x: fc.integer({ min: 0, max: 500 }), y: fc.integer({ min: 0, max: 400 }) });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 30 }), (requests) => {
        const placed = layoutMapLabels(requests.map((r) => label(r.name, r.kind, r.x, r.y)), [], [], frame);
        expect(labelsOverlap(placed)).toBe(false);
        expect(new Set(placed.map((p) => labelKey(p.name))).size).toBe(placed.length);
        for (const p of placed) {
          expect(p.at.x).toBeGreaterThanOrEqual(0);
          expect(p.at.y + p.at.height).toBeLessThanOrEqual(400);
        }
      }),
      { numRuns: 200 },
    );
  });
});
