import { text, type Text } from '../i18n/index.js';
import { formatSettingsIssues } from './format-settings-issues.js';
import { settingsIssueMessages } from './settings-issue-messages.js';
import { scanSettingValuesSchema, type ScanSettings, type SettingSources } from './scan-settings-schema.js';
import { isPlainObject } from './setting-path.js';
import { unwrapSourced } from './unwrap-sourced.js';

/** Settings that validated, or the lines that say what is wrong (in the reader's language). */
export type SettingsResult = { ok: true; settings: ScanSettings } | { ok: false; errors: Text[] };

/** Objects merge key by key; arrays, primitives and null replace (a band list is replaced whole). */
function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = key in base ? deepMerge(base[key], value) : value;
  return out;
}

/**
 * Each overridden path takes the override's source. When it lies inside a setting that the
 * defaults source as a whole (`pct.goDutch.a` inside `pct.goDutch`), that setting's source says
 * which parts changed, so the method block never shows a default source beside a changed value.
 */
function mergeSources(base: SettingSources, over: SettingSources, label: string): SettingSources {
  const out: SettingSources = { ...base };
  const changedParts: Record<string, string[]> = {};
  for (const [path, source] of Object.entries(over)) {
    // The longest sourced path that contains this one.
    const owner = Object.keys(base)
      .filter((p) => path.startsWith(p) && (path.length === p.length || '.['.includes(path[p.length]!)))
      .sort((a, b) => b.length - a.length)[0];
    if (owner === undefined || owner === path) {
      out[path] = source === label ? label : `${source} (${label})`;
    } else {
      (changedParts[owner] ??= []).push(path.slice(owner.length).replace(/^\./, ''));
    }
  }
  for (const [owner, parts] of Object.entries(changedParts)) out[owner] = `${base[owner]}; changed by ${label}: ${parts.join(', ')}`;
  return out;
}

/**
 * Applies a user's partial settings (parsed JSON or YAML; plain values or `{value, source}` pairs)
 * on top of validated defaults and validates the result. Errors name the path of each bad field.
 */
export function mergeSettings(defaults: ScanSettings, override: unknown, label = 'settings file'): SettingsResult {
  if (override === undefined || override === null) return { ok: true, settings: defaults };
  if (!isPlainObject(override)) return { ok: false, errors: [text(settingsIssueMessages, 'overrideNotObject')] };
  const { sources: baseSources, ...baseValues } = defaults;
  const unwrapped = unwrapSourced(override, label);
  const merged = deepMerge(baseValues, unwrapped.values);
  const parsed = scanSettingValuesSchema.safeParse(merged);
  if (!parsed.success) return { ok: false, errors: formatSettingsIssues(parsed.error.issues) };
  return { ok: true, settings: { ...parsed.data, sources: mergeSources(baseSources, unwrapped.sources, label) } };
}
