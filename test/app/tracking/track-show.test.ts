import { renderText } from '../../../src/core/i18n/index.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { runMeasureAdd } from '../../../src/app/tracking/measure-actions.js';
import { runTrackBaseline, runTrackHeadcount } from '../../../src/app/tracking/track-baseline.js';
import { runTrackCo2 } from '../../../src/app/tracking/track-co2.js';
import { runTrackImport } from '../../../src/app/tracking/track-import.js';
import { runTrackShow } from '../../../src/app/tracking/track-show.js';
import type { CompanyProgress } from '../../../src/app/company-progress.js';
import { runGoalSet } from '../../../src/app/workspace/goal-actions.js';
import { UsageError } from '../../../src/core/errors.js';
import { fakeContext, tempDir } from '../workspace/fake-context.js';
import { dailyCountsCsv, trackingWorkspace, writeInto } from './tracking-fixture.js';

// Written in English: the language layer's Dutch default is tested in cli-language and the *-dutch tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

let dir: string;
const show = async (flags: { by?: string } = {}) => {
  const { ctx, printed } = fakeContext(dir, { json: true });
  await runTrackShow(ctx, { company: 'asz', ...flags });
  return { progress: printed.results[0] as CompanyProgress, text: printed.text[0]! };
};

/** The public case (METHOD.md 5): baseline about 1,800 peak trips a day, now 1,620: 180 avoided, 10%. */
beforeEach(async () => {
  dir = await trackingWorkspace([{ id: 'asz', headcount: 3000 }]);
  const counts = dailyCountsCsv([
    { from: '2025-10-01', to: '2025-12-31', morning: 1000, evening: 800 },
    { from: '2026-01-01', to: '2026-03-31', morning: 900, evening: 720 },
    { from: '2026-04-01', to: '2026-04-03', morning: 880, evening: 700 }, // a partial quarter: flagged
  ]);
  await runTrackImport(fakeContext(dir).ctx, writeInto(tempDir(), 'tellingen.csv', counts), { company: 'asz', kind: 'counts' });
  await runGoalSet(fakeContext(dir).ctx, { company: 'asz', kind: 'peak-avoidance', targetPct: '10', targetYear: '2027' });
});

describe('track baseline and show: the public case', () => {
  it('measures the baseline over the reference period and judges the goal met at 180 avoided, 10.0%', async () => {
    const { ctx, printed } = fakeContext(dir);
    await runTrackBaseline(ctx, { company: 'asz', from: '2025-10-01', to: '2025-12-31' });
    expect(printed.text[0]).toMatch(/^baseline of asz set: 1,800\.0 peak car trips per working day \(morning 1,000\.0, evening 800\.0\), measured 2025-10-01 to 2025-12-31 on \d+ of \d+ working days/);
    const { progress, text } = await show();
    const q1 = progress.peak.periods.find((p) => p.label === '2026-Q1')!;
    expect(q1.totalPerDay).toBe(1620);
    expect(q1.avoidedPerDay).toBe(180);
    expect(q1.share).toBeCloseTo(0.1, 12);
    expect(progress.peak.periods.find((p) => p.label === '2025-Q4')!.inBaseline).toBe(true);
    expect(progress.peak.periods.find((p) => p.label === '2026-Q2')!.flagged).toBe('too-few-days');
    expect(progress.peak.goal?.result).toMatchObject({ status: 'met', phrase: 'met: 10.0% in 2026-Q1 (goal 10%)' });
    expect(text).toContain('Q2 2026');
    expect(text).toContain('! too few working days with data');
  });

  it('takes a typed baseline and shows per-employee figures once headcounts are known', async () => {
    await runTrackBaseline(fakeContext(dir).ctx, { company: 'asz', morning: '1000', evening: '800', headcount: '3000' });
    await runTrackHeadcount(fakeContext(dir).ctx, { company: 'asz', from: '2026-01-01', headcount: '3300' });
    const q1 = (await show()).progress.peak.periods.find((p) => p.label === '2026-Q1')!;
    expect(q1.headcount).toBe(3300);
    // per head: 1800/3000 = 0.6 before, 1620/3300 now
    expect(q1.sharePerHead).toBeCloseTo((0.6 - 1620 / 3300) / 0.6, 12);
    expect(q1.tripsPer100Employees).toBeCloseTo(1620 / 33, 12);
  });

  it('says behind with a projection when the share is short of the goal', async () => {
    await runGoalSet(fakeContext(dir).ctx, { company: 'asz', kind: 'peak-avoidance', targetPct: '50', targetYear: '2026' });
    await runTrackBaseline(fakeContext(dir).ctx, { company: 'asz', from: '2025-10-01', to: '2025-12-31' });
    const { progress } = await show();
    // from 0% at the baseline's end (2025-12-31) to 10% at 2026-03-31: about 40% by the end of 2026
    expect(progress.peak.goal?.result.status).toBe('behind');
    expect(progress.peak.goal?.result.phrase).toMatch(/^behind, expected 4\d\.\d% by 2026-12-31 \(goal 50%\)$/);
  });

  it('refuses a baseline mixing typed and measured, or a period without counts', async () => {
    await expect(runTrackBaseline(fakeContext(dir).ctx, { company: 'asz', from: '2025-10-01', to: '2025-12-31', morning: '5' })).rejects.toThrow(UsageError);
    await expect(runTrackBaseline(fakeContext(dir).ctx, { company: 'asz', from: '2024-01-01', to: '2024-03-31' })).rejects.toThrow('no peak counts for asz between 2024-01-01 and 2024-03-31');
    await expect(runTrackShow(fakeContext(dir).ctx, { company: 'asz', by: 'week' })).rejects.toThrow("--by: 'week' is not month or quarter");
  });

  it('lists measures in the period they started in, so the table shows what came after what', async () => {
    await runTrackBaseline(fakeContext(dir).ctx, { company: 'asz', from: '2025-10-01', to: '2025-12-31' });
    const { ctx, printed } = fakeContext(dir);
    await runMeasureAdd(ctx, { company: 'asz', measure: 'ebike-trial-pool', start: '2026-01-15', note: '40 e-bikes' });
    await runMeasureAdd(ctx, { company: 'asz', measure: 'ebike-trial-pool', start: '2026-01-15' });
    expect(printed.text).toEqual(['recorded for asz: ebike-trial-pool from 2026-01-15', 'already recorded for asz: ebike-trial-pool from 2026-01-15; nothing changed']);
    const { progress, text } = await show();
    expect(progress.peak.periods.find((p) => p.label === '2026-Q1')!.measuresStarted).toEqual(['ebike-trial-pool']);
    expect(text).toMatch(/^Q1 2026 +2026-01-15 +E-bike trial pool \(40 e-bikes\)$/m);
    expect(text).not.toContain('ebike-trial-pool');
  });
});

describe('track co2 and show: CO2 against the trajectory', () => {
  const km = (car: string) => `modaliteit;brandstof;km\nauto;benzine;${car}\nfiets;;200.000\ntrein;;50000\n`;

  it('computes a typed year from km per mode and judges it against the straight line to the target', async () => {
    await runGoalSet(fakeContext(dir).ctx, { company: 'asz', kind: 'co2-reduction', targetPct: '50', baselineYear: '2016', targetYear: '2030' });
    const { ctx, printed } = fakeContext(dir);
    await runTrackCo2(ctx, { company: 'asz', year: '2016', kmFile: writeInto(tempDir(), 'km2016.csv', km('1.000.000')) });
    // 1,000,000 car km x 195 g + 200,000 bike km x 0 + 50,000 train km x 19 g (WTW)
    expect(printed.text[0]).toContain('CO2 of asz in 2016: 195,950 kg (well-to-wheel)');
    await runTrackCo2(fakeContext(dir).ctx, { company: 'asz', year: '2024', kmFile: writeInto(tempDir(), 'km2024.csv', km('600000')) });
    const { progress, text } = await show();
    expect(progress.co2.years.map((y) => [y.year, y.source])).toEqual([[2016, 'typed'], [2024, 'typed']]);
    expect(progress.co2.goal?.result.status).toBe('on-track');
    expect(text).toMatch(/CO2 goal \(company\): ON TRACK: expected -\d+% in 2030 \(goal -50% in 2030\)/);
  });

  it('says what is missing when the baseline year has no CO2', async () => {
    await runGoalSet(fakeContext(dir).ctx, { company: 'asz', kind: 'co2-reduction', targetPct: '50', baselineYear: '2016', targetYear: '2030' });
    await runTrackCo2(fakeContext(dir).ctx, { company: 'asz', year: '2024', kmFile: writeInto(tempDir(), 'km.csv', km('600000')) });
    const { progress, text: shown } = await show();
    expect(progress.co2.missing && renderText(progress.co2.missing, 'en')).toMatch(/^no CO2 for the baseline year 2016: type it with npx mobiscan track co2 --year 2016/);
    expect(shown).toContain('no CO2 for the baseline year 2016');
  });
});
