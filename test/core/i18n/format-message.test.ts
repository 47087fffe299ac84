import { describe, expect, it } from 'vitest';
import { defineMessages, formatMessage, parseLang, renderText, text, translator } from '../../../src/core/i18n/index.js';
import { InputError } from '../../../src/core/errors.js';
import { setMessageLang } from '../../../src/core/i18n/index.js';

const sample = defineMessages('test-sample', {
  nl: { members: '{n, plural, one {# deelnemer} other {# deelnemers}}', km: '{km, number} km', share: '{share, number, ::percent .0}' },
  en: { members: '{n, plural, one {# member} other {# members}}', km: '{km, number} km', share: '{share, number, ::percent .0}' },
});

describe('the language layer', () => {
  it('uses Dutch plurals and Dutch numbers', () => {
    const t = translator(sample, 'nl');
    expect(t('members', { n: 1 })).toBe('1 deelnemer');
    expect(t('members', { n: 6 })).toBe('6 deelnemers');
    expect(t('km', { km: 225506 })).toBe('225.506 km');
    expect(t('share', { share: 0.124 })).toBe('12,4%');
  });

  it('uses English plurals and numbers with --lang en', () => {
    const t = translator(sample, 'en');
    expect(t('members', { n: 6 })).toBe('6 members');
    expect(t('km', { km: 225506 })).toBe('225,506 km');
  });

  it('reads a language as users write it, and nothing else', () => {
    expect(parseLang('NL')).toBe('nl');
    expect(parseLang('en-GB')).toBe('en');
    expect(parseLang('fr')).toBeUndefined();
  });

  it('gives an error both a message in the set language and a text for the reader', () => {
    setMessageLang('nl');
    const error = new InputError(text(sample, 'members', { n: 2 }));
    expect(error.message).toBe('2 deelnemers');
    expect(renderText(error.text, 'en')).toBe('2 members');
  });

  it('formats an ad-hoc pattern too', () => {
    expect(formatMessage('nl', '{d, date, ::ddMMyyyy}', { d: new Date(Date.UTC(2026, 10, 30, 12)) })).toBe('30-11-2026');
  });
});
