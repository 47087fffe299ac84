/** A Dutch rail station of the built-in table (data/stations/nl-stations.json). */
export interface Station {
  /** EVA/UIC number, e.g. "8400180" (Dordrecht). */
  id: string;
  name: string;
  lat: number;
  lon: number;
}

/** Reads the stored station table; entries without id, name or numeric coordinates are skipped. */
export function stationsFromJson(json: unknown): Station[] {
  const list = typeof json === 'object' && json !== null ? (json as { stations?: unknown }).stations : undefined;
  if (!Array.isArray(list)) return [];
  const stations: Station[] = [];
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, name, lat, lon } = item as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof lat !== 'number' || typeof lon !== 'number') continue;
    stations.push({ id, name, lat, lon });
  }
  return stations;
}
