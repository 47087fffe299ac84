import { ROLE_LABELS } from './role-labels.js';
import type { ColumnMapping } from './types.js';

/**
 * Human messages for the required roles a mapping could not settle, each with the
 * `--columns map.json` entry that settles it.
 * @example describeUnresolved(mapping) // ['no column for the home postcode or home place (use --columns ...)']
 */
export function describeUnresolved(mapping: ColumnMapping): string[] {
  const headerOf = (index: number): string => {
    const column = mapping.columns.find((c) => c.index === index);
    return JSON.stringify(column?.header || `column ${index + 1}`);
  };
  return mapping.unresolved.map(({ role, problem, candidates }) => {
    const fix = `use --columns map.json with {"roles": {"${role}": "<header>"}}`;
    if (problem === 'ambiguous') {
      return `${candidates.length} columns could be the ${ROLE_LABELS[role]}: ${candidates.map(headerOf).join(', ')} (${fix})`;
    }
    const what = role === 'homePostcode' || role === 'homePlace' ? 'the home postcode or home place' : `the ${ROLE_LABELS[role]}`;
    return `no column for ${what} (${fix})`;
  });
}
