import { z } from 'zod';
import { text } from '../i18n/index.js';
import { check, type Checked } from './checked.js';
import { emptyToNull, numberish, wrong, year } from './fields.js';
import { companyId } from './validate-company.js';
import { GOAL_BASES, GOAL_KINDS, type Goal } from './types.js';
import { validationMessages as m, type ValidationKey } from './validation-messages.js';

const targetPct = z.preprocess(
  numberish,
  z
    .number({ error: wrong('notPercentage') })
    .gt(0, { error: wrong('notAboveZero') })
    .max(100, { error: wrong('aboveHundred') }),
);

const goalSchema = z
  .object({
    companyId: z.preprocess(emptyToNull, companyId.nullable()),
    kind: z.enum(GOAL_KINDS, { error: wrong('notOneOf') }),
    targetPct,
    baselineYear: z.preprocess(emptyToNull, year.nullable()),
    targetYear: z.preprocess(emptyToNull, year.nullable()),
    basis: z.preprocess(
      (v) => v ?? 'absolute',
      z.enum(GOAL_BASES, { error: wrong('notOneOf') }),
    ),
  })
  .superRefine((goal, ctx) => {
    if (goal.kind === 'co2-reduction') {
      // A CO2 reduction means nothing without the year it is measured against and the year it is due.
      if (goal.baselineYear === null) ctx.addIssue({ code: 'custom', path: ['baselineYear'], message: 'requiredForCo2' satisfies ValidationKey });
      if (goal.targetYear === null) ctx.addIssue({ code: 'custom', path: ['targetYear'], message: 'requiredForCo2' satisfies ValidationKey });
      if (goal.basis !== 'absolute') ctx.addIssue({ code: 'custom', path: ['basis'], message: 'co2Absolute' satisfies ValidationKey });
    }
    if (goal.baselineYear !== null && goal.targetYear !== null && goal.targetYear <= goal.baselineYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetYear'],
        message: 'targetNotAfter' satisfies ValidationKey,
        params: { year: goal.targetYear, baseline: goal.baselineYear },
      });
    }
  });

/** Checks a goal; messages name the field ("goal target-pct: 150 is more than 100"). */
export function validateGoal(input: unknown): Checked<Goal> {
  return check(goalSchema, text(m, 'entityGoal'), input) as Checked<Goal>;
}
