import type { Fill, Font } from 'exceljs';
import { font } from './font.js';
import type { GoalStatus } from '../../../core/report/report-model.js';

/** Excel's own "good", "bad" and "neutral" cell colours, so the lights look familiar. */
const colours: Record<GoalStatus, { fill: string; font: string }> = {
  met: { fill: 'FFC6EFCE', font: 'FF006100' },
  'on-track': { fill: 'FFC6EFCE', font: 'FF006100' },
  behind: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  'no-data': { fill: 'FFD9D9D9', font: 'FF3F3F3F' },
};

/** The statuses in the order their traffic-light rules are listed. */
export const goalStatuses: GoalStatus[] = ['met', 'on-track', 'behind', 'no-data'];

/** The fill and font of a cell that shows a goal status (a solid fill: for ordinary cell styles). */
export function statusStyle(status: GoalStatus): { fill: Fill; font: Partial<Font> } {
  const colour = colours[status];
  return {
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: colour.fill } },
    font: font({ color: { argb: colour.font } }),
  };
}

/** The same colours as a conditional-format style (Excel reads a differential fill from bgColor). */
export function statusDifferentialStyle(status: GoalStatus): { fill: Fill; font: Partial<Font> } {
  const { fill, font } = colours[status];
  return {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } },
    font: { color: { argb: font } },
  };
}
