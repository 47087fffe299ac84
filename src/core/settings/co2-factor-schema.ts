import { z } from 'zod';
import { FUELS, MODES } from '../ingest/types.js';
import { issueKey as key, nonNegative } from './setting-fields.js';

const gramsOrUnknown = () => nonNegative().nullable();

/** One CO2 factor: grams per km for a mode (and, for cars, a fuel), with its source (docs/method.md, CO2). */
export const co2FactorSchema = z.strictObject({
  mode: z.enum(MODES, { error: key('oneOf') }),
  fuel: z.enum(FUELS, { error: key('oneOf') }).optional(),
  wtwGPerKm: gramsOrUnknown(),
  ttwGPerKm: gramsOrUnknown(),
  unit: z.enum(['vkm', 'pkm'], { error: key('vkmPkm') }),
  year: z.number({ error: key('yearOrNull') }).int().nullable(),
  indicative: z.boolean({ error: key('trueFalse') }),
  source: z.string({ error: key('text') }).min(1, { error: key('notEmpty') }),
});
export type Co2Factor = z.infer<typeof co2FactorSchema>;

/** The versioned factor table file, data/settings/co2-factors.json. */
export const co2FactorFileSchema = z.object({
  version: z.string({ error: key('text') }),
  factors: z.record(z.string(), co2FactorSchema),
});
export type Co2FactorFile = z.infer<typeof co2FactorFileSchema>;
