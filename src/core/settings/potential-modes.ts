/** The alternatives to the car whose potential a scan measures (docs/method.md, Potential). */
export const POTENTIAL_MODES = ['walk', 'bike', 'ebike', 'speedPedelec', 'pt', 'carpool'] as const;
export type PotentialMode = (typeof POTENTIAL_MODES)[number];
