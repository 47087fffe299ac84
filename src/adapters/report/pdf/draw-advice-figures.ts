import type { AdviceItem } from '../../../core/report/report-model.js';
import type { AdviceGoalState } from '../../../core/report/advice-goal-gap.js';
import type { PdfContext } from './pdf-context.js';
import { cellText } from './cell-text.js';
import { drawText, measureText, type TextStyle } from './draw-text.js';
import { colours, contentWidth, page } from './pdf-theme.js';

interface Tile {
  label: string;
  value: string;
  sub?: string;
  /** Text values (cost) are set smaller than numbers. */
  text?: boolean;
}

const gap = 6;
const pad = 6;

function tiles(ctx: PdfContext, item: AdviceItem): Tile[] {
  const { labels, adviceGoals } = ctx.model;
  // without a share the goal's state says why: met, not set, or no baseline yet (a dash only for a gap this measure does not touch)
  const stateWord: Partial<Record<AdviceGoalState, string>> = { met: labels.goalMet, none: labels.adviceNoGoal, 'no-baseline': labels.adviceNoBaseline };
  const share = (value: number | null, state: AdviceGoalState | undefined) => (value === null && state && stateWord[state] ? stateWord[state] : cellText(ctx, value, 'pct'));
  // one line per goal, each named: "– · 14%" under a caption "spits · CO2" made the reader decode it
  const shares = `${labels.peakGap}: ${share(item.shareOfPeakGap, adviceGoals?.peak)}\n${labels.co2Gap}: ${share(item.shareOfCo2Gap, adviceGoals?.co2)}`;
  return [
    { label: labels.group, value: cellText(ctx, item.groupSize, 'int'), sub: item.groupLabel },
    { label: labels.participants, value: cellText(ctx, item.participants, 'int') },
    { label: labels.avoidancesPerDay, value: cellText(ctx, item.avoidancesPerDay, 'int') },
    { label: labels.co2TonnesPerYear, value: cellText(ctx, item.co2TonnesPerYear, 'decimal1') },
    { label: labels.shareOfGap, value: shares, text: true },
    { label: labels.cost, value: item.cost, text: true },
  ];
}

function styles(tile: Tile, width: number): { label: TextStyle; value: TextStyle; sub: TextStyle } {
  return {
    label: { size: 6.5, colour: colours.muted, width },
    value: { size: tile.text ? 8.5 : 13, bold: true, colour: colours.ink, width },
    sub: { size: 6.5, colour: colours.muted, width },
  };
}

function tileHeight(ctx: PdfContext, tile: Tile, width: number, labelHeight: number): number {
  const s = styles(tile, width);
  const sub = tile.sub ? measureText(ctx, tile.sub, s.sub) + 2 : 0;
  return labelHeight + 3 + measureText(ctx, tile.value, s.value) + sub + 2 * pad;
}

/** The height of the row of small figures of one advice item. */
export function adviceFiguresHeight(ctx: PdfContext, item: AdviceItem): number {
  const list = tiles(ctx, item);
  const width = (contentWidth - gap * (list.length - 1)) / list.length - 2 * pad;
  const labelHeight = Math.max(...list.map((t) => measureText(ctx, t.label, styles(t, width).label)));
  return Math.max(...list.map((t) => tileHeight(ctx, t, width, labelHeight)));
}

/** Draws the row of small figures (group, participants, avoidances, CO2, share of gap, cost) at y. */
export function drawAdviceFigures(ctx: PdfContext, item: AdviceItem, y: number): number {
  const list = tiles(ctx, item);
  const tileWidth = (contentWidth - gap * (list.length - 1)) / list.length;
  const height = adviceFiguresHeight(ctx, item);
  // Values start on one line, below the tallest label.
  const labelHeight = Math.max(...list.map((t) => measureText(ctx, t.label, styles(t, tileWidth - 2 * pad).label)));
  list.forEach((tile, i) => {
    const x = page.left + i * (tileWidth + gap);
    const s = styles(tile, tileWidth - 2 * pad);
    ctx.doc.roundedRect(x, y, tileWidth, height, 3).fill(colours.band);
    drawText(ctx, tile.label, x + pad, y + pad, s.label);
    const top = drawText(ctx, tile.value, x + pad, y + pad + labelHeight + 3, s.value);
    if (tile.sub) drawText(ctx, tile.sub, x + pad, top + 2, s.sub);
  });
  return y + height;
}
