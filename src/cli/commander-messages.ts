import { cliLang, cliT } from './cli-lang.js';
import { cliMessages } from './cli-messages.js';

/** commander's own English errors, recognised by their wording (commander 14), and their keys. */
const PATTERNS: { pattern: RegExp; render: (m: RegExpMatchArray) => string }[] = [
  { pattern: /^error: unknown option '([^']*)'/, render: (m) => cliT(cliMessages)('unknownOption', { option: m[1] }) },
  { pattern: /^error: unknown command '([^']*)'/, render: (m) => cliT(cliMessages)('unknownCommand', { command: m[1] }) },
  { pattern: /^error: missing required argument '([^']*)'/, render: (m) => cliT(cliMessages)('missingArgument', { argument: m[1] }) },
  { pattern: /^error: option '([^']*)' argument missing/, render: (m) => cliT(cliMessages)('optionMissingArgument', { option: m[1] }) },
  { pattern: /^error: required option '([^']*)' not specified/, render: (m) => cliT(cliMessages)('missingMandatoryOption', { option: m[1] }) },
  {
    pattern: /^error: too many arguments(?: for '[^']*')?\. Expected (\d+) arguments? but got (\d+)\./,
    render: (m) => cliT(cliMessages)('excessArguments', { expected: Number(m[1]), received: Number(m[2]) }),
  },
];

/**
 * commander prints its errors in English; in Dutch runs the usual ones are said in Dutch (the
 * rest of the line, such as "Did you mean ...?", is kept as commander wrote it).
 */
export function translateCommanderMessage(message: string): string {
  if (cliLang() === 'en') return message;
  for (const { pattern, render } of PATTERNS) {
    const match = message.match(pattern);
    if (match) {
      const rest = message.slice(match[0].length).replace(/^\s*\(Did you mean (.*)\?\)/, '\n(Bedoelde je $1?)');
      return cliT(cliMessages)('errorPrefix') + render(match) + rest;
    }
  }
  return message.replace(/^error: /, cliT(cliMessages)('errorPrefix'));
}
