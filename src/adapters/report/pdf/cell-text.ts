import type { Cell, GoalStatus, ValueFormat } from '../../../core/report/report-model.js';
import { formatValue } from '../../../core/report/format-value.js';
import type { PdfContext } from './pdf-context.js';

/** One value as the reader sees it: formatValue, with the model's labels for missing and suppressed (and a table column's share decimals). */
export function cellText(ctx: PdfContext, value: Cell, format: ValueFormat, shareDigits?: 0 | 1): string {
  if (value === null) return ctx.model.labels.notAvailable;
  return formatValue(value, format, ctx.model.lang, ctx.model.labels.suppressed, shareDigits);
}

const statuses: readonly string[] = ['met', 'on-track', 'behind', 'no-data'];

/** Whether a text cell holds a goal status code ('met', 'behind', ...). */
export function isGoalStatus(value: Cell): value is GoalStatus {
  return typeof value === 'string' && statuses.includes(value);
}
