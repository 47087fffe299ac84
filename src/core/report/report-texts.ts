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
