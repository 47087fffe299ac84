import type { Lang } from './lang.js';

/** An ISO date as a reader writes it: 27-11-2026 in Dutch, 27 Nov 2026 in English (reports and terminal alike). */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  if (lang === 'nl') return `${d}-${m}-${y}`;
  const month = new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return `${Number(d)} ${month} ${y}`;
}
