import chalk from 'chalk';
import type { Output } from '../output.js';
import { cliT } from '../cli-lang.js';
import { firstContactMessages } from '../commands/first-contact-messages.js';

/**
 * The "next:" line after a command: what the advisor usually does next. On stderr, so a result
 * piped to a file stays clean; not with --json or --quiet.
 */
export function printNext(out: Pick<Output, 'json' | 'quiet'>, next: string): void {
  if (out.json || out.quiet) return;
  process.stderr.write(chalk.dim(cliT(firstContactMessages)('nextPrefix')) + next + '\n');
}
