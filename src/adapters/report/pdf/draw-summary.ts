import type { SummaryModel } from '../../../core/report/report-model.js';
import type { PdfContext } from './pdf-context.js';
import { drawTable } from './draw-table.js';
import { drawText, measureText } from './draw-text.js';
import { drawParagraph, keepTogether, newPage } from './page-flow.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';

const labelWidth = 118;

/** One statement: a bold lead word in the margin column, the sentence beside it. */
function drawPoint(ctx: PdfContext, label: string, text: string): void {
  const width = contentWidth - labelWidth;
  const style = { size: 10.5, width, lineGap: 2.5 };
  const labelStyle = { size: sizes.small + 0.5, bold: true, colour: colours.accent, width: labelWidth - 12 };
  // the point is one unit: its lead word (which may wrap to more lines than the sentence) and its sentence
  const height = Math.max(measureText(ctx, text, style), 1 + measureText(ctx, label, labelStyle));
  keepTogether(ctx, height + 12, Math.min(measureText(ctx, 'A\nA', style), height) + 12);
  const y = ctx.doc.y;
  drawText(ctx, label, page.left, y + 1, labelStyle);
  const end = Math.max(drawText(ctx, text, page.left + labelWidth, y, style), y + height);
  ctx.doc.y = end + 8;
  ctx.doc.moveTo(page.left, ctx.doc.y - 4).lineTo(page.left + contentWidth, ctx.doc.y - 4).lineWidth(0.4).stroke(colours.rule);
  ctx.doc.y += 4;
}

/** The summary page: where the member stands, the biggest lever, the top actions, the next step, estimate against count. */
export function drawSummary(ctx: PdfContext, summary: SummaryModel | null | undefined): void {
  if (!summary) return;
  newPage(ctx, summary.title);
  for (const point of summary.points) drawPoint(ctx, point.label, point.text);
  ctx.doc.y += 6;
  if (summary.actions) drawTable(ctx, summary.actions);
  if (summary.comparison) {
    drawTable(ctx, summary.comparison);
    if (summary.comparisonNote) {
      ctx.doc.y -= 6;
      drawParagraph(ctx, summary.comparisonNote, { size: sizes.small + 0.5, colour: colours.muted });
    }
  }
}
