import type { GroupRule, Phrases } from './catalogue-schema.js';
import { fillTemplate } from './fill-template.js';
import type { NumberFormats } from './format-numbers.js';
import type { Lang } from './types.js';

/** A distance range in words ('0-7,5 km', 'meer dan 30 km'), from the catalogue's phrases. */
export function rangeText(fromKm: number, toKm: number | null, phrases: Phrases, lang: Lang, f: NumberFormats): string {
  return toKm === null
    ? fillTemplate(phrases.rangeOpen[lang], { fromKm: f.decimal(fromKm) })
    : fillTemplate(phrases.range[lang], { fromKm: f.decimal(fromKm), toKm: f.decimal(toKm) });
}

/** The short name of a measure's target group for tables, in the report's language (from the catalogue). */
export function groupLabel(rule: GroupRule, phrases: Phrases, lang: Lang, f: NumberFormats): string {
  const template = phrases.groupLabels[rule.kind][lang];
  switch (rule.kind) {
    case 'carDistance':
      return fillTemplate(template, { range: rangeText(rule.fromKm, rule.toKm, phrases, lang, f) });
    case 'leaseCars':
      return fillTemplate(template, { fuels: rule.fuels.map((fuel) => phrases.fuels[fuel][lang]).join(', ') });
    default:
      return fillTemplate(template, {});
  }
}
