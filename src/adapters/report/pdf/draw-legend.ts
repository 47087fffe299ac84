import type { PdfContext } from './pdf-context.js';
import { drawText, textWidth } from './draw-text.js';
import { colours, sizes } from './pdf-theme.js';

/** One legend entry: a filled box (bars) or a line sample, dashed for reference lines. */
export interface LegendItem {
  name: string;
  colour: string;
  kind: 'box' | 'line';
  dashed?: boolean;
}

const rowHeight = 13;
const sample = 14;

function layout(ctx: PdfContext, items: LegendItem[], width: number): { x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return items.map((item) => {
    const w = sample + 4 + textWidth(ctx, item.name, { size: sizes.small }) + 12;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const at = { x, row };
    x += w;
    return at;
  });
}

/** The height a legend of these items takes when wrapped to `width`. */
export function legendHeight(ctx: PdfContext, items: LegendItem[], width: number): number {
  if (items.length === 0) return 0;
  const rows = Math.max(...layout(ctx, items, width).map((p) => p.row)) + 1;
  return rows * rowHeight;
}

/** Draws the legend entries left to right, wrapping to `width`. */
export function drawLegend(ctx: PdfContext, items: LegendItem[], x: number, y: number, width: number): void {
  const { doc } = ctx;
  layout(ctx, items, width).forEach((at, i) => {
    const item = items[i];
    if (!item) return;
    const left = x + at.x;
    const top = y + at.row * rowHeight;
    if (item.kind === 'box') {
      doc.rect(left, top + 2, sample - 4, 8).fill(item.colour);
    } else {
      doc.moveTo(left, top + 6).lineTo(left + sample, top + 6).lineWidth(2);
      if (item.dashed) doc.dash(3, { space: 2 });
      doc.stroke(item.colour).undash();
    }
    drawText(ctx, item.name, left + sample + 4, top + 1, { size: sizes.small, colour: colours.ink, lineBreak: false });
  });
}
