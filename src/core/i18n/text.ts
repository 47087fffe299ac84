import type { Catalogue } from './define-messages.js';
import { formatMessage, type MessageValues } from './format-message.js';
import type { Lang } from './lang.js';

/**
 * A text that is rendered only when its language is known: core code and errors carry it, the
 * edge (terminal, report) renders it in the reader's language.
 */
export interface Text {
  readonly catalogue: Catalogue;
  readonly key: string;
  readonly values: TextValues;
}

/** Values of a deferred text: plain values, or texts of their own rendered in the same language. */
export type TextValues = Readonly<Record<string, MessageValues[string] | Text>>;

/** A deferred text from a catalogue; a value may itself be a Text (a field label, a reason). */
export function text<K extends string>(catalogue: Catalogue<K>, key: K, values: TextValues = {}): Text {
  return { catalogue: catalogue as Catalogue, key, values };
}

/** True for a deferred text (as opposed to a plain string). */
export function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && 'catalogue' in value && 'key' in value;
}

/** Renders a deferred text or passes a plain string through. */
export function renderText(value: string | Text, lang: Lang): string {
  if (typeof value === 'string') return value;
  const pattern = value.catalogue.messages[lang][value.key];
  if (pattern === undefined) return `[${value.catalogue.area}.${value.key}]`;
  // Nested texts (a field's label inside a validation message) take the reader's language too.
  const values: Record<string, MessageValues[string]> = {};
  for (const [name, v] of Object.entries(value.values)) values[name] = isText(v) ? renderText(v, lang) : v;
  return formatMessage(lang, pattern, values);
}

/** A function that renders one catalogue's keys in one language: `const t = translator(cat, 'nl')`. */
export function translator<K extends string>(catalogue: Catalogue<K>, lang: Lang) {
  return (key: K, values: TextValues = {}): string => renderText(text(catalogue, key, values), lang);
}

/** A JSON.stringify replacer that renders every deferred text in `lang` (for --json and files). */
export function textReplacer(lang: Lang): (key: string, value: unknown) => unknown {
  return (_key, value) => (isText(value) ? renderText(value, lang) : value);
}
