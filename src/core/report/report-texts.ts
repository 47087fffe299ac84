import type { Lang } from './report-model.js';

/** The fixed report texts of one language (templates/report/texts.json). */
export type ReportTexts = Readonly<Record<string, string>>;

/** A text by key with `{name}` placeholders filled; a missing key shows itself, so a gap is visible, never fatal. */
export function text(texts: ReportTexts, key: string, vars: Record<string, string | number> = {}): string {
  const template = texts[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Picks one language from the parsed texts file. */
export function textsFor(all: Record<string, unknown>, lang: Lang): ReportTexts {
  const texts = all[lang];
  if (typeof texts !== 'object' || texts === null) throw new Error(`report texts have no language '${lang}'`);
  return texts as ReportTexts;
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
