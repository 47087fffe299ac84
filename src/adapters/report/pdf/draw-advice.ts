import type { AdviceItem } from '../../../core/report/report-model.js';
import type { PdfContext } from './pdf-context.js';
import { adviceFiguresHeight, drawAdviceFigures } from './draw-advice-figures.js';
import { drawText, measureText, measureTwoLines, type TextStyle } from './draw-text.js';
import { contentBottom, drawParagraph, drawSubheading, ensureSpace, keepTogether, newPage } from './page-flow.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';

const indent = 36;
const textWidth = contentWidth - indent;

const styles = {
  title: { size: 13, bold: true, colour: colours.accent, width: textWidth },
  summary: { size: 10, bold: true, width: textWidth, lineGap: 2 },
  explanation: { width: textWidth, lineGap: 2.5 },
  source: { size: sizes.tiny, colour: colours.muted, width: textWidth - 8 },
} satisfies Record<string, TextStyle>;

/** The evidence line (with its warning when thin) and how it is set. */
function evidence(ctx: PdfContext, item: AdviceItem): { text: string; style: TextStyle; thin: boolean } {
  const { labels } = ctx.model;
  const thin = item.evidence === 'thin';
  const line = `${labels.evidence}: ${labels.evidenceWords[item.evidence]}`;
  const text = item.evidenceWarning ? `${line}. ${item.evidenceWarning}` : line;
  return { text, thin, style: { size: sizes.small + 0.5, bold: thin, colour: thin ? colours.warning : colours.ink, width: textWidth - 10 } };
}

function drawEvidence(ctx: PdfContext, item: AdviceItem): void {
  const { doc } = ctx;
  const { text, style, thin } = evidence(ctx, item);
  ensureSpace(ctx, measureText(ctx, text, style) + 4);
  const y = doc.y;
  const end = drawText(ctx, text, page.left + indent + 8, y, style);
  doc.rect(page.left + indent, y - 1, 2.5, end - y + 1).fill(thin ? colours.warning : colours.rule);
  doc.y = end + 4;
}

/** The heights of a card's parts, with the gaps drawItem leaves after each. */
function itemHeights(ctx: PdfContext, item: AdviceItem): { head: number; twoLines: number; whole: number } {
  const head = 1 + measureText(ctx, item.title, styles.title) + 2 + measureText(ctx, item.summary, styles.summary) + 5;
  const twoLines = measureTwoLines(ctx, item.explanation, styles.explanation);
  const { text, style } = evidence(ctx, item);
  const foot = adviceFiguresHeight(ctx, item) + 8 + measureText(ctx, text, style) + 4 + measureText(ctx, item.source, styles.source);
  return { head, twoLines, whole: head + measureText(ctx, item.explanation, styles.explanation) + 8 + foot };
}

/**
 * One advice item as a block: rank badge, title, summary, explanation, figures, evidence, source.
 * The block stays on one page when it fits on one; a taller one breaks after its heading and at
 * least two lines of its explanation.
 */
function drawItem(ctx: PdfContext, item: AdviceItem): void {
  const { doc } = ctx;
  const x = page.left + indent;
  const heights = itemHeights(ctx, item);
  keepTogether(ctx, heights.whole, heights.head + heights.twoLines);
  const y = doc.y;
  doc.circle(page.left + 13, y + 10, 13).fill(colours.accent);
  drawText(ctx, String(item.rank), page.left, y + 4.5, { size: 11, bold: true, colour: colours.white, width: 26, align: 'center', lineBreak: false });
  let top = drawText(ctx, item.title, x, y + 1, styles.title);
  top = drawText(ctx, item.summary, x, top + 2, styles.summary);
  doc.y = top + 5;
  ensureSpace(ctx, heights.twoLines);
  doc.y = drawText(ctx, item.explanation, x, doc.y, styles.explanation) + 8;
  const figures = adviceFiguresHeight(ctx, item);
  if (doc.y + figures > contentBottom) newPage(ctx);
  doc.y = drawAdviceFigures(ctx, item, doc.y) + 8;
  drawEvidence(ctx, item);
  ensureSpace(ctx, measureText(ctx, item.source, styles.source));
  doc.y = drawText(ctx, item.source, x + 8, doc.y, styles.source) + 12;
  doc.moveTo(page.left, doc.y).lineTo(page.left + contentWidth, doc.y).lineWidth(0.5).stroke(colours.rule);
  doc.y += 16;
}

/** The combined effect of the top measures, in a box before the list, so the list is never read as a sum. */
function drawPackage(ctx: PdfContext): void {
  const { doc, model } = ctx;
  const pack = model.advicePackage;
  if (!pack) return;
  const style = { width: contentWidth - 24, lineGap: 2.5 };
  const height = measureText(ctx, pack.text, style) + 36;
  keepTogether(ctx, height + 10);
  const y = doc.y;
  doc.rect(page.left, y, contentWidth, height).fill(colours.band);
  drawText(ctx, model.labels.advicePackage, page.left + 12, y + 8, { size: 11, bold: true, colour: colours.accent, width: contentWidth - 24 });
  drawText(ctx, pack.text, page.left + 12, y + 26, { ...style, colour: colours.ink });
  doc.y = y + height + 16;
}

/** The measures the company already runs: not advised again, with what the counts show since. */
function drawRunning(ctx: PdfContext): void {
  const running = ctx.model.runningMeasures ?? [];
  if (running.length === 0) return;
  drawSubheading(ctx, ctx.model.labels.adviceRunning);
  const titleStyle = { size: 10.5, bold: true, width: contentWidth };
  const textStyle = { size: sizes.small + 0.5, width: contentWidth, lineGap: 2.5 };
  for (const r of running) {
    // a running measure is one unit: its title never stands apart from its text
    const title = measureText(ctx, r.title, titleStyle) + 2;
    keepTogether(ctx, title + measureText(ctx, r.text, textStyle), title + measureTwoLines(ctx, r.text, textStyle));
    ctx.doc.y = drawText(ctx, r.title, page.left, ctx.doc.y, titleStyle) + 2;
    drawParagraph(ctx, r.text, { size: textStyle.size });
  }
}

/** The advice part: the combined effect, the items in rank order, then what already runs; left out when there is nothing. */
export function drawAdvice(ctx: PdfContext, items: AdviceItem[]): void {
  if (items.length === 0 && (ctx.model.runningMeasures ?? []).length === 0) return;
  newPage(ctx, ctx.model.labels.advice);
  drawPackage(ctx);
  for (const item of [...items].sort((a, b) => a.rank - b.rank)) drawItem(ctx, item);
  drawRunning(ctx);
}
