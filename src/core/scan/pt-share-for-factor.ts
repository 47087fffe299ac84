import type { ScanSettingValues } from '../settings/scan-settings-schema.js';

type Points = ScanSettingValues['pt']['shareByFactor'];

const slopesByPoints = new WeakMap<Points, number[]>();

/**
 * Slopes at the points for a monotone cubic Hermite curve (Fritsch and Carlson 1980): zero at both
 * ends, so the curve joins the flat share before the first point and the flat last share (0)
 * beyond the last one without a kink; inside, each slope is limited so the curve never rises.
 */
function slopesOf(points: Points): number[] {
  let m = slopesByPoints.get(points);
  if (m) return m;
  const n = points.length;
  const delta = points.slice(1).map((p, i) => (p.share - points[i]!.share) / (p.factor - points[i]!.factor));
  m = points.map((_, i) => (i === 0 || i === n - 1 ? 0 : delta[i - 1]! * delta[i]! <= 0 ? 0 : (delta[i - 1]! + delta[i]!) / 2));
  for (let i = 0; i < n - 1; i++) {
    if (delta[i] === 0) {
      m[i] = 0;
      m[i + 1] = 0;
      continue;
    }
    const a = m[i]! / delta[i]!;
    const b = m[i + 1]! / delta[i]!;
    const r = a * a + b * b;
    if (r > 9) {
      const t = 3 / Math.sqrt(r);
      m[i] = t * a * delta[i]!;
      m[i + 1] = t * b * delta[i]!;
    }
  }
  slopesByPoints.set(points, m);
  return m;
}

/**
 * Indicative PT share of all commuters on a relation for its travel-time factor VF = PT time /
 * car time: a smooth (C1), never rising curve through the points of the setting (default: VF 1.2
 * -> 0.45, 1.5 -> 0.325, 2 -> 0.15, 2.5 -> 0.05, 3 -> 0; Van Goeverden and Van den Heuvel 1993,
 * NS bereikbaarheidsscan 2011), the first share below the first point and the last share (0)
 * beyond the last. A share of everyone, not a switch rate (docs/method.md, Public transport).
 */
export function ptShareForFactor(factor: number, points: Points): number {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (!(factor > first.factor)) return first.share;
  if (factor >= last.factor) return last.share;
  const m = slopesOf(points);
  let i = 0;
  while (factor > points[i + 1]!.factor) i++;
  const lo = points[i]!;
  const hi = points[i + 1]!;
  const h = hi.factor - lo.factor;
  const t = (factor - lo.factor) / h;
  const t2 = t * t;
  const t3 = t2 * t;
  const share = (2 * t3 - 3 * t2 + 1) * lo.share + (t3 - 2 * t2 + t) * h * m[i]! + (-2 * t3 + 3 * t2) * hi.share + (t3 - t2) * h * m[i + 1]!;
  return Math.min(lo.share, Math.max(hi.share, share));
}
