import { describe, expect, it } from 'vitest';
import { langLeftOpen, resolveCliLang } from '../../src/cli/cli-lang.js';

describe('resolveCliLang', () => {
  it('takes --lang, then MOBISCAN_LANG, then the workspace setting, then Dutch', () => {
    expect(resolveCliLang(['x', '--lang', 'nl'], { MOBISCAN_LANG: 'en' }, 'en').lang).toBe('nl');
    expect(resolveCliLang(['x'], { MOBISCAN_LANG: 'nl' }, 'en').lang).toBe('nl');
    expect(resolveCliLang(['x'], {}, 'en').lang).toBe('en');
    expect(resolveCliLang(['x'], { MOBISCAN_LANG: '' }, undefined).lang).toBe('nl');
    expect(resolveCliLang(['x'], {}, 'klingon').lang).toBe('nl');
  });

  it('looks at the workspace only when neither flag nor variable decides', () => {
    expect(langLeftOpen(['scan', 'x.csv'], {})).toBe(true);
    expect(langLeftOpen(['scan', 'x.csv'], { MOBISCAN_LANG: '' })).toBe(true);
    expect(langLeftOpen(['scan', '--lang=en'], {})).toBe(false);
    expect(langLeftOpen(['scan'], { MOBISCAN_LANG: 'en' })).toBe(false);
  });
});
