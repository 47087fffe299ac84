/**
 * Ordinary least squares for a straight line y = intercept + slope * x, the projection behind
 * "on track" and "behind" (docs/method.md: project forward from the measurements).
 */

/** A point on the line. */
export interface Point {
  x: number;
  y: number;
}

/** A fitted straight line. */
export interface LineFit {
  slope: number;
  intercept: number;
}

/**
 * The least-squares line through the points, or null when there are fewer than two distinct x
 * values (no line is determined). Formula: slope = Sxy / Sxx around the means.
 */
export function linearFit(points: readonly Point[]): LineFit | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/** The line's value at x. */
export function valueAt(fit: LineFit, x: number): number {
  return fit.intercept + fit.slope * x;
}
