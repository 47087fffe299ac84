import type { LatLon } from './lat-lon.js';

/*
 * Approximation polynomials from RD (Rijksdriehoeksstelsel, EPSG:28992) to WGS84, from
 * F.H. Schreutelkamp and G.L. Strang van Hees, "Benaderingsformules voor de transformatie tussen
 * RD- en WGS84-kaartcoördinaten", Geodesia 43 (2001), pp. 64-69. Accurate to about 1 m inside
 * the Netherlands, which is far below a postcode's own size; the exact transformation
 * (RDNAPTRANS) needs a correction grid that a postcode table does not warrant.
 *
 * Each term is [p, q, coefficient] for coefficient * dX^p * dY^q, where dX and dY are the
 * offsets from Amersfoort in units of 100 km; the sums are in arc seconds.
 */
const LAT_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [0, 1, 3235.65389], [2, 0, -32.58297], [0, 2, -0.2475], [2, 1, -0.84978],
  [0, 3, -0.0655], [2, 2, -0.01709], [1, 0, -0.00738], [4, 0, 0.0053],
  [2, 3, -0.00039], [4, 1, 0.00033], [1, 1, -0.00012],
];
const LON_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [1, 0, 5260.52916], [1, 1, 105.94684], [1, 2, 2.45656], [3, 0, -0.81885],
  [1, 3, 0.05594], [3, 1, -0.05607], [0, 1, 0.01199], [3, 2, -0.00256],
  [1, 4, 0.00128], [0, 2, 0.00022], [2, 0, -0.00022], [5, 0, 0.00026],
];

/** The base point, the Onze Lieve Vrouwetoren in Amersfoort: RD and WGS84 (same source). */
const RD_X0 = 155000;
const RD_Y0 = 463000;
const LAT0 = 52.1551744;
const LON0 = 5.38720621;

/** Bounds of the RD grid over the Netherlands (EPSG:28992 area of use, rounded outwards). */
export const RD_BOUNDS = { minX: -7000, maxX: 300000, minY: 289000, maxY: 629000 } as const;

/**
 * Converts Dutch RD coordinates in metres to WGS84 degrees.
 * @example rdToWgs84(155000, 463000) // { lat: 52.15517, lon: 5.38721 } (Amersfoort)
 */
export function rdToWgs84(x: number, y: number): LatLon {
  const dX = (x - RD_X0) * 1e-5;
  const dY = (y - RD_Y0) * 1e-5;
  let latSeconds = 0;
  for (const [p, q, k] of LAT_TERMS) latSeconds += k * dX ** p * dY ** q;
  let lonSeconds = 0;
  for (const [p, q, l] of LON_TERMS) lonSeconds += l * dX ** p * dY ** q;
  return { lat: LAT0 + latSeconds / 3600, lon: LON0 + lonSeconds / 3600 };
}

/** True when (x, y) can be RD coordinates in metres of a point in or near the Netherlands. */
export function isRdCoordinate(x: number, y: number): boolean {
  return x >= RD_BOUNDS.minX && x <= RD_BOUNDS.maxX && y >= RD_BOUNDS.minY && y <= RD_BOUNDS.maxY;
}
