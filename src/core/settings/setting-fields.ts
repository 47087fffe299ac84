import { z } from 'zod';

/**
 * Small zod building blocks whose messages read as the second half of
 * `bands[2].maxKm must be a number > 0`, so a bad settings file names the field and the rule.
 */

/** A number > 0. */
export const positive = () => z.number({ error: 'must be a number > 0' }).gt(0, { error: 'must be a number > 0' });

/** A number >= 0. */
export const nonNegative = () => z.number({ error: 'must be a number >= 0' }).gte(0, { error: 'must be a number >= 0' });

/** Any finite number (coefficients may be negative). */
export const finite = () => z.number({ error: 'must be a number' });

/** A share from 0 to 1. */
export const share = () =>
  z
    .number({ error: 'must be a number from 0 to 1' })
    .gte(0, { error: 'must be a number from 0 to 1' })
    .lte(1, { error: 'must be a number from 0 to 1' });

/** A clock time 'HH:MM' (24 hours). */
export const clock = () =>
  z.string({ error: 'must be a time HH:MM' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time HH:MM' });

/** A time window on one day, start before end. */
export const window = () =>
  z
    .strictObject({ start: clock(), end: clock() })
    .refine((w) => w.start < w.end, { error: 'must end after it starts', path: ['end'] });

export { clockMinutes } from './clock-minutes.js';
