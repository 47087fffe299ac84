import { Command, CommanderError } from 'commander';
import { cliT, langLeftOpen, resolveCliLang, setCliLang } from './cli-lang.js';
import { cliMessages } from './cli-messages.js';
import { registerCommands } from './commands/index.js';
import { helpAfter } from './commands/help-text.js';
import { translateCommanderMessage } from './commander-messages.js';
import { helpWords } from './help-words.js';
import { programHelpMessages } from './program-help-messages.js';
import { EXIT, reportError } from './run-action.js';
import { workspaceLang } from './workspace-lang.js';
import { mobiscanVersion } from '../adapters/version.js';
import { setTableWidth } from '../core/format/table.js';

/** commander's help headings and the message keys that say them. */
const HELP_TITLES: Record<string, 'titleUsage' | 'titleArguments' | 'titleOptions' | 'titleGlobalOptions' | 'titleCommands'> = {
  'Usage:': 'titleUsage',
  'Arguments:': 'titleArguments',
  'Options:': 'titleOptions',
  'Global Options:': 'titleGlobalOptions',
  'Commands:': 'titleCommands',
};

/** Builds the commander program; every command module only declares itself and loads its work on demand. */
export function buildProgram(): Command {
  const t = cliT(cliMessages);
  const program = new Command('mobiscan')
    .description(t('programDescription'))
    .version(mobiscanVersion(), '-V, --version', t('optVersion'))
    .helpOption('-h, --help', t('optHelp'))
    .helpCommand('help [command]', t('optHelp'))
    .configureHelp({ showGlobalOptions: true, styleTitle: (title) => (HELP_TITLES[title] === undefined ? title : t(HELP_TITLES[title])), ...helpWords() })
    .option('--json', t('optJson'))
    .option('-q, --quiet', t('optQuiet'))
    .option('--no-color', t('optNoColor'))
    .option('--lang <lang>', t('optLang'))
    .option('--debug', t('optDebug'))
    .showHelpAfterError(t('helpAfterError'))
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(translateCommanderMessage(message)) });
  registerCommands(program);
  const help = cliT(programHelpMessages);
  program.addHelpText(
    'after',
    helpAfter(undefined, [
      ['mobiscan demo', help('exDemo')],
      ['mobiscan columns hr-export.csv', help('exColumns')],
      'mobiscan scan hr-export.csv --location Dordrecht=3318AT',
      ['mobiscan report --company asz', help('exReport')],
      ['mobiscan <command> --help', help('exHelp')],
    ]),
  );
  return program;
}

/** Runs the CLI; usage errors exit 2, failed work 1. */
export async function main(argv: string[] = process.argv): Promise<void> {
  // `mobiscan --help | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    const args = argv.slice(2);
    // The workspace is looked for only when neither flag nor variable decides (it opens a database).
    const stored = langLeftOpen(args, process.env) ? await workspaceLang(args, process.env, process.cwd()) : undefined;
    const { lang, warning } = resolveCliLang(args, process.env, stored);
    setCliLang(lang);
    // tables fit the terminal: 80 columns, or more on a wider one (never when piped)
    if (process.stdout.isTTY) setTableWidth(process.stdout.columns);
    if (warning !== undefined) process.stderr.write(cliT(cliMessages)('warningPrefix') + warning + '\n');
  } catch (error) {
    process.exitCode = reportError(error, false);
    return;
  }
  try {
    // inside the try: a broken installation (no package.json to read the version from) is a clear error
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      process.exitCode = done ? EXIT.ok : error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    process.exitCode = reportError(error, argv.includes('--debug'));
  }
}

await main();
