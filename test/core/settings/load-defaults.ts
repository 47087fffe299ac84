import { renderText } from '../../../src/core/i18n/index.js';
import { readFileSync } from 'node:fs';
import { buildDefaultSettings } from '../../../src/core/settings/build-default-settings.js';
import type { ScanSettings } from '../../../src/core/settings/scan-settings-schema.js';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../data/settings/${name}`, import.meta.url), 'utf8'));

/** The shipped default settings, built the way the CLI will build them; throws if they are invalid. */
export function loadDefaultSettings(): ScanSettings {
  const result = buildDefaultSettings(read('defaults.json'), read('co2-factors.json'));
  if (!result.ok) throw new Error(result.errors.map((e) => renderText(e, 'en')).join('\n'));
  return result.settings;
}
