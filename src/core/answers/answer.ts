import type { Text } from '../i18n/index.js';

/**
 * What a person typed, read: the value, or why it cannot be read as a Text in the language
 * layer (a wizard shows it under the prompt and asks again).
 */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: Text };

/** A readable answer. */
export const accepted = <T>(value: T): Answer<T> => ({ ok: true, value });

/** An answer that cannot be read, and why. */
export const refused = <T = never>(error: Text): Answer<T> => ({ ok: false, error });
