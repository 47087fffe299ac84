import { describe, expect, it } from 'vitest';
import { renderText, type Lang } from '../../../src/core/i18n/index.js';
import { validateGoal } from '../../../src/core/workspace/validate-goal.js';

const errorsOf = (input: unknown, lang: Lang = 'en') => {
  const checked = validateGoal(input);
  return checked.ok ? [] : checked.errors.map((e) => renderText(e, lang));
};

describe('validateGoal', () => {
  it('accepts a CO2 goal from flag strings and reads numbers from them', () => {
    expect(validateGoal({ companyId: 'asz', kind: 'co2-reduction', targetPct: '50', baselineYear: '2016', targetYear: '2030' })).toEqual({
      ok: true,
      value: { companyId: 'asz', kind: 'co2-reduction', targetPct: 50, baselineYear: 2016, targetYear: 2030, basis: 'absolute' },
    });
  });

  it('names the field of a percentage over 100', () => {
    expect(errorsOf({ companyId: null, kind: 'peak-avoidance', targetPct: 150 })).toEqual(['goal target-pct: 150 is more than 100']);
  });

  it('refuses 0% and text as a percentage', () => {
    expect(errorsOf({ kind: 'peak-avoidance', targetPct: 0 })).toEqual(['goal target-pct: 0 is not more than 0']);
    expect(errorsOf({ kind: 'peak-avoidance', targetPct: 'ten' })).toEqual(["goal target-pct: 'ten' is not a percentage"]);
  });

  it('refuses a target year before the baseline year', () => {
    expect(errorsOf({ kind: 'co2-reduction', targetPct: 50, baselineYear: 2030, targetYear: 2016 })).toEqual([
      'goal target-year: 2016 is not after the baseline year 2030',
    ]);
  });

  it('needs both years for a CO2 goal but not for a peak goal', () => {
    expect(errorsOf({ kind: 'co2-reduction', targetPct: 50 })).toEqual([
      'goal baseline-year: is required for a co2-reduction goal',
      'goal target-year: is required for a co2-reduction goal',
    ]);
    expect(errorsOf({ kind: 'peak-avoidance', targetPct: 10, basis: 'per-employee' })).toEqual([]);
  });

  it('names an unknown kind and a bad company id', () => {
    expect(errorsOf({ companyId: 'ASZ!', kind: 'speed', targetPct: 10 })).toEqual([
      "goal company-id: 'ASZ!' is not a valid id: use 2-24 lower-case letters, digits or '-', starting with a letter or digit",
      "goal kind: 'speed' is not one of peak-avoidance, co2-reduction",
    ]);
  });

  it('says it in Dutch by default: field names, years without a thousands dot', () => {
    expect(errorsOf({ kind: 'co2-reduction', targetPct: 150, baselineYear: 2030, targetYear: 2016 }, 'nl')).toEqual([
      'doel, doelpercentage (target-pct): 150 is meer dan 100',
      'doel, doeljaar (target-year): 2016 ligt niet na het basisjaar 2030',
    ]);
    expect(errorsOf({ kind: 'speed', targetPct: 10 }, 'nl')).toEqual(['doel, soort doel (kind): ‘speed’ is niet een van peak-avoidance, co2-reduction']);
  });
});
