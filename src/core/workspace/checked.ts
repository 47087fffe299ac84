import type { z } from 'zod';
import { InputError } from '../errors.js';
import type { Text } from '../i18n/index.js';

/** The outcome of checking outside input: the clean value, or messages that name the field. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** `targetPct` -> `target-pct`: fields are named the way the user types them as flags. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? String(part + 1) : String(part).replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())))
    .join(' ');
}

/** Turns a zod failure into one message per issue, each starting with `<entity> <field>:`. */
export function describeIssues(entity: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = fieldName(issue.path);
    return `${entity}${field ? ' ' + field : ''}: ${issue.message}`;
  });
}

/** Runs a zod schema and returns a Checked value. */
export function check<S extends z.ZodType>(schema: S, entity: string, input: unknown): Checked<z.output<S>> {
  // Schemas describe wrong values; a value that is not there at all falls through to here.
  const parsed = schema.safeParse(input, { error: (iss) => (iss.input === undefined ? 'is required' : undefined) });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: describeIssues(entity, parsed.error) };
}

/** Unwraps a Checked value, or throws an InputError with all its messages. */
export function orThrow<T>(checked: Checked<T>, hint?: string | Text): T {
  if (checked.ok) return checked.value;
  throw new InputError(checked.errors.join('\n'), hint);
}
