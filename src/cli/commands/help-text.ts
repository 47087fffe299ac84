import { cliT } from '../cli-lang.js';
import { commonHelpMessages } from './common-help-messages.js';

/** An example command line, or a command line with a short note on what it does. */
export type Example = string | readonly [command: string, note: string];

/**
 * The text after a command's options: an explanation (if any), then the example command lines
 * under a heading in the run's language. Command lines stay as typed; notes are aligned behind
 * the longest annotated command so they read as a column.
 */
export function helpAfter(explanation: string | undefined, examples: readonly Example[]): string {
  const width = Math.max(0, ...examples.map((e) => (typeof e === 'string' ? 0 : e[0].length)));
  const lines = examples.map((e) => (typeof e === 'string' ? `  $ ${e}` : `  $ ${e[0].padEnd(width)}  ${e[1]}`));
  const intro = explanation === undefined ? '' : `\n${explanation}\n`;
  return `${intro}\n${cliT(commonHelpMessages)('examples')}\n${lines.join('\n')}`;
}
