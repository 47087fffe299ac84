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
}

function apply(ctx: PdfContext, style: TextStyle): PDFKit.Mixins.TextOptions {
  ctx.doc.font(style.bold ? fonts.bold : fonts.regular).fontSize(style.size ?? sizes.body);
  const options: PDFKit.Mixins.TextOptions = { lineGap: style.lineGap ?? 1.5 };
  if (style.width !== undefined) options.width = style.width;
  if (style.height !== undefined) options.height = style.height;
  if (style.align !== undefined) options.align = style.align;
  if (style.lineBreak !== undefined) options.lineBreak = style.lineBreak;
  if (style.ellipsis) options.ellipsis = true;
  return options;
}

/** Draws text at (x, y), records it through ctx.onText and returns the y below it. */
export function drawText(ctx: PdfContext, text: string, x: number, y: number, style: TextStyle = {}): number {
  const options = apply(ctx, style);
  ctx.onText(text);
  ctx.doc.fillColor(style.colour ?? colours.ink, style.opacity ?? 1).text(text, x, y, options);
  ctx.doc.fillOpacity(1);
  return ctx.doc.y;
}

/** The height the text takes in the given style (wrapped to style.width). */
export function measureText(ctx: PdfContext, text: string, style: TextStyle = {}): number {
  return ctx.doc.heightOfString(text, apply(ctx, style));
}

/** The width of a single line of text in the given style. */
export function textWidth(ctx: PdfContext, text: string, style: TextStyle = {}): number {
  apply(ctx, style);
  return ctx.doc.widthOfString(text);
}
