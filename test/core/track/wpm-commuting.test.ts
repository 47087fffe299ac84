import { renderText, type Text } from '../../../src/core/i18n/index.js';
/** What an English reader sees. */
const en = (texts: readonly (string | Text)[]) => texts.map((t) => renderText(t, 'en'));
import { describe, expect, it } from 'vitest';
import { type Co2Factor, co2FromKm } from '../../../src/core/track/co2-from-km.js';
import { wpmCommuting } from '../../../src/core/track/wpm-commuting.js';

const f = (mode: string, fuel: string | undefined, wtw: number, ttw: number, unit: 'vkm' | 'pkm'): Co2Factor => ({
  mode,
  ...(fuel === undefined ? {} : { fuel }),
  gPerKmWtw: wtw,
  gPerKmTtw: ttw,
  unit,
  source: 'test',
  year: 2026,
});

/** Round numbers, not the real factors: the tests check the arithmetic, not the data. */
const factors: Co2Factor[] = [
  f('auto', 'benzine', 200, 160, 'vkm'),
  f('auto', 'diesel', 180, 150, 'vkm'),
  f('auto', 'hybride', 150, 120, 'vkm'),
  f('auto', 'plug-in', 120, 90, 'vkm'),
  f('auto', 'elektrisch', 80, 0, 'vkm'),
  f('auto', 'onbekend', 190, 155, 'vkm'),
  f('motor', undefined, 100, 90, 'vkm'),
  f('scooter', 'elektrisch', 20, 0, 'vkm'),
  f('fiets', undefined, 0, 0, 'pkm'),
  f('e-bike', undefined, 3, 0, 'pkm'),
  f('lopen', undefined, 0, 0, 'pkm'),
  f('trein', undefined, 20, 0, 'pkm'),
  f('bus', undefined, 100, 70, 'pkm'),
];

describe('co2FromKm', () => {
  it('multiplies km by the factor, per vehicle for cars and per passenger for PT', () => {
    const result = co2FromKm([{ mode: 'auto', fuel: 'benzine', km: 10_000 }, { mode: 'bus', km: 1000 }], factors);
    expect(result.co2Kg).toBeCloseTo(2000 + 100, 9);
    expect(co2FromKm([{ mode: 'bus', km: 1000 }], factors, 'ttw').co2Kg).toBeCloseTo(70, 9);
  });

  it('shares a carpool car between its people, and falls back to the unknown-fuel factor', () => {
    const result = co2FromKm([{ mode: 'carpool', fuel: 'benzine', km: 1000 }, { mode: 'auto', fuel: 'lpg', km: 1000 }], factors);
    expect(result.lines.map((l) => l.co2Kg)).toEqual([100, 190]);
    expect(en(result.assumptions)).toContain('carpool: 2 people per car');
    expect(result.assumptions.map((a) => renderText(a, 'nl'))).toContain('carpool: 2 personen per auto');
  });

  it('warns when no factor fits and counts that line as zero', () => {
    const result = co2FromKm([{ mode: 'speed pedelec', km: 500 }], factors);
    expect(result.co2Kg).toBe(0);
    expect(en(result.warnings)[0]).toMatch(/no CO2 factor for speed pedelec/);
  });
});

describe('wpmCommuting', () => {
  const km = [
    { mode: 'auto', fuel: 'benzine', km: 100_000 },
    { mode: 'auto', fuel: 'diesel', km: 50_000 },
    { mode: 'auto', fuel: 'hybride', km: 10_000 },
    { mode: 'auto', fuel: 'plug-in', km: 20_000 },
    { mode: 'auto', fuel: 'elektrisch', km: 30_000 },
    { mode: 'auto', km: 5000 },
    { mode: 'motor', km: 2000 },
    { mode: 'scooter', fuel: 'elektrisch', km: 1000 },
    { mode: 'fiets', km: 40_000 },
    { mode: 'e-bike', km: 20_000 },
    { mode: 'lopen', km: 1000 },
    { mode: 'trein', km: 60_000 },
    { mode: 'bus', km: 10_000 },
    { mode: 'onbekend', km: 3000 },
  ];
  const table = wpmCommuting(km, factors, { year: 2026, inScope: 2400, outOfScope: 600, outReasons: [{ reason: 'no-allowance', count: 600 }] });
  const carpool = wpmCommuting([{ mode: 'carpool', fuel: 'benzine', km: 1000 }, { mode: 'motor', km: 10 }, { mode: 'scooter', km: 10 }], factors, { year: 2026, inScope: 1, outOfScope: 0 });

  it('puts km in the RVO categories, in the order of the form', () => {
    expect(table.rows.map((r) => [r.id, r.km])).toEqual([
      ['car-petrol', 100_000],
      ['car-diesel', 50_000],
      ['car-hybrid', 30_000],
      ['car-electric', 30_000],
      ['car-other', 5000],
      ['moto-petrol', 2000],
      ['moto-electric', 1000],
      ['bike-walk', 61_000],
      ['public-transport', 70_000],
    ]);
    expect(table.totalKm).toBe(349_000);
    expect(table.unassignedKm).toBe(3000);
  });

  it('counts CO2 tank-to-wheel, so electric cars and trains are zero', () => {
    const co2 = Object.fromEntries(table.rows.map((r) => [r.id, r.co2TtwKg]));
    expect(co2['car-petrol']).toBeCloseTo(16_000, 9);
    expect(co2['car-hybrid']).toBeCloseTo(1200 + 1800, 9);
    expect(co2['car-electric']).toBe(0);
    expect(co2['public-transport']).toBeCloseTo(700, 9);
  });

  it('says who is in scope, what was assumed and that it is an estimate, in English', () => {
    const notes = en(table.notes).join('\n');
    expect(notes).toMatch(/An estimate of 2026/);
    expect(notes).toContain('2,400 in scope and 600 out');
    expect(notes).toContain('Out of scope: 600 employees without a travel allowance or PT pass.');
    expect(notes).toContain('3,000 km of employees whose mode is unknown have no category and are left out.');
    expect(en(table.assumptions)).toContain('motorcycles and mopeds of unknown fuel are counted as petrol');
  });

  it('says the same in Dutch, with Dutch numbers', () => {
    const notes = table.notes.map((n) => renderText(n, 'nl')).join('\n');
    expect(notes).toMatch(/Een schatting van 2026/);
    expect(notes).toContain('2.400 binnen en 600 buiten de rapportage');
    expect(notes).toContain('Buiten de rapportage: 600 medewerkers zonder reiskostenvergoeding of OV-kaart.');
    expect(notes).toContain('3.000 km van medewerkers met een onbekende vervoerwijze hebben geen categorie en zijn weggelaten.');
    expect(table.assumptions.map((a) => renderText(a, 'nl'))).toContain('motoren, scooters en bromfietsen met een onbekende brandstof tellen als benzine');
  });

  it('keeps the scope as figures beside the words', () => {
    expect(table.scope).toEqual({ year: 2026, inScope: 2400, outOfScope: 600, outReasons: [{ reason: 'no-allowance', count: 600 }] });
  });

  it('says each assumption once: carpool km, and one petrol guess for motorcycles and scooters alike', () => {
    const nl = carpool.assumptions.map((a) => renderText(a, 'nl'));
    expect(nl.filter((a) => a.startsWith('motoren, scooters'))).toHaveLength(1);
    expect(nl).toContain('carpoolkilometers zijn de eigen kilometers van elke medewerker; de CO2 wordt verdeeld over de mensen in de auto');
    expect(en(carpool.assumptions)).toContain('carpool kilometres are each employee’s own; the CO2 is shared by the people in the car');
    expect(table.assumptions.some((a) => a.key === 'carpool')).toBe(false);
  });
});
