/**
 * Car commuters who could carpool, kept as compact typed arrays (about 40 bytes each) instead of
 * Employee objects, so a million-row scan stays small. Start time NaN = unknown.
 */
export class CarpoolCandidates {
  length = 0;
  lat = new Float64Array(64);
  lon = new Float64Array(64);
  startMinutes = new Float32Array(64);
  /** Scenario group (location x band) of the candidate, and whether it has a train estimate: what the scenario leaves in the car follows from both. */
  group = new Int32Array(64);
  hasPt = new Uint8Array(64);
  /** Car trips a working day in the morning and the evening window. */
  morningTrips = new Float32Array(64);
  eveningTrips = new Float32Array(64);
  co2Kg = new Float32Array(64);
  /** Index of the buffered per-employee row, -1 when rows are not kept. */
  rowIndex = new Int32Array(64);

  /** Appends one candidate. */
  push(c: { lat: number; lon: number; startMinutes: number; group: number; hasPt: boolean; morningTrips: number; eveningTrips: number; co2Kg: number; rowIndex: number }): void {
    if (this.length === this.lat.length) this.grow();
    const i = this.length++;
    this.lat[i] = c.lat;
    this.lon[i] = c.lon;
    this.startMinutes[i] = c.startMinutes;
    this.group[i] = c.group;
    this.hasPt[i] = c.hasPt ? 1 : 0;
    this.morningTrips[i] = c.morningTrips;
    this.eveningTrips[i] = c.eveningTrips;
    this.co2Kg[i] = c.co2Kg;
    this.rowIndex[i] = c.rowIndex;
  }

  private grow(): void {
    const n = this.lat.length * 2;
    const up = <T extends Float64Array | Float32Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.lat = up(this.lat, (k) => new Float64Array(k));
    this.lon = up(this.lon, (k) => new Float64Array(k));
    this.startMinutes = up(this.startMinutes, (k) => new Float32Array(k));
    this.group = up(this.group, (k) => new Int32Array(k));
    this.hasPt = up(this.hasPt, (k) => new Uint8Array(k));
    this.morningTrips = up(this.morningTrips, (k) => new Float32Array(k));
    this.eveningTrips = up(this.eveningTrips, (k) => new Float32Array(k));
    this.co2Kg = up(this.co2Kg, (k) => new Float32Array(k));
    this.rowIndex = up(this.rowIndex, (k) => new Int32Array(k));
  }
}
