/** Scan settings: schema, defaults from data files, user overrides, and their echo in results. */
export { buildDefaultSettings } from './build-default-settings.js';
export { co2FactorFileSchema, co2FactorSchema, type Co2Factor, type Co2FactorFile } from './co2-factor-schema.js';
export { mergeSettings, type SettingsResult } from './merge-settings.js';
export {
  POTENTIAL_MODES,
  scanSettingValuesSchema,
  type PctCoefficients,
  type PotentialMode,
  type ScanSettings,
  type ScanSettingValues,
  type SettingSources,
} from './scan-settings-schema.js';
export { clockMinutes } from './setting-fields.js';
export { settingsMethodEntries, type MethodEntry } from './settings-method-entries.js';
