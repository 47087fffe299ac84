import { z } from 'zod';
import type { SettingsIssueKey } from './settings-issue-messages.js';

/**
 * Small zod building blocks whose errors (keys of the settings issue catalogue) read as the
 * second half of `bands[2].maxKm must be a number > 0`, so a bad settings file names the field
 * and the rule, in the reader's language.
 */
const key = (k: SettingsIssueKey) => k;

/** A number > 0. */
export const positive = () => z.number({ error: key('positive') }).gt(0, { error: key('positive') });

/** A number >= 0. */
export const nonNegative = () => z.number({ error: key('nonNegative') }).gte(0, { error: key('nonNegative') });

/** Any finite number (coefficients may be negative). */
export const finite = () => z.number({ error: key('finite') });

/** A share from 0 to 1. */
export const share = () =>
  z
    .number({ error: key('share') })
    .gte(0, { error: key('share') })
    .lte(1, { error: key('share') });

/** A clock time 'HH:MM' (24 hours). */
export const clock = () =>
  z.string({ error: key('clock') }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: key('clock') });

/** A time window on one day, start before end. */
export const window = () =>
  z
    .strictObject({ start: clock(), end: clock() })
    .refine((w) => w.start < w.end, { error: key('endAfterStart'), path: ['end'] });

export { clockMinutes } from './clock-minutes.js';
export { key as issueKey };
