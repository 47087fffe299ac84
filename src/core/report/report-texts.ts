import { formatMessage } from '../i18n/index.js';
import { allianceReportMessages } from './alliance-report-messages.js';
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
const CATALOGUES = [reportMessages, reportSummaryMessages, reportMethodMessages, allianceReportMessages, reportHistoryMessages] as const;

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
/** Dutch labels of the advice engine's English group descriptions. */
const GROUP_LABELS_NL: [RegExp, string][] = [
  [/^car commuters ([\d.]+)-([\d.]+) km$/, 'autoforenzen $1-$2 km'],
  [/^car commuters ([\d.]+)\+ km$/, 'autoforenzen vanaf $1 km'],
  [/^car commuters with good PT$/, 'autoforenzen met een goed OV-alternatief'],
  [/^carpool candidates$/, 'autoforenzen in carpoolgroepjes'],
  [/^car commuters in the peak$/, 'autoforenzen in de spits'],
  [/^car commuters who could work from home$/, 'autoforenzen die thuis kunnen werken'],
  [/^car commuters$/, 'autoforenzen'],
  [/^short business flights a year$/, 'korte zakelijke vluchten per jaar'],
  [/^lease cars(.*)$/, 'leaseauto’s$1'],
];

/** The advice group label in the report's language. */
export function groupLabel(label: string, lang: Lang): string {
  if (lang === 'en') return label;
  for (const [pattern, nl] of GROUP_LABELS_NL) if (pattern.test(label)) return label.replace(pattern, nl).replace(/(\d)\.(\d)/g, '$1,$2');
  return label;
}
