import { joinMessages } from './join-messages.js';
import { text, type Text } from './text.js';

/**
 * Joins several texts (or strings) into one Text that renders each in the reader's language: one
 * a line, or separated by semicolons or commas. The halves nest, so a thousand messages stay shallow.
 */
export function joinTexts(parts: readonly (Text | string)[], how: 'lines' | 'semicolons' | 'commas' = 'lines'): Text | string {
  if (parts.length === 0) return '';
  if (parts.length === 1) return parts[0]!;
  const middle = Math.ceil(parts.length / 2);
  return text(joinMessages, how, { first: joinTexts(parts.slice(0, middle), how), rest: joinTexts(parts.slice(middle), how) });
}
