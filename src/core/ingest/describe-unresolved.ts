import { translator, type Lang } from '../i18n/index.js';
import { columnWordsMessages } from './column-words-messages.js';
import { ROLE_LABELS } from './role-labels.js';
import type { ColumnMapping } from './types.js';

/**
 * Human messages for the required roles a mapping could not settle, each with the
 * `--columns map.json` entry that settles it.
 * @example describeUnresolved(mapping) // ['no column for the home postcode or home place (use --columns ...)']
 */
export function describeUnresolved(mapping: ColumnMapping): string[] {
  const headerOf = (index: number): string => {
    const column = mapping.columns.find((c) => c.index === index);
    return JSON.stringify(column?.header || `column ${index + 1}`);
  };
  return mapping.unresolved.map(({ role, problem, candidates }) => {
    const fix = `use --columns map.json with {"roles": {"${role}": "<header>"}}`;
    if (problem === 'ambiguous') {
      return `${candidates.length} columns could be the ${ROLE_LABELS[role]}: ${candidates.map(headerOf).join(', ')} (${fix})`;
    }
    const what = role === 'homePostcode' || role === 'homePlace' ? 'the home postcode or home place' : `the ${ROLE_LABELS[role]}`;
    return `no column for ${what} (${fix})`;
  });
}

/** The same messages in the reader's language (describeUnresolved stays English, for --json). */
export function describeUnresolvedIn(mapping: ColumnMapping, lang: Lang): string[] {
  const t = translator(columnWordsMessages, lang);
  const headerOf = (index: number): string => {
    const column = mapping.columns.find((c) => c.index === index);
    return column?.header ? JSON.stringify(column.header) : t('columnN', { n: index + 1 });
  };
  return mapping.unresolved.map(({ role, problem, candidates }) => {
    const fix = `{"roles": {"${role}": "<header>"}}`;
    const roleName = t(`role_${role}`);
    if (problem === 'ambiguous') return t('ambiguous', { n: candidates.length, role: roleName, headers: candidates.map(headerOf).join(', '), fix });
    return role === 'homePostcode' || role === 'homePlace' ? t('noColumnHome', { fix }) : t('noColumn', { role: roleName, fix });
  });
}
