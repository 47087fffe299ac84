import type { Lang } from '../i18n/index.js';

/** An ISO date (YYYY-MM-DD, or a timestamp starting with one) as a reader writes it: 30-11-2026 in Dutch, 2026-11-30 in English. */
export function formatIsoDate(iso: string, lang: Lang = 'nl'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === 'nl' ? `${m[3]}-${m[2]}-${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}
