import { z } from 'zod';
import { MODES } from '../ingest/types.js';
import { co2FactorSchema } from './co2-factor-schema.js';
import { clock, finite, issueKey as key, nonNegative, positive, share, window } from './setting-fields.js';

import { POTENTIAL_MODES, type PotentialMode } from './potential-modes.js';

export { POTENTIAL_MODES, type PotentialMode };

/** What a distance band puts in reach (docs/method.md, Potential). */
const band = z.strictObject({
  id: z.string({ error: key('text') }).min(1, { error: key('notEmpty') }),
  maxKm: positive().nullable(),
  modes: z.array(z.enum(POTENTIAL_MODES, { error: key('oneOf') })),
});

/** Coefficients of the PCT logit uptake model (Lovelace et al. 2017, doi:10.5198/jtlu.2016.862). */
export const pctCoefficientsSchema = z.strictObject({
  a: finite(), d1: finite(), d2: finite(), d3: finite(), h1: finite(), i1: finite(), i2: finite(),
  /** Subtracted from the gradient first (0.78 in the 2020 models, 0 in 2017). */
  gradientCentre: finite(),
});
export type PctCoefficients = z.infer<typeof pctCoefficientsSchema>;

const bands = z.array(band).min(1, { error: key('atLeastOneBand') }).superRefine((list, ctx) => {
  list.forEach((b, i) => {
    const last = i === list.length - 1;
    if (!last && b.maxKm === null) ctx.addIssue({ code: 'custom', path: [i, 'maxKm'], message: key('nullOnlyLastBand') });
    if (last && b.maxKm !== null) ctx.addIssue({ code: 'custom', path: [i, 'maxKm'], message: key('nullInLastBand') });
    const prev = list[i - 1]?.maxKm;
    if (i > 0 && b.maxKm !== null && prev != null && b.maxKm <= prev) ctx.addIssue({ code: 'custom', path: [i, 'maxKm'], message: key('largerThanBandBefore') });
  });
});

/** National mode shares by one-way distance, for employees whose mode is unknown (docs/method.md, Current mode). */
const modeEstimate = z
  .array(z.strictObject({ upToKm: positive().nullable(), shares: z.partialRecord(z.enum(MODES), share()) }))
  .min(1, { error: key('atLeastOneDistance') })
  .superRefine((list, ctx) => {
    list.forEach((row, i) => {
      const last = i === list.length - 1;
      if (last !== (row.upToKm === null)) ctx.addIssue({ code: 'custom', path: [i, 'upToKm'], message: key(last ? 'nullInLastRow' : 'nullOnlyLastRow') });
      const prev = list[i - 1]?.upToKm;
      if (i > 0 && row.upToKm !== null && prev != null && row.upToKm <= prev) ctx.addIssue({ code: 'custom', path: [i, 'upToKm'], message: key('largerThanRowBefore') });
      const total = Object.values(row.shares).reduce((a, b) => a + (b ?? 0), 0);
      if (Math.abs(total - 1) > 0.005) ctx.addIssue({ code: 'custom', path: [i, 'shares'], message: key('sharesAddUp'), params: { total: total.toFixed(3) } });
    });
  });

const speeds = z.array(z.strictObject({ upToKm: positive().nullable(), kmh: positive() })).min(1).refine((l) => l[l.length - 1]?.upToKm === null, {
  error: key('openStretch'),
});

/** The values of every scan setting (docs/method.md); defaults in data/settings/defaults.json. */
export const scanSettingValuesSchema = z
  .strictObject({
    bands,
    detourFactor: z.strictObject({ bike: positive(), car: positive() }),
    pct: z.strictObject({
      goDutch: pctCoefficientsSchema,
      ebike: pctCoefficientsSchema,
      goDutch2017: pctCoefficientsSchema,
      gradientPct: finite(),
      minDistanceKm: nonNegative(),
      maxDistanceKm: positive(),
    }),
    pt: z.strictObject({
      walkKmh: positive(), walkMaxKm: nonNegative(), bikeKmh: positive(), bikeExtraMinutes: nonNegative(),
      waitMinutes: nonNegative(), trainKmh: positive(), trainDetourFactor: positive(), maxAccessKm: positive(),
      minTrainKm: nonNegative(), directLineMaxKm: positive(), transferMinutes: nonNegative(),
      shareByFactor: z.array(z.strictObject({ factor: positive(), share: share() })).min(1, { error: key('atLeastOnePoint') })
        .refine((l) => l.every((p, i) => i === 0 || p.factor > l[i - 1]!.factor), { error: key('increasingFactor') })
        .refine((l) => l.every((p, i) => i === 0 || p.share <= l[i - 1]!.share), { error: key('notRising') }),
    }),
    car: z.strictObject({ speeds, parkMinutes: nonNegative() }),
    carpool: z.strictObject({
      minDistanceKm: nonNegative(), maxHomeDistanceKm: positive(), maxStartDifferenceMinutes: nonNegative(),
      maxGroupSize: z.number({ error: key('wholeAtLeast2') }).int({ error: key('wholeAtLeast2') }).gte(2, { error: key('wholeAtLeast2') }),
      uptake: share(), occupants: positive(),
    }),
    commuting: z.strictObject({
      daysPerYearFullWeek: positive(), fullWeekDays: positive(),
      liberationDay: z.enum(['every-year', 'lustrum', 'never'], { error: key('liberationDay') }),
    }),
    peak: z.strictObject({
      morning: window(), evening: window(),
      assumedShareWithoutStartTime: z.strictObject({ morning: share(), evening: share() }),
      workdayHours: positive(),
      shiftStarts: z.record(z.string(), clock()),
    }),
    modeInference: z.strictObject({
      enabled: z.boolean({ error: key('trueFalse') }),
      kmAllowanceCarMinKm: nonNegative(),
      estimateUnknown: z.boolean({ error: key('trueFalse') }),
    }),
    modeEstimate: modeEstimate,
    co2: z.strictObject({
      basis: z.enum(['wtw', 'ttw'], { error: key('wtwTtw') }),
      ptFactorKey: z.string({ error: key('text') }),
      ovBusBelowKm: nonNegative(),
      version: z.string({ error: key('text') }),
      factors: z.record(z.string(), co2FactorSchema),
    }),
    suppressionThreshold: z.number({ error: key('wholeAtLeast3') }).int({ error: key('wholeAtLeast3') }).gte(3, { error: key('wholeAtLeast3Privacy') }),
  })
  .refine((s) => s.co2.factors[s.co2.ptFactorKey] !== undefined, { error: key('namesCo2Factor'), path: ['co2', 'ptFactorKey'] });

/** The values of every scan setting. */
export type ScanSettingValues = z.infer<typeof scanSettingValuesSchema>;

/** Setting path ('pt.waitMinutes', 'bands') -> where its value comes from. */
export type SettingSources = Record<string, string>;

/** Validated settings together with the source of each value, so results can echo both. */
export type ScanSettings = ScanSettingValues & { sources: SettingSources };
