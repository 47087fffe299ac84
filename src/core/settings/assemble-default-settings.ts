import type { Co2FactorFile } from './co2-factor-schema.js';
import type { ScanSettings, ScanSettingValues } from './scan-settings-schema.js';
import { isPlainObject, settingPath } from './setting-path.js';
import { unwrapSourced } from './unwrap-sourced.js';

/**
 * The default settings from the parsed contents of data/settings/defaults.json and
 * co2-factors.json, trusted as shipped: no schema check, so a plain scan does not load the
 * validator. The test suite (and buildDefaultSettings) checks the shipped files against the schema.
 * Each CO2 factor becomes setting `co2.factors.<key>` with its own source.
 */
export function assembleDefaultSettings(defaultsJson: unknown, factorFile: Co2FactorFile): ScanSettings {
  const { values, sources } = unwrapSourced(defaultsJson);
  const co2 = isPlainObject(values) && isPlainObject(values.co2) ? values.co2 : {};
  const settings = { ...(values as object), co2: { ...co2, version: factorFile.version, factors: factorFile.factors } } as ScanSettingValues;
  sources['co2.version'] = 'data/settings/co2-factors.json';
  for (const [key, f] of Object.entries(factorFile.factors)) {
    sources[settingPath(['co2', 'factors', key])] = `${f.source}${f.year === null ? '' : `; ${f.year}`}${f.indicative ? '; indicative' : ''}`;
  }
  return { ...settings, sources };
}
