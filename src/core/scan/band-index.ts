import type { ScanSettingValues } from '../settings/scan-settings-schema.js';

/**
 * Index of the distance band holding `distanceKm`; bands are half-open [previous max, max), so
 * 7.5 km falls in 7.5-15 like the ">= 7.5 km" rules elsewhere. -1 when the distance is unknown.
 */
export function bandIndex(distanceKm: number | undefined, bands: ScanSettingValues['bands']): number {
  if (distanceKm === undefined || !(distanceKm >= 0)) return -1;
  for (let i = 0; i < bands.length; i++) {
    const max = bands[i]!.maxKm;
    if (max === null || distanceKm < max) return i;
  }
  return bands.length - 1;
}
