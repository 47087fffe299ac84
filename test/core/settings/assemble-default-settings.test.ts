import { renderText } from '../../../src/core/i18n/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDefaultSettings } from '../../../src/core/settings/assemble-default-settings.js';
import { buildDefaultSettings } from '../../../src/core/settings/build-default-settings.js';

const read = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/settings', name), 'utf8'));

describe('the shipped default settings', () => {
  it('pass the schema, and the unchecked fast path gives exactly the checked settings', () => {
    const checked = buildDefaultSettings(read('defaults.json'), read('co2-factors.json'));
    expect(checked.ok, checked.ok ? '' : checked.errors.map((e) => renderText(e, 'en')).join('; ')).toBe(true);
    const fast = assembleDefaultSettings(read('defaults.json'), read('co2-factors.json') as never);
    expect(fast).toEqual(checked.ok && checked.settings);
  });
});
