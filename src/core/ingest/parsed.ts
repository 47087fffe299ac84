/**
 * The tagged result every normaliser returns. Reasons never quote the raw value: the caller
 * decides whether a value may be shown (personal data may not, docs/method.md).
 */
import { text, type Text, type TextValues } from '../i18n/index.js';
import { parseReasonMessages, type ParseReason } from './parse-reason-messages.js';

/** A parsed value, or why the raw text could not be read (a Text, rendered in the reader's language). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Text };

/** A successful parse. */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** A failed parse with a short reason from parseReasonMessages that does not contain the raw value. */
export function fail<T = never>(reason: ParseReason, values: TextValues = {}): Parsed<T> {
  return { ok: false, reason: text(parseReasonMessages, reason, values) };
}
