import type { z } from 'zod';
import { InputError } from '../errors.js';
import { joinTexts, text, type Text } from '../i18n/index.js';
import { validationMessages as m, type ValidationKey } from './validation-messages.js';

/** The outcome of checking outside input: the clean value, or texts that name the field. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Text[] };

/** One thing wrong with the input: where (the zod path) and what, in the reader's language. */
export interface Problem {
  readonly path: readonly PropertyKey[];
  readonly problem: Text | string;
}

const FIELD_KEYS: Record<string, ValidationKey> = {
  id: 'fieldId', name: 'fieldName', sector: 'fieldSector', headcount: 'fieldHeadcount',
  declarationSigned: 'fieldDeclarationSigned', sharesWithAlliance: 'fieldSharesWithAlliance', locations: 'fieldLocations',
  address: 'fieldAddress', postcode: 'fieldPostcode', lat: 'fieldLat', lon: 'fieldLon', companyId: 'fieldCompanyId',
  kind: 'fieldKind', targetPct: 'fieldTargetPct', baselineYear: 'fieldBaselineYear', targetYear: 'fieldTargetYear', basis: 'fieldBasis',
};

/** `targetPct` -> `target-pct`: a field without a label is named the way the user types it as a flag. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? String(part + 1) : String(part).replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())))
    .join(' ');
}

/** A field's name in the reader's language: `locations 2 lat` is "locatie 2 breedtegraad (lat)". */
export function fieldText(path: readonly PropertyKey[]): Text | string {
  const [first, index, ...rest] = path;
  const key = typeof first === 'string' ? FIELD_KEYS[first] : undefined;
  const label = key === undefined ? fieldName(path.slice(0, 1)) : text(m, key);
  if (typeof index === 'number' && rest.length > 0) return text(m, 'nested', { outer: label, index: index + 1, inner: fieldText(rest) });
  return path.length <= 1 ? label : fieldName(path);
}

/** Shows a value the way the user typed it: text in quotes, numbers as they are. */
export const shown = (input: unknown): Text | string => (typeof input === 'string' ? text(m, 'quoted', { value: input }) : String(input));

/**
 * An issue's message is a validation key (what the schemas in this folder return); its values
 * come from the issue. A schema elsewhere (the demo manifest) may still give its own words.
 */
function problemOf(issue: z.core.$ZodIssue & { input?: unknown; params?: Record<string, unknown> }): Text | string {
  if (!Object.hasOwn(m.messages.en, issue.message)) return issue.message;
  const key = issue.message as ValidationKey;
  const extra = (issue.params ?? {}) as Record<string, string | number>;
  return text(m, key, {
    value: shown(issue.input),
    max: 'maximum' in issue ? Number(issue.maximum) : undefined,
    options: 'values' in issue ? issue.values.map(String).join(', ') : undefined,
    ...extra,
  });
}

/** Runs a zod schema and returns each problem with its path (for a wizard that shows one field's problem). */
export function checkProblems<S extends z.ZodType>(schema: S, input: unknown): { ok: true; value: z.output<S> } | { ok: false; problems: Problem[] } {
  // Schemas describe wrong values; a value that is not there at all falls through to 'required',
  // anything the schemas did not foresee to 'invalid' (never zod's own English).
  const parsed = schema.safeParse(input, { reportInput: true, error: (iss) => (iss.input === undefined ? 'required' : 'invalid') });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: issue.path, problem: problemOf(issue) })) };
}

/** One problem as a full message: `{entity} {field}: {problem}`. */
export function problemText(entity: Text | string, { path, problem }: Problem): Text {
  return path.length === 0 ? text(m, 'issueNoField', { entity, problem }) : text(m, 'issue', { entity, field: fieldText(path), problem });
}

/** Runs a zod schema and returns a Checked value whose messages start with the entity and field. */
export function check<S extends z.ZodType>(schema: S, entity: Text | string, input: unknown): Checked<z.output<S>> {
  const checked = checkProblems(schema, input);
  return checked.ok ? checked : { ok: false, errors: checked.problems.map((p) => problemText(entity, p)) };
}

/** Unwraps a Checked value, or throws an InputError with all its messages (one a line). */
export function orThrow<T>(checked: Checked<T>, hint?: string | Text): T {
  if (checked.ok) return checked.value;
  throw new InputError(joinTexts(checked.errors), hint);
}
