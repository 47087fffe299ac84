import type { Cell, Column, Table } from '../../../core/report/report-model.js';
import { artifact, within, type PdfContext } from './pdf-context.js';
import { columnShareDigits } from '../../../core/format/format-share.js';
import { cellText, isGoalStatus } from './cell-text.js';
import { drawText, measureText, textWidth, type TextStyle } from './draw-text.js';
import { contentBottom, ensureSpace, newPage } from './page-flow.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';
import { columnWidths, isNumeric } from './table-layout.js';
import { drawStatusSymbol } from './status-symbol.js';
import { keepShare, minRows, planTable } from './table-pages.js';

const pad = 4;
const dotSpace = 10;

interface Layout {
  widths: number[];
  barMax: number[];
  /** Per column of shares the decimals all its values take (undefined for other columns). */
  shareDigits: (0 | 1 | undefined)[];
}

/** The type size of the table now being drawn: smaller for a table whose header words do not fit. */
let tableSize: number = sizes.small;

function cellStyle(column: Column, width: number, bold: boolean): TextStyle {
  const align = isNumeric(column) ? 'right' : 'left';
  const indent = column.visual === 'traffic' ? dotSpace : 0;
  return { size: tableSize, bold, width: width - 2 * pad - indent, align, lineGap: 1 };
}

/** Per column the width of its longest header word as set (bold), plus the cell padding. */
function headerWordWidths(ctx: PdfContext, table: Table, size: number): number[] {
  return table.columns.map((c) => Math.max(...c.label.split(/\s+/).map((w) => textWidth(ctx, w, { size, bold: true }))) + 2 * pad + 1);
}

function shown(ctx: PdfContext, value: Cell, column: Column, shareDigits?: 0 | 1): string {
  if (column.visual === 'traffic' && isGoalStatus(value)) return ctx.model.labels.statusWords[value];
  return cellText(ctx, value, column.format, shareDigits);
}

/** Per column of shares one form for all its values, the totals row included: 66,0% beside 57,1%, never 66%. */
function columnsShareDigits(table: Table): (0 | 1 | undefined)[] {
  const rows = [...table.rows, ...(table.totals ? [table.totals] : [])];
  return table.columns.map((c, i) => (c.format === 'pct' ? columnShareDigits(rows.map((r) => r[i]).filter((v): v is number => typeof v === 'number')) : undefined));
}

function rowHeight(ctx: PdfContext, table: Table, row: Cell[], layout: Layout, bold: boolean): number {
  const heights = table.columns.map((c, i) => measureText(ctx, shown(ctx, row[i] ?? null, c, layout.shareDigits[i]), cellStyle(c, layout.widths[i] ?? 40, bold)));
  return Math.max(...heights, 8) + 2 * pad;
}

function headerHeight(ctx: PdfContext, table: Table, layout: Layout): number {
  return Math.max(...table.columns.map((c, i) => measureText(ctx, c.label, cellStyle(c, layout.widths[i] ?? 40, true)))) + 2 * pad;
}

function drawHeader(ctx: PdfContext, table: Table, layout: Layout, repeat = false): void {
  const height = headerHeight(ctx, table, layout);
  const y = ctx.doc.y;
  artifact(ctx, () => ctx.doc.rect(page.left, y, contentWidth, height).fill(colours.accentLight));
  let x = page.left;
  const cells = (): void =>
    table.columns.forEach((c, i) => {
      const w = layout.widths[i] ?? 40;
      drawText(ctx, c.label, x + pad, y + pad, { ...cellStyle(c, w, true), width: w - 2 * pad, colour: colours.accent, tag: 'TH' });
      x += w;
    });
  // A header repeated on a later page is page furniture; the first one is the table's header row.
  if (repeat) artifact(ctx, cells);
  else within(ctx, 'TR', cells);
  ctx.doc.y = y + height;
}

function drawRow(ctx: PdfContext, table: Table, row: Cell[], layout: Layout, options: { zebra: boolean; bold: boolean }): void {
  const height = rowHeight(ctx, table, row, layout, options.bold);
  if (ctx.doc.y + height > contentBottom) {
    newPage(ctx);
    drawHeader(ctx, table, layout, true);
  }
  const y = ctx.doc.y;
  artifact(ctx, () => {
    if (options.zebra) ctx.doc.rect(page.left, y, contentWidth, height).fill(colours.zebra);
    if (options.bold) ctx.doc.moveTo(page.left, y).lineTo(page.left + contentWidth, y).lineWidth(0.8).stroke(colours.ink);
  });
  let x = page.left;
  within(ctx, 'TR', () => table.columns.forEach((c, i) => {
    const w = layout.widths[i] ?? 40;
    const value = row[i] ?? null;
    const max = layout.barMax[i] ?? 0;
    if (c.visual === 'dataBar' && typeof value === 'number' && max > 0 && !options.bold) {
      artifact(ctx, () => ctx.doc.rect(x + pad, y + 2, ((w - 2 * pad) * Math.abs(value)) / max, height - 4).fill(colours.accentLight));
    }
    let textX = x + pad;
    if (c.visual === 'traffic' && isGoalStatus(value)) {
      drawStatusSymbol(ctx, value, x + pad, y + pad + 1, 7.5, colours.status[value]);
      textX += dotSpace;
    }
    // A cell taller than a page is cut off with an ellipsis rather than flowing onto a new page.
    drawText(ctx, shown(ctx, value, c, layout.shareDigits[i]), textX, y + pad, { ...cellStyle(c, w, options.bold), height: Math.max(10, contentBottom - y - pad), ellipsis: true, tag: 'TD' });
    x += w;
  }));
  ctx.doc.y = y + height;
}

const titleStyle = { bold: true, size: sizes.body + 0.5, width: contentWidth };

/** A table measured for drawing: its column layout, the height of its title and header, of its header alone, and of each row (totals last). */
function measureTable(ctx: PdfContext, table: Table, showTitle: boolean): { layout: Layout; head: number; header: number; heights: number[] } {
  // Each column at least as wide as its longest header word; a table too wide for that is set smaller.
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  tableSize = sum(headerWordWidths(ctx, table, sizes.small)) <= contentWidth ? sizes.small : sizes.tiny;
  const widths = columnWidths(table.columns, contentWidth, 36, headerWordWidths(ctx, table, tableSize));
  const barMax = table.columns.map((c, i) =>
    c.visual === 'dataBar' ? Math.max(0, ...table.rows.map((r) => { const v = r[i]; return typeof v === 'number' ? Math.abs(v) : 0; })) : 0,
  );
  const layout: Layout = { widths, barMax, shareDigits: columnsShareDigits(table) };
  const header = headerHeight(ctx, table, layout);
  const heights = [...table.rows.map((row) => rowHeight(ctx, table, row, layout, false)), ...(table.totals ? [rowHeight(ctx, table, table.totals, layout, true)] : [])];
  const head = (showTitle ? measureText(ctx, table.title, titleStyle) + 4 : 0) + header;
  return { layout, head, header, heights };
}

/** The height a table needs below a heading to start on the same page: all of it when it is kept together, else its header and first rows. */
export function tableStartHeight(ctx: PdfContext, table: Table, showTitle = true): number {
  const { head, heights } = measureTable(ctx, table, showTitle);
  const total = head + heights.reduce((a, b) => a + b, 0);
  return total <= (contentBottom - page.top) * keepShare ? total : head + heights.slice(0, minRows).reduce((a, b) => a + b, 0);
}

/**
 * Draws a table with its title and note: a short table kept on one page, a long one split with
 * its header row repeated on every page and never fewer than three rows on a page (table-pages.ts).
 */
export function drawTable(ctx: PdfContext, table: Table, options: { showTitle?: boolean } = {}): void {
  const showTitle = options.showTitle ?? true;
  const { layout, head, header, heights } = measureTable(ctx, table, showTitle);
  const plan = planTable(heights, { first: contentBottom - ctx.doc.y, page: contentBottom - page.top }, head, header);
  if (plan.newPageFirst) newPage(ctx);
  if (showTitle) ctx.doc.y = drawText(ctx, table.title, page.left, ctx.doc.y, titleStyle) + 4;
  const breakBefore = (index: number): void => {
    if (!plan.breaks.includes(index)) return;
    newPage(ctx);
    drawHeader(ctx, table, layout, true);
  };
  within(ctx, 'Table', () => {
    drawHeader(ctx, table, layout);
    table.rows.forEach((row, index) => {
      breakBefore(index);
      drawRow(ctx, table, row, layout, { zebra: index % 2 === 1, bold: false });
    });
    if (table.totals) {
      breakBefore(table.rows.length);
      drawRow(ctx, table, table.totals, layout, { zebra: false, bold: true });
    }
  });
  ctx.doc.moveTo(page.left, ctx.doc.y).lineTo(page.left + contentWidth, ctx.doc.y).lineWidth(0.5).stroke(colours.rule);
  ctx.doc.y += 5;
  if (table.note) {
    ensureSpace(ctx, 12);
    ctx.doc.y = drawText(ctx, table.note, page.left, ctx.doc.y, { size: sizes.tiny, colour: colours.muted, width: contentWidth }) + 4;
  }
  ctx.doc.y += 10;
}
