import { joinTexts, renderText, text, type Lang, type Text } from '../i18n/index.js';
import { columnWordsMessages } from './column-words-messages.js';
import type { ColumnMapping } from './types.js';

/**
 * The required roles a mapping could not settle, each said with the `--columns map.json` entry
 * that settles it, as Texts (the terminal, --json and errors render them in their language).
 * @example renderText(describeUnresolved(mapping)[0], 'en') // 'no column for the home postcode or home place (use --columns ...)'
 */
export function describeUnresolved(mapping: ColumnMapping): Text[] {
  // a column without a header is named by its place: "kolom 3" / "column 3"
  const headerOf = (index: number): Text | string => {
    const column = mapping.columns.find((c) => c.index === index);
    return column?.header ? JSON.stringify(column.header) : text(columnWordsMessages, 'columnN', { n: index + 1 });
  };
  return mapping.unresolved.map(({ role, problem, candidates }) => {
    const fix = `{"roles": {"${role}": "<header>"}}`;
    const roleName = text(columnWordsMessages, `role_${role}`);
    if (problem === 'ambiguous') {
      return text(columnWordsMessages, 'ambiguous', { n: candidates.length, role: roleName, headers: joinTexts(candidates.map(headerOf), 'commas'), fix });
    }
    return role === 'homePostcode' || role === 'homePlace' ? text(columnWordsMessages, 'noColumnHome', { fix }) : text(columnWordsMessages, 'noColumn', { role: roleName, fix });
  });
}

/** The same messages rendered in the reader's language. */
export function describeUnresolvedIn(mapping: ColumnMapping, lang: Lang): string[] {
  return describeUnresolved(mapping).map((t) => renderText(t, lang));
}
