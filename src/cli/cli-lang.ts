import { UsageError } from '../core/errors.js';
import { DEFAULT_LANG, parseLang, setMessageLang, text, translator, type Lang } from '../core/i18n/index.js';
import { cliMessages } from './cli-messages.js';

let current: Lang = DEFAULT_LANG;

/** The value of `--lang` on a command line (`--lang en` or `--lang=en`), if any. */
export function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/** True when neither `--lang` nor MOBISCAN_LANG chooses the language, so the workspace's setting counts. */
export function langLeftOpen(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return langFlag(argv) === undefined && (env.MOBISCAN_LANG === undefined || env.MOBISCAN_LANG === '');
}

/**
 * The terminal's language: `--lang`, else MOBISCAN_LANG, else the workspace's setting (`stored`,
 * from `mobiscan init --lang`), else Dutch. A wrong flag is a usage error; a wrong variable is
 * ignored with a warning (it may be set for another tool).
 */
export function resolveCliLang(argv: readonly string[], env: NodeJS.ProcessEnv, stored?: string): { lang: Lang; warning?: string } {
  const flag = langFlag(argv);
  if (flag !== undefined) {
    const lang = parseLang(flag);
    if (lang === undefined) throw new UsageError(text(cliMessages, 'badLang', { value: flag }));
    return { lang };
  }
  const fromEnv = env.MOBISCAN_LANG;
  if (fromEnv !== undefined && fromEnv !== '') {
    const lang = parseLang(fromEnv);
    if (lang !== undefined) return { lang };
    return { lang: DEFAULT_LANG, warning: translator(cliMessages, DEFAULT_LANG)('badLangEnv', { value: fromEnv }) };
  }
  return { lang: parseLang(stored) ?? DEFAULT_LANG };
}

/** Sets the language of this CLI run (terminal texts and error messages). */
export function setCliLang(lang: Lang): void {
  current = lang;
  setMessageLang(lang);
}

/** The language of this CLI run. */
export function cliLang(): Lang {
  return current;
}

/** A translator for a catalogue in this run's language: `const t = cliT(scanMessages)`. */
export function cliT<K extends string>(catalogue: Parameters<typeof translator<K>>[0]) {
  return translator(catalogue, current);
}
