import type { PdfContext } from './pdf-context.js';
import { colours, fonts, sizes } from './pdf-theme.js';

/** How a piece of text is set; every field has a calm default (body size, regular, ink). */
export interface TextStyle {
  size?: number;
  bold?: boolean;
  colour?: string;
  width?: number;
  height?: number;
  align?: 'left' | 'right' | 'center' | 'justify';
  lineGap?: number;
  lineBreak?: boolean;
  ellipsis?: boolean;
  opacity?: number;
  /** The structure type of the text in the tagged PDF ('P' unless set: 'H1', 'H2', 'TH', 'TD', 'Caption'). */
  tag?: string;
  /** A named destination at the text (a part's heading), and a link to one (a contents entry). */
  destination?: string;
  goTo?: string;
}

function apply(ctx: PdfContext, style: TextStyle): PDFKit.Mixins.TextOptions {
  ctx.doc.font(style.bold ? fonts.bold : fonts.regular).fontSize(style.size ?? sizes.body);
  const options: PDFKit.Mixins.TextOptions = { lineGap: style.lineGap ?? 1.5 };
  if (style.width !== undefined) options.width = style.width;
  if (style.height !== undefined) options.height = style.height;
  if (style.align !== undefined) options.align = style.align;
  if (style.lineBreak !== undefined) options.lineBreak = style.lineBreak;
  if (style.ellipsis) options.ellipsis = true;
  if (style.destination) options.destination = style.destination;
  if (style.goTo) options.goTo = style.goTo;
  return options;
}

/** Draws text at (x, y), records it through ctx.onText and returns the y below it. */
export function drawText(ctx: PdfContext, text: string, x: number, y: number, style: TextStyle = {}): number {
  const options = apply(ctx, style);
  ctx.onText(text, ctx.pageNumbers.get(ctx.doc.page) ?? 0);
  const draw = (): void => {
    ctx.doc.fillColor(style.colour ?? colours.ink, style.opacity ?? 1).text(text, x, y, options);
    ctx.doc.fillOpacity(1);
  };
  // Text of its own gets a structure element; inside a figure or an artifact it is part of that.
  if (ctx.tagMode === 'tag' && text.trim() !== '') {
    const element = ctx.doc.struct(style.tag ?? 'P', {}, draw);
    ctx.structure.at(-1)!.add(element);
    element.end();
  } else draw();
  return ctx.doc.y;
}

/**
 * The height the text takes in the given style (wrapped to style.width). Remembered per document:
 * page flow and tables measure the same cells and paragraphs several times, and each measurement
 * wraps the text again (a third of the PDF's time before, bench/report).
 */
export function measureText(ctx: PdfContext, text: string, style: TextStyle = {}): number {
  const options = apply(ctx, style);
  const { doc } = ctx;
  // Without a width pdfkit wraps to the page's right margin from the pen's x.
  const width = options.width ?? (options.lineBreak === false ? 0 : doc.page.width - doc.x - doc.page.margins.right);
  const key = `${style.bold ? 'b' : 'r'}|${style.size ?? sizes.body}|${options.lineGap}|${width}|${options.align ?? ''}|${options.lineBreak ?? ''}|${options.ellipsis ?? ''}|${text}`;
  let height = ctx.measured.get(key);
  if (height === undefined) {
    height = doc.heightOfString(text, options);
    ctx.measured.set(key, height);
  }
  return height;
}

/** The height of the text's first two lines in the style (all of it when shorter): what a block keeps with its heading. */
export function measureTwoLines(ctx: PdfContext, text: string, style: TextStyle = {}): number {
  return Math.min(measureText(ctx, 'A\nA', style), measureText(ctx, text, style));
}

/** The width of a single line of text in the given style. */
export function textWidth(ctx: PdfContext, text: string, style: TextStyle = {}): number {
  apply(ctx, style);
  return ctx.doc.widthOfString(text);
}
