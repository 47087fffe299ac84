import type { ScanSettingValues } from '../settings/scan-settings-schema.js';

/**
 * Door-to-door peak car time for a road distance: each stretch at its own speed
 * (35 km/h for the first 10 km, 60 km/h to 30 km, 80 km/h beyond by default), plus time to park
 * (docs/method.md, Public transport). Per stretch rather than one speed for the whole trip, so time grows smoothly.
 */
export function estimateCarMinutes(roadKm: number, car: ScanSettingValues['car']): number {
  let minutes = car.parkMinutes;
  let doneKm = 0;
  for (const { upToKm, kmh } of car.speeds) {
    const stretchKm = Math.min(roadKm, upToKm ?? Infinity) - doneKm;
    if (stretchKm <= 0) break;
    minutes += (stretchKm / kmh) * 60;
    doneKm += stretchKm;
  }
  return minutes;
}
