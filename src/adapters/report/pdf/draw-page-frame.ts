import { artifact, type PdfContext } from './pdf-context.js';
import { drawText } from './draw-text.js';
import { inMargin } from './page-flow.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';

const headerY = 30;
const footerY = page.height - 40;

function drawFrame(ctx: PdfContext, index: number, count: number): void {
  const { doc, model } = ctx;
  drawText(ctx, model.title, page.left, headerY, { size: sizes.tiny, colour: colours.muted, width: contentWidth * 0.6, lineBreak: false, ellipsis: true });
  const part = ctx.pageParts[index] ?? '';
  if (part) drawText(ctx, part, page.left + contentWidth * 0.6, headerY, { size: sizes.tiny, bold: true, colour: colours.accent, width: contentWidth * 0.4, align: 'right', lineBreak: false });
  doc.moveTo(page.left, headerY + 12).lineTo(page.left + contentWidth, headerY + 12).lineWidth(0.5).stroke(colours.rule);
  doc.moveTo(page.left, footerY - 6).lineTo(page.left + contentWidth, footerY - 6).lineWidth(0.5).stroke(colours.rule);
  drawText(ctx, model.labels.confidentialityNote, page.left, footerY, { size: sizes.tiny, colour: colours.muted, width: contentWidth - 110 });
  const number = `${model.labels.page} ${index + 1} ${model.labels.of} ${count}`;
  drawText(ctx, number, page.left + contentWidth - 100, footerY, { size: sizes.tiny, colour: colours.muted, width: 100, align: 'right', lineBreak: false });
}

/**
 * The running header (report title, part) and footer (confidentiality note, 'pagina 3 van 12')
 * on every page but the cover; needs bufferPages so the total page count is known.
 */
export function drawPageFrames(ctx: PdfContext): void {
  const range = ctx.doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    ctx.doc.switchToPage(i);
    // Text in the margins must not make pdfkit start a new page.
    inMargin(ctx, () => artifact(ctx, () => drawFrame(ctx, i, range.count)));
  }
}
