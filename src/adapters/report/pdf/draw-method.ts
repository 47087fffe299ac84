import type { PdfContext } from './pdf-context.js';
import { drawText, measureText } from './draw-text.js';
import { drawTable } from './draw-table.js';
import { drawParagraph, drawSubheading, ensureSpace, newPage } from './page-flow.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';

function drawList(ctx: PdfContext, items: string[]): void {
  const style = { size: sizes.small + 0.5, width: contentWidth - 14, lineGap: 2 };
  for (const item of items) {
    ensureSpace(ctx, measureText(ctx, item, style) + 4);
    const y = ctx.doc.y;
    ctx.doc.circle(page.left + 4, y + 4.5, 1.6).fill(colours.accent);
    ctx.doc.y = drawText(ctx, item, page.left + 14, y, style) + 4;
  }
  ctx.doc.y += 8;
}

/** The method appendix: intro, every setting with its source, data quality, attributions, notes. */
export function drawMethod(ctx: PdfContext): void {
  const { method, labels } = ctx.model;
  newPage(ctx, labels.method);
  for (const paragraph of method.intro) drawParagraph(ctx, paragraph);
  ctx.doc.y += 4;
  // The method in words; the full settings table is in the workbook (a reader of the PDF needs no coefficients).
  for (const part of method.parts ?? []) {
    drawSubheading(ctx, part.title, 40);
    for (const paragraph of part.paragraphs) drawParagraph(ctx, paragraph);
    ctx.doc.y += 4;
  }
  if (!method.parts) drawTable(ctx, method.settings);
  drawTable(ctx, method.dataQuality);
  if (method.attributions.length > 0) {
    drawSubheading(ctx, ctx.model.labels.attributions, 30);
    drawList(ctx, method.attributions);
  }
  if (method.notes.length > 0) {
    drawSubheading(ctx, ctx.model.labels.notes, 30);
    drawList(ctx, method.notes);
  }
}
