import { artifact, openSection, type PdfContext } from './pdf-context.js';
import { drawText, measureText } from './draw-text.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';

/** The lowest y content may reach on a page. */
export const contentBottom = page.height - page.bottom;

/** Starts a new page; with a part title it also opens a new part (heading, contents entry). */
export function newPage(ctx: PdfContext, part?: string): void {
  // The part was just opened on a fresh page (by a caller that wraps the part in a figure): nothing to do.
  if (part !== undefined && part === ctx.part && ctx.freshPartY === ctx.doc.y) return;
  if (part !== undefined) ctx.part = part;
  ctx.doc.addPage();
  ctx.doc.x = page.left;
  ctx.doc.y = page.top;
  if (part !== undefined) startPart(ctx, part);
}

/** Registers a part where the pen is: a section in the structure, a bookmark, a contents entry and its link target. */
function startPart(ctx: PdfContext, title: string): void {
  const destination = `part-${ctx.contents.length + 1}`;
  ctx.contents.push({ title, pageIndex: ctx.pageParts.length - 1, destination });
  openSection(ctx);
  ctx.doc.outline.addItem(title);
  drawHeading(ctx, title, destination);
  ctx.freshPartY = ctx.doc.y;
}

/** Runs `draw` with the bottom margin lifted, so text in the footer area stays on this page. */
export function inMargin(ctx: PdfContext, draw: () => void): void {
  const bottom = ctx.doc.page.margins.bottom;
  ctx.doc.page.margins.bottom = 0;
  try {
    draw();
  } finally {
    ctx.doc.page.margins.bottom = bottom;
  }
}

/** Opens a part on the current page when `keep` points still fit below, else on a new page. */
export function openPart(ctx: PdfContext, title: string, keep = 220): void {
  // the gap above, the heading itself and the space drawHeading leaves below it
  const heading = 18 + measureText(ctx, title, headingStyle) + 18;
  if (ctx.doc.y + heading + keep > contentBottom) {
    newPage(ctx, title);
    return;
  }
  ctx.part = title;
  ctx.doc.y += 18;
  startPart(ctx, title);
}

/** Moves to a new page unless `height` points still fit below the current position. */
export function ensureSpace(ctx: PdfContext, height: number): void {
  if (ctx.doc.y + height > contentBottom) newPage(ctx);
}

/** The height a fresh page holds, from the top of its content to the footer. */
export const pageRoom = contentBottom - page.top;

/**
 * Keeps a block of `height` points (a card, a point, a goal) on one page: moves it to the next
 * page when it does not fit below but fits on a page. A block taller than a page breaks where it
 * must; only its first `lead` points (its heading and two lines) stay together.
 */
export function keepTogether(ctx: PdfContext, height: number, lead = height): void {
  ensureSpace(ctx, height <= pageRoom ? height : Math.min(lead, pageRoom));
}

const headingStyle = { size: sizes.h1, bold: true, colour: colours.accent, width: contentWidth };

/** A part heading: large, bold, with a short accent rule under it. */
export function drawHeading(ctx: PdfContext, text: string, destination?: string): void {
  const y = drawText(ctx, text, page.left, ctx.doc.y, { ...headingStyle, tag: 'H1', ...(destination ? { destination } : {}) });
  artifact(ctx, () => ctx.doc.rect(page.left, y + 3, 36, 2.5).fill(colours.accent));
  ctx.doc.y = y + 18;
}

/** A subheading inside a part; kept with at least `keep` points of what follows. */
export function drawSubheading(ctx: PdfContext, text: string, keep = 60): void {
  ensureSpace(ctx, 24 + keep);
  ctx.doc.y = drawText(ctx, text, page.left, ctx.doc.y, { size: sizes.h2, bold: true, width: contentWidth, tag: 'H2' }) + 6;
}

/** A body paragraph that may flow over to the next page. */
export function drawParagraph(ctx: PdfContext, text: string, style: { size?: number; colour?: string } = {}): void {
  const textStyle = { width: contentWidth, size: style.size ?? sizes.body, lineGap: 2.5, colour: style.colour ?? colours.ink };
  // Keep at least two lines together rather than leave one orphan at the bottom.
  ensureSpace(ctx, Math.min(measureText(ctx, text, textStyle), 30));
  ctx.doc.y = drawText(ctx, text, page.left, ctx.doc.y, textStyle) + 6;
}
