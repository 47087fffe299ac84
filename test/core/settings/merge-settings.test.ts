import { describe, expect, it } from 'vitest';
import { renderText, type Lang } from '../../../src/core/i18n/index.js';
import { mergeSettings as merge } from '../../../src/core/settings/merge-settings.js';
import { settingsMethodEntries } from '../../../src/core/settings/settings-method-entries.js';
import { loadDefaultSettings } from './load-defaults.js';

const defaults = loadDefaultSettings();

/** mergeSettings with its problems rendered (English unless told). */
function mergeSettings(...args: Parameters<typeof merge>) {
  return rendered(merge(...args));
}
function rendered(r: ReturnType<typeof merge>, lang: Lang = 'en') {
  return r.ok ? r : { ok: false as const, errors: r.errors.map((e) => renderText(e, lang)) };
}

describe('default settings', () => {
  it('validate and carry a source beside every setting the method block echoes', () => {
    const entries = settingsMethodEntries(defaults);
    expect(entries.length).toBeGreaterThan(30);
    for (const e of entries) {
      expect(e.source.length, e.setting).toBeGreaterThan(5);
      expect(e.value, e.setting).not.toBeUndefined();
    }
  });

  it('cover every top-level setting with at least one source', () => {
    const { sources, ...values } = defaults;
    for (const key of Object.keys(values)) expect(Object.keys(sources).some((p) => p.startsWith(key)), key).toBe(true);
  });

  it('hold the METHOD.md figures', () => {
    expect(defaults.detourFactor).toEqual({ bike: 1.25, car: 1.3 });
    expect(defaults.suppressionThreshold).toBe(5);
    expect(defaults.co2.factors['auto:benzine']?.wtwGPerKm).toBe(195);
    expect(defaults.bands.map((b) => b.maxKm)).toEqual([2.5, 7.5, 15, 30, null]);
  });
});

describe('mergeSettings', () => {
  it('overrides one value deep inside and leaves the rest', () => {
    const r = mergeSettings(defaults, { pt: { waitMinutes: 5 } }, 'alliance.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.pt.waitMinutes).toBe(5);
    expect(r.settings.pt.trainKmh).toBe(70);
    expect(r.settings.sources['pt.waitMinutes']).toBe('alliance.yaml');
  });

  it('marks a part changed inside a setting sourced as a whole', () => {
    const r = mergeSettings(defaults, { pct: { goDutch: { a: -1.5 } } }, 'mine.json');
    expect(r.ok && r.settings.sources['pct.goDutch']).toMatch(/changed by mine.json: a$/);
  });

  it('keeps a source the user wrote beside a value', () => {
    const r = mergeSettings(defaults, { carpool: { uptake: { value: 0.3, source: 'IJmond pilot' } } }, 'f.json');
    expect(r.ok && r.settings.sources['carpool.uptake']).toBe('IJmond pilot (f.json)');
    expect(r.ok && r.settings.carpool.uptake).toBe(0.3);
  });

  it('overrides one CO2 factor by its key', () => {
    const r = mergeSettings(defaults, { co2: { factors: { 'auto:benzine': { wtwGPerKm: 170 } } } });
    expect(r.ok && r.settings.co2.factors['auto:benzine']?.wtwGPerKm).toBe(170);
    expect(r.ok && r.settings.co2.factors['auto:benzine']?.unit).toBe('vkm');
  });

  it('replaces the band list as a whole', () => {
    const r = mergeSettings(defaults, { bands: [{ id: 'near', maxKm: 5, modes: ['bike'] }, { id: 'far', maxKm: null, modes: ['pt'] }] });
    expect(r.ok && r.settings.bands.length).toBe(2);
  });

  it('names the path and the rule of a bad field', () => {
    const bands = structuredClone(defaults.bands) as unknown[];
    (bands[2] as { maxKm: unknown }).maxKm = 'far';
    const r = mergeSettings(defaults, { bands });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toContain('bands[2].maxKm must be a number > 0');
  });

  it('names an unknown setting and a bad clock time', () => {
    const r = mergeSettings(defaults, { pt: { waitMinute: 5 }, peak: { morning: { start: '7u' } } });
    expect(!r.ok && r.errors).toEqual(expect.arrayContaining(['pt.waitMinute is not a known setting', 'peak.morning.start must be a time HH:MM']));
  });

  it('refuses a suppression threshold below 3', () => {
    const r = mergeSettings(defaults, { suppressionThreshold: 2 });
    expect(!r.ok && r.errors[0]).toMatch(/^suppressionThreshold must be a whole number >= 3/);
  });

  it('refuses bands out of order', () => {
    const r = mergeSettings(defaults, { bands: [{ id: 'a', maxKm: 5, modes: [] }, { id: 'b', maxKm: 3, modes: [] }, { id: 'c', maxKm: null, modes: [] }] });
    expect(!r.ok && r.errors).toContain('bands[1].maxKm must be larger than the band before');
  });

  it('says what is wrong in Dutch by default, for the schema\'s own rules and for zod\'s', () => {
    const bands = structuredClone(defaults.bands) as unknown[];
    (bands[2] as { maxKm: unknown }).maxKm = 'far';
    const nl = rendered(merge(defaults, { bands, pt: { waitMinute: 5 }, suppressionThreshold: 2, car: { speeds: [] } }), 'nl');
    expect(!nl.ok && nl.errors).toEqual(expect.arrayContaining([
      'bands[2].maxKm moet een getal > 0 zijn',
      'pt.waitMinute is geen bekende instelling',
      'suppressionThreshold moet een heel getal >= 3 zijn (privacy)',
      'car.speeds moet minstens 1 element bevatten',
    ]));
    const en = rendered(merge(defaults, { car: { speeds: [] }, co2: { basis: 'tank' } }));
    expect(!en.ok && en.errors).toEqual(expect.arrayContaining(['car.speeds must list at least 1 item', "co2.basis must be 'wtw' or 'ttw'"]));
  });
});
