import { readFile } from 'node:fs/promises';
import { ConfigError } from '../../core/errors.js';
import { assembleDefaultSettings } from '../../core/settings/assemble-default-settings.js';
import type { Co2FactorFile } from '../../core/settings/co2-factor-schema.js';
import type { ScanSettings } from '../../core/settings/scan-settings-schema.js';
import { readBuiltInJson } from '../geodata/built-in-data.js';
import { text as deferred } from '../../core/i18n/index.js';
import { userErrorMessages as um } from '../../core/user-error-messages.js';

/**
 * The scan settings: the defaults shipped in data/settings (each with its source), overridden
 * by a user's settings file (JSON or YAML) when given. The schema validator and the YAML parser
 * load only for a settings file; the shipped defaults are checked by the test suite.
 */
export async function loadScanSettings(overridePath?: string): Promise<ScanSettings> {
  const [defaultsJson, factors] = await Promise.all([readBuiltInJson('settings/defaults.json'), readBuiltInJson('settings/co2-factors.json')]);
  const defaults = assembleDefaultSettings(defaultsJson, factors as Co2FactorFile);
  if (!overridePath) return defaults;
  let text: string;
  try {
    text = await readFile(overridePath, 'utf8');
  } catch (error) {
    throw new ConfigError(deferred(um, 'configUnreadable', { what: deferred(um, 'whatSettings'), path: overridePath, reason: (error as NodeJS.ErrnoException).code ?? 'unknown error' }));
  }
  const yaml = /\.ya?ml$/i.test(overridePath);
  let override: unknown;
  try {
    override = yaml ? (await import('yaml')).parse(text) : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(deferred(um, 'configInvalid', { what: deferred(um, 'whatSettings'), path: overridePath, format: yaml ? 'YAML' : 'JSON', reason: (error as Error).message }));
  }
  const { mergeSettings } = await import('../../core/settings/merge-settings.js');
  const merged = mergeSettings(defaults, override, overridePath);
  if (!merged.ok) {
    throw new ConfigError(deferred(um, 'configWrong', { what: deferred(um, 'whatSettings'), path: overridePath, problems: merged.errors.join('; ') }), deferred(um, 'settingsHint'));
  }
  return merged.settings;
}
