import { z } from 'zod';
import { check, type Checked } from './checked.js';
import { emptyToNull, numberish, wrong, year } from './fields.js';
import { companyId } from './validate-company.js';
import { GOAL_BASES, GOAL_KINDS, type Goal } from './types.js';

const targetPct = z.preprocess(
  numberish,
  z
    .number({ error: wrong((value) => `${value} is not a percentage`) })
    .gt(0, { error: wrong((value) => `${value} is not more than 0`) })
    .max(100, { error: wrong((value) => `${value} is more than 100`) }),
);

const goalSchema = z
  .object({
    companyId: z.preprocess(emptyToNull, companyId.nullable()),
    kind: z.enum(GOAL_KINDS, { error: wrong((value) => `${value} is not one of ${GOAL_KINDS.join(', ')}`) }),
    targetPct,
    baselineYear: z.preprocess(emptyToNull, year.nullable()),
    targetYear: z.preprocess(emptyToNull, year.nullable()),
    basis: z.preprocess(
      (v) => v ?? 'absolute',
      z.enum(GOAL_BASES, { error: wrong((value) => `${value} is not one of ${GOAL_BASES.join(', ')}`) }),
    ),
  })
  .superRefine((goal, ctx) => {
    if (goal.kind === 'co2-reduction') {
      // A CO2 reduction means nothing without the year it is measured against and the year it is due.
      if (goal.baselineYear === null) ctx.addIssue({ code: 'custom', path: ['baselineYear'], message: 'is required for a co2-reduction goal' });
      if (goal.targetYear === null) ctx.addIssue({ code: 'custom', path: ['targetYear'], message: 'is required for a co2-reduction goal' });
      if (goal.basis !== 'absolute') ctx.addIssue({ code: 'custom', path: ['basis'], message: 'a co2-reduction goal is always absolute' });
    }
    if (goal.baselineYear !== null && goal.targetYear !== null && goal.targetYear <= goal.baselineYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetYear'],
        message: `${goal.targetYear} is not after the baseline year ${goal.baselineYear}`,
      });
    }
  });

/** Checks a goal; messages name the field ("goal target-pct: 150 is more than 100"). */
export function validateGoal(input: unknown): Checked<Goal> {
  return check(goalSchema, 'goal', input) as Checked<Goal>;
}
