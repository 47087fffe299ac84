import { locationKey } from './location-key.js';
import type { Company, CompanyInput, LocationInput } from './types.js';

/** One field of a company that an import would change, with its value before and after. */
export interface FieldChange {
  field: 'name' | 'sector' | 'headcount' | 'declarationSigned' | 'sharesWithAlliance' | 'locations';
  before: string;
  after: string;
}

const show = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** The fields in which `incoming` differs from the stored company: a rename shows as a name change. */
export function companyChanges(stored: Company, incoming: CompanyInput): FieldChange[] {
  const fields = ['name', 'sector', 'headcount', 'declarationSigned', 'sharesWithAlliance'] as const;
  const changes: FieldChange[] = fields
    .filter((f) => show(stored[f]) !== show(incoming[f]))
    .map((f) => ({ field: f, before: show(stored[f]), after: show(incoming[f]) }));
  // Locations compared as the import compares them (by name, in any order), shown by name and postcode.
  const canonical = (list: readonly LocationInput[]) =>
    JSON.stringify(list.map((l) => [locationKey(l.name), l.name, l.address, l.postcode, l.lat, l.lon]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
  const shown = (list: readonly LocationInput[]) => list.map((l) => (l.postcode ? `${l.name} ${l.postcode}` : l.name)).join(', ');
  if (canonical(stored.locations) !== canonical(incoming.locations)) {
    changes.push({ field: 'locations', before: shown(stored.locations), after: shown(incoming.locations) });
  }
  return changes;
}
