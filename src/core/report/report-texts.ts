import { formatMessage } from '../i18n/index.js';
import type { Lang } from './report-model.js';
import { reportHistoryMessages } from './report-history-messages.js';
import { reportMessages } from './report-messages.js';
import { reportMethodMessages } from './report-method-messages.js';
import { reportSummaryMessages } from './report-summary-messages.js';

/** The fixed report texts of one language: ICU MessageFormat patterns by key, with their language. */
export interface ReportTexts {
  readonly lang: Lang;
  readonly messages: Readonly<Record<string, string>>;
}

/** Every catalogue a report draws on, merged into one key space (the keys do not overlap). */
const CATALOGUES = [reportMessages, reportSummaryMessages, reportMethodMessages, reportHistoryMessages] as const;

/** The report texts of a language, from the language layer's catalogues. */
export function reportTexts(lang: Lang): ReportTexts {
  return { lang, messages: Object.assign({}, ...CATALOGUES.map((c) => c.messages[lang])) as Record<string, string> };
}

/**
 * A text by key, formatted as an ICU message in the texts' language: `{name}` placeholders,
 * plurals (`{n, plural, one {# deelnemer} other {# deelnemers}}`) and numbers. A missing key
 * shows itself, so a gap is visible, never fatal.
 */
export function text(texts: ReportTexts, key: string, vars: Record<string, string | number> = {}): string {
  const pattern = texts.messages[key];
  return pattern === undefined ? key : formatMessage(texts.lang, pattern, vars);
}

/** A distance band id ('2.5-7.5', '30+') as a label ('2,5-7,5 km', '> 30 km'). */
export function bandLabel(band: string, lang: Lang, unknown: string): string {
  if (band === 'unknown') return unknown;
  const local = (s: string): string => (lang === 'nl' ? s.replace(/\./g, ',') : s);
  return band.endsWith('+') ? `> ${local(band.slice(0, -1))} km` : `${local(band)} km`;
}
