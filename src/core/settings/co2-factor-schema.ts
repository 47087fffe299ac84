import { z } from 'zod';
import { FUELS, MODES } from '../ingest/types.js';
import { nonNegative } from './setting-fields.js';

const gramsOrUnknown = () => nonNegative().nullable();

/** One CO2 factor: grams per km for a mode (and, for cars, a fuel), with its source (docs/method.md, CO2). */
export const co2FactorSchema = z.strictObject({
  mode: z.enum(MODES, { error: `must be one of ${MODES.join(', ')}` }),
  fuel: z.enum(FUELS, { error: `must be one of ${FUELS.join(', ')}` }).optional(),
  wtwGPerKm: gramsOrUnknown(),
  ttwGPerKm: gramsOrUnknown(),
  unit: z.enum(['vkm', 'pkm'], { error: "must be 'vkm' (per vehicle-km) or 'pkm' (per passenger-km)" }),
  year: z.number({ error: 'must be a year or null' }).int().nullable(),
  indicative: z.boolean({ error: 'must be true or false' }),
  source: z.string({ error: 'must be a text' }).min(1, { error: 'must not be empty' }),
});
export type Co2Factor = z.infer<typeof co2FactorSchema>;

/** The versioned factor table file, data/settings/co2-factors.json. */
export const co2FactorFileSchema = z.object({
  version: z.string({ error: 'must be a text' }),
  factors: z.record(z.string(), co2FactorSchema),
});
export type Co2FactorFile = z.infer<typeof co2FactorFileSchema>;
