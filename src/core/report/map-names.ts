import type { Lang } from './report-model.js';

/*
 * GeoNames' main names of a few places are English or an administrative variant; a Dutch reader
 * looks for the name on the station and the town sign.
 */
const DISPLAY: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  nl: { 'The Hague': 'Den Haag', 'Almere Stad': 'Almere', Brussels: 'Brussel', Cologne: 'Keulen', 'Velsen-Zuid': 'Velsen' },
  en: { 'Almere Stad': 'Almere', 'Velsen-Zuid': 'Velsen' },
};

/** A place name as the map shows it ("The Hague" is "Den Haag" in a Dutch report). */
export function mapPlaceName(name: string, lang: Lang): string {
  return DISPLAY[lang][name] ?? name;
}

/**
 * A station name as the map shows it: the station table marks Dutch stations that share a name
 * with a German one with "(NL)" ("Zwijndrecht(NL)"); a reader of a Dutch map needs no such mark.
 * @example mapStationName('Zwijndrecht(NL)') // 'Zwijndrecht'
 */
export function mapStationName(name: string): string {
  return name.replace(/\s*\((NL|Nederland|Netherlands)\)\s*$/i, '').trim();
}

/** The key under which two names count as the same label ("Zwijndrecht" = "zwijndrecht "). */
export function labelKey(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
