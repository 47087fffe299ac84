import type { Fill, Font } from 'exceljs';
import { font } from './font.js';
import type { GoalStatus } from '../../../core/report/report-model.js';

/**
 * Light fills with dark text in the PDF's status hues (Okabe-Ito bluish green and vermillion), not
 * Excel's red and green, which colour-blind readers cannot tell apart; the cell also holds the
 * status word, so the colour is never the only sign.
 */
export const statusColours: Readonly<Record<GoalStatus, { fill: string; font: string }>> = {
  met: { fill: 'FFBDE4DA', font: 'FF005A45' },
  'on-track': { fill: 'FFBDE4DA', font: 'FF005A45' },
  behind: { fill: 'FFFDD0AE', font: 'FF8F3300' },
  'no-data': { fill: 'FFE4E4E4', font: 'FF3F3F3F' },
};

/** The statuses in the order their traffic-light rules are listed. */
export const goalStatuses: GoalStatus[] = ['met', 'on-track', 'behind', 'no-data'];

/** The fill and font of a cell that shows a goal status (a solid fill: for ordinary cell styles). */
export function statusStyle(status: GoalStatus): { fill: Fill; font: Partial<Font> } {
  const colour = statusColours[status];
  return {
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: colour.fill } },
    font: font({ color: { argb: colour.font } }),
  };
}

/** The same colours as a conditional-format style (Excel reads a differential fill from bgColor). */
export function statusDifferentialStyle(status: GoalStatus): { fill: Fill; font: Partial<Font> } {
  const { fill, font } = statusColours[status];
  return {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } },
    font: { color: { argb: font } },
  };
}
