/**
 * The tagged result every normaliser returns. Reasons never quote the raw value: the caller
 * decides whether a value may be shown (personal data may not, docs/method.md).
 */

/** A parsed value, or why the raw text could not be read. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A successful parse. */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** A failed parse with a short English reason that does not contain the raw value. */
export function fail<T = never>(reason: string): Parsed<T> {
  return { ok: false, reason };
}
