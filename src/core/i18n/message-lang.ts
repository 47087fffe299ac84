import { DEFAULT_LANG, type Lang } from './lang.js';

let current: Lang = DEFAULT_LANG;

/**
 * The language in which an Error's plain `message` is rendered. Errors keep their Text too, and
 * the CLI renders that in the reader's language; this only decides what `error.message` says,
 * for code paths that pass messages on as strings (worker threads, logs). Set once at start-up.
 */
export function setMessageLang(lang: Lang): void {
  current = lang;
}

/** The language set with setMessageLang (Dutch unless the entry point chose otherwise). */
export function messageLang(): Lang {
  return current;
}
