import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUELS, MODES } from '../../../src/core/ingest/types.js';
import { co2KgPerYear, personFactor } from '../../../src/core/scan/co2-kg-per-year.js';
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

  it('has no factor for motor, scooter and unknown, nor for an unknown TTW value', () => {
    expect(personFactor('motor', 'benzine', s)).toBeUndefined();
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
