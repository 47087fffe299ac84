import type { GoalStatus } from '../../../core/report/report-model.js';
import { artifact, type PdfContext } from './pdf-context.js';

/** The shape drawn beside a status word, so a status never rests on red against green alone. */
export type StatusShape = 'tick' | 'arrow' | 'alert' | 'dash';

const shapes: Readonly<Record<GoalStatus, StatusShape>> = {
  met: 'tick',
  'on-track': 'arrow',
  behind: 'alert',
  'no-data': 'dash',
};

/** The shape for a status: a tick (met), an arrow (on track), an exclamation mark (behind), a dash (no data). */
export function statusShape(status: GoalStatus): StatusShape {
  return shapes[status];
}

/**
 * Draws a status's shape in a `size` square with its top left at (x, y), as vector strokes (the
 * embedded font subset has no tick or arrow glyphs). It repeats the word beside it, so a screen
 * reader skips it.
 */
export function drawStatusSymbol(ctx: PdfContext, status: GoalStatus, x: number, y: number, size: number, colour: string): void {
  const { doc } = ctx;
  const at = (fx: number, fy: number): [number, number] => [x + fx * size, y + fy * size];
  artifact(ctx, () => {
    doc.save().lineWidth(Math.max(0.8, size * 0.17)).lineCap('round').lineJoin('round');
    switch (statusShape(status)) {
      case 'tick':
        doc.moveTo(...at(0.12, 0.55)).lineTo(...at(0.4, 0.82)).lineTo(...at(0.88, 0.2)).stroke(colour);
        break;
      case 'arrow':
        doc.moveTo(...at(0.1, 0.5)).lineTo(...at(0.88, 0.5)).stroke(colour);
        doc.moveTo(...at(0.56, 0.18)).lineTo(...at(0.88, 0.5)).lineTo(...at(0.56, 0.82)).stroke(colour);
        break;
      case 'alert':
        doc.moveTo(...at(0.5, 0.1)).lineTo(...at(0.5, 0.58)).stroke(colour);
        doc.circle(...at(0.5, 0.86), size * 0.1).fill(colour);
        break;
      case 'dash':
        doc.moveTo(...at(0.2, 0.5)).lineTo(...at(0.8, 0.5)).stroke(colour);
        break;
    }
    doc.restore();
  });
}
