import type { Answer } from '../../core/answers/answer.js';
import { InputError } from '../../core/errors.js';
import { renderText, type Lang } from '../../core/i18n/index.js';
import type { Prompter } from './prompter.js';

/** One question of a wizard: what to ask, the answer offered, and whether it may stay empty. */
export interface Question {
  message: string;
  default?: string;
  optional?: boolean;
}

/**
 * Asks until the typed answer reads (the prompt shows why not and keeps the earlier answers),
 * then returns what it reads as; null for an optional question left empty.
 */
export async function askAnswer<T>(prompter: Prompter, lang: Lang, question: Question, parse: (typed: string) => Answer<T>): Promise<T | null> {
  const validate = (typed: string): true | string => {
    if (typed.trim() === '' && question.optional === true) return true;
    const read = parse(typed);
    return read.ok ? true : renderText(read.error, lang);
  };
  const typed = await prompter.input({ message: question.message, ...(question.default !== undefined && { default: question.default }), validate });
  if (typed.trim() === '' && question.optional === true) return null;
  const read = parse(typed);
  // the prompt validated it; a prompter that does not validate (a script) still gets the message
  if (!read.ok) throw new InputError(read.error);
  return read.value;
}
