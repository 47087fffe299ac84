import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/core/i18n/index.js';
import { reportTexts } from '../../../src/core/report/report-texts.js';
import { co2Missing, co2Notes, peakNotes } from '../../../src/core/report/tracking-parts.js';
import { co2Progress } from '../../../src/core/track/co2-progress.js';
import { peakProgress } from '../../../src/core/track/peak-progress.js';

/** Weekday counts from 2026-01-05 on, a few days a month: every month after the baseline is too thin. */
const counts = ['2026-01-05', '2026-01-06', '2026-02-02', '2026-03-02'].map((date) => ({ date, morning: 100, evening: 90 }));
const peak = peakProgress({
  counts,
  registrations: [],
  baseline: { source: 'measured', from: '2025-10-01', to: '2025-10-31', morningPerDay: 120, eveningPerDay: 100, totalPerDay: 220, flagged: 'too-few-days', headcount: null },
  headcounts: [],
  goal: { targetPct: 10, targetYear: 2026, basis: 'absolute', scope: 'company' },
  measures: [],
  unit: 'month',
  minWorkingDays: 10,
});

describe('the tracking notes of a report', () => {
  it('says how many periods are left out, from the figure the core carries, in Dutch and English', () => {
    expect(peakNotes(peak, reportTexts('nl'))).toEqual([
      'De nulmeting rust op te weinig werkdagen.',
      '3 perioden hebben te weinig werkdagen; ze staan in de tabel maar tellen niet mee voor het doel.',
    ]);
    expect(peakNotes(peak, reportTexts('en'))).toEqual([
      'The baseline rests on too few working days.',
      '3 periods have too few working days; shown in the table but left out of the goal.',
    ]);
  });

  it('names the base year without CO2, and never a command', () => {
    const co2 = co2Progress([{ year: 2024, co2Kg: 150_000, source: 'typed', basis: 'wtw' }, { year: 2025, co2Kg: 140_000, source: 'scan', basis: 'ttw' }], { targetPct: 50, baselineYear: 2016, targetYear: 2030, scope: 'company' });
    expect(co2Missing(co2, reportTexts('nl'))).toBe('Er is nog geen CO2-cijfer voor het basisjaar 2016; vul de kilometers van dat jaar aan of maak een scan van dat jaar.');
    expect(co2Missing(co2, reportTexts('en'))).toContain('for the base year 2016');
    expect(co2Notes(co2, reportTexts('nl'))).toEqual(['De jaren mengen CO2 van bron tot wiel (WTW) en van tank tot wiel (TTW); vergelijk ze met zorg.']);
    // the terminal says the same with the command that helps, in its own language
    expect(renderText(co2.missing!, 'nl')).toMatch(/^geen CO2 voor het basisjaar 2016: typ het in met npx mobiscan track co2 --year 2016/);
    expect(renderText(co2.missing!, 'en')).toMatch(/^no CO2 for the baseline year 2016: type it with npx mobiscan track co2 --year 2016/);
  });

  it('tells a goal without years from no goal at all', () => {
    expect(co2Missing(co2Progress([], { targetPct: 50, baselineYear: null, targetYear: 2030, scope: 'company' }), reportTexts('nl'))).toBe('Het CO2-doel heeft nog geen basisjaar of doeljaar.');
    expect(co2Missing(co2Progress([], undefined), reportTexts('nl'))).toBe('Nog geen CO2-doel vastgelegd. Leg een CO2-doel vast om de voortgang te volgen.');
  });
});
