import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUELS, MODES } from '../../../src/core/ingest/types.js';
import { co2KgPerYear, personFactor, ptKindOfOv } from '../../../src/core/scan/co2-kg-per-year.js';
import { inferMode } from '../../../src/core/scan/infer-mode.js';
import { loadDefaultSettings } from '../settings/load-defaults.js';

const s = loadDefaultSettings();

describe('inferMode', () => {
  it('keeps a given mode', () => {
    expect(inferMode({ mode: 'fiets', leaseCar: true }, 20, s.modeInference)).toEqual({ mode: 'fiets', rule: 'given' });
  });

  it('applies the stated rule in order: lease car, OV allowance, km allowance from 7.5 km', () => {
    expect(inferMode({ mode: 'onbekend', leaseCar: true, allowance: 'ov' }, 3, s.modeInference)).toEqual({ mode: 'auto', rule: 'leaseCar' });
    expect(inferMode({ mode: 'onbekend', allowance: 'ov' }, 30, s.modeInference)).toEqual({ mode: 'ov', rule: 'ovAllowance' });
    expect(inferMode({ mode: 'onbekend', allowance: 'km' }, 7.5, s.modeInference)).toEqual({ mode: 'auto', rule: 'kmAllowance' });
    expect(inferMode({ mode: 'onbekend', allowance: 'km' }, 7.4, s.modeInference)).toEqual({ mode: 'onbekend', rule: 'unknown' });
    expect(inferMode({ mode: 'onbekend', allowance: 'km' }, undefined, s.modeInference).rule).toBe('unknown');
  });

  it('infers nothing when switched off', () => {
    expect(inferMode({ mode: 'onbekend', leaseCar: true }, 20, { ...s.modeInference, enabled: false }).mode).toBe('onbekend');
  });
});

describe('CO2', () => {
  it('computes 2 x km x days x factor / occupants', () => {
    // 20 km, 214 days, petrol 195 g/vkm: 2 x 20 x 214 x 195 / 1000 = 1669.2 kg
    expect(co2KgPerYear(20, 214, personFactor('auto', 'benzine', s)!.gPerPersonKm)).toBeCloseTo(1669.2, 6);
    // the same trip as a carpool of 2 with unknown fuel: 190 / 2 = 95 g
    expect(personFactor('carpool', undefined, s)).toEqual({ key: 'auto:onbekend', gPerPersonKm: 95 });
    expect(personFactor('trein', undefined, s)!.gPerPersonKm).toBe(19);
  });

  it('counts motorcycles and mopeds from their fuel use (indicative), an electric scooter as an e-bike', () => {
    // 20 km/l and 50 km/l x 2.74 kg/l (WTW) and 2.269 kg/l (TTW), petrol E95
    expect(personFactor('motor', 'benzine', s)).toEqual({ key: 'motor', gPerPersonKm: 137 });
    expect(personFactor('motor', undefined, s)!.gPerPersonKm).toBe(137);
    expect(personFactor('scooter', 'onbekend', s)).toEqual({ key: 'scooter', gPerPersonKm: 55 });
    expect(personFactor('scooter', 'elektrisch', s)).toEqual({ key: 'scooter:elektrisch', gPerPersonKm: 3.3 });
    const ttw = { ...s, co2: { ...s.co2, basis: 'ttw' as const } };
    expect(personFactor('motor', 'benzine', ttw)!.gPerPersonKm).toBe(113);
    expect(personFactor('scooter', 'benzine', ttw)!.gPerPersonKm).toBe(45);
    for (const key of ['motor', 'scooter', 'scooter:elektrisch']) expect(s.co2.factors[key]!.indicative).toBe(true);
    expect(co2KgPerYear(10, 214, personFactor('scooter', undefined, s)!.gPerPersonKm)).toBeGreaterThan(0);
  });

  it("counts 'OV' of unknown kind as a bus under 7.5 km and as a train from 7.5 km", () => {
    expect(ptKindOfOv('ov', 3, s.co2.ovBusBelowKm)).toBe('bus');
    expect(ptKindOfOv('ov', 7.49, s.co2.ovBusBelowKm)).toBe('bus');
    expect(ptKindOfOv('ov', 7.5, s.co2.ovBusBelowKm)).toBe('trein');
    expect(ptKindOfOv('ov', 40, s.co2.ovBusBelowKm)).toBe('trein');
    expect(ptKindOfOv('bus', 40, s.co2.ovBusBelowKm)).toBe('bus'); // a given kind stays
    expect(personFactor('ov', undefined, s)).toBeUndefined(); // no table entry: never train by default
  });

  it('has no factor for an unknown mode, nor for an unknown TTW value', () => {
    expect(personFactor('onbekend', undefined, s)).toBeUndefined();
    const ttw = { ...s, co2: { ...s.co2, basis: 'ttw' as const } };
    expect(personFactor('auto', 'diesel', ttw)!.gPerPersonKm).toBe(149.1);
    const noTtw = { ...ttw, co2: { ...ttw.co2, factors: { ...ttw.co2.factors, 'auto:diesel': { ...ttw.co2.factors['auto:diesel']!, ttwGPerKm: null } } } };
    expect(personFactor('auto', 'diesel', noTtw)).toBeUndefined();
    expect(personFactor('auto', 'elektrisch', ttw)!.gPerPersonKm).toBe(0);
  });

  it('is never negative, whatever the inputs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MODES),
        fc.constantFrom(...FUELS),
        fc.double({ min: -100, max: 500, noNaN: true }),
        fc.double({ min: -10, max: 400, noNaN: true }),
        (mode, fuel, km, days) => {
          const f = personFactor(mode, fuel, s);
          return f === undefined || co2KgPerYear(km, days, f.gPerPersonKm) >= 0;
        },
      ),
    );
  });
});
