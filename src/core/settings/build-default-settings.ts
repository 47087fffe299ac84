import { co2FactorFileSchema } from './co2-factor-schema.js';
import { formatSettingsIssues } from './format-settings-issues.js';
import type { SettingsResult } from './merge-settings.js';
import { scanSettingValuesSchema } from './scan-settings-schema.js';
import { isPlainObject, settingPath } from './setting-path.js';
import { unwrapSourced } from './unwrap-sourced.js';

/**
 * Builds validated default settings from the parsed contents of data/settings/defaults.json and
 * data/settings/co2-factors.json (read by an adapter; the core reads no files). Each CO2 factor
 * becomes setting `co2.factors.<key>` with its own source, so a settings file can override one.
 */
export function buildDefaultSettings(defaultsJson: unknown, co2FactorsJson: unknown): SettingsResult {
  const factorFile = co2FactorFileSchema.safeParse(co2FactorsJson);
  if (!factorFile.success) return { ok: false, errors: formatSettingsIssues(factorFile.error.issues, ['co2-factors']) };
  if (!isPlainObject(defaultsJson)) return { ok: false, errors: ['the default settings must be an object'] };
  const { values, sources } = unwrapSourced(defaultsJson);
  const co2 = isPlainObject(values) && isPlainObject(values.co2) ? values.co2 : {};
  const withFactors = { ...(values as object), co2: { ...co2, version: factorFile.data.version, factors: factorFile.data.factors } };
  const parsed = scanSettingValuesSchema.safeParse(withFactors);
  if (!parsed.success) return { ok: false, errors: formatSettingsIssues(parsed.error.issues) };
  sources['co2.version'] = 'data/settings/co2-factors.json';
  for (const [key, f] of Object.entries(factorFile.data.factors)) {
    sources[settingPath(['co2', 'factors', key])] = `${f.source}${f.year === null ? '' : `; ${f.year}`}${f.indicative ? '; indicative' : ''}`;
  }
  return { ok: true, settings: { ...parsed.data, sources } };
}
