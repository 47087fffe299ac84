/**
 * The few error classes mobiscan knows. The CLI entry point is the one place that turns them
 * into a message and an exit code; library code throws them and never exits.
 */

/** Something about the user's input (a file, a value) is wrong; exit code 1. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    /** What the user can do about it, shown on its own line. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A settings, mapping or workspace file is wrong or missing; exit code 1. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The command line itself is wrong (unknown flag, missing argument); exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** True for the errors whose message is meant for the user as it is. */
export function isUserError(error: unknown): error is InputError | ConfigError | UsageError {
  return error instanceof InputError || error instanceof ConfigError || error instanceof UsageError;
}
