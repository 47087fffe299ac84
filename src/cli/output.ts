import chalk from 'chalk';
import type { Output } from '../app/output.js';
import { textReplacer } from '../core/i18n/index.js';
import { cliLang, cliT } from './cli-lang.js';
import { cliMessages } from './cli-messages.js';

export type { Output };

/** Global flags every command sees. */
export interface GlobalOptions {
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
  /** nl or en (already applied to the run by the entry point). */
  lang?: string;
}

/** Colour only on a TTY, never with NO_COLOR or --no-color. */
export function configureColor(options: GlobalOptions, stream: NodeJS.WriteStream = process.stdout): void {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  if (noColor || options.color === false || !stream.isTTY) chalk.level = 0;
}

/** Creates the output for one command run. */
export function createOutput(options: GlobalOptions): Output {
  const json = options.json === true;
  const quiet = options.quiet === true;
  const isTTY = process.stdout.isTTY === true && process.stdin.isTTY === true;
  return {
    json,
    quiet,
    isTTY,
    info(line) {
      if (!json && !quiet) process.stderr.write(line + '\n');
    },
    warn(line) {
      if (!quiet) process.stderr.write(chalk.yellow(cliT(cliMessages)('warningPrefix')) + line + '\n');
    },
    result(data, render) {
      // Texts a person reads (a rejected row's reason) in the run's language; codes and keys stay as they are.
      if (json) process.stdout.write(JSON.stringify(data, textReplacer(cliLang()), 2) + '\n');
      else process.stdout.write(render() + '\n');
    },
  };
}
