import type { MethodEntry } from '../settings/settings-method-entries.js';
import { formatValue } from './format-value.js';
import type { Cell, Lang, Table } from './report-model.js';
import { bandLabel, text, type ReportTexts } from './report-texts.js';
import { SETTING_LABELS } from './setting-labels.js';

/**
 * Whether a setting holds the shipped default: its source is the shipped one. Without the shipped
 * sources (older callers), a source citing the method or an assumption counts as a default.
 */
function isDefault(entry: MethodEntry, defaults: Readonly<Record<string, string>> | undefined): boolean {
  if (defaults) return defaults[entry.setting] === entry.source;
  return /METHOD\.md|docs\/method|^assumption/i.test(entry.source);
}

type Row = [string, Cell, string, string];

const plain = new Map<Lang, Intl.NumberFormat>();

/** A setting's number as written: all its decimals, in the report's language (1,25; 0,008775). */
function num(n: number, lang: Lang): string {
  let format = plain.get(lang);
  if (!format) plain.set(lang, (format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 6 })));
  return format.format(n);
}

/** A structured value in words: '07:00-09:00', '1,2: 45% · 1,5: 32,5%', 'a -1,468 · d1 -0,717'. */
function describe(path: string, value: unknown, t: ReportTexts): string {
  const lang = t.lang;
  const shown = (v: unknown): string => (typeof v === 'number' ? num(v, lang) : typeof v === 'boolean' ? text(t, v ? 'yes' : 'no') : v === null ? '–' : String(v));
  if (path === 'bands' && Array.isArray(value)) return value.map((b: { id: string }) => bandLabel(b.id, lang, '')).join(' · ');
  if (path === 'pt.shareByFactor' && Array.isArray(value)) return value.map((s: { factor: number; share: number }) => `${num(s.factor, lang)}: ${formatValue(s.share, 'pct', lang)}`).join(' · ');
  if (path === 'car.speeds' && Array.isArray(value)) {
    return value.map((s: { upToKm: number | null; kmh: number }) => (s.upToKm === null ? text(t, 'beyond', { kmh: s.kmh }) : text(t, 'upTo', { km: num(s.upToKm, lang), kmh: s.kmh }))).join(' · ');
  }
  if (value && typeof value === 'object' && 'start' in value && 'end' in value) return `${String(value.start)}-${String(value.end)}`;
  if (path === 'peak.assumedShareWithoutStartTime' && value && typeof value === 'object') {
    const v = value as { morning: number; evening: number };
    return `${text(t, 'colMorning')} ${formatValue(v.morning, 'pct', lang)} · ${text(t, 'colEvening')} ${formatValue(v.evening, 'pct', lang)}`;
  }
  if (path === 'co2.basis') return text(t, value === 'ttw' ? 'basisTtw' : 'basisWtw');
  if (Array.isArray(value)) return value.map(shown).join(' · ');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k} ${shown(v)}`).join(' · ');
  return shown(value);
}

/** One CO2 factor as a row: mode and fuel in words, grams per km as a number. */
function factorRow(entry: MethodEntry, t: ReportTexts, source: string, byDefault: boolean): Row {
  const f = entry.value as { mode: string; fuel?: string; wtwGPerKm: number; ttwGPerKm: number; unit: string; indicative?: boolean };
  const name = `${text(t, 'co2FactorOf')} ${text(t, `mode_${f.mode}`)}${f.fuel ? ` (${f.fuel})` : ''}`;
  const unit = text(t, f.unit === 'vkm' ? 'unitGPerVkm' : 'unitGPerPkm');
  return [name, f.wtwGPerKm, unit, byDefault ? text(t, f.indicative ? 'src_co2Indicative' : 'src_co2') : source];
}

/**
 * The settings as a table a reader can follow (setting, value, unit, source): names instead of
 * setting paths, numbers as numbers, structured values in words; the public source of each
 * default, or the user's own source where a setting was changed. For the workbook only.
 */
export function settingsTable(entries: readonly MethodEntry[], t: ReportTexts, defaults?: Readonly<Record<string, string>>): Table {
  const lang = t.lang;
  const rows = entries.map((entry): Row => {
    const custom = text(t, 'src_custom', { source: entry.source });
    if (entry.setting.startsWith('co2.factors')) return factorRow(entry, t, custom, isDefault(entry, defaults));
    const label = SETTING_LABELS[entry.setting];
    const name = label ? label[lang] : entry.setting.split('.').at(-1)!.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    const source = label && isDefault(entry, defaults) ? text(t, label.source) : custom;
    const unit = label?.unit?.[lang === 'nl' ? 0 : 1] ?? '';
    const isShare = unit === '%' && typeof entry.value === 'number';
    const value: Cell = typeof entry.value === 'number' ? (isShare ? Math.round(entry.value * 1000) / 10 : entry.value) : describe(entry.setting, entry.value, t);
    return [name, value, unit, source];
  });
  return {
    id: 'settings',
    title: text(t, 'methodSettings'),
    columns: [
      { key: 'setting', label: text(t, 'colSetting'), format: 'text', width: 44 },
      { key: 'value', label: text(t, 'colValue'), format: 'text', width: 34 },
      { key: 'unit', label: text(t, 'colUnit'), format: 'text', width: 12 },
      { key: 'source', label: text(t, 'colSource'), format: 'text', width: 70 },
    ],
    rows,
  };
}
