/** The pure mobility-scan engine: per-employee formulas and the streaming scan (METHOD.md 3-6). */
export { bandIndex } from './band-index.js';
export { clusterCarpool, type CarpoolPoints, type CarpoolRules } from './cluster-carpool.js';
export { co2KgPerYear, personFactor, type PersonFactor } from './co2-kg-per-year.js';
export { commutingDaysPerYear } from './commuting-days-per-year.js';
export { createScan, type Scan, type ScanOptions } from './create-scan.js';
export type { EmployeeRow } from './employee-row.js';
export { estimateCarMinutes } from './estimate-car-minutes.js';
export { estimatePtMinutes, type PtEstimate } from './estimate-pt-minutes.js';
export { inferMode, type ModeRule } from './infer-mode.js';
export { createLocationMatcher } from './match-location.js';
export { pctUptake } from './pct-uptake.js';
export { peakTripShares, startMinutesOf, type PeakTripShares } from './peak-trip-shares.js';
export { placeHome, type HomePlacement, type Precision } from './place-home.js';
export { ptShareForFactor } from './pt-share-for-factor.js';
export type { Geocoder, ScanContext, Station, WorkLocation } from './scan-context.js';
export type * from './scan-result.js';
export { suppressSmallCells } from './suppress-small-cells.js';
