import { renderText, type Text } from '../../../src/core/i18n/index.js';
/** What an English reader sees. */
const en = (texts: readonly (string | Text)[]) => texts.map((t) => renderText(t, 'en'));
import { describe, expect, it } from 'vitest';
import { apportionUnknownOv } from '../../../src/core/track/apportion-unknown-ov.js';
import { co2FromKm, type Co2Factor } from '../../../src/core/track/co2-from-km.js';

const factor = (mode: string, wtw: number): Co2Factor => ({ mode, gPerKmWtw: wtw, gPerKmTtw: wtw, unit: 'pkm', source: 'test', year: 2026 });
const factors = [factor('trein', 19), factor('bus', 104), factor('tram/metro', 0), factor('fiets', 0)];

describe('OV of unknown kind in yearly km', () => {
  it('splits over the known OV kinds of the same table, keeping every km', () => {
    const { lines, rule } = apportionUnknownOv([
      { mode: 'trein', km: 900 },
      { mode: 'bus', km: 100 },
      { mode: 'ov', km: 500 },
      { mode: 'fiets', km: 40 },
    ]);
    expect(rule).toBe('own-mix');
    expect(lines.find((l) => l.mode === 'ov')).toBeUndefined();
    expect(lines.filter((l) => l.mode === 'trein').reduce((s, l) => s + l.km, 0)).toBeCloseTo(900 + 450);
    expect(lines.filter((l) => l.mode === 'bus').reduce((s, l) => s + l.km, 0)).toBeCloseTo(100 + 50);
    expect(lines.reduce((s, l) => s + l.km, 0)).toBeCloseTo(1540);
  });

  it('counts as bus when the table has no known OV km, never as 0 kg', () => {
    const result = co2FromKm([{ mode: 'ov', km: 1000 }, { mode: 'fiets', km: 10 }], factors);
    expect(result.warnings).toEqual([]);
    expect(result.co2Kg).toBeCloseTo(104);
    expect(en(result.assumptions).join(' ')).toMatch(/bus/);
    expect(renderText(result.assumptions[0]!, 'nl')).toMatch(/geteld als bus/);
  });

  it('gives CO2 for OV km in the mix of the member: 500 km at 90% train and 10% bus', () => {
    const result = co2FromKm([{ mode: 'trein', km: 900 }, { mode: 'bus', km: 100 }, { mode: 'ov', km: 500 }], factors);
    expect(result.warnings).toEqual([]);
    expect(result.co2Kg).toBeCloseTo((1350 * 19 + 150 * 104) / 1000);
  });

  it('leaves a table without OV of unknown kind as it is', () => {
    const input = [{ mode: 'trein', km: 5 }];
    expect(apportionUnknownOv(input)).toEqual({ lines: input, rule: null });
  });
});
