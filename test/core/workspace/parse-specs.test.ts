import { describe, expect, it } from 'vitest';
import { renderText, type Lang } from '../../../src/core/i18n/index.js';
import type { Checked } from '../../../src/core/workspace/checked.js';
import { parseLocationSpec as parseSpec } from '../../../src/core/workspace/parse-location-spec.js';
import { formatPeakWindows, parsePeakWindows as parseWindows } from '../../../src/core/workspace/parse-peak-windows.js';
import { locationKey } from '../../../src/core/workspace/location-key.js';

/** The checked value with its messages rendered (English unless told). */
const rendered = <T>(checked: Checked<T>, lang: Lang = 'en') => (checked.ok ? checked : { ok: false as const, errors: checked.errors.map((e) => renderText(e, lang)) });
const parseLocationSpec = (spec: string, lang?: Lang) => rendered(parseSpec(spec), lang);
const parsePeakWindows = (spec: string | string[], lang?: Lang) => rendered(parseWindows(spec), lang);

describe('parseLocationSpec', () => {
  it('reads a postcode, coordinates, or an address ending in a postcode', () => {
    expect(parseLocationSpec('Hoofdlocatie=3318 AT')).toEqual({ ok: true, value: { name: 'Hoofdlocatie', address: null, postcode: '3318AT', lat: null, lon: null } });
    expect(parseLocationSpec('Dordwijk=51.7955,4.6761')).toMatchObject({ ok: true, value: { postcode: null, lat: 51.7955, lon: 4.6761 } });
    expect(parseLocationSpec('Dordwijk=Albert Schweitzerplaats 25, 3318 AT Dordrecht')).toMatchObject({
      ok: true,
      value: { address: 'Albert Schweitzerplaats 25, 3318 AT Dordrecht', postcode: '3318AT' },
    });
  });

  it('explains the forms when the name or the place is missing', () => {
    expect(parseLocationSpec('3318AT')).toEqual({ ok: false, errors: ["location: '3318AT' has no name: use NAME=POSTCODE, NAME=LAT,LON or NAME=ADDRESS, POSTCODE"] });
    expect(parseLocationSpec('Dordwijk=Somewhere')).toMatchObject({ ok: false, errors: [expect.stringContaining("location Dordwijk: 'Somewhere' holds no postcode")] });
    expect(parseLocationSpec('Dordwijk=95,4')).toMatchObject({ ok: false, errors: ['location Dordwijk lat: 95 is not a coordinate between -90 and 90'] });
  });

  it('explains them in Dutch by default', () => {
    expect(parseLocationSpec('3318AT', 'nl')).toEqual({ ok: false, errors: ['locatie ‘3318AT’ heeft geen naam: schrijf NAAM=POSTCODE, NAAM=BREEDTE,LENGTE of NAAM=ADRES, POSTCODE'] });
    expect(parseLocationSpec('Dordwijk=95,4', 'nl')).toEqual({ ok: false, errors: ['locatie Dordwijk, breedtegraad (lat): 95 is geen breedtegraad tussen -90 en 90'] });
  });
});

describe('parsePeakWindows', () => {
  it('reads and sorts windows and writes them back the same way', () => {
    const checked = parsePeakWindows('16:30-18:00, 07:00-09:00');
    expect(checked).toEqual({ ok: true, value: [{ start: '07:00', end: '09:00' }, { start: '16:30', end: '18:00' }] });
    expect(checked.ok && formatPeakWindows(checked.value)).toBe('07:00-09:00,16:30-18:00');
  });

  it('refuses a malformed window, one that ends before it starts, and overlaps', () => {
    expect(parsePeakWindows('7-9')).toEqual({ ok: false, errors: ["peak window: '7-9' is not HH:MM-HH:MM"] });
    expect(parsePeakWindows('09:00-07:00')).toEqual({ ok: false, errors: ["peak window: '09:00-07:00' ends before it starts"] });
    expect(parsePeakWindows(['07:00-09:00', '08:30-10:00'])).toEqual({ ok: false, errors: ['peak window: 08:30-10:00 overlaps 07:00-09:00'] });
  });

  it('refuses them in Dutch by default', () => {
    expect(parsePeakWindows('7-9', 'nl')).toEqual({ ok: false, errors: ['spitsvenster ‘7-9’ is niet UU:MM-UU:MM; typ bijvoorbeeld 07:00-09:00'] });
    expect(parsePeakWindows(['07:00-09:00', '08:30-10:00'], 'nl')).toEqual({ ok: false, errors: ['spitsvenster 08:30-10:00 overlapt 07:00-09:00'] });
  });
});

describe('locationKey', () => {
  it('ignores case, accents and punctuation', () => {
    expect(locationKey('  Café Noord/Zuid ')).toBe('cafe-noord-zuid');
    expect(locationKey('CAFÉ noord zuid')).toBe(locationKey('Café Noord/Zuid'));
  });
});
