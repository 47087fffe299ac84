import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../../core/errors.js';
import { buildDefaultSettings, mergeSettings, type ScanSettings } from '../../core/settings/index.js';
import { readBuiltInJson } from '../geodata/built-in-data.js';

/**
 * The scan settings: the defaults shipped in data/settings (each with its source), overridden
 * by a user's settings file (JSON or YAML) when given.
 */
export async function loadScanSettings(overridePath?: string): Promise<ScanSettings> {
  const defaults = buildDefaultSettings(await readBuiltInJson('settings/defaults.json'), await readBuiltInJson('settings/co2-factors.json'));
  if (!defaults.ok) throw new Error(`the built-in settings are broken: ${defaults.errors.join('; ')}`);
  if (!overridePath) return defaults.settings;
  let text: string;
  try {
    text = await readFile(overridePath, 'utf8');
  } catch (error) {
    throw new ConfigError(`settings file ${overridePath} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  let override: unknown;
  try {
    override = /\.ya?ml$/i.test(overridePath) ? parseYaml(text) : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`settings file ${overridePath} is not valid ${/\.ya?ml$/i.test(overridePath) ? 'YAML' : 'JSON'}: ${(error as Error).message}`);
  }
  const merged = mergeSettings(defaults.settings, override, overridePath);
  if (!merged.ok) {
    throw new ConfigError(`settings file ${overridePath} is wrong: ${merged.errors.join('; ')}`, 'every setting, its default and its source is listed in data/settings/defaults.json');
  }
  return merged.settings;
}
