import type { Lang } from '../i18n/index.js';

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

function monthFormat(lang: Lang): Intl.DateTimeFormat {
  let format = monthFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(lang, format);
  }
  return format;
}

/**
 * A tracking period as a reader writes it: the quarter '2026-Q3' as 'K3 2026' (kwartaal) in Dutch
 * and 'Q3 2026' in English, the month '2026-03' as 'mrt 2026' / 'Mar 2026'. Machine output
 * (`--json`, ids) keeps the sortable label; any other label is shown as it is.
 */
export function formatPeriod(label: string, lang: Lang): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return `${lang === 'nl' ? 'K' : 'Q'}${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (month) return monthFormat(lang).format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  return label;
}
