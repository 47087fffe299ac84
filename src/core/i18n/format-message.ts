import { IntlMessageFormat } from 'intl-messageformat';
import { localeOf, type Lang } from './lang.js';

/** Values a message may interpolate: numbers are formatted in the language's own way. */
export type MessageValues = Readonly<Record<string, string | number | Date | boolean | null | undefined>>;

const compiled = new Map<string, IntlMessageFormat>();

/** The characters that make a message more than plain text in ICU syntax. */
const PLAIN_SYNTAX = /[{}']/;

/**
 * Formats one ICU message (`{n, plural, one {# deelnemer} other {# deelnemers}}`,
 * `{km, number}`, `{share, number, ::percent .0}`) in a language; compiled messages are cached.
 */
export function formatMessage(lang: Lang, pattern: string, values: MessageValues = {}): string {
  // Without braces or apostrophes a message is its own text: no need to compile it (the CLI's
  // help texts, hundreds of them, are formatted at every start).
  if (!PLAIN_SYNTAX.test(pattern)) return pattern;
  const cacheKey = `${lang}\u0000${pattern}`;
  let format = compiled.get(cacheKey);
  if (format === undefined) {
    format = new IntlMessageFormat(pattern, localeOf(lang), undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  const result = format.format(values as Record<string, string | number | Date | boolean>);
  return typeof result === 'string' ? result : (result as unknown[]).join('');
}

/** Checks that a pattern compiles; returns the parse error's message, or undefined when fine. */
export function checkMessage(lang: Lang, pattern: string): string | undefined {
  try {
    new IntlMessageFormat(pattern, localeOf(lang), undefined, { ignoreTag: true });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
