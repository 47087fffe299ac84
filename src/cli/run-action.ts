import chalk from 'chalk';
import { isUserError, UsageError } from '../core/errors.js';
import { renderText } from '../core/i18n/index.js';
import { cliLang, cliT } from './cli-lang.js';
import { cliMessages } from './cli-messages.js';
import { configureColor, createOutput, type GlobalOptions, type Output } from './output.js';

/** Exit codes of the ecosystem: 0 done, 1 the work failed, 2 wrong usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Prints an error as one clear message (stack only with --debug) and returns its exit code. */
export function reportError(error: unknown, debug: boolean): number {
  const code = error instanceof UsageError ? EXIT.usage : EXIT.failed;
  const t = cliT(cliMessages);
  if (isUserError(error)) {
    process.stderr.write(chalk.red(t('errorPrefix')) + renderText(error.text, cliLang()) + '\n');
    if (error.hintText !== undefined) process.stderr.write(chalk.dim(t('hintPrefix')) + renderText(error.hintText, cliLang()) + '\n');
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(chalk.red(t('internalErrorPrefix')) + message + '\n');
    if (!debug) process.stderr.write(chalk.dim(t('hintPrefix')) + t('internalErrorHint') + '\n');
  }
  if (debug && error instanceof Error && error.stack) process.stderr.write(chalk.dim(error.stack) + '\n');
  return code;
}

/**
 * Wraps a command's work: builds its Output from the global flags, runs it, and turns the
 * outcome into an exit code. The work returns the code it wants (default 0).
 */
export function action<A extends unknown[]>(
  work: (out: Output, globals: GlobalOptions, ...args: A) => Promise<number | void>,
) {
  return async function (this: { optsWithGlobals(): GlobalOptions }, ...args: A): Promise<void> {
    const globals = this.optsWithGlobals();
    configureColor(globals);
    const out = createOutput(globals);
    try {
      const code = await work(out, globals, ...args);
      process.exitCode = code ?? EXIT.ok;
    } catch (error) {
      process.exitCode = reportError(error, globals.debug === true);
    }
  };
}
