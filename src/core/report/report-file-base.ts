import type { Lang } from './report-model.js';

/*
 * Report file names. The language is in the name, so an English report never overwrites the
 * Dutch one of the same day. Member ids are lower-case letters, digits and '-' (validate-company),
 * so the alliance's name, with an '_', can never be a member's: no member id is reserved.
 */

/** A member's report: `asz-2026-11-30-nl`. */
export function companyFileBase(id: string, date: string, lang: Lang): string {
  return `${id}-${date}-${lang}`;
}

/** The alliance report: `alliantie_2026-11-30-nl`, `alliance_2026-11-30-en`. */
export function allianceFileBase(date: string, lang: Lang): string {
  return `${lang === 'nl' ? 'alliantie' : 'alliance'}_${date}-${lang}`;
}

/** True when a file name is a report of this member in this language and format, of any date. */
export function isCompanyReportFile(name: string, id: string, lang: Lang, format: string): boolean {
  const prefix = `${id}-`;
  const suffix = `-${lang}.${format}`;
  return name.startsWith(prefix) && name.endsWith(suffix) && /^\d{4}-\d{2}-\d{2}$/.test(name.slice(prefix.length, name.length - suffix.length));
}
