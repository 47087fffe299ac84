import { z } from 'zod';
import { FUELS } from '../ingest/types.js';
import { EVIDENCE_LEVELS, SECTORS } from './types.js';

const text = () => z.string({ error: 'must be a text' }).min(1, { error: 'must not be empty' });
const localized = z.strictObject({ nl: text(), en: text() });
const evidence = z.enum(EVIDENCE_LEVELS, { error: `must be one of ${EVIDENCE_LEVELS.join(', ')}` });

/** A number with the evidence level and the source text behind it. */
const sourced = (max = Number.POSITIVE_INFINITY) =>
  z.strictObject({ value: z.number({ error: 'must be a number' }).min(0).max(max), evidence, source: text() });

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
const cost = z.strictObject({ level: z.enum(['low', 'medium', 'high']), euros: localized, source: text() });
const base = { id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case' }), title: localized, summary: localized, cost };

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
    /** Take participants from the scan's expected switchers instead, where known. */
    model: z.strictObject({ switchers: z.enum(['goDutch', 'ebike', 'pt']), evidence, source: text() }).optional(),
  }),
  effect: z.strictObject({
    toMode: z.enum(TO_MODES),
    /** Car trips per participant per working day moved (of two), in or out of the peak. */
    tripsMovedPerDay: sourced(2),
    /** Of the moved trips, the share still made by car outside the peak (no CO2 saved); default 0. */
    offPeakCarShare: sourced(1).optional(),
    /** g/km of the mode the moved km go to (train 19, e-bike 3.3); default 0. */
    replacementGramsPerKm: sourced().optional(),
    /** g/km of the cleaner car on the km still driven (electric 85 WTW). */
    cleanerCarGramsPerKm: sourced().optional(),
    /** Fixed kg CO2 a year per participant not tied to commuting km (a replaced flight). */
    co2KgPerParticipant: sourced().optional(),
  }),
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

/** Sentence templates with {placeholders}, per language. */
export const phrasesSchema = z.strictObject({
  groups: z.record(z.enum(groupRuleSchema.options.map((o) => o.shape.kind.value) as [GroupKind, ...GroupKind[]]), localized),
  range: localized,
  rangeOpen: localized,
  models: z.strictObject({ goDutch: localized, ebike: localized, pt: localized }),
  uptakeModel: localized,
  uptakeShare: localized,
  effect: localized,
  effectCo2Only: localized,
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
