/** Axis ticks: a rounded domain and evenly spaced round values inside it. */
export interface Ticks {
  min: number;
  max: number;
  step: number;
  values: number[];
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) near `span / count`. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Ticks for an axis that covers [min, max] with about `count` steps; the domain always includes
 * zero for bars and is never empty. Heckbert, "Nice numbers for graph labels", Graphics Gems 1990.
 */
export function niceTicks(min: number, max: number, count = 5): Ticks {
  let low = Math.min(min, max);
  let high = Math.max(min, max);
  if (!Number.isFinite(low) || !Number.isFinite(high)) {
    low = 0;
    high = 1;
  }
  // A span too small to divide (equal values, rounding noise) is treated as one value.
  if (high - low < 1e-9 * Math.max(1, Math.abs(high))) {
    low = Math.min(0, low);
    high = Math.max(0, high);
    if (high - low < 1e-9) [low, high] = [low < 0 ? -1 : 0, high > 0 || low === 0 ? 1 : 0];
  }
  const step = niceStep(high - low, count);
  let niceMin = Math.floor(low / step) * step;
  let niceMax = Math.ceil(high / step) * step;
  // floating point can land a hair inside the data (-33 x 0.0001 > -0.0033): widen by a step then
  if (niceMin > low) niceMin -= step;
  if (niceMax < high) niceMax += step;
  const values: number[] = [];
  for (let v = niceMin; v <= niceMax + step / 2; v += step) values.push(Number(v.toPrecision(12)));
  return { min: niceMin, max: niceMax, step, values };
}
