import { text, type Text } from '../i18n/index.js';
import { overrideProblemMessages as m } from './override-problem-messages.js';
import { normaliseKey } from './normalise-key.js';
import { COLUMN_ROLES, type ColumnOverrides, type ColumnRole } from './types.js';

/** A user's mapping file applied to the headers: which column plays which role, which to skip. */
export interface ResolvedOverrides {
  roles: Map<number, ColumnRole>;
  ignore: Set<number>;
  problems: Text[];
}

const KNOWN_ROLES: ReadonlySet<string> = new Set(COLUMN_ROLES);

/** A column named by its number ("column 3", "kolom 3", "#3"), for files without a header row. */
const BY_NUMBER = /^(?:column|kolom|#)\s*(\d{1,5})$/i;

/** The 0-based index of a column named by number, or undefined for a header text. */
export function columnByNumber(wanted: string): number | undefined {
  const match = BY_NUMBER.exec(wanted.trim());
  return match && Number(match[1]) >= 1 ? Number(match[1]) - 1 : undefined;
}

/** Finds a column by number, else a header case-insensitively, then ignoring punctuation and spacing too. */
function findHeader(headers: readonly string[], wanted: string): number {
  const byNumber = columnByNumber(wanted);
  if (byNumber !== undefined) return byNumber;
  const lower = wanted.trim().toLowerCase();
  const exact = headers.findIndex((h) => h.trim().toLowerCase() === lower);
  if (exact >= 0) return exact;
  const key = normaliseKey(wanted);
  return key === '' ? -1 : headers.findIndex((h) => normaliseKey(h) === key);
}

/**
 * Matches the headers named in a `--columns map.json` to column indexes. Entries that name an
 * unknown role, a header that does not exist, or a column already mapped become problems
 * rather than being dropped silently.
 */
export function resolveOverrides(headers: readonly string[], overrides: ColumnOverrides | undefined): ResolvedOverrides {
  const resolved: ResolvedOverrides = { roles: new Map(), ignore: new Set(), problems: [] };
  if (!overrides) return resolved;
  for (const [role, header] of Object.entries(overrides.roles ?? {})) {
    if (!KNOWN_ROLES.has(role)) {
      resolved.problems.push(text(m, 'unknownRole', { role, roles: COLUMN_ROLES.join(', ') }));
      continue;
    }
    if (typeof header !== 'string' || header.trim() === '') {
      resolved.problems.push(text(m, 'noHeaderText', { role }));
      continue;
    }
    const index = findHeader(headers, header);
    if (index < 0) {
      resolved.problems.push(text(m, 'noSuchColumn', { role, header }));
      continue;
    }
    const taken = resolved.roles.get(index);
    if (taken !== undefined) {
      resolved.problems.push(text(m, 'alreadyMapped', { role, header, taken }));
      continue;
    }
    resolved.roles.set(index, role as ColumnRole);
  }
  for (const header of overrides.ignore ?? []) {
    const index = typeof header === 'string' ? findHeader(headers, header) : -1;
    if (index < 0) resolved.problems.push(text(m, 'ignoreNoSuchColumn', { header: String(header) }));
    else if (resolved.roles.has(index)) resolved.problems.push(text(m, 'ignoreHasRole', { header }));
    else resolved.ignore.add(index);
  }
  return resolved;
}
