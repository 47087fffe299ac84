import { readFileSync } from 'node:fs';
import { builtInDataPath } from '../../geodata/built-in-data.js';
import type { LatLon } from './map-projection.js';

/** The basemap file inside data/ (made by scripts/derive-basemap.mjs). */
export const BASEMAP_FILE = 'basemap/nl-basemap.json';

/** A closed ring of points. */
export type Ring = LatLon[];

/** Land, borders and PC4 areas of the report map, in degrees. */
export interface Basemap {
  /** Land per country code (NL, BE, DE), as rings (holes are rings too, drawn even-odd). */
  land: Record<string, Ring[]>;
  /** Country borders as open lines. */
  borders: Ring[];
  /** The PC4's point and its area as rings, or undefined when the PC4 is not in the file. */
  pc4: (code: string) => { point: LatLon; rings: Ring[] } | undefined;
  /** PC4 codes whose point lies in a box (for drawing every area in view). */
  pc4Within: (south: number, west: number, north: number, east: number) => string[];
}

interface BasemapFile {
  scale: number;
  land: Record<string, number[][]>;
  borders: number[][];
  pc4: Record<string, [number, number, number[][]]>;
}

/** A ring of [lon0, lat0, dLon, dLat, ...] integers in 1/scale degree (see the derivation script). */
export function decodeRing(encoded: readonly number[], scale: number): Ring {
  const ring: Ring = [];
  let lon = 0;
  let lat = 0;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    lon += encoded[i]!;
    lat += encoded[i + 1]!;
    ring.push({ lat: lat / scale, lon: lon / scale });
  }
  return ring;
}

/** Decodes the parsed file; PC4 areas are decoded only when asked for. */
export function basemapFromJson(file: BasemapFile): Basemap {
  const { scale } = file;
  const decoded = new Map<string, { point: LatLon; rings: Ring[] }>();
  const codes = Object.keys(file.pc4);
  return {
    land: Object.fromEntries(Object.entries(file.land).map(([code, rings]) => [code, rings.map((r) => decodeRing(r, scale))])),
    borders: file.borders.map((r) => decodeRing(r, scale)),
    pc4: (code) => {
      const raw = file.pc4[code];
      if (!raw) return undefined;
      let area = decoded.get(code);
      if (!area) decoded.set(code, (area = { point: { lat: raw[1] / scale, lon: raw[0] / scale }, rings: raw[2].map((r) => decodeRing(r, scale)) }));
      return area;
    },
    pc4Within: (south, west, north, east) =>
      codes.filter((code) => {
        const [lon, lat] = file.pc4[code]!;
        return lat / scale >= south && lat / scale <= north && lon / scale >= west && lon / scale <= east;
      }),
  };
}

let cached: Basemap | undefined;

/** The built-in basemap (read once per process; about 320 kB). */
export function loadBasemap(): Basemap {
  cached ??= basemapFromJson(JSON.parse(readFileSync(builtInDataPath(BASEMAP_FILE), 'utf8')) as BasemapFile);
  return cached;
}
