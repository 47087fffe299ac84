/**
 * The few error classes mobiscan knows. The CLI entry point is the one place that turns them
 * into a message and an exit code; library code throws them and never exits. Message and hint
 * may be a plain string or a Text from the language layer, rendered in the reader's language.
 */
import { messageLang } from './i18n/message-lang.js';
import { renderText, type Text } from './i18n/text.js';

/** A message or hint: a Text in the language layer, or a plain string (kept for old call sites). */
export type ErrorText = string | Text;

abstract class UserFacingError extends Error {
  constructor(
    /** The message, rendered in the reader's language by the CLI. */
    readonly text: ErrorText,
    /** What the user can do about it, shown on its own line. */
    readonly hintText?: ErrorText,
  ) {
    super(renderText(text, messageLang()));
  }

  /** The hint as a string in the message language (undefined when there is none). */
  get hint(): string | undefined {
    return this.hintText === undefined ? undefined : renderText(this.hintText, messageLang());
  }
}

/** Something about the user's input (a file, a value) is wrong; exit code 1. */
export class InputError extends UserFacingError {
  override readonly name = 'InputError';
}

/** A settings, mapping or workspace file is wrong or missing; exit code 1. */
export class ConfigError extends UserFacingError {
  override readonly name = 'ConfigError';
}

/** The command line itself is wrong (unknown flag, missing argument); exit code 2. */
export class UsageError extends UserFacingError {
  override readonly name = 'UsageError';
}

/** True for the errors whose message is meant for the user as it is. */
export function isUserError(error: unknown): error is InputError | ConfigError | UsageError {
  return error instanceof UserFacingError;
}
