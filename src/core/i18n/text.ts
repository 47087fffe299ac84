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
  readonly values: MessageValues;
}

/** A deferred text from a catalogue. */
export function text<K extends string>(catalogue: Catalogue<K>, key: K, values: MessageValues = {}): Text {
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
  return formatMessage(lang, pattern, value.values);
}

/** A function that renders one catalogue's keys in one language: `const t = translator(cat, 'nl')`. */
export function translator<K extends string>(catalogue: Catalogue<K>, lang: Lang) {
  return (key: K, values: MessageValues = {}): string => renderText(text(catalogue, key, values), lang);
}
