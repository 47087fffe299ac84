import type { LatLon } from '../geo/lat-lon.js';

/** A work location of the company profile. */
export interface WorkLocation {
  name: string;
  /** Another code HR may use for it (SAP WERKS/BTRTL, a short name). */
  key?: string;
  postcode?: string;
  lat: number;
  lon: number;
}

/** A rail station (from db-hafas-stations or a user table). */
export interface Station {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

/** Turns the home fields of an export into coordinates; implemented over imported geodata. */
export interface Geocoder {
  pc6?(pc6: string): LatLon | undefined;
  pc4(pc4: string): LatLon | undefined;
  foreign?(country: string, postcode: string): LatLon | undefined;
  place(name: string, country: string, near: LatLon): { lat: number; lon: number; ambiguous: boolean } | undefined;
}

/** Everything outside the employees themselves that a scan needs. */
export interface ScanContext {
  locations: WorkLocation[];
  geocoder: Geocoder;
  stations: Station[];
}
