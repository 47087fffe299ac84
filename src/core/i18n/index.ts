/**
 * The language layer: every text a person reads (reports, terminal, prompts, errors) comes from
 * a catalogue in Dutch and English, formatted with ICU MessageFormat (intl-messageformat), so
 * plurals and numbers follow the language: "{n, plural, one {# deelnemer} other {# deelnemers}}",
 * "{km, number}" gives 225.506 in Dutch, "{share, number, ::percent .0}" gives 12,4%.
 *
 * How to use it:
 *   // src/<area>/messages.ts (or <module>-messages.ts next to the code that speaks)
 *   export const scanMessages = defineMessages('scan', {
 *     nl: { saved: 'Scan opgeslagen voor {company}.' },
 *     en: { saved: 'Scan saved for {company}.' },     // same keys, or the compiler complains
 *   });
 *   // at the edge, where the language is known:
 *   const t = translator(scanMessages, lang); out.info(t('saved', { company }));
 *   // in core code or in an error, where it is not: carry a Text and render it later
 *   throw new InputError(text(errorMessages, 'noHeader', { file }));
 *
 * The terminal's language comes from `--lang`, then MOBISCAN_LANG, then the workspace setting,
 * then Dutch (src/cli/cli-lang.ts). test/core/i18n/catalogues.test.ts imports every catalogue
 * module and checks that both languages have the same keys, parse, and use the same placeholders:
 * name new catalogue files `*messages.ts` so it finds them.
 */
export { defineMessages, registeredCatalogues, type Catalogue } from './define-messages.js';
export { checkMessage, formatMessage, type MessageValues } from './format-message.js';
export { formatDate } from './format-date.js';
export { joinTexts } from './join-texts.js';
export { DEFAULT_LANG, isLang, LANGS, localeOf, parseLang, type Lang } from './lang.js';
export { messageLang, setMessageLang } from './message-lang.js';
export { isText, renderText, text, textReplacer, translator, type Text, type TextValues } from './text.js';
