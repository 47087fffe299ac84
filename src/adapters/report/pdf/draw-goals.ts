import type { GoalLine } from '../../../core/report/report-model.js';
import type { PdfContext } from './pdf-context.js';
import { drawText, measureText, textWidth } from './draw-text.js';
import { drawSubheading, keepTogether } from './page-flow.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';
import { drawStatusSymbol } from './status-symbol.js';

const pillWidth = 86;
const textX = page.left + pillWidth + 12;
const textWidthPt = contentWidth - pillWidth - 12;

/** One line per goal: a status pill (colour, symbol and word), the goal and its phrase. */
export function drawGoals(ctx: PdfContext, title: string, goals: GoalLine[]): void {
  if (goals.length === 0) return;
  drawSubheading(ctx, title);
  const { doc } = ctx;
  for (const goal of goals) {
    const heading = `${goal.label}: ${goal.target}`;
    const height = measureText(ctx, heading, { bold: true, size: 10, width: textWidthPt }) + measureText(ctx, goal.phrase, { width: textWidthPt }) + 4;
    keepTogether(ctx, Math.max(height, 17) + 12);
    const y = doc.y;
    const colour = colours.status[goal.status];
    doc.roundedRect(page.left, y, pillWidth, 17, 8.5).fill(colour);
    drawStatusSymbol(ctx, goal.status, page.left + 7, y + 4, 9, colours.white);
    const size = textWidth(ctx, goal.statusText, { size: sizes.small, bold: true }) > pillWidth - 26 ? sizes.tiny : sizes.small;
    drawText(ctx, goal.statusText, page.left + 16, y + (17 - size) / 2 - 1, { size, bold: true, colour: colours.white, width: pillWidth - 20, align: 'center', lineBreak: false });
    const below = drawText(ctx, heading, textX, y + 1, { bold: true, size: 10, width: textWidthPt });
    const end = drawText(ctx, goal.phrase, textX, below + 2, { width: textWidthPt, colour: colours.muted });
    doc.y = Math.max(end, y + 17) + 8;
    doc.moveTo(page.left, doc.y - 4).lineTo(page.left + contentWidth, doc.y - 4).lineWidth(0.4).stroke(colours.rule);
    doc.y += 4;
  }
  doc.y += 8;
}
