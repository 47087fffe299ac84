import { assembleDefaultSettings } from './assemble-default-settings.js';
import { co2FactorFileSchema } from './co2-factor-schema.js';
import { text } from '../i18n/index.js';
import { formatSettingsIssues } from './format-settings-issues.js';
import { settingsIssueMessages } from './settings-issue-messages.js';
import type { SettingsResult } from './merge-settings.js';
import { scanSettingValuesSchema } from './scan-settings-schema.js';
import { isPlainObject } from './setting-path.js';

/**
 * Builds validated default settings from the parsed contents of data/settings/defaults.json and
 * data/settings/co2-factors.json (read by an adapter; the core reads no files): the assembled
 * defaults, checked against the schema.
 */
export function buildDefaultSettings(defaultsJson: unknown, co2FactorsJson: unknown): SettingsResult {
  const factorFile = co2FactorFileSchema.safeParse(co2FactorsJson);
  if (!factorFile.success) return { ok: false, errors: formatSettingsIssues(factorFile.error.issues, ['co2-factors']) };
  if (!isPlainObject(defaultsJson)) return { ok: false, errors: [text(settingsIssueMessages, 'defaultsNotObject')] };
  const { sources, ...values } = assembleDefaultSettings(defaultsJson, factorFile.data);
  const parsed = scanSettingValuesSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: formatSettingsIssues(parsed.error.issues) };
  return { ok: true, settings: { ...parsed.data, sources } };
}
