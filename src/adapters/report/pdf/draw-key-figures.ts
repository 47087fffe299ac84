import type { KeyFigure } from '../../../core/report/report-model.js';
import type { PdfContext } from './pdf-context.js';
import { cellText } from './cell-text.js';
import { drawText, measureText, textWidth } from './draw-text.js';
import { keepTogether } from './page-flow.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';
import { drawStatusSymbol } from './status-symbol.js';

const columns = 3;
const gap = 12;
const pad = 11;
const cardWidth = (contentWidth - gap * (columns - 1)) / columns;
const inner = cardWidth - 2 * pad;

function cardHeight(ctx: PdfContext, figure: KeyFigure): number {
  const label = measureText(ctx, figure.label, { size: 8.5, bold: true, width: inner });
  const note = figure.note ? measureText(ctx, figure.note, { size: sizes.tiny + 0.5, width: inner }) + 3 : 0;
  return pad + 26 + label + note + pad;
}

function drawCard(ctx: PdfContext, figure: KeyFigure, x: number, y: number, height: number): void {
  const { doc } = ctx;
  const stripe = figure.status ? colours.status[figure.status] : colours.accent;
  doc.roundedRect(x, y, cardWidth, height, 4).fill(colours.band);
  doc.rect(x, y, 4, height).fill(stripe);
  const value = cellText(ctx, figure.value, figure.format);
  drawText(ctx, value, x + pad, y + pad - 2, { size: 20, bold: true, colour: figure.status ? stripe : colours.ink, width: inner, lineBreak: false });
  if (figure.status) {
    const word = ctx.model.labels.statusWords[figure.status];
    drawText(ctx, word, x + pad, y + pad + 1, { size: sizes.tiny, bold: true, colour: stripe, width: inner, align: 'right' });
    drawStatusSymbol(ctx, figure.status, x + pad + inner - textWidth(ctx, word, { size: sizes.tiny, bold: true }) - 10, y + pad + 1, 7, stripe);
  }
  const textY = drawText(ctx, figure.label, x + pad, y + pad + 26, { size: 8.5, bold: true, width: inner });
  if (figure.note) drawText(ctx, figure.note, x + pad, textY + 3, { size: sizes.tiny + 0.5, colour: colours.muted, width: inner });
}

/** The key figures as a grid of cards, three per row, coloured by goal status (with its word and symbol) where one is set. */
export function drawKeyFigures(ctx: PdfContext, figures: KeyFigure[]): void {
  for (let start = 0; start < figures.length; start += columns) {
    const row = figures.slice(start, start + columns);
    const height = Math.max(...row.map((f) => cardHeight(ctx, f)));
    keepTogether(ctx, height);
    const y = ctx.doc.y;
    row.forEach((figure, i) => drawCard(ctx, figure, page.left + i * (cardWidth + gap), y, height));
    ctx.doc.y = y + height + gap;
  }
  ctx.doc.y += 8;
}
