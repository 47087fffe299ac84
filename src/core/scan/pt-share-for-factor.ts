import type { ScanSettingValues } from '../settings/scan-settings-schema.js';

/**
 * Indicative PT share for a travel-time factor VF = PT time / car time, interpolated linearly
 * between the points of the setting and flat outside them (default: VF 1.2 -> 0.45,
 * 1.5 -> 0.325, 2 -> 0.15; Van Goeverden and Van den Heuvel 1993, NS 2011; METHOD.md 4).
 */
export function ptShareForFactor(factor: number, points: ScanSettingValues['pt']['shareByFactor']): number {
  const first = points[0]!;
  if (factor <= first.factor) return first.share;
  for (let i = 1; i < points.length; i++) {
    const hi = points[i]!;
    if (factor <= hi.factor) {
      const lo = points[i - 1]!;
      return lo.share + ((factor - lo.factor) / (hi.factor - lo.factor)) * (hi.share - lo.share);
    }
  }
  return points[points.length - 1]!.share;
}
