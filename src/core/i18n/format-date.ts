import type { Lang } from './lang.js';

/** An ISO date ('2026-09-14') as a reader writes it: 14-09-2026 in Dutch, 14 Sep 2026 in English. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  if (y === undefined || m === undefined || d === undefined) return iso;
  if (lang === 'nl') return `${d}-${m}-${y}`;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1];
  return `${Number(d)} ${month} ${y}`;
}
