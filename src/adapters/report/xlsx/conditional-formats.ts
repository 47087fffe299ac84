import type { DataBarRuleType, Worksheet } from 'exceljs';
import type { GoalStatus } from '../../../core/report/report-model.js';
import { goalStatuses, statusDifferentialStyle } from './status-style.js';

/** A light blue: solid bars this light keep the value on top of them readable. */
const barColour = 'FF9DC3E6';

/** A string as an Excel formula literal: quoted, with quotes doubled, so it can never become code. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Adds a data bar over a range of numbers, scaled from zero to the largest value (so the smallest
 * value still shows a bar in proportion).
 * Written in the Excel 2010 form (a plain rule plus its x14 extension), the form Excel itself
 * writes; exceljs's plain-only form leaves an empty extension reference behind.
 */
export function addDataBar(sheet: Worksheet, ref: string): void {
  // exceljs renders `color`, but its typings leave it out
  const rule: DataBarRuleType & { color: { argb: string } } = {
    type: 'dataBar',
    priority: 0, // 0: exceljs numbers the sheet's rules uniquely when it writes
    gradient: false,
    cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
    color: { argb: barColour },
  };
  sheet.addConditionalFormatting({ ref, rules: [rule] });
}

/**
 * Colours status cells: met and on-track bluish green, behind orange, no-data grey (status-style.ts).
 * A cell matches on the status code or on the word shown for it (`words`), ignoring case.
 */
export function addTrafficLight(sheet: Worksheet, ref: string, words: Readonly<Record<GoalStatus, string>>): void {
  const topLeft = ref.split(':')[0] ?? ref;
  const rules = goalStatuses.map((status) => {
    const texts = [...new Set([status, words[status]])];
    const tests = texts.map((text) => `TRIM(${topLeft})=${literal(text)}`);
    return {
      type: 'expression' as const,
      priority: 0,
      formulae: [tests.length === 1 ? tests[0] : `OR(${tests.join(',')})`],
      style: statusDifferentialStyle(status),
    };
  });
  sheet.addConditionalFormatting({ ref, rules });
}
