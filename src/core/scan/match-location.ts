import type { WorkLocation } from './scan-context.js';

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');
const normPostcode = (s: string): string => s.replace(/\s+/g, '').toUpperCase();

/**
 * Builds a matcher from an employee's work-location value to the index of a location, by name,
 * key or postcode, ignoring case and spaces; -1 when nothing matches. With one location every
 * employee works there, whatever the export says.
 */
export function createLocationMatcher(locations: readonly WorkLocation[]): (value: string | undefined) => number {
  if (locations.length === 1) return () => 0;
  const byText = new Map<string, number>();
  // Later duplicates do not overwrite: the first location in the profile wins.
  const put = (k: string, i: number): void => {
    if (k !== '' && !byText.has(k)) byText.set(k, i);
  };
  locations.forEach((l, i) => {
    put(norm(l.name), i);
    if (l.key !== undefined) put(norm(l.key), i);
    if (l.postcode !== undefined) put(`pc:${normPostcode(l.postcode)}`, i);
  });
  return (value) => {
    if (value === undefined) return -1;
    return byText.get(norm(value)) ?? byText.get(`pc:${normPostcode(value)}`) ?? -1;
  };
}
