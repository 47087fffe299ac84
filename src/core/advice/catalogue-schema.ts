import { z } from 'zod';
import { FUELS } from '../ingest/types.js';
import { issueKey as key } from '../settings/setting-fields.js';
import { EVIDENCE_LEVELS, SECTORS } from './types.js';

// Errors are keys of the settings issue catalogue, so an edited catalogue's problems read in the reader's language.
const text = () => z.string({ error: key('text') }).min(1, { error: key('notEmpty') });
/** Every text a reader sees exists in Dutch and English. */
const localized = z.strictObject({ nl: text(), en: text() });
const evidence = z.enum(EVIDENCE_LEVELS, { error: key('oneOf') });

/** A number with the evidence level and the source text behind it (the source is shown in reports). */
const sourced = (max = Number.POSITIVE_INFINITY) =>
  z.strictObject({ value: z.number({ error: key('finite') }).min(0).max(max), evidence, source: localized });

/** Which employees a measure concerns: a small declarative rule over AdviceInput fields. */
export const groupRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('carDistance'), fromKm: z.number().min(0), toKm: z.number().positive().nullable() }),
  z.strictObject({ kind: z.literal('goodPt') }),
  z.strictObject({ kind: z.literal('carpool') }),
  z.strictObject({ kind: z.literal('carInPeak') }),
  z.strictObject({ kind: z.literal('homeworkEligible') }),
  z.strictObject({ kind: z.literal('leaseCars'), fuels: z.array(z.enum(FUELS)).min(1) }),
  z.strictObject({ kind: z.literal('carCommuters') }),
  z.strictObject({ kind: z.literal('shortFlights') }),
]);
export type GroupRule = z.infer<typeof groupRuleSchema>;
export type GroupKind = GroupRule['kind'];

const TO_MODES = ['bike', 'e-bike', 'pt', 'carpool', 'off-peak-or-home', 'electric-car', 'train', 'mixed'] as const;
const cost = z.strictObject({ level: z.enum(['low', 'medium', 'high']), euros: localized, source: localized });
const base = { id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: key('kebabCase') }), title: localized, summary: localized, cost };

/**
 * What a measure does to car trips, in the unit its public figure is expressed in; at most one of
 * the three trip figures, so the peak share is applied exactly once (docs/method.md, Advice):
 * - peakAvoidancesPerParticipantPerDay: already peak car trips avoided per participant per working
 *   day (the reward projects' unit): used as it is;
 * - carTripsMovedPerCommutingDay: of a participant's 2 car trips a commuting day, how many move; the
 *   scan's own peak car trips per car commuter per working day turn it into avoidances;
 * - shareOfPeakCarTrips: a rate per peak car trip, applied to the scan's peak car trips per working day.
 */
const effectSchema = z
  .strictObject({
    toMode: z.enum(TO_MODES),
    peakAvoidancesPerParticipantPerDay: sourced(2).optional(),
    carTripsMovedPerCommutingDay: sourced(2).optional(),
    shareOfPeakCarTrips: sourced(1).optional(),
    /** Of the avoided trips, the share still made by car outside the peak (no CO2 saved); default 0. */
    offPeakCarShare: sourced(1).optional(),
    /** g/km of the mode the moved km go to (train 19, e-bike 3.3); default 0. */
    replacementGramsPerKm: sourced().optional(),
    /** g/km of the cleaner car on the km still driven (electric 85 WTW). */
    cleanerCarGramsPerKm: sourced().optional(),
    /** Fixed kg CO2 a year per participant not tied to commuting km (a replaced flight). */
    co2KgPerParticipant: sourced().optional(),
  })
  .refine((e) => [e.peakAvoidancesPerParticipantPerDay, e.carTripsMovedPerCommutingDay, e.shareOfPeakCarTrips].filter((x) => x !== undefined).length <= 1, {
    error: key('atMostOneEffect'),
  });

/** A measure that runs for a while (a trial month), with what is known about what lasts after it. */
const oneOffSchema = z.strictObject({
  durationWorkingDays: sourced(),
  /** What is known about retention, in words for the reader. */
  retention: localized,
  /** Share of the effect that lasts after the period, where a public figure exists; else nothing lasting is counted. */
  retainedShare: sourced(1).optional(),
  /** The period in a sentence: "de proefmaand" / "the trial month". */
  period: localized,
});

/** A measure with an effect of its own, sized by sizeMeasure(). */
export const directMeasureSchema = z.strictObject({
  ...base,
  kind: z.literal('direct'),
  /** The measure inside a sentence: "met een e-bike-proefpool" / "with an e-bike trial pool". */
  inSentence: localized,
  group: groupRuleSchema,
  uptake: z.strictObject({
    /** Share of the group taking part; used when the model figure is absent. */
    share: sourced(1),
    /** Take participants from the scan's scenario switchers instead, where known. */
    model: z.strictObject({ switchers: z.enum(['goDutch', 'ebike', 'pt']), evidence, source: localized }).optional(),
  }),
  effect: effectSchema,
  oneOff: oneOffSchema.optional(),
  seenAt: z.array(z.strictObject({ sector: z.enum(SECTORS), example: localized })).optional(),
});
export type DirectMeasure = z.infer<typeof directMeasureSchema>;

/** A measure without an effect of its own: it helps the measures it supports. */
export const supportingMeasureSchema = z.strictObject({
  ...base,
  kind: z.literal('supporting'),
  supports: z.array(text()).min(1),
});
export type SupportingMeasure = z.infer<typeof supportingMeasureSchema>;

const GROUP_KINDS = groupRuleSchema.options.map((o) => o.shape.kind.value) as [GroupKind, ...GroupKind[]];

/** Sentence templates with {placeholders}, per language. */
export const phrasesSchema = z.strictObject({
  groups: z.record(z.enum(GROUP_KINDS), localized),
  /** Short names of the groups for tables: "autoforenzen {range}". */
  groupLabels: z.record(z.enum(GROUP_KINDS), localized),
  fuels: z.record(z.enum(FUELS), localized),
  range: localized,
  rangeOpen: localized,
  models: z.strictObject({ goDutch: localized, ebike: localized, pt: localized }),
  uptakeModel: localized,
  uptakeShare: localized,
  effect: localized,
  effectCo2Only: localized,
  effectRate: localized,
  effectOneOff: localized,
  effectOneOffLasting: localized,
  peakGap: localized,
  co2Gap: localized,
  groupEstimated: localized,
  seenAt: localized,
  supportedBy: localized,
  thinWarning: localized,
  thinUptake: localized,
  thinEffect: localized,
  and: localized,
  notAdditive: localized,
  packageEffect: localized,
  packageSingle: localized,
  carFactor: localized,
  carFactorDefault: localized,
  running: localized,
  runningCounts: localized,
  runningCountsNoBefore: localized,
  runningNoCounts: localized,
  runningStrengthen: localized,
});
export type Phrases = z.infer<typeof phrasesSchema>;

/** The file templates/advice/measures.json. */
export const catalogueSchema = z.strictObject({
  $comment: z.string().optional(),
  version: text(),
  phrases: phrasesSchema,
  measures: z.array(z.discriminatedUnion('kind', [directMeasureSchema, supportingMeasureSchema])).min(1),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
export type Measure = Catalogue['measures'][number];
