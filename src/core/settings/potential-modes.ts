/** The alternatives to the car whose potential a scan measures (METHOD.md 4). */
export const POTENTIAL_MODES = ['walk', 'bike', 'ebike', 'speedPedelec', 'pt', 'carpool'] as const;
export type PotentialMode = (typeof POTENTIAL_MODES)[number];
