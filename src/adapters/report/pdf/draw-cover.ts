import { formatDate } from '../../../core/report/format-value.js';
import { artifact, within, type PdfContext } from './pdf-context.js';
import { drawText } from './draw-text.js';
import { inMargin } from './page-flow.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';

/** Where the contents list starts on the cover; drawContents fills it in at the end. */
export const contentsTop = 440;
const bandHeight = 330;

/** The cover: a calm colour band with title and subtitle, the date and who made it. */
export function drawCover(ctx: PdfContext): void {
  const { doc, model } = ctx;
  doc.addPage();
  artifact(ctx, () => {
    doc.rect(0, 0, page.width, bandHeight).fill(colours.accent);
    doc.rect(0, bandHeight, page.width, 6).fill('#7fb3d5');
    // A quiet motif: concentric rings, like the 7.5 and 15 km reach on the map.
    for (const r of [60, 120, 180]) doc.circle(page.width - 40, 70, r).lineWidth(1).strokeOpacity(0.18).stroke(colours.white);
    doc.strokeOpacity(1);
    drawText(ctx, 'mobiscan', page.left, 70, { size: sizes.body, bold: true, colour: '#cfe3ef' });
  });
  let y = 150;
  y = drawText(ctx, model.title, page.left, y, { size: 26, bold: true, colour: colours.white, width: contentWidth - 40, lineGap: 3, tag: 'H1' });
  drawText(ctx, model.subtitle, page.left, y + 10, { size: 13, colour: '#dce9f1', width: contentWidth - 40, lineGap: 2 });
  y = bandHeight + 34;
  y = drawText(ctx, formatDate(model.generatedOn, model.lang), page.left, y, { size: 12, bold: true });
  drawText(ctx, model.labels.generatedBy, page.left, y + 3, { size: sizes.body, colour: colours.muted });
  inMargin(ctx, () => {
    drawText(ctx, model.labels.confidentialityNote, page.left, page.height - 70, { size: sizes.small, colour: colours.muted, width: contentWidth });
  });
}

/** The contents list on the cover, with the page number where each part starts. */
export function drawContents(ctx: PdfContext): void {
  const { doc } = ctx;
  doc.switchToPage(0);
  ctx.structure.splice(1).forEach((open) => open.end());
  let y = drawText(ctx, ctx.model.labels.contents, page.left, contentsTop, { size: sizes.h2, bold: true, colour: colours.accent, tag: 'H2' }) + 8;
  // Many sections: tighter rows, so the list still ends above the note at the foot of the cover.
  const row = Math.max(12, Math.min(22, (page.height - 90 - y) / Math.max(1, ctx.contents.length)));
  const size = row < 18 ? sizes.small : 10.5;
  // A clickable contents list: each entry links to its part's heading.
  within(ctx, 'TOC', () => {
    for (const entry of ctx.contents) {
      if (y + row > page.height - 80) break;
      const number = String(entry.pageIndex + 1);
      within(ctx, 'TOCI', () => {
        drawText(ctx, entry.title, page.left, y, { size, width: contentWidth - 40, lineBreak: false, ellipsis: true, goTo: entry.destination, tag: 'Reference' });
        drawText(ctx, number, page.left + contentWidth - 40, y, { size, width: 40, align: 'right', lineBreak: false, goTo: entry.destination, tag: 'Reference' });
      });
      artifact(ctx, () => doc.moveTo(page.left, y + row - 6).lineTo(page.left + contentWidth, y + row - 6).lineWidth(0.4).stroke(colours.rule));
      y += row;
    }
  }, { parent: ctx.structure[0]! });
}
